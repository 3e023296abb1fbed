import { describe, expect, it } from 'vitest';
import { upgradeSentence } from '../../src/rules/device-name.ts';

describe('the sentence that names what the failing device asks for', () => {
  it('a first pairing is never called an upgrade', () => {
    const s = upgradeSentence({ reason: 'not-paired', client: 'cli', at: { message: 0, line: 1 } });
    expect(s).toContain('never been approved');
    expect(s).not.toContain('upgrade');
  });
  it('a scope upgrade names both sides when it knows them', () => {
    const s = upgradeSentence({
      reason: 'scope-upgrade',
      client: 'cli',
      scopesFrom: ['operator.read'],
      scopesTo: ['operator.admin'],
      at: { message: 0, line: 1 },
    });
    expect(s).toContain('`operator.read` only');
    expect(s).toContain('scope upgrade');
  });
});
