/**
 * One message's text, normalised once so every extractor sees the same shape: line endings, ANSI
 * colour codes, smart quotes, Discord code fences, invisible characters and journald prefixes are
 * taken care of here and nowhere else.
 *
 * Extractors scan `text` with `indexOf` for their own keywords (fast on huge pastes) and turn hit
 * offsets into lines with `lineAt`; the line index is built lazily, once.
 */

export interface PasteLine {
  /** 1-based line number within the message. */
  line: number;
  text: string;
  start: number;
  end: number;
}

export interface Paste {
  readonly message: number;
  /** Normalised text (LF only, no ANSI, straight quotes, no code fences). */
  readonly text: string;
  /** True when the raw input looked binary; `text` is then empty. */
  readonly binary: boolean;
  /** The line that contains `offset`. */
  lineAt(offset: number): PasteLine;
  /** Every distinct line that contains `needle`, in order. */
  linesWith(needle: string): PasteLine[];
  /** All lines (built on first use). */
  lines(): string[];
}

const ANSI = /\u001b\[[0-9;?]*[ -/]*[@-~]|\u001b\][^\u0007\u001b]*(?:\u0007|\u001b\\)|(?<!\w)\[(?:\d{1,3}(?:;\d{1,3}){0,4})?m/g;
const FENCE = /```[A-Za-z0-9_+-]{0,20}/g;
const SMART_DOUBLE = /[\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb]/g;
const SMART_SINGLE = /[\u2018\u2019\u201a\u201b\u2032]/g;
const INVISIBLE = /[\u200b-\u200d\u2060\ufeff]/g;
const NBSP = /[\u00a0\u2007\u202f]/g;
/** `Apr 05 14:16:13 host node[2060494]: ` (journalctl short format). */
const JOURNALD = /^[A-Z][a-z]{2} [ \d]\d \d\d:\d\d:\d\d [^\s:]+ [\w.@/-]+(?:\[\d+\])?: /gm;

/** Share of control characters above which a message is treated as a binary upload. */
const BINARY_CONTROL_SHARE = 0.1;

export function looksBinary(raw: string): boolean {
  if (raw.indexOf('\u0000') !== -1) return true;
  const sample = raw.length > 8192 ? raw.slice(0, 8192) : raw;
  if (sample.length === 0) return false;
  let control = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 27) || c === 0xfffd) control++;
  }
  return control / sample.length > BINARY_CONTROL_SHARE;
}

/** Discord quote markers (`> `, `>>> `) at line starts: the quoted text is what the user pasted. */
const QUOTE = /^(?:>>> ?|> )/gm;

export function normalise(raw: string): string {
  let text = raw.indexOf('\r') === -1 ? raw : raw.replace(/\r\n?/g, '\n');
  if (text.indexOf('[') !== -1 || text.indexOf('\u001b') !== -1) text = text.replace(ANSI, '');
  if (text.indexOf('```') !== -1) text = text.replace(FENCE, '');
  text = text.replace(SMART_DOUBLE, '"').replace(SMART_SINGLE, "'").replace(INVISIBLE, '').replace(NBSP, ' ');
  if (/^[A-Z][a-z]{2} [ \d]\d \d\d:\d\d:\d\d /m.test(text)) text = text.replace(JOURNALD, '');
  if (/^>/m.test(text)) text = text.replace(QUOTE, '');
  if (text.indexOf('{"0":') !== -1) text = rewriteJsonLogLines(text);
  return text;
}

/** A file-log line longer than this is left as is: parsing it is not worth the memory. */
const MAX_JSON_LOG_LINE = 256 * 1024;

/**
 * File logs (and `openclaw logs --json`) hold one JSON object per line with the positional log
 * arguments under "0", "1", …, so line extractors would otherwise have to understand escaping.
 * Each such line is rewritten, in place, to the console shape `<time> [<subsystem>] <args…>`;
 * newlines inside a message become a literal `\n` so line numbers stay those of the paste.
 */
export function rewriteJsonLogLines(text: string): string {
  const lines = text.split('\n');
  let changed = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const lead = line.length - line.trimStart().length;
    if (!line.startsWith('{"0":', lead) || line.length > MAX_JSON_LOG_LINE) continue;
    const rewritten = rewriteJsonLogLine(line.slice(lead));
    if (rewritten !== undefined) {
      lines[i] = rewritten;
      changed = true;
    }
  }
  return changed ? lines.join('\n') : text;
}

function rewriteJsonLogLine(line: string): string | undefined {
  let obj: unknown;
  try {
    obj = JSON.parse(line);
  } catch {
    return undefined;
  }
  if (typeof obj !== 'object' || obj === null || Array.isArray(obj)) return undefined;
  const rec = obj as Record<string, unknown>;
  if (!('_meta' in rec) && !('time' in rec)) return undefined;
  const parts: string[] = [];
  const meta = rec['_meta'];
  const time = typeof rec['time'] === 'string' ? rec['time'] : isRecord(meta) && typeof meta['date'] === 'string' ? meta['date'] : undefined;
  if (time) parts.push(time);
  for (let k = 0; k < 64 && String(k) in rec; k++) {
    const v = rec[String(k)];
    if (k === 0 && typeof v === 'string' && v.startsWith('{"subsystem":')) {
      const sub = subsystemOf(v);
      if (sub) {
        parts.push(`[${sub}]`);
        continue;
      }
    }
    const s = typeof v === 'string' ? v : JSON.stringify(v) ?? '';
    parts.push(s.indexOf('\n') === -1 && s.indexOf('\r') === -1 ? s : s.replace(/\r?\n|\r/g, '\\n'));
  }
  return parts.join(' ');
}

