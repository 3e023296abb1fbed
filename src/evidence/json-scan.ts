/**
 * A forgiving, forward-only JSON reader for pasted documents. Pastes are cut by Discord's length
 * limit, carry `//` comments or trailing commas (openclaw.json is JSON5) and sometimes Python-style
 * quoting, so `JSON.parse` is too strict: this reader returns whatever it could build, and records
 * which objects/arrays were never closed so callers can keep only what is provably whole.
 *
 * It never backtracks: every character is looked at once, which keeps a 10 MB paste linear. Depth
 * and size are capped so adversarial input (`[[[[…`) ends early instead of exhausting the stack.
 */

export type JsonValue = null | boolean | number | string | JsonValue[] | JsonObject;
export interface JsonObject {
  [key: string]: JsonValue;
}

export interface ParsedDoc {
  /** Offset of the opening `{`/`[`. */
  start: number;
  /** Offset just past the last character consumed (the closing brace when `closed`). */
  end: number;
  value: JsonObject | JsonValue[];
  /** The root container was closed and nothing in it failed to parse. */
  closed: boolean;
  /** The reader stopped because the text (or the size cap) ended, not on a syntax error. */
  hitEnd: boolean;
  /** Containers that were never closed (cut or broken). A closed container is never in here. */
  open: WeakSet<object>;
}

/** Nesting deeper than any devices list or store needs; beyond it the reader stops. */
const MAX_DEPTH = 48;
/** Largest document read, in characters; a devices list or pairing store is far smaller. */
export const MAX_DOC_CHARS = 2_000_000;
/** Longest single string kept; longer values are consumed but dropped. */
const MAX_STRING = 100_000;

class Stop {
  readonly atEnd: boolean;
  constructor(atEnd: boolean) {
    this.atEnd = atEnd;
  }
}

interface State {
  text: string;
  pos: number;
  limit: number;
  open: WeakSet<object>;
}

const WS = new Set([0x20, 0x09, 0x0a, 0x0d]);

function skipSpace(s: State): void {
  const t = s.text;
  while (s.pos < s.limit) {
    const c = t.charCodeAt(s.pos);
    if (WS.has(c)) {
      s.pos++;
      continue;
    }
    if (c === 0x2f /* / */) {
      const n = t.charCodeAt(s.pos + 1);
      if (n === 0x2f) {
        const nl = t.indexOf('\n', s.pos + 2);
        s.pos = nl === -1 || nl > s.limit ? s.limit : nl + 1;
        continue;
      }
      if (n === 0x2a) {
        const close = t.indexOf('*/', s.pos + 2);
        s.pos = close === -1 || close + 2 > s.limit ? s.limit : close + 2;
        continue;
      }
    }
    return;
  }
}

function fail(s: State): never {
  throw new Stop(s.pos >= s.limit);
}

function readString(s: State): string {
  const t = s.text;
  const quote = t.charCodeAt(s.pos);
  s.pos++;
  let out = '';
  let chunkStart = s.pos;
  let tooLong = false;
  while (s.pos < s.limit) {
    const c = t.charCodeAt(s.pos);
    if (c === quote) {
      if (!tooLong) out += t.slice(chunkStart, s.pos);
      s.pos++;
      return tooLong ? '' : out;
    }
    // A raw newline is never inside a JSON string: this is prose, or the string was cut.
    if (c === 0x0a) fail(s);
    if (c === 0x5c /* \ */) {
      if (!tooLong) out += t.slice(chunkStart, s.pos);
      if (s.pos + 1 >= s.limit) {
        s.pos = s.limit;
        fail(s);
      }
      const e = t[s.pos + 1];
      s.pos += 2;
      switch (e) {
        case 'n':
          out += '\n';
          break;
        case 't':
          out += '\t';
          break;
        case 'r':
          out += '\r';
          break;
        case 'b':
          out += '\b';
          break;
        case 'f':
          out += '\f';
          break;
        case 'u': {
          const hex = t.slice(s.pos, s.pos + 4);
          if (hex.length < 4 || s.pos + 4 > s.limit) {
            s.pos = Math.min(s.pos + 4, s.limit);
            fail(s);
          }
          if (!/^[0-9a-fA-F]{4}$/.test(hex)) fail(s);
          out += String.fromCharCode(parseInt(hex, 16));
          s.pos += 4;
          break;
        }
        default:
          out += e ?? '';
      }
      chunkStart = s.pos;
      continue;
    }
    s.pos++;
    if (!tooLong && s.pos - chunkStart + out.length > MAX_STRING) tooLong = true;
  }
  fail(s);
}

