/**
 * One message's raw text made into the shape every extractor reads, in this order, each step on
 * the previous one's result: LF line ends, no ANSI colour codes, no Discord code fences, plain
 * quotes and spaces (no invisible characters), no journald prefixes, no Discord quote markers, and
 * file-log JSON lines in console shape.
 *
 * On a 10 MB paste every whole-text copy costs as much as a regex pass, so the usual case (no ESC,
 * no fences, no journald prefix, no quote marker) collects the colour-code, character and JSON-line
 * edits first and copies the text once. Anything else goes step by step.
 */
import { JSON_LOG_START, rewriteJsonLogLine, rewriteJsonLogLines } from './json-log-lines.ts';

const ANSI = /\u001b\[[0-9;?]*[ -/]*[@-~]|\u001b\][^\u0007\u001b]*(?:\u0007|\u001b\\)|(?<!\w)\[(?:\d{1,3}(?:;\d{1,3}){0,4})?m/g;
/** ANSI's last alternative: the only one that matches without an ESC. */
const BARE_SGR = /(?<!\w)\[(?:\d{1,3}(?:;\d{1,3}){0,4})?m/y;
const FENCE = /```[A-Za-z0-9_+-]{0,20}/g;
/** Smart quotes, invisible characters and odd spaces, each mapped to what a terminal would show. */
const SMART_DOUBLES = /[\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb]/g;
const SMART_SINGLES = /[\u2018\u2019\u201a\u201b\u2032]/g;
const INVISIBLES = /[\u200b-\u200d\u2060\ufeff]/g;
const ODD_SPACES = /[\u00a0\u2007\u202f]/g;
const inside = (re: RegExp): string => re.source.slice(1, -1);
const LOOKALIKE_CHARS = new RegExp(`[${[SMART_DOUBLES, SMART_SINGLES, INVISIBLES, ODD_SPACES].map(inside).join('')}]`, 'g');
const LOOKALIKE_CHAR = new RegExp(LOOKALIKE_CHARS.source);
const SMART_DOUBLE = new RegExp(SMART_DOUBLES.source);
const SMART_SINGLE = new RegExp(SMART_SINGLES.source);
const ODD_SPACE = new RegExp(ODD_SPACES.source);
/** `Apr 05 14:16:13 host node[2060494]: ` (journalctl short format). */
const JOURNALD = /^[A-Z][a-z]{2} [ \d]\d \d\d:\d\d:\d\d [^\s:]+ [\w.@/-]+(?:\[\d+\])?: /gm;
const JOURNALD_START = /^[A-Z][a-z]{2} [ \d]\d \d\d:\d\d:\d\d /m;
const JOURNALD_LINE = /[A-Z][a-z]{2} [ \d]\d \d\d:\d\d:\d\d /y;
/** Discord quote markers (`> `, `>>> `) at line starts: the quoted text is what the user pasted. */
const QUOTE = /^(?:>>> ?|> )/gm;
const QUOTE_START = /^>/m;

/** A replacement of text[start, end) in the text being normalised. */
interface Edit {
  start: number;
  end: number;
  rep: string;
}

export function normalise(raw: string): string {
  const text = raw.indexOf('\r') === -1 ? raw : raw.replace(/\r\n?/g, '\n');
  // Collected edits cost far more each than a native replace: a text dense with them (a paste of
  // colour codes or smart quotes) goes step by step, and the collecting stops early.
  const limit = Math.max(MIN_EDITS, text.length >> 5);
  const colours = text.indexOf('\u001b') === -1 ? bareSgrSpans(text, limit) : undefined;
  if (!colours) return stepByStep(text.replace(ANSI, ''));
  // Deleting a colour code can join backticks into a fence, and fences go before the characters.
  if (text.indexOf('```') !== -1 || (colours.length > 0 && text.indexOf('`') !== -1)) return stepByStep(apply(text, colours));
  const edits = plainEdits(text, colours, limit);
  return (edits && inOneCopy(text, edits)) ?? stepByStep(apply(text, colours));
}

/** Below this many edits a text is always edited in one copy. */
const MIN_EDITS = 4096;

/** Each step on its own copy, from a text whose colour codes are gone. */
function stepByStep(text: string): string {
  let t = text;
  if (t.indexOf('```') !== -1) t = t.replace(FENCE, '');
  if (LOOKALIKE_CHAR.test(t)) {
    t = t.replace(SMART_DOUBLES, '"').replace(SMART_SINGLES, "'").replace(INVISIBLES, '').replace(ODD_SPACES, ' ');
  }
  if (JOURNALD_START.test(t)) t = t.replace(JOURNALD, '');
  if (hasQuoteMarker(t)) t = t.replace(QUOTE, '');
  if (t.indexOf(JSON_LOG_START) !== -1) t = rewriteJsonLogLines(t);
  return t;
}

/**
 * The edited text with its file-log lines rewritten, in one copy; undefined when it has journald
 * prefixes or quote markers. Edits never remove those (they hold no editable character), they can
 * only make one by deleting what stood before it, so the unedited text and the edited lines tell.
 */
function inOneCopy(text: string, edits: Edit[]): string | undefined {
  if (hasLineStartMark(text)) return undefined;
  const edited = editedLines(text, edits);
  for (const l of edited) if (JOURNALD_START.test(l.rep) || QUOTE_START.test(l.rep)) return undefined;
  return apply(text, withLines(edits, jsonLogLines(text, edited)));
}

/**
 * Where ANSI matches in a text without ESC: only the bare `[31m` form can. Almost every log line
 * has a `[subsystem]` tag, so the `[` positions are walked with indexOf and the regex only runs
 * where the next character could start a colour code.
 */
function bareSgrSpans(text: string, limit: number): Edit[] | undefined {
  const spans: Edit[] = [];
  for (let at = text.indexOf('['); at !== -1; at = text.indexOf('[', at + 1)) {
    const c = text.charCodeAt(at + 1);
    if (c !== 109 /* m */ && (c < 48 || c > 57)) continue;
    BARE_SGR.lastIndex = at;
    if (!BARE_SGR.test(text)) continue;
    if (spans.length === limit) return undefined;
    spans.push({ start: at, end: BARE_SGR.lastIndex, rep: '' });
    at = BARE_SGR.lastIndex - 1;
  }
  return spans;
}

function plainChar(c: string): string {
  if (SMART_DOUBLE.test(c)) return '"';
  if (SMART_SINGLE.test(c)) return "'";
  return ODD_SPACE.test(c) ? ' ' : '';
}

/** `colours` and every look-alike character outside them made plain, in text order; undefined past `limit`. */
function plainEdits(text: string, colours: Edit[], limit: number): Edit[] | undefined {
  const edits: Edit[] = [];
  let k = 0;
  LOOKALIKE_CHARS.lastIndex = 0;
  for (let m = LOOKALIKE_CHARS.exec(text); m; m = LOOKALIKE_CHARS.exec(text)) {
    while (k < colours.length && colours[k]!.start <= m.index) edits.push(colours[k++]!);
    // A character inside a deleted colour code went with it.
    if (edits.length > 0 && m.index < edits[edits.length - 1]!.end) continue;
    if (edits.length >= limit) return undefined;
    edits.push({ start: m.index, end: m.index + 1, rep: plainChar(m[0]) });
  }
  while (k < colours.length) edits.push(colours[k++]!);
  return edits;
}

/** text[from, to) with `edits` (in order, inside the range) applied. */
function apply(text: string, edits: readonly Edit[], from = 0, to = text.length): string {
  if (edits.length === 0) return from === 0 && to === text.length ? text : text.slice(from, to);
  const parts: string[] = [];
  let pos = from;
  for (const e of edits) {
    parts.push(text.slice(pos, e.start), e.rep);
    pos = e.end;
  }
  parts.push(text.slice(pos, to));
  return parts.join('');
}

/** Each line holding edits (none spans lines), as an edit replacing the whole line by its edited text. */
function editedLines(text: string, edits: Edit[]): Edit[] {
  const out: Edit[] = [];
  for (let i = 0; i < edits.length; ) {
    const start = text.lastIndexOf('\n', edits[i]!.start) + 1;
    let end = text.indexOf('\n', edits[i]!.start);
    if (end === -1) end = text.length;
    let j = i;
    while (j < edits.length && edits[j]!.start < end) j++;
    out.push({ start, end, rep: apply(text, edits.slice(i, j), start, end) });
    i = j;
  }
  return out;
}

/** File-log lines, as whole-line edits in order: unedited lines read from the text, edited ones as edited. */
function jsonLogLines(text: string, edited: Edit[]): Edit[] {
  const out: Edit[] = [];
  let k = 0;
  const flushEdited = (before: number): void => {
    for (; k < edited.length && edited[k]!.start < before; k++) {
      const rep = rewriteJsonLogLine(edited[k]!.rep);
      if (rep !== undefined) out.push({ start: edited[k]!.start, end: edited[k]!.end, rep });
    }
  };
  for (let at = text.indexOf(JSON_LOG_START); at !== -1; ) {
    const start = text.lastIndexOf('\n', at) + 1;
    let end = text.indexOf('\n', at);
    if (end === -1) end = text.length;
    flushEdited(start);
    if (!(k < edited.length && edited[k]!.start === start)) {
      const rep = rewriteJsonLogLine(text.slice(start, end));
      if (rep !== undefined) out.push({ start, end, rep });
    }
    at = text.indexOf(JSON_LOG_START, end);
  }
  flushEdited(text.length + 1);
  return out;
}

/** `edits` with whole-line edits laid over them: a rewritten line already holds its edits. */
function withLines(edits: Edit[], lines: Edit[]): Edit[] {
  if (lines.length === 0) return edits;
  const out: Edit[] = [];
  let i = 0;
  for (const l of lines) {
    while (i < edits.length && edits[i]!.start < l.start) out.push(edits[i++]!);
    while (i < edits.length && edits[i]!.start < l.end) i++;
    out.push(l);
  }
  while (i < edits.length) out.push(edits[i++]!);
  return out;
}

/**
 * Whether JOURNALD_START or QUOTE_START matches: one walk over the line starts, the regex only
 * where a line starts with a capital. (`^` with the m flag also starts a line after U+2028/U+2029;
 * a text with those gets the regexes themselves.)
 */
function hasLineStartMark(text: string): boolean {
  if (text.indexOf('\u2028') !== -1 || text.indexOf('\u2029') !== -1) return JOURNALD_START.test(text) || QUOTE_START.test(text);
  for (let at = 0; at < text.length; ) {
    const c = text.charCodeAt(at);
    if (c === 62 /* > */) return true;
    if (c >= 65 && c <= 90) {
      JOURNALD_LINE.lastIndex = at;
      if (JOURNALD_LINE.test(text)) return true;
    }
    const nl = text.indexOf('\n', at);
    if (nl === -1) break;
    at = nl + 1;
  }
  return false;
}

/** Same answer as `/^>/m.test(text)`, without a regex pass in the usual case. */
function hasQuoteMarker(text: string): boolean {
  if (text.startsWith('>') || text.indexOf('\n>') !== -1) return true;
  // `^` with the m flag also starts a line after U+2028/U+2029.
  return (text.indexOf('\u2028') !== -1 || text.indexOf('\u2029') !== -1) && QUOTE_START.test(text);
}
