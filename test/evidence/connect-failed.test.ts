import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { connectFailed } from '../../src/evidence/connect-failed.ts';
import type { ConnectFailedFact } from '../../src/evidence/facts.ts';
import { makePaste } from '../../src/evidence/paste.ts';

const run = (text: string) => connectFailed.extract(makePaste(text)) as ConnectFailedFact[];

describe('connect failed', () => {
  it('reads every pre-4.20 form', () => {
    expect(run('gateway connect failed: GatewayClientRequestError: pairing required')).toEqual([
      { kind: 'connect-failed', at: { message: 0, line: 1 }, message: 'pairing required', pairing: {} },
    ]);
    expect(run('2026-02-21T10:00:00Z gateway connect failed: Error: pairing required')[0]).toMatchObject({
      message: 'pairing required',
      pairing: {},
      time: Date.parse('2026-02-21T10:00:00Z'),
    });
    expect(run('error gateway connect failed: GatewayClientRequestError: pairing required')[0]!.message).toBe('pairing required');
  });

  it('reads ≥ 2026.4.20 messages with a whole requestId', () => {
    const [f] = run(
      'gateway connect failed: GatewayClientRequestError: scope upgrade pending approval (requestId: 623e404a-c253-43e4-97ff-8a3b320cc7bc)',
    );
    expect(f!.pairing).toEqual({ reason: 'scope-upgrade', requestId: '623e404a-c253-43e4-97ff-8a3b320cc7bc' });
    expect(
      run(
        'gateway connect failed: GatewayClientRequestError: device pairing required (requestId: 623e404a-c253-43e4-97ff-8a3b320cc7bc)',
      )[0]!.pairing!.reason,
    ).toBe('not-paired');
    expect(run('gateway connect failed: GatewayClientRequestError: role upgrade pending approval')[0]!.pairing).toEqual({
      reason: 'role-upgrade',
    });
    expect(run('gateway connect failed: GatewayClientRequestError: device metadata change pending approval')[0]!.pairing).toEqual({
      reason: 'metadata-upgrade',
    });
    expect(
      run(
        'gateway connect failed: GatewayClientRequestError: pairing required: device is asking for more scopes than currently approved',
      )[0]!.pairing,
    ).toEqual({ reason: 'scope-upgrade' });
  });

  it('a cut requestId is not kept', () => {
    const [f] = run(
      'gateway connect failed: GatewayClientRequestError: scope upgrade pending approval (requestId: 623e404a-c253-43e4-97ff-8a3b32',
    );
    expect(f!.pairing).toEqual({ reason: 'scope-upgrade' });
  });

  it('reads channel clients', () => {
    expect(run('[telegram/native-approvals] connect error: pairing required')[0]).toMatchObject({
      message: 'pairing required',
      pairing: {},
    });
    expect(run('[telegram] failed to start native approval handler: GatewayClientRequestError: pairing required')[0]).toMatchObject({
      message: 'pairing required',
      pairing: {},
    });
  });

  it('keeps non-pairing messages without pairing', () => {
    const [f] = run(
      'gateway connect failed: Error: unauthorized: gateway token mismatch (set gateway.remote.token to match gateway.auth.token)',
    );
    expect(f).toEqual({
      kind: 'connect-failed',
      at: { message: 0, line: 1 },
      message: 'unauthorized: gateway token mismatch (set gateway.remote.token to match gateway.auth.token)',
    });
  });

  it('reads the fixtures and seeds, ends at a JSON quote', () => {
    const log = readFileSync(new URL('../fixtures/openclaw-2026.4.14/stale-baseline/gateway.jsonl', import.meta.url), 'utf8');
    const facts = run(log);
    expect(facts.length).toBeGreaterThan(10);
    expect(facts.every((f) => f.message === 'pairing required' && f.time !== undefined)).toBe(true);
    const seed = readFileSync(new URL('../fixtures/seeds/000-6-approve-unknown.txt', import.meta.url), 'utf8');
    expect(run(seed).map((f) => f.at.line)).toEqual([6]);
    expect(run('{"error":"gateway connect failed: GatewayClientRequestError: pairing required","x":1}')[0]!.message).toBe(
      'pairing required',
    );
  });

  it('one fact per line, nothing from prose without the marker', () => {
    expect(run('gateway connect failed: Error: pairing required; connect error: pairing required')).toHaveLength(1);
    expect(run('the connect failed because pairing required')).toEqual([]);
  });
  it('a requestId wrapped onto the next line is whole there; one cut in the middle is never glued', () => {
    const [a] = run('[ui] GatewayClientRequestError: role upgrade pending approval (requestId:\n   3b0e4d1c-9a2f-4e8b-b7c6-0d1e2f3a4b5c)');
    expect(a!.pairing).toEqual({ reason: 'role-upgrade', requestId: '3b0e4d1c-9a2f-4e8b-b7c6-0d1e2f3a4b5c' });
    const [b] = run(
      'gateway connect failed: GatewayClientRequestError: scope upgrade pending approval (requestId: 3b0e4d1c-9a2f-\n4e8b-b7c6-0d1e2f3a4b5c)',
    );
    expect(b!.pairing).toEqual({ reason: 'scope-upgrade' });
    const [c] = run(
      'gateway connect failed: GatewayClientRequestError: scope upgrade pending approval\n    (requestId: 3b0e4d1c-9a2f-4e8b-b7c6-0d1e2f3a4b5c)',
    );
    expect(c!.pairing).toEqual({ reason: 'scope-upgrade', requestId: '3b0e4d1c-9a2f-4e8b-b7c6-0d1e2f3a4b5c' });
  });

  it('adapters that print the error code instead of the text', () => {
    expect(run('bridge: upstream error GATEWAY_PAIRING_REQUIRED (scope-upgrade)')[0]!.pairing).toEqual({ reason: 'scope-upgrade' });
    expect(run('[wecom] connect error: OPENCLAW_PAIRING_REQUIRED')[0]!.pairing).toEqual({});
    expect(run('see docs/pairing_required_notes.md')).toEqual([]);
  });
});
