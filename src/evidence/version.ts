import { defineExtractor } from './extractor.ts';
import type { Fact, OpenClawVersion, VersionFact, VersionRole } from './facts.ts';
import { lineTime, type Paste, type PasteLine } from './paste.ts';

/**
 * `YYYY.M.PATCH[-N][-beta.N|-alpha.N]` (docs/openclaw-facts.md §5.1). Month and patch are never zero-padded, which
 * is what tells a version from a dotted date like `2026.04.14`.
 */
const VERSION = /^v?(20\d\d)\.([1-9]\d?)\.(0|[1-9]\d{0,2})(?:-([1-9]\d{0,2}))?(?:-(beta|alpha)\.(\d{1,3}))?$/;

export function parseVersion(raw: string): OpenClawVersion | undefined {
  const s = raw.trim();
  if (s.length > 40) return undefined;
  const m = VERSION.exec(s);
  if (!m) return undefined;
  const month = Number(m[2]);
  if (month > 12) return undefined;
  const v: OpenClawVersion = { raw: s.startsWith('v') ? s.slice(1) : s, year: Number(m[1]), month, patch: Number(m[3]) };
  if (m[4] !== undefined) v.correction = Number(m[4]);
  if (m[5] !== undefined) v.pre = { channel: m[5] as 'beta' | 'alpha', n: Number(m[6]) };
  return v;
}

/** Prerelease < final < `-N` correction; alpha < beta. */
function stage(v: OpenClawVersion): [number, number] {
  if (v.pre) return [v.pre.channel === 'alpha' ? 0 : 1, v.pre.n];
  if (v.correction !== undefined) return [3, v.correction];
  return [2, 0];
}

/** Negative when a is older than b, 0 when equal, positive when newer (docs/openclaw-facts.md §5.1 ordering). */
export function compareVersions(a: OpenClawVersion, b: OpenClawVersion): number {
  if (a.year !== b.year) return a.year - b.year;
  if (a.month !== b.month) return a.month - b.month;
  if (a.patch !== b.patch) return a.patch - b.patch;
  const [sa, na] = stage(a);
  const [sb, nb] = stage(b);
  return sa !== sb ? sa - sb : na - nb;
}

const CORE = String.raw`v?20\d\d\.[1-9]\d?\.(?:0|[1-9]\d{0,2})(?:-[1-9]\d{0,2})?(?:-(?:beta|alpha)\.\d{1,3})?`;
/** A version anywhere in text; not part of a longer dotted/dashed token (IPs, paths, dates). */
const ANY_VERSION = new RegExp(String.raw`(?:(?<![\w.\-/])|(?<=[Oo]pen[Cc]law))${CORE}(?![\w\-]|\.\d)`, 'g');
/** `OpenClaw 2026.4.14 (323493f)`: `openclaw --version`, also when pasted after a label. */
const OPENCLAW_VERSION = new RegExp(String.raw`OpenClaw (${CORE})(?: \(([0-9a-f]{7,12}|unknown)\))?`);
/** A bare `2026.4.1 (213a704)` line: the version command's output pasted without the name. */
const BARE_WITH_BUILD = new RegExp(String.raw`^(${CORE}) \(([0-9a-f]{7,12}|unknown)\)$`);
const WS_CONNECT = new RegExp(String.raw`← connect\b.*?\bversion=(${CORE})(?![\w.])`);
const PROBE_APP = new RegExp(String.raw`\bapp (${CORE})(?![\w.])`);

/**
 * What the words around a prose version say about whose it is (issue 6 §3: the asker's own version
 * is not the last version named). Read on the same line, a short window each side; English and
 * Chinese. Each pattern ends at the version (`$`) or starts right after it (`^`), so none backtracks
 * over more than its window.
 */