function subsystemOf(v: string): string | undefined {
  try {
    const o: unknown = JSON.parse(v);
    if (isRecord(o) && typeof o['subsystem'] === 'string') {
      // The console prints `gateway/ws` as `[ws]`; match that so one line shape serves both.
      const s = o['subsystem'];
      return s.startsWith('gateway/') ? s.slice('gateway/'.length) : s;
    }
  } catch {
    // not a subsystem tag; the caller keeps it as a message
  }
  return undefined;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** `2026-04-05T14:16:13.663+01:00` / `2026-04-05 14:16:13` at the start of a line (after `[`, spaces). */
const LINE_TIME = /^\s{0,8}\[?(\d{4}-\d\d-\d\d)[T ](\d\d:\d\d:\d\d(?:\.\d{1,9})?)(Z|[+-]\d\d:?\d\d)?/;

/**
 * ms epoch of a line's leading timestamp when it carries a full date; short `17:42:10` or
 * journald `Apr 05 14:16:13` prefixes have no year and give undefined.
 */
export function lineTime(line: string): number | undefined {
  const m = LINE_TIME.exec(line.length > 64 ? line.slice(0, 64) : line);
  if (!m) return undefined;
  let zone = m[3] ?? 'Z';
  if (zone !== 'Z' && zone.length === 5) zone = `${zone.slice(0, 3)}:${zone.slice(3)}`;
  const ms = Date.parse(`${m[1]}T${m[2]}${zone}`);
  return Number.isFinite(ms) ? ms : undefined;
}

const VALUE_END = new Set([' ', '\t', '"', '\\', '`', "'", ')', ';', '\n']);
const KEY_BEFORE = new Set([' ', '\t', '"', "'", '(', '{', ',', '`', '[']);

/**
 * The value of `key=value` in a log line: it ends at whitespace, a quote, a backslash (the line sat
 * inside a JSON string) or `)`. Only whole keys match (`conn=` not `xconn=`).
 */
export function fieldValue(s: string, key: string, from = 0): string | undefined {
  const needle = `${key}=`;
  for (let i = s.indexOf(needle, from); i !== -1; i = s.indexOf(needle, i + 1)) {
    if (i > 0 && !KEY_BEFORE.has(s[i - 1]!)) continue;
    let j = i + needle.length;
    while (j < s.length && !VALUE_END.has(s[j]!)) j++;
    return s.slice(i + needle.length, j);
  }
  return undefined;
}

/**
 * Undo one level of JSON string escaping (`\"` → `"`, `\n` → newline, `\\` → `\`), for
 * texts pasted from inside a JSON string. Unknown escapes are kept; linear.
 */
export function unescapeJsonOnce(s: string): string {
  if (s.indexOf('\\') === -1) return s;
  let out = '';
  let last = 0;
  for (let i = s.indexOf('\\'); i !== -1 && i < s.length - 1; i = s.indexOf('\\', i)) {
    const c = s[i + 1]!;
    const rep = c === 'n' ? '\n' : c === 't' ? '\t' : c === 'r' ? '' : c === '"' || c === '\\' || c === '/' ? c : undefined;
    if (rep === undefined) {
      i += 2;
      continue;
    }
    out += s.slice(last, i) + rep;
    i += 2;
    last = i;
  }
  return out + s.slice(last);
}

export function makePaste(raw: string, message = 0): Paste {
  const binary = looksBinary(raw);
  const text = binary ? '' : normalise(raw);
  let starts: number[] | undefined;
  let cachedLines: string[] | undefined;

  const lineStarts = (): number[] => {
    if (starts) return starts;
    const s = [0];
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) s.push(i + 1);
    starts = s;
    return s;
  };

  const lineAt = (offset: number): PasteLine => {
    const s = lineStarts();
    let lo = 0;
    let hi = s.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (s[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    const start = s[lo]!;
    // From the index, not indexOf: on a 10 MB single-line paste every lookup would rescan the line.
    const end = lo + 1 < s.length ? s[lo + 1]! - 1 : text.length;
    return { line: lo + 1, text: text.slice(start, end), start, end };
  };

  return {
    message,
    text,
    binary,
    lineAt,
    linesWith(needle: string): PasteLine[] {
      const out: PasteLine[] = [];
      let from = 0;
      for (;;) {
        const hit = text.indexOf(needle, from);
        if (hit === -1) break;
        const l = lineAt(hit);
        out.push(l);
        from = l.end + 1;
      }
      return out;
    },
    lines(): string[] {
      cachedLines ??= text.split('\n');
      return cachedLines;
    },
  };
}
