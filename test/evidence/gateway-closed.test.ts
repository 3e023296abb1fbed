import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { GatewayClosedFact } from '../../src/evidence/facts.ts';
import { gatewayClosed } from '../../src/evidence/gateway-closed.ts';
import { makePaste } from '../../src/evidence/paste.ts';

const run = (text: string) => gatewayClosed.extract(makePaste(text)) as GatewayClosedFact[];
const fixture = (p: string): string => readFileSync(new URL(`../fixtures/${p}`, import.meta.url), 'utf8');
const BLOCK = { target: 'ws://127.0.0.1:28789', source: 'local loopback', config: '/home/alex/.openclaw/openclaw.json', bind: 'loopback' };

describe('gateway closed', () => {
  it('reads the 1008 error and its block (gateway call health)', () => {
    expect(run(fixture('openclaw-2026.4.14/stale-baseline/cli-error.txt'))).toEqual([
      { kind: 'gateway-closed', at: { message: 0, line: 3 }, code: 1008, reason: 'pairing required', pairing: {}, ...BLOCK },
    ]);
  });

  it('reads `[openclaw] Failed to start CLI: Error: …` with a stack after the block', () => {
    expect(run(fixture('openclaw-2026.4.14/stale-baseline/remove-while-narrow.txt'))).toEqual([
      { kind: 'gateway-closed', at: { message: 0, line: 3 }, code: 1008, reason: 'pairing required', pairing: {}, ...BLOCK },
    ]);
  });

  it('reads 1006 and 1000 code texts', () => {
    const [f] = run(fixture('openclaw-2026.4.14/repair-options/a/10-approve-while-stopped.txt'));
    expect(f).toMatchObject({ code: 1006, reason: 'no close reason', target: 'ws://127.0.0.1:28889', bind: 'loopback' });
    expect(f!.pairing).toBeUndefined();
    expect(run('[openclaw] Failed to start CLI: Error: gateway closed (1000 normal closure): no close reason')[0]).toMatchObject({
      code: 1000,
      reason: 'no close reason',
    });
  });

  it('reads the error inside the sessions_spawn tool result (escaped twice) once per line', () => {
    const facts = run(fixture('openclaw-2026.4.14/stale-baseline/sessions-spawn-narrow.txt'));
    expect(facts).toEqual([
      { kind: 'gateway-closed', at: { message: 0, line: 2 }, code: 1008, reason: 'pairing required', pairing: {}, ...BLOCK },
    ]);
    const win = run(
      '{"status":"error","error":"gateway closed (1008): pairing required\\nGateway target: ws://127.0.0.1:18789\\nSource: local loopback\\nConfig: C:\\\\Users\\\\me\\\\.openclaw\\\\openclaw.json\\nBind: loopback"}',
    );
    expect(win[0]).toMatchObject({ config: 'C:\\Users\\me\\.openclaw\\openclaw.json', bind: 'loopback' });
  });

  it('reads seeds: issue paste (001), Discord paste without Source/Config (004), prose (000)', () => {
    const s1 = run(fixture('seeds/001_663b5fa20a7db056.txt'));
    expect(s1.find((f) => f.bind)).toMatchObject({
      target: 'ws://127.0.0.1:18789',
      source: 'local loopback',
      config: '/root/.openclaw/openclaw.json',
      bind: 'loopback',
    });
    const s4 = run(fixture('seeds/004_ace882d2ada0a49a.txt'));
    expect(s4[0]).toMatchObject({ code: 1008, reason: 'pairing required', target: 'ws://127.0.0.1:18789', bind: 'loopback' });
    expect(s4[0]!.source).toBeUndefined();
    const s0 = run(fixture('seeds/000-1-opening-post.txt'));
    expect(s0[0]).toMatchObject({ code: 1008, reason: 'pairing required' });
  });

  it('≥ 2026.4.20 reason-specific text: pairing reason and a requestId fragment', () => {
    const [f] = run(
      'gateway closed (1008): pairing required: device is asking for more scopes than currently approved (requestId: fd170186-60df-4dcb-8a5f-fb8d955\nGateway target: ws://127.0.0.1:18789\nSource: local loopback',
    );
    expect(f).toMatchObject({
      code: 1008,
      pairing: { reason: 'scope-upgrade', requestIdFragment: 'fd170186-60df-4dcb-8a5f-fb8d955' },
      source: 'local loopback',
    });
  });

  it('reads other sources and non-pairing reasons', () => {
    const [f] = run(
      'Error: gateway closed (1008): unauthorized: gateway token mismatch (set gateway.remote.token to match gateway.auth.token)\nGateway target: wss://gw.example.com\nSource: config gateway.remote.url\nConfig: /root/.openclaw/openclaw.json',
    );
    expect(f).toMatchObject({
      reason: 'unauthorized: gateway token mismatch (set gateway.remote.token to match gateway.auth.token)',
      source: 'config gateway.remote.url',
    });
    expect(f!.pairing).toBeUndefined();
    expect(f!.bind).toBeUndefined();
  });

  it('ignores look-alikes', () => {
    expect(run('the gateway closed (again) yesterday')).toEqual([]);
    expect(run('gateway closed (1008)')).toEqual([]);
  });
  it('a desktop bundle or adapter logging the close as code=/reason= keeps only a pairing reason', () => {
    const [f] = run('[2026-03-13T00:56:59.835Z] [WARN ] Gateway WebSocket closed (code=1008, reason=pairing required, handshake=pending)');
    expect(f).toMatchObject({ kind: 'gateway-closed', code: 1008, reason: 'pairing required', pairing: {} });
    expect(run('WebSocket closed (code=1008, reason=origin not allowed)')).toEqual([]);
  });
});
