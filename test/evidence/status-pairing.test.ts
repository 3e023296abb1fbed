import { describe, expect, it } from 'vitest';
import type { StatusPairingFact } from '../../src/evidence/facts.ts';
import { makePaste } from '../../src/evidence/paste.ts';
import { statusPairing } from '../../src/evidence/status-pairing.ts';

const run = (text: string) => statusPairing.extract(makePaste(text)) as StatusPairingFact[];

describe('status pairing block', () => {
  it('keeps the Recovery id as a fragment, whole or cut', () => {
    const text = [
      'Gateway: unreachable',
      'Gateway pairing approval required.',
      'Recovery: openclaw devices approve fd170186-60df-4dcb-8a5f-fb8d955',
      'Fallback: openclaw devices approve --latest',
      'Inspect: openclaw devices list',
    ].join('\n');
    expect(run(text)).toEqual([
      { kind: 'status-pairing', at: { message: 0, line: 2 }, recoveryRequestIdFragment: 'fd170186-60df-4dcb-8a5f-fb8d955' },
    ]);
    const whole = run('Gateway pairing approval required.\nRecovery: openclaw devices approve 8b796ecc-ba50-427a-b3ff-19c4c5377692\n');
    expect(whole[0]!.recoveryRequestIdFragment).toBe('8b796ecc-ba50-427a-b3ff-19c4c5377692');
    expect(Object.keys(whole[0]!)).not.toContain('requestId');
  });

  it('without a Recovery line (no id parsed)', () => {
    expect(run('Gateway pairing approval required.\nFallback: openclaw devices approve --latest\nInspect: openclaw devices list')).toEqual([
      { kind: 'status-pairing', at: { message: 0, line: 1 } },
    ]);
  });

  it('does not take a Recovery line from a later block', () => {
    const facts = run('Gateway pairing approval required.\nGateway pairing approval required.\nRecovery: openclaw devices approve abc');
    expect(facts.map((f) => f.recoveryRequestIdFragment)).toEqual([undefined, 'abc']);
  });
});