const BEFORE_WINDOW = 60;
const AFTER_WINDOW = 40;
const OPT_NAME = String.raw`(?:open ?claw\s*)?v?\s*`;
const QUOTED_BEFORE = [
  new RegExp(
    String.raw`(?:fix(?:ed|es)?|shipped|landed|released|introduced|added|merged|claimed|resolved)\b[^.;!?。]{0,40}\b(?:in|with|by)\s+${OPT_NAME}$`,
    'i',
  ),
  new RegExp(
    String.raw`\b(?:since|from|prior to|before|until|through|up to|older than|newer than|than)\s+(?:approximately\s+|about\s+|around\s+)?(?:[\w./-]{1,60}:)?${OPT_NAME}$`,
    'i',
  ),
  new RegExp(String.raw`(?:^|[\s(])(?:>=|≥|=>|>|<=|≤|<)\s*${OPT_NAME}$`, 'i'),
  /\b(?:any|every|all) (?:version|build|release)s?\b[^.;。]{0,20}$/i,
  new RegExp(
    String.raw`\b(?:worked|working|works|was fine|still broken|broken|regressed|last good)\s*[:：]?\s*(?:on|in|with|since)?\s*${OPT_NAME}$`,
    'i',
  ),
  /\b(?:PR|pull|issue) ?#\d+[^.;。]{0,30}$/i,
  /(?:从|自|修复于|之前的?)\s*(?:open ?claw\s*)?v?\s*$/i,
];
const QUOTED_AFTER = [
  /^\s*(?:\+|and (?:earlier|older|before|later|newer|above|up)|or (?:earlier|older|later|newer|above))/i,
  /^[^.;。]{0,25}\(?(?:per|see|in|from) #\d+/i,
  /^\s*(?:之前|以前|以下|以上|起|(?:已经?|就|才)?修复)/,
];
const STATED: ReadonlyArray<[RegExp, 1 | 2 | 3]> = [
  [new RegExp(String.raw`(?:\bversion|版本|\benv(?:ironment)?)\**\s*(?:is\s*|是|为)?[:：=]?\s*\**\s*${OPT_NAME}$`, 'i'), 3],
  [new RegExp(String.raw`\b(?:i'?m|i am|we'?re|we are|currently|now|still)\s+(?:on|using|running)\s+${OPT_NAME}$`, 'i'), 2],
  [new RegExp(String.raw`\b(?:running|run|using|installed|install|deployed|tested (?:on|with))\s+${OPT_NAME}$`, 'i'), 2],
  [/(?:我(?:的|用的|使用的)?(?:是|用)?|当前|目前|现在)\s*(?:open ?claw\s*)?(?:版本)?\s*v?\s*$/i, 2],
  // "After upgrading from 2026.4.15 to 2026.5.2": where they are now, whatever the steps to reproduce start from.
  [new RegExp(String.raw`\bfrom\s+${OPT_NAME}20\d\d\.\d{1,2}\.\d{1,3}\S*\s+(?:to|→|->)\s+${OPT_NAME}$`, 'i'), 3],
  [new RegExp(String.raw`\b(?:upgraded|updated|upgrading|updating|moved|bumped) to\s+(?:[\w./-]{1,60}:)?${OPT_NAME}$`, 'i'), 1],
  [/(?:升级到|更新到|升到)\s*(?:open ?claw\s*)?v?\s*$/i, 1],
  [/\bopen ?claw\s*v?\s*$/i, 1],
];
/** Whose build a prose version names, when the words before it say (`Gateway 2026.7.1`, `CLI: …`, `Android app: …`). */
const ROLE_BEFORE: ReadonlyArray<[RegExp, VersionRole]> = [
  [/\bgateway\s*(?:version|build)?\s*[:：=(]?\s*\**\s*(?:open ?claw\s*)?v?\s*$/i, 'gateway'],
  [/\bcli\s*(?:version|build)?\s*[:：=(]?\s*\**\s*(?:open ?claw\s*)?v?\s*$/i, 'cli'],
  [
    /\b(?:app|apps|companion|tray|hub|bundle|client)\s*(?:version|build)?\s*[:：=(]?\s*\**\s*v?\s*$|\bopenclaw-(?:ios|android|macos)\s*v?\s*$/i,
    'client',
  ],
];

/** An issue form's answer: the version alone on its line under a `### OpenClaw Version` heading. */
/** A version alone on its line, zero-padded too (`2026.02.13` under a `### OpenClaw version` heading). */
const ALONE =
  /^\s*(?:[-*]\s*)?\**\s*v?20\d\d\.\d{1,2}\.\d{1,3}(?:-[1-9]\d{0,2})?(?:-(?:beta|alpha)\.\d{1,3})?\s*\**\s*(?:\([0-9a-f]{7,12}\))?\s*$/;
const VERSION_HEADING = /(?:\bversion|版本)\s*[:：]?\s*\**\s*$/i;

function headingAbove(text: string, lineStart: number): string | undefined {
  let end = lineStart - 1;
  for (let i = 0; i < 3 && end > 0; i++) {
    const start = text.lastIndexOf('\n', end - 1) + 1;
    if (end - start > 200) return undefined;
    const above = text.slice(start, end).trim();
    if (above) return above;
    end = start - 1;
  }
  return undefined;
}

function readProse(f: VersionFact, line: string, at: number, length: number, text?: string, lineStart?: number): void {
  if (text !== undefined && lineStart !== undefined && ALONE.test(line)) {
    const above = headingAbove(text, lineStart);
    if (above !== undefined && VERSION_HEADING.test(above)) {
      f.stated = 3;
      return;
    }
  }
  const before = line.slice(Math.max(0, at - BEFORE_WINDOW), at);
  const after = line.slice(at + length, at + length + AFTER_WINDOW);
  if (QUOTED_BEFORE.some((re) => re.test(before)) || QUOTED_AFTER.some((re) => re.test(after))) {
    f.quoted = true;
    return;
  }
  for (const [re, role] of ROLE_BEFORE) {
    if (re.test(before)) {
      f.role = role;
      f.stated = 3;
      return;
    }
  }
  for (const [re, weight] of STATED) {
    if (re.test(before)) {
      f.stated = weight;
      return;
    }
  }
}

/**
 * A build written with a zero-padded month or patch (`2026.02.13`, `2026.3.02`), as some askers type
 * it. The same shape is a dotted date, so it is read only where the asker states it as their version
 * (under a version heading, `version: …`, `running …`), and then as the build it names (`2026.2.13`).
 */
const PADDED = /(?<![\w.\-/])v?(20\d\d)\.(0?[1-9]|1[0-2])\.(\d{1,3})(?![\w-]|\.\d)/g;

function paddedVersions(paste: Paste, seen: Set<string>): VersionFact[] {
  const out: VersionFact[] = [];
  const text = paste.text.length > 1_000_000 ? paste.text.slice(0, 1_000_000) : paste.text;
  PADDED.lastIndex = 0;
  for (let m = PADDED.exec(text); m; m = PADDED.exec(text)) {
    if (!m[2]!.startsWith('0') && !(m[3]!.length > 1 && m[3]!.startsWith('0'))) continue;
    const l = paste.lineAt(m.index);
    const raw = `${m[1]}.${Number(m[2])}.${Number(m[3])}`;
    const key = `${l.line}|${raw}`;
    if (seen.has(key)) continue;
    const f = fact(paste, l, raw, 'unknown', 'prose');
    if (!f) continue;
    readProse(f, l.text, m.index - l.start, m[0].length, paste.text, l.start);
    if (f.quoted || (f.stated === undefined && f.role === 'unknown')) continue;
    seen.add(key);
    out.push(f);
  }
  return out;
}

/** Lines this long are scanned only for prose versions: the anchored parses are for real output lines. */
const MAX_SPECIFIC_LINE = 4096;

function fact(
  paste: Paste,
  l: PasteLine,
  raw: string,
  role: VersionRole,
  source: VersionFact['source'],
  build?: string,
): VersionFact | undefined {
  const version = parseVersion(raw);
  if (!version) return undefined;
  const f: VersionFact = { kind: 'version', at: { message: paste.message, line: l.line }, version, role, source };
  if (build) f.build = build;
  const time = lineTime(l.text);
  if (time !== undefined) f.time = time;
  return f;
}

/** The role and source a line itself proves for the version it prints, if it is a known output line. */
function specific(paste: Paste, l: PasteLine): VersionFact | undefined {
  const text = l.text.trim();
  if (text.length > MAX_SPECIFIC_LINE) return undefined;
  if (text.indexOf('OpenClaw ') !== -1) {
    const m = OPENCLAW_VERSION.exec(text);
    if (m) {
      const banner = text.indexOf('🦞') !== -1 && text.indexOf('🦞') < m.index;
      if (banner) return fact(paste, l, m[1]!, 'cli', 'banner', m[2]);
      // With a build hash it is the command's output even after a label (`openclaw: OpenClaw …`);
      // without one only when the line is nothing else (`OpenClaw 2026.4.12, macOS` is prose).
      if (m[2] !== undefined || text === m[0]) return fact(paste, l, m[1]!, 'cli', 'version-command', m[2]);
    }
  }
  const bare = BARE_WITH_BUILD.exec(text);
  if (bare) return fact(paste, l, bare[1]!, 'cli', 'version-command', bare[2]);
  if (text.indexOf('← connect') !== -1) {
    const m = WS_CONNECT.exec(text);
    if (m) {
      const client = /\bclient=(\S+)/.exec(text)?.[1];
      return fact(paste, l, m[1]!, client === 'cli' ? 'cli' : 'client', 'ws-connect');
    }
  }
  if (text.indexOf('app ') !== -1 && text.indexOf('Gateway:') !== -1) {
    const m = PROBE_APP.exec(text);
    if (m) return fact(paste, l, m[1]!, 'gateway', 'probe');
  }
  return undefined;
}

/**
 * VersionFact from `openclaw --version`, the CLI banner, `[ws] ← connect … version=`, a probe's
 * `app <v>`, and any version named in prose (role unknown).
 */
export const version = defineExtractor({
  name: 'version',
  extract(paste: Paste): Fact[] {
    const out: Fact[] = [];
    const text = paste.text;
    const seen = new Set<string>();
    let lastLine = -1;
    let lastSpecific: VersionFact | undefined;
    ANY_VERSION.lastIndex = 0;
    for (let m = ANY_VERSION.exec(text); m; m = ANY_VERSION.exec(text)) {
      const l = paste.lineAt(m.index);
      if (l.line !== lastLine) {
        lastLine = l.line;
        lastSpecific = specific(paste, l);
        if (lastSpecific) {
          out.push(lastSpecific);
          seen.add(`${l.line}|${lastSpecific.version.raw}`);
        }
      }
      const v = parseVersion(m[0]);
      if (!v) continue;
      const key = `${l.line}|${v.raw}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const f = fact(paste, l, m[0], 'unknown', 'prose');
      if (f) {
        readProse(f, l.text, m.index - l.start, m[0].length, text, l.start);
        out.push(f);
      }
    }
    if (/20\d\d\.(?:0|\d{1,2}\.0\d)/.test(text)) {
      const padded = paddedVersions(paste, seen);
      if (padded.length > 0) {
        out.push(...padded);
        out.sort((a, b) => a.at.line - b.at.line);
      }
    }
    return out;
  },
});
