/**
 * Issue 7's "short first" measure, shared by `npm run eval` and the short-reply tests: the lead and
 * every numbered step are in the first Discord message.
 */
import type { Diagnosis } from '../../src/diagnose.ts';

export function headInFirstMessage(d: Pick<Diagnosis, 'reply' | 'messages'>): boolean {
  const sections = d.reply.split(/\n\n(?=\S)/);
  let last = 0;
  sections.forEach((s, i) => {
    if (i === 0 || /^\d+\. /.test(s)) last = i;
  });
  // The secret warning can come first; the lead is the first bold section after it.
  const first = d.messages[0] ?? '';
  return sections.slice(0, last + 1).every((s) => first.includes(s));
}
