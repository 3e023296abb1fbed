/**
 * `node test/reply/figures.ts`: the reply-length figures issue 7 set, over the real corpus: length
 * p50/p90, the one-message share, and the first-message share (the lead sentence and every step
 * in the first Discord message), per language too.
 */
import { diagnose, type Diagnosis } from '../../src/diagnose.ts';
import { loadCorpus } from '../corpus/cases.ts';

/** The lead and the numbered steps are all in the first message. */
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

if (import.meta.main) {
  const rows = loadCorpus(['real']).map((c) => ({ c, d: diagnose(c.messages.map((text) => ({ text }))) }));
  const report = (label: string, rs: typeof rows) => {
    const lengths = rs.map((r) => r.d.reply.length).sort((a, b) => a - b);
    const q = (p: number) => lengths[Math.min(lengths.length - 1, Math.floor((p / 100) * lengths.length))] ?? 0;
    const one = rs.filter((r) => r.d.messages.length === 1).length;
    const head = rs.filter((r) => headInFirstMessage(r.d)).length;
    const pct = (n: number) => `${((100 * n) / rs.length).toFixed(0)}%`;
    console.log(`${label.padEnd(10)} n=${rs.length}  p50 ${q(50)}  p90 ${q(90)}  one message ${pct(one)}  lead+steps in first message ${pct(head)}`);
  };
  report('all', rows);
  for (const lang of [...new Set(rows.map((r) => r.d.language ?? 'en'))]) report(lang, rows.filter((r) => (r.d.language ?? 'en') === lang));
}
