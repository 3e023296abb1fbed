/**
 * Evidence for a whole forum thread. Each message is read on its own, except that a devices
 * list JSON split over consecutive messages (Discord's length limit) is read once, joined, and
 * credited to the message that completed it, so the case never sees the cut half as a second list.
 */
import { devicesFactsFrom, findDevicesDocs, joinSplitJson } from './devices-list-json.ts';
import type { Fact } from './facts.ts';
import { extractEvidence } from './index.ts';
import { makePaste, normalise } from './paste.ts';
import { plain } from './plain.ts';

export interface ThreadMessage {
  text: string;
}

/** Messages one split paste may span; longer chains are read message by message. */
const MAX_CHAIN = 6;

function isCutJsonList(f: Fact): boolean {
  return (f.kind === 'devices-list' && f.format === 'json' && !f.complete) || (f.kind === 'input-note' && f.note === 'truncated-json');
}

export function extractThread(messages: readonly ThreadMessage[]): Fact[] {
  const perMessage: Fact[][] = messages.map((m, i) => extractEvidence(typeof m?.text === 'string' ? m.text : '', i));
  let i = 0;
  while (i < messages.length - 1) {
    let carry = messages[i]!.text;
    let last = i;
    // The joined list so far: how long the first message's normalised text is, to find the seam.
    for (let k = i + 1; k < messages.length && k - i < MAX_CHAIN; k++) {
      const joined = joinSplitJson(carry, messages[k]!.text);
      if (joined === undefined) break;
      carry = joined;
      last = k;
    }
    if (last === i) {
      i++;
      continue;
    }
    try {
      const firstLen = normalise(messages[i]!.text).trimEnd().length;
      const paste = makePaste(carry, last);
      const docs = findDevicesDocs(paste.text).filter((d) => d.start < firstLen && d.end > firstLen);
      const joinedFacts = devicesFactsFrom(paste, docs).map((f) => ({ ...f, at: { message: last, line: 1 } }) as Fact);
      // The cut halves were salvaged separately; the joined list replaces them.
      for (let k = i; k <= last; k++) {
        perMessage[k] = perMessage[k]!.filter((f) => !isCutJsonList(f));
      }
      perMessage[last]!.push(...joinedFacts);
    } catch {
      // Keep the per-message reading if the join cannot be read.
    }
    i = last + 1;
  }
  return perMessage.flat().map((f) => cleanStrings(f, 0) as Fact);
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