const NUMBER = /-?(?:0|[1-9][0-9]{0,30})(?:\.[0-9]{1,30})?(?:[eE][+-]?[0-9]{1,5})?/y;

function readNumber(s: State): number {
  NUMBER.lastIndex = s.pos;
  const m = NUMBER.exec(s.text);
  if (!m || m[0] === '-') fail(s);
  s.pos += m[0].length;
  if (s.pos > s.limit) {
    s.pos = s.limit;
    fail(s);
  }
  return Number(m[0]);
}

const LITERALS: ReadonlyArray<readonly [string, JsonValue]> = [
  ['true', true],
  ['false', false],
  ['null', null],
  // Python repr, pasted from a script that printed the parsed list.
  ['True', true],
  ['False', false],
  ['None', null],
];

function readLiteral(s: State): JsonValue {
  for (const [word, value] of LITERALS) {
    if (s.text.startsWith(word, s.pos)) {
      if (s.pos + word.length > s.limit) break;
      s.pos += word.length;
      return value;
    }
  }
  // A literal cut by the end of the paste (`tr`) is a cut, not a syntax error.
  const rest = s.text.slice(s.pos, s.limit);
  if (rest.length < 5 && LITERALS.some(([w]) => w.startsWith(rest))) s.pos = s.limit;
  fail(s);
}

const BARE_KEY = /[A-Za-z_$][A-Za-z0-9_$]{0,100}/y;

function readKey(s: State): string {
  const c = s.text.charCodeAt(s.pos);
  if (c === 0x22 || c === 0x27) return readString(s);
  BARE_KEY.lastIndex = s.pos;
  const m = BARE_KEY.exec(s.text);
  if (!m) fail(s);
  s.pos += m[0].length;
  if (s.pos >= s.limit) fail(s);
  return m[0];
}

type Attach = (v: JsonValue) => void;

/** Containers are attached to their parent before they are filled, so a cut leaves a linked tree. */
function readValue(s: State, depth: number, attach: Attach): void {
  skipSpace(s);
  if (s.pos >= s.limit) fail(s);
  const c = s.text.charCodeAt(s.pos);
  if (c === 0x7b) readObject(s, depth + 1, attach);
  else if (c === 0x5b) readArray(s, depth + 1, attach);
  else if (c === 0x22 || c === 0x27) attach(readString(s));
  else if (c === 0x2d || (c >= 0x30 && c <= 0x39)) attach(readNumber(s));
  else attach(readLiteral(s));
}

function readObject(s: State, depth: number, attach: Attach): void {
  if (depth > MAX_DEPTH) fail(s);
  // No prototype: a pasted `"__proto__"` key must stay plain data.
  const obj = Object.create(null) as JsonObject;
  s.open.add(obj);
  attach(obj);
  s.pos++;
  for (;;) {
    skipSpace(s);
    if (s.pos >= s.limit) fail(s);
    if (s.text.charCodeAt(s.pos) === 0x7d) {
      s.pos++;
      s.open.delete(obj);
      return;
    }
    const key = readKey(s);
    skipSpace(s);
    if (s.pos >= s.limit || s.text.charCodeAt(s.pos) !== 0x3a) fail(s);
    s.pos++;
    readValue(s, depth, (v) => {
      obj[key] = v;
    });
    skipSpace(s);
    if (s.pos >= s.limit) fail(s);
    const d = s.text.charCodeAt(s.pos);
    if (d === 0x2c) {
      s.pos++;
      continue;
    }
    if (d !== 0x7d) fail(s);
  }
}

