import { defineExtractor } from './extractor.ts';
import type { Fact, Platform, PlatformFact } from './facts.ts';
import type { Paste } from './paste.ts';

/**
 * Signs of each platform. Alternations of literals only, so one pass over a huge paste is linear.
 * Case matters where a lowercase word is common English (`container` is taken lowercase only in
 * phrases that mean one).
 */
const SIGNS: ReadonlyArray<[Platform, RegExp]> = [
  [
    'windows',
    /[A-Za-z]:\\{1,2}Users\\|(?:^|\s)PS [A-Za-z]:\\|\bwin32\b|\bWin32\b|\bWindows(?: 1[01]| Server| Terminal)?\b|%USERPROFILE%|%APPDATA%|%TEMP%|\bPowerShell\b|\bpowershell(?:\.exe)?\b|\bschtasks\b|Scheduled Task/,
  ],
  ['macos', /\bdarwin\b|\bmacOS\b|\bMac ?OS\b|\bMacBook\b|\bMac mini\b|(?:^|[\s"'=(])\/Users\/|\bLaunchAgents?\b|\blaunchctl\b|\bopenclaw-macos\b/],
  [
    'linux',
    /\b[Ll]inux\b|\bsystemd\b|\bsystemctl\b|\bjournalctl\b|(?:^|[\s"'=(:])\/home\/|\bDebian\b|\bUbuntu\b|\bFedora\b|\bArch Linux\b|\bRaspberry Pi\b|\braspbian\b|\/root\/\.openclaw/,
  ],
  ['wsl2', /\bWSL2?\b|\bwsl(?:\.exe)?\s|\/mnt\/[a-z]\/|microsoft-standard/],
  [
    'docker',
    /\bdocker(?:-compose)?\b|\bDocker\b|\bpodman\b|\/\.dockerenv|\bkubectl exec\b|\b(?:in|inside|from) (?:a|the|my) container\b|\bcontainer (?:name|id)\b/,
  ],
  ['android', /\b[Aa]ndroid\b|\bopenclaw-android\b/],
  ['ios', /\biOS\b|\biPhone\b|\biPad\b|\bopenclaw-ios\b|"ios"/],
];

/**
 * Text that names platforms without saying where the user runs: the `gateway restart` hints print
 * "If you're in a container…" on every host.
 */
const NOT_A_SIGN = /^\s*Start with: /;

/** Lines longer than this are scanned in pieces of this size so one regex call never sees 10 MB. */
const CHUNK = 64 * 1024;

/** PlatformFact: every platform the message points at, once each, at its first sign. */
export const platform = defineExtractor({
  name: 'platform',
  extract(paste: Paste): Fact[] {
    const out: PlatformFact[] = [];
    const lines = paste.lines();
    for (const [p, sign] of SIGNS) {
      for (let i = 0; i < lines.length; i++) {
        const line = lines[i]!;
        if (p === 'docker' && NOT_A_SIGN.test(line)) continue;
        let hit = false;
        for (let from = 0; from < line.length && !hit; from += CHUNK) {
          hit = sign.test(from === 0 && line.length <= CHUNK ? line : line.slice(from, from + CHUNK + 64));
        }
        if (hit) {
          out.push({ kind: 'platform', at: { message: paste.message, line: i + 1 }, platform: p });
          break;
        }
      }
    }
    out.sort((a, b) => a.at.line - b.at.line);
    return out;
  },
});
