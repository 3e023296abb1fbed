/**
 * One message's text, normalised once (normalise.ts) so every extractor sees the same shape: line
 * endings, ANSI colour codes, smart quotes, Discord code fences, invisible characters, journald
 * prefixes and file-log JSON lines are taken care of there and nowhere else.
 *
 * Extractors find their lines through the paste's keyword index (keywords.ts: one pass for the
 * words of every extractor, built on first use) or, for a rare needle, with `indexOf`, and turn hit
 * offsets into lines with `lineAt`; the line index is built lazily, once.
 */
import { KeywordIndex, type Keywords } from './keywords.ts';
import { normalise } from './normalise.ts';

export { rewriteJsonLogLines } from './json-log-lines.ts';
export { normalise } from './normalise.ts';

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
  /** Every distinct line that contains `needle`, in order: from the keyword index's one pass when
   * `needle` is a registered keyword (`keywords`), else from a scan of its own. */
  linesWith(needle: string): PasteLine[];
  /** Every distinct line that contains one of `words`, in order, from the paste's keyword index;
   * each line is cut only when the caller gets to it. */
  linesWithAny(words: Keywords): Iterable<PasteLine>;
  /** The numbers of those lines, ascending, without cutting them out. */
  lineNumbersWithAny(words: Keywords): readonly number[];
  /** All lines (built on first use). */
  lines(): string[];
  /** Line `n` (1-based), from the line index rather than `lines()`: extractors that look at a few
   * lines around a hit should not split a 10 MB paste. Past the end: ''. */
  line(n: number): string;
  /** How many lines there are (what `lines().length` would say). */
  lineCount(): number;
}

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

const KEY_BEFORE = new Set([' ', '\t', '"', "'", '(', '{', ',', '`', '[']);
/** A value runs up to the first of ` \t"\\`');\n`. */
const VALUE = /[^ \t"\\`');\n]*/y;

/**
 * The value of `key=value` in a log line: it ends at whitespace, a quote, a backslash (the line sat
 * inside a JSON string) or `)`. Only whole keys match (`conn=` not `xconn=`).
 */
export function fieldValue(s: string, key: string, from = 0): string | undefined {
  const needle = `${key}=`;
  for (let i = s.indexOf(needle, from); i !== -1; i = s.indexOf(needle, i + 1)) {
    if (i > 0 && !KEY_BEFORE.has(s[i - 1]!)) continue;
    VALUE.lastIndex = i + needle.length;
    VALUE.test(s);
    return s.slice(i + needle.length, VALUE.lastIndex);
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

/**
 * A message's text as every extractor reads it: normalised, or empty when the raw input looked
 * binary. Made once per message; a thread's messages are joined (a list split over two) in this form.
 */
export interface MessageText {
  readonly text: string;
  readonly binary: boolean;
}

export function readMessageText(raw: string): MessageText {
  const binary = looksBinary(raw);
  return { text: binary ? '' : normalise(raw), binary };
}

export function makePaste(raw: string, message = 0): Paste {
  return pasteOf(readMessageText(raw), message);
}

/** The paste of a text already normalised (`readMessageText`): normalising twice is not a no-op. */
export function pasteOf({ text, binary }: MessageText, message: number): Paste {
  let starts: number[] | undefined;
  let cachedLines: string[] | undefined;
  let index: KeywordIndex | undefined;

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

  const lineNumbered = (n: number): PasteLine => {
    const s = lineStarts();
    const start = s[n - 1]!;
    const end = n < s.length ? s[n]! - 1 : text.length;
    return { line: n, text: text.slice(start, end), start, end };
  };

  return {
    message,
    text,
    binary,
    lineAt,
    *linesWithAny(words: Keywords): Generator<PasteLine> {
      index ??= new KeywordIndex(text);
      for (const n of index.linesOf(words)) yield lineNumbered(n);
    },
    lineNumbersWithAny(words: Keywords): readonly number[] {
      index ??= new KeywordIndex(text);
      return index.linesOf(words);
    },
    linesWith(needle: string): PasteLine[] {
      index ??= new KeywordIndex(text);
      return index.linesOfWord(needle).map(lineNumbered);
    },
    lines(): string[] {
      cachedLines ??= text.split('\n');
      return cachedLines;
    },
    line(n: number): string {
      if (cachedLines) return cachedLines[n - 1] ?? '';
      const s = lineStarts();
      if (n < 1 || n > s.length) return '';
      return text.slice(s[n - 1]!, n < s.length ? s[n]! - 1 : text.length);
    },
    lineCount(): number {
      return cachedLines ? cachedLines.length : lineStarts().length;
    },
  };
}
