import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { closedBeforeConnect } from '../../src/evidence/closed-before-connect.ts';
import type { CloseContextFact, ClosedBeforeConnectFact } from '../../src/evidence/facts.ts';
import { makePaste } from '../../src/evidence/paste.ts';

const run = (text: string) => closedBeforeConnect.extract(makePaste(text)) as Array<ClosedBeforeConnectFact | CloseContextFact>;
const closed = (text: string) => run(text).filter((f): f is ClosedBeforeConnectFact => f.kind === 'closed-before-connect');
const contexts = (text: string) => run(text).filter((f): f is CloseContextFact => f.kind === 'close-context');
const fixture = (p: string): string => readFileSync(new URL(`../fixtures/${p}`, import.meta.url), 'utf8');
const DEV = 'a737c285864f348d0dbbccbc7c5b63827e21bacb3a2dd8a2c3754036f86490f3';

describe('closed before connect', () => {
  it('2026.4.10–4.29 shape with peer=', () => {
    const [f] = closed(
      '2026-11-21T06:32:51.268+00:00 [ws] closed before connect conn=ccf07f72-b5a8-4565-9dad-38e48d296c58 peer=127.0.0.1:51034->127.0.0.1:28789 remote=127.0.0.1 fwd=n/a origin=n/a host=127.0.0.1:28789 ua=n/a code=1008 reason=connect failed',
    );
    expect(f).toEqual({
      kind: 'closed-before-connect',
      at: { message: 0, line: 1 },
      time: Date.parse('2026-11-21T06:32:51.268Z'),
      conn: 'ccf07f72-b5a8-4565-9dad-38e48d296c58',
      code: 1008,
      reason: 'connect failed',
    });
  });

  it('pre-4.10 shape without peer=, and n/a values', () => {
    const [f] = closed(
      '[ws] closed before connect conn=abc remote=127.0.0.1 fwd=n/a origin=n/a host=localhost:18789 ua=n/a code=1008 reason=pairing required',
    );
    expect(f).toMatchObject({ conn: 'abc', code: 1008, reason: 'pairing required' });
    expect(f!.pairingReason).toBeUndefined();
    const [g] = closed('[ws] closed before connect conn=x remote=? fwd=n/a origin=n/a host=n/a ua=n/a code=n/a reason=n/a');
    expect(g!.code).toBeUndefined();
    expect(g!.reason).toBeUndefined();
  });

  it('≥ 2026.4.20 reason-specific text with a cut requestId: a fragment, never a RequestId', () => {
    const [f] = closed(
      '[ws] closed before connect conn=c peer=n/a remote=127.0.0.1 fwd=n/a origin=n/a host=h ua=n/a code=1008 reason=pairing required: device is asking for more scopes than currently approved (requestId: fd170186-60df-4dcb-8a5f-fb8d955',
    );
    expect(f).toMatchObject({
      reason: 'pairing required: device is asking for more scopes than currently approved (requestId: fd170186-60df-4dcb-8a5f-fb8d955',
      pairingReason: 'scope-upgrade',
      requestIdFragment: 'fd170186-60df-4dcb-8a5f-fb8d955',
    });
    // Even a whole-looking id (not-paired fits in 120 bytes) stays a fragment.
    const [g] = closed(
      'closed before connect conn=c code=1008 reason=pairing required: device is not approved yet (requestId: 8b796ecc-ba50-427a-b3ff-19c4c5377692)',
    );
    expect(g).toMatchObject({ pairingReason: 'not-paired', requestIdFragment: '8b796ecc-ba50-427a-b3ff-19c4c5377692' });
    expect(Object.keys(g!)).not.toContain('requestId');
    const [h] = closed(
      'closed before connect conn=c code=1008 reason=pairing required: device is asking for a higher role than currently approved (requestId: fd170186-60df-4dcb-8a5f-fb8d955',
    );
    expect(h!.pairingReason).toBe('role-upgrade');
    const [i] = closed(
      'closed before connect conn=c code=1008 reason=pairing required: device identity changed and must be re-approved (requestId: 1',
    );
    expect(i!.pairingReason).toBe('metadata-upgrade');
  });

  it('2026.5.x suppressed= and 2026.9.6 phase= suffixes end the reason', () => {
    const [f] = closed(
      '[ws] closed before connect conn=c peer=a remote=b fwd=n/a origin=n/a host=h ua=n/a code=1008 reason=connect failed suppressed=3',
    );
    expect(f!.reason).toBe('connect failed');
    const [g] = closed(
      '[ws] closed before connect conn=c peer=a remote=b fwd=n/a origin=n/a host=h ua=n/a code=4008 reason=connect failed phase=connect-sent suppressed=2',
    );
    expect(g).toMatchObject({ code: 4008, reason: 'connect failed', phase: 'connect-sent' });
  });

  it('reads the fixture console log, file log and seeds', () => {
    expect(closed(fixture('openclaw-2026.4.14/stale-baseline/gateway.log'))).toHaveLength(12);
    expect(closed(fixture('openclaw-2026.4.14/stale-baseline/gateway.jsonl'))).toHaveLength(12);
    expect(closed(fixture('seeds/000-4-logs.txt'))[0]).toMatchObject({
      conn: '6faf72c8-34a2-4149-ae2b-3436fd1c83a0',
      reason: 'connect failed',
    });
    expect(closed(fixture('seeds/003_d8192a1a40e8be2a.txt'))[0]).toMatchObject({ code: 1008, reason: 'pairing required' });
  });
});

