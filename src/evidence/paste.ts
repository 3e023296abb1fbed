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

const ANSI = /\u001b\[[0-9;?]*[ -/]*[@-~]|\u001b\][^\u0007\u001b]*(?:\u0007|\u001b\\)|(?<![\w\]])\[(?:\d{1,3}(?:;\d{1,3}){0,4})?m/g;
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

export function normalise(raw: string): string {
  let text = raw.indexOf('\r') === -1 ? raw : raw.replace(/\r\n?/g, '\n');
  if (text.indexOf('[') !== -1 || text.indexOf('\u001b') !== -1) text = text.replace(ANSI, '');
  if (text.indexOf('```') !== -1) text = text.replace(FENCE, '');
  text = text.replace(SMART_DOUBLE, '"').replace(SMART_SINGLE, "'").replace(INVISIBLE, '').replace(NBSP, ' ');
  if (/^[A-Z][a-z]{2} [ \d]\d \d\d:\d\d:\d\d /m.test(text)) text = text.replace(JOURNALD, '');
  return text;
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
    const nl = text.indexOf('\n', start);
    const end = nl === -1 ? text.length : nl;
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
