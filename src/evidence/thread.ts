/**
 * Evidence for a whole forum thread. Each message's text is normalised once; a devices list JSON
 * split over consecutive messages (Discord's length limit) is then joined into the message that
 * completed it, before anything is extracted, so each message is read once and the case never sees
 * a cut half as a second list.
 */
import { joinSplitLists } from './devices-list-json.ts';
import type { Extractor } from './extractor.ts';
import type { Fact } from './facts.ts';
import { extractPaste } from './index.ts';
import { pasteOf, readMessageText } from './paste.ts';
import { plain } from './plain.ts';

export interface ThreadMessage {
  text: string;
}

/** `more`: extractors built above evidence (the look-alike rules' phrases), run on every message. */
export function extractThread(messages: readonly ThreadMessage[], more: readonly Extractor[] = []): Fact[] {
  const read = messages.map((m) => readMessageText(typeof m?.text === 'string' ? m.text : ''));
  // A binary message reads as empty text, which continues and completes nothing.
  const joined = joinSplitLists(read.map((m) => m.text));
  const facts = read.flatMap((m, i) => extractPaste(pasteOf({ text: joined[i]!, binary: m.binary }, i), more));
  return facts.map((f) => cleanStrings(f, 0) as Fact);
}

/**
 * Every string a fact carries, one line with no backtick: a reply that echoes a pasted clientId,
 * displayName, platform or path inside a code span can then never be broken out of (issue 7).
 * Objects are copied only when a string in them changes.
 */
function cleanStrings(value: unknown, depth: number): unknown {
  if (typeof value === 'string') return plain(value);
  if (depth > 6 || value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) {
    let out: unknown[] | undefined;
    for (let i = 0; i < value.length; i++) {
      const v: unknown = value[i];
      const c = cleanStrings(v, depth + 1);
      if (c !== v) (out ??= value.slice())[i] = c;
    }
    return out ?? value;
  }
  let copy: Record<string, unknown> | undefined;
  const record = value as Record<string, unknown>;
  for (const k in record) {
    const v = record[k];
    if (v === undefined || typeof v === 'number' || typeof v === 'boolean') continue;
    const c = cleanStrings(v, depth + 1);
    if (c !== v) (copy ??= { ...record })[k] = c;
  }
  return copy ?? value;
}
