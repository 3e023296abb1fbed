/** An engine for the worker pool's tests: `THROW` throws, `CRASH` ends its worker, anything else echoes the text. */
import type { Diagnosis, ThreadMessage } from '../../src/diagnose.ts';

export function diagnose(messages: readonly ThreadMessage[]): Diagnosis {
  const text = messages.map((m) => m.text).join('|');
  if (text.includes('THROW')) throw new Error('engine bug');
  if (text.includes('CRASH')) process.exit(3);
  const reply = `${messages.length}:${text.length}:${text.slice(0, 20)}:${messages.map((m) => m.postedAt ?? '-').join(',')}`;
  return {
    stage: 'no-match',
    findings: [],
    asks: [],
    reply,
    messages: [reply],
    relevant: false,
    secrets: [],
    verification: { confirmed: false, evidence: [], missing: [], summary: '' },
  };
}
