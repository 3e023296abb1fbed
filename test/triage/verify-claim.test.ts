import { describe, expect, it } from 'vitest';
import { diagnose } from '../../src/diagnose.ts';

describe('/verify on an asker who says it works now', () => {
  it("confirms on the asker's word, names the look-alike, and says the fix is their word", () => {
    const d = diagnose([{ text: 'disconnected (1002): protocol mismatch' }, { text: 'updated the app, works now' }]);
    expect(d.stage).toBe('resolved');
    expect(d.verification.confirmed).toBe(true);
    expect(d.verification.summary).toContain('protocol-mismatch');
    expect(d.verification.summary).toContain("asker's words");
    expect(d.verification.evidence[0]).toContain('message 2');
  });

  it('is not confirmed when the newest message still fails', () => {
    const d = diagnose([{ text: 'it works now' }, { text: 'gateway closed (1008): pairing required' }]);
    expect(d.stage).not.toBe('resolved');
    expect(d.verification.confirmed).toBe(false);
  });
});
