/**
 * File logs (and `openclaw logs --json`) hold one JSON object per line with the positional log
 * arguments under "0", "1", …, so line extractors would otherwise have to understand escaping.
 * Each such line is rewritten, in place, to the console shape `<time> [<subsystem>] <args…>`;
 * newlines inside a message become a literal `\n` so line numbers stay those of the paste.
 */
import { parseObject } from './json-scan.ts';

/** A line longer than this is left as is: parsing it is not worth the memory. */
export const MAX_JSON_LOG_LINE = 256 * 1024;
export const JSON_LOG_START = '{"0":';

/**
 * The console shape of `line` when it is a file-log entry (its first non-blank text `{"0":`, at
 * most MAX_JSON_LOG_LINE long, valid JSON with `_meta` or `time`); undefined otherwise.
 */
export function rewriteJsonLogLine(line: string): string | undefined {
  const lead = line.length - line.trimStart().length;
  if (!line.startsWith(JSON_LOG_START, lead) || line.length > MAX_JSON_LOG_LINE) return undefined;
  return consoleShape(lead === 0 ? line : line.slice(lead));
}

/**
 * Every file-log line of `text` rewritten. Only lines found by indexOf are touched: the rest of the
 * text is copied in slices, never split.
 */
export function rewriteJsonLogLines(text: string): string {
  const parts: string[] = [];
  let last = 0;
  for (let at = text.indexOf(JSON_LOG_START); at !== -1; ) {
    const lineStart = text.lastIndexOf('\n', at) + 1;
    let lineEnd = text.indexOf('\n', at);
    if (lineEnd === -1) lineEnd = text.length;
    // The object must be the line's first non-blank text, as trimStart sees blanks.
    const leads = at === lineStart || text.slice(lineStart, at).trimStart() === '';
    if (leads && lineEnd - lineStart <= MAX_JSON_LOG_LINE) {
      const rewritten = consoleShape(text.slice(at, lineEnd));
      if (rewritten !== undefined) {
        parts.push(text.slice(last, lineStart), rewritten);
        last = lineEnd;
      }
    }
    at = text.indexOf(JSON_LOG_START, lineEnd);
  }
  if (parts.length === 0) return text;
  parts.push(text.slice(last));
  return parts.join('');
}

function consoleShape(json: string): string | undefined {
  const rec = parseObject(json);
  if (!rec) return undefined;
  if (!('_meta' in rec) && !('time' in rec)) return undefined;
  const parts: string[] = [];
  const meta = rec._meta;
  const time = typeof rec.time === 'string' ? rec.time : isRecord(meta) && typeof meta.date === 'string' ? meta.date : undefined;
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
    const s = typeof v === 'string' ? v : (JSON.stringify(v) ?? '');
    parts.push(s.indexOf('\n') === -1 && s.indexOf('\r') === -1 ? s : s.replace(/\r?\n|\r/g, '\\n'));
  }
  return parts.join(' ');
}

/** The tag as the file log writes it, with nothing to unescape: read without a second JSON.parse. */
const PLAIN_TAG = /^\{"subsystem":"([^"\\\u0000-\u001f]*)"\}$/;

function subsystemOf(v: string): string | undefined {
  // Anything but a `{"subsystem": …}` tag is a message, which the caller keeps.
  const s = PLAIN_TAG.exec(v)?.[1] ?? parseObject(v)?.subsystem;
  if (typeof s !== 'string') return undefined;
  // The console prints `gateway/ws` as `[ws]`; match that so one line shape serves both.
  return s.startsWith('gateway/') ? s.slice('gateway/'.length) : s;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
