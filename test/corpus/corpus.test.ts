/**
 * Every corpus case is a test, judged exactly as `npm run eval` judges it (cases.ts), so a
 * regression on a real thread fails CI. A case the engine still gets wrong is listed in
 * known-failures.json with its reason and expected to fail: fixing it makes this test say so, and
 * the entry is then removed. No known failure may ever be harmful.
 */
import { describe, expect, it } from 'vitest';
import { diagnose } from '../../src/diagnose.ts';
import { judge, loadCorpus, loadKnownFailures, why } from './cases.ts';

const cases = loadCorpus();
const known = loadKnownFailures();

describe('real-thread corpus', () => {
  it('has no known failure that is not a case', () => {
    const ids = new Set(cases.map((c) => c.id));
    expect([...known.keys()].filter((id) => !ids.has(id))).toEqual([]);
  });

  it('ids are file names, sources are unique', () => {
    for (const c of cases) expect(c.file.endsWith(`/${c.id}.json`)).toBe(true);
    const real = cases.filter((c) => c.kind === 'real').map((c) => c.source);
    expect(real.length - new Set(real).size).toBe(0);
  });

  for (const c of cases) {
    const reason = known.get(c.id);
    it(`${c.kind}/${c.id}${reason ? ' (known failure)' : ''}`, () => {
      const d = diagnose(
        c.messages.map((text) => ({ text })),
        { title: c.title },
      );
      const v = judge(c, d);
      expect(v.harmful, `harmful: ${why(v, d.stage)}`).toBe(false);
      if (reason) expect(v.ok, `now correct: remove it from known-failures.json (${reason})`).toBe(false);
      else expect(v.ok, why(v, d.stage)).toBe(true);
    });
  }
});
