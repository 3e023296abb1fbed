import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { approveAnswer } from '../../src/evidence/approve-answer.ts';
import type { CliResultFact } from '../../src/evidence/facts.ts';
import { makePaste } from '../../src/evidence/paste.ts';

const run = (text: string) => approveAnswer.extract(makePaste(text)) as CliResultFact[];

describe('approve-answer', () => {
  it('an approve reported as answered missing scope, on its line or a step below the command', () => {
    expect(run('when I approve the pending request it says missing scope: operator.admin')[0]).toMatchObject({
      command: 'approve',
      outcome: 'missing-scope',
      scope: 'operator.admin',
    });
    expect(run('1. ran `openclaw devices approve <id>`\n2. got:\n`Error: missing scope: operator.pairing`')[0]?.scope).toBe(
      'operator.pairing',
    );
  });
  it('a method call answered missing scope is not an approve', () => {
    expect(run('openclaw cron add ...\n[openclaw] Reason: missing scope: operator.admin')).toEqual([]);
    expect(run('missing scope: operator.write when the agent calls sessions.patch')).toEqual([]);
  });
  it('never throws on any text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (s) => void expect(() => run(`devices approve\n${s}missing scope: ${s}`)).not.toThrow()),
    );
  });
});