function readArray(s: State, depth: number, attach: Attach): void {
  if (depth > MAX_DEPTH) fail(s);
  const arr: JsonValue[] = [];
  s.open.add(arr);
  attach(arr);
  s.pos++;
  const push: Attach = (v) => {
    arr.push(v);
  };
  for (;;) {
    skipSpace(s);
    if (s.pos >= s.limit) fail(s);
    if (s.text.charCodeAt(s.pos) === 0x5d) {
      s.pos++;
      s.open.delete(arr);
      return;
    }
    readValue(s, depth, push);
    skipSpace(s);
    if (s.pos >= s.limit) fail(s);
    const d = s.text.charCodeAt(s.pos);
    if (d === 0x2c) {
      s.pos++;
      continue;
    }
    if (d !== 0x5d) fail(s);
  }
}

/**
 * Where `readDoc(text, start)` stops when the `{` at `start` fails before its first value: the
 * first non-blank character starts neither a key, a comment nor the closing brace, or a bare key is
 * not followed by a colon. The reader then returns an empty, unclosed object, which no caller
 * keeps. Undefined when the object may go on, or reach the end. A flood of `{` or `{word` then
 * costs a look per brace instead of a reader and a thrown stop per brace.
 */
export function emptyObjectStop(text: string, start: number, maxChars = MAX_DOC_CHARS): number | undefined {
  const limit = Math.min(text.length, start + maxChars);
  let j = start + 1;
  while (j < limit && WS.has(text.charCodeAt(j))) j++;
  if (j >= limit) return undefined;
  const c = text.charCodeAt(j);
  if (c === 0x22 || c === 0x27 || c === 0x7d /* } */ || c === 0x2f /* / */) return undefined;
  BARE_KEY.lastIndex = j;
  if (!BARE_KEY.test(text)) return j;
  let k = BARE_KEY.lastIndex;
  while (k < limit && WS.has(text.charCodeAt(k))) k++;
  if (k >= limit) return undefined;
  const d = text.charCodeAt(k);
  return d === 0x3a /* : */ || d === 0x2f ? undefined : k;
}

/**
 * Reads one document starting at `start` (which should be `{` or `[`). Never throws.
 */
export function readDoc(text: string, start: number, maxChars = MAX_DOC_CHARS): ParsedDoc {
  const s: State = { text, pos: start, limit: Math.min(text.length, start + maxChars), open: new WeakSet() };
  let root: JsonObject | JsonValue[] | undefined;
  const attach: Attach = (v) => {
    if (v !== null && typeof v === 'object') root = v;
  };
  try {
    readValue(s, 0, attach);
    return { start, end: s.pos, value: root ?? [], closed: root !== undefined, hitEnd: false, open: s.open };
  } catch (e) {
    // Stopping at the size cap is not the text ending: nothing can continue such a document.
    const atEnd = e instanceof Stop ? e.atEnd && s.limit === text.length : false;
    const value = root ?? [];
    s.open.add(value);
    return { start, end: Math.max(Math.min(s.pos, s.limit), start + 1), value, closed: false, hitEnd: atEnd, open: s.open };
  }
}

/**
 * Every `{`-document in `text`, in order, read forward only: after each one the scan resumes where
 * reading stopped (never earlier: re-reading a cut document from each inner brace would be
 * quadratic), and a `{` that cannot start an object is skipped at once. Linear in `text`.
 */
export function* objectDocs(text: string): Generator<ParsedDoc> {
  let pos = 0;
  for (;;) {
    const i = text.indexOf('{', pos);
    if (i === -1) return;
    const stop = emptyObjectStop(text, i);
    if (stop !== undefined) {
      pos = stop;
      continue;
    }
    const doc = readDoc(text, i);
    pos = Math.max(i + 1, doc.end);
    yield doc;
  }
}

/** A strict `JSON.parse` of text that must be one object (a log line, a close context), or undefined. */
export function parseObject(json: string): Record<string, unknown> | undefined {
  try {
    const v: unknown = JSON.parse(json);
    return typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}