describe('close context', () => {
  it('reads the object from file logs (key "1"), whole requestId included', () => {
    const facts = contexts(fixture('openclaw-2026.4.14/stale-baseline/gateway.jsonl'));
    expect(facts).toHaveLength(12);
    expect(facts[0]).toEqual({
      kind: 'close-context',
      at: { message: 0, line: 34 },
      time: Date.parse('2026-11-21T06:32:51.268Z'),
      cause: 'pairing-required',
      deviceId: DEV,
      requestId: 'dc4f76b2-9651-46f8-8d23-9954d47b4a6a',
      reason: 'scope-upgrade',
    });
  });

  it('reads the raw file-log line too (not normalised) and `openclaw logs` inline output', () => {
    const raw = `{"0":"{\\"subsystem\\":\\"gateway/ws\\"}","1":{"cause":"pairing-required","handshake":"failed","lastFrameId":"1a430541-9cd0-49af-a88c-f65d8eb37c0b","deviceId":"${DEV}","requestId":"dc4f76b2-9651-46f8-8d23-9954d47b4a6a","reason":"scope-upgrade"},"2":"closed before connect conn=x code=1008 reason=connect failed"}`;
    expect(contexts(raw)[0]).toMatchObject({ requestId: 'dc4f76b2-9651-46f8-8d23-9954d47b4a6a', deviceId: DEV });
    const logs = `01:19:56+00:00 warn gateway/ws {"subsystem":"gateway/ws"} {"cause":"pairing-required","handshake":"failed","deviceId":"2bdb95...","requestId":"f72cf323-...","reason":"scope-upgrade"} closed before connect conn=... remote=127.0.0.1 fwd=n/a origin=n/a host=127.0.0.1:18789 ua=n/a code=1008 reason=connect failed`;
    const [c] = contexts(logs);
    // Shortened ids in the issue paste are not ids.
    expect(c).toEqual({ kind: 'close-context', at: { message: 0, line: 1 }, cause: 'pairing-required', reason: 'scope-upgrade' });
    expect(closed(logs)[0]).toMatchObject({ code: 1008, reason: 'connect failed' });
    expect(closed(logs)[0]!.conn).toBeUndefined();
  });

  it('reads unauthorized contexts with authReason, pretty-printed and escaped objects', () => {
    expect(contexts('{"cause":"unauthorized","handshake":"failed","authReason":"token_mismatch"}')[0]).toMatchObject({
      cause: 'unauthorized',
      authReason: 'token_mismatch',
    });
    expect(contexts('{\n  "cause": "pairing-required",\n  "reason": "not-paired"\n}')[0]).toMatchObject({
      cause: 'pairing-required',
      reason: 'not-paired',
      at: { line: 1 },
    });
    expect(
      contexts('"text":"{\\"cause\\":\\"pairing-required\\",\\"requestId\\":\\"dc4f76b2-9651-46f8-8d23-9954d47b4a6a\\"}"')[0],
    ).toMatchObject({ requestId: 'dc4f76b2-9651-46f8-8d23-9954d47b4a6a' });
  });

  it('never takes lastFrameId or conn as the requestId', () => {
    const [c] = contexts(
      '{"cause":"pairing-required","lastFrameId":"1a430541-9cd0-49af-a88c-f65d8eb37c0b","conn":"ccf07f72-b5a8-4565-9dad-38e48d296c58"}',
    );
    expect(c!.requestId).toBeUndefined();
  });

  it('ignores broken and non-context objects', () => {
    expect(contexts('{"cause":"pairing-required", "reason": ')).toEqual([]);
    expect(contexts('{"other":1,"cause":"x"}')).toEqual([]);
    expect(contexts('{"security audit": "…", "handshake": "failed", "cause": "pairing-required", "reason": "scope-upgrade"}')).toEqual([]);
    expect(contexts('{"cause":42}')).toEqual([]);
  });
  it('cause=pairing-required outside JSON: the verbose close line, a wrapper log, fields retyped one to a line', () => {
    const a = run('[ws] → close code=1008 reason=pairing required durationMs=12 cause=pairing-required handshake=failed lastFrameType=req');
    expect(a.map((f) => [f.kind, (f as CloseContextFact).cause])).toEqual([['close-context', 'pairing-required']]);
    const [b] = run('ws closed: handshake=pending\ncause: pairing-required\nreason: role-upgrade') as CloseContextFact[];
    expect(b).toMatchObject({ kind: 'close-context', cause: 'pairing-required', reason: 'role-upgrade', at: { line: 2 } });
    expect(run('the cause is pairing-required I think')).toEqual([]);
    expect(run('2 s after approval it reconnects and still gets pairing-required (role-upgrade)')).toMatchObject([
      { kind: 'close-context', cause: 'pairing-required', reason: 'role-upgrade' },
    ]);
  });
});
