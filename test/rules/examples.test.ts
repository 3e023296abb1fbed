/**
 * Every rule's own examples are its tests: each `fires` example must produce a finding of that rule
 * (and the expected stage and reply text), each `silent` example must not.
 */
import { describe, expect, it } from 'vitest';
import { rules } from '../../src/rules/index.ts';
import { runExample } from './run-example.ts';

describe('every rule is documented by its examples', () => {
  for (const rule of rules) {
    describe(rule.id, () => {
      it('has a docs link, a title, and at least one firing and one silent example', () => {
        expect(rule.docs.length).toBeGreaterThan(0);
        for (const d of rule.docs) expect(d.url).toMatch(/^https:\/\//);
        expect(rule.title.length).toBeGreaterThan(10);
        expect(rule.examples.fires.length).toBeGreaterThan(0);
        expect(rule.examples.silent.length).toBeGreaterThan(0);
      });
      rule.examples.fires.forEach((ex, i) => {
        it(`fires: ${ex.name ?? i}`, () => {
          const d = runExample(ex);
          expect(d.findings.map((f) => f.rule)).toContain(rule.id);
          if (ex.expect?.stage) expect(d.stage).toBe(ex.expect.stage);
          // The short reply and its Details (the full explanation one click away) together say it.
          const said = [d.reply, ...(d.details ?? [])].join('\n');
          for (const m of ex.expect?.mentions ?? []) expect(said).toContain(m);
          for (const m of ex.expect?.absent ?? []) expect(said).not.toContain(m);
          for (const msg of [...d.messages, ...(d.details ?? [])]) expect(msg.length).toBeLessThanOrEqual(2000);
        });
      });
      rule.examples.silent.forEach((ex, i) => {
        it(`silent: ${ex.name ?? i}`, () => {
          const d = runExample(ex);
          expect(d.findings.map((f) => f.rule)).not.toContain(rule.id);
        });
      });
    });
  }
});
