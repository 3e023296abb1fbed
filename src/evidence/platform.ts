import { defineExtractor } from './extractor.ts';
import type { Fact, Platform, PlatformFact } from './facts.ts';
import { type Keywords, keywords } from './keywords.ts';
import type { Paste } from './paste.ts';

/**
 * Signs of each platform. Alternations of literals only, so one pass over a huge paste is linear.
 * Case matters where a lowercase word is common English (`container` is taken lowercase only in
 * phrases that mean one), and for `win32`: Node's `process.platform` on the host, whereas `Win32` is a
 * browser's `navigator.platform` in a Control UI device record, which says nothing about the host.
 *
 * Each sign comes with anchors: literals, one of which every match of the sign contains. The paste's
 * keyword index finds their lines (one pass for every extractor's words; the sign's `\b`-led
 * alternatives would defeat the regex engine's fast search), and the sign is only tried there.
 */
const SIGNS: ReadonlyArray<[Platform, RegExp, Keywords]> = [
  [
    'windows',
    /[A-Za-z]:\\{1,2}Users\\|(?:^|\s)PS [A-Za-z]:\\|\bwin32\b|\bWindows(?: 1[01]| Server| Terminal)?\b|\b[Ww]indows1[01]\b|%USERPROFILE%|%APPDATA%|%TEMP%|\bPowerShell\b|\bpowershell(?:\.exe)?\b|\bschtasks\b|Scheduled Task/,
    keywords([
      'Users\\',
      'PS ',
      'in32',
      'Windows',
      'windows1',
      '%USERPROFILE%',
      '%APPDATA%',
      '%TEMP%',
      'PowerShell',
      'powershell',
      'schtasks',
      'Scheduled Task',
    ]),
  ],
  [
    'macos',
    /\bdarwin\b|\bmacOS\b|\bMac ?OS\b|\bMacBook\b|\bMac mini\b|(?:^|[\s"'=(])\/Users\/|\bLaunchAgents?\b|\blaunchctl\b|\bopenclaw-macos\b/,
    keywords(['darwin', 'macOS', 'Mac', '/Users/', 'LaunchAgent', 'launchctl', 'openclaw-macos']),
  ],
  [
    'linux',
    /\b[Ll]inux\b|\bsystemd\b|\bsystemctl\b|\bjournalctl\b|(?:^|[\s"'=(:])\/home\/|\bDebian\b|\bUbuntu\b|\bFedora\b|\bArch Linux\b|\bRaspberry Pi\b|\braspbian\b|\/root\/\.openclaw/,
    keywords([
      'inux',
      'systemd',
      'systemctl',
      'journalctl',
      '/home/',
      'Debian',
      'Ubuntu',
      'Fedora',
      'Raspberry Pi',
      'raspbian',
      '/root/.openclaw',
    ]),
  ],
  ['wsl2', /\bWSL2?\b|\bwsl(?:\.exe)?\s|\/mnt\/[a-z]\/|microsoft-standard/, keywords(['WSL', 'wsl', '/mnt/', 'microsoft-standard'])],
  [
    'docker',
    /\bdocker(?:-compose)?\b|\bDocker\b|\bpodman\b|\/\.dockerenv|\bkubectl exec\b|\b(?:in|inside|from) (?:a|the|my) container\b|\bcontainer (?:name|id)\b/,
    keywords(['ocker', 'podman', 'kubectl exec', 'container']),
  ],
  ['android', /\b[Aa]ndroid\b|\bopenclaw-android\b/, keywords(['ndroid'])],
  ['ios', /\biOS\b|\biPhone\b|\biPad\b|\bopenclaw-ios\b|"ios"/, keywords(['iOS', 'iPhone', 'iPad', 'openclaw-ios', '"ios"'])],
];

/**
 * Text that names platforms without saying where the user runs: the `gateway restart` hints print
 * "If you're in a container…" on every host.
 */
const NOT_A_SIGN = /^\s*Start with: /;
/** A form's choices joined by slashes, in parentheses or ending in `etc` (`(pnpm/npx/docker/etc)`),
 * never a path such as `/var/lib/docker/volumes`, which is a sign. */
const OPTION_LIST = /\(\s*[\w-]{2,12}(?:\s*\/\s*[\w-]{2,12}){2,}\s*\)|\b[\w-]{2,12}(?:\/[\w-]{2,12})+\/etc\b/;
const OPTION_LIST_ALL = new RegExp(OPTION_LIST.source, 'g');

/** Lines longer than this are scanned in pieces of this size so one regex call never sees 10 MB. */
const CHUNK = 64 * 1024;

/** The line test itself: the sign anywhere on the line, read in pieces when the line is huge. */
function signOnLine(p: Platform, sign: RegExp, line: string): boolean {
  if (p === 'docker' && NOT_A_SIGN.test(line)) return false;
  // An issue form's choices (`Install method (pnpm/npx/docker/etc):`) name docker whatever the asker
  // picked: only the answer after them counts.
  if (p === 'docker' && OPTION_LIST.test(line)) line = line.replace(OPTION_LIST_ALL, ' ');
  let hit = false;
  for (let from = 0; from < line.length && !hit; from += CHUNK) {
    hit = sign.test(from === 0 && line.length <= CHUNK ? line : line.slice(from, from + CHUNK + 64));
  }
  return hit;
}

/** PlatformFact: every platform the message points at, once each, at its first sign. */
export const platform = defineExtractor({
  name: 'platform',
  extract(paste: Paste): Fact[] {
    const out: PlatformFact[] = [];
    for (const [p, sign, anchors] of SIGNS) {
      // Lines without an anchor cannot hold the sign; the first anchored line that does wins.
      for (const l of paste.linesWithAny(anchors)) {
        if (signOnLine(p, sign, l.text)) {
          out.push({ kind: 'platform', at: { message: paste.message, line: l.line }, platform: p });
          break;
        }
      }
    }
    out.sort((a, b) => a.at.line - b.at.line);
    return out;
  },
});
