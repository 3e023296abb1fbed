import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { HealthyCallFact, SpawnResultFact } from '../../src/evidence/facts.ts';
import { healthyCall } from '../../src/evidence/healthy-call.ts';
import { makePaste } from '../../src/evidence/paste.ts';

const run = (text: string) => healthyCall.extract(makePaste(text)) as Array<HealthyCallFact | SpawnResultFact>;
const fixture = (p: string): string => readFileSync(new URL(`../fixtures/openclaw-2026.4.14/${p}`, import.meta.url), 'utf8');
const brief = (fs: Array<HealthyCallFact | SpawnResultFact>) =>
  fs.map((f) => (f.kind === 'healthy-call' ? `healthy:${f.what}@${f.at.line}` : `spawn:${f.status}@${f.at.line}`));

describe('healthy calls', () => {
  it('gateway call health with "ok": true', () => {
    expect(brief(run(fixture('stale-baseline/post-fix-health.txt')))).toEqual(['healthy:health@2']);
    expect(brief(run(fixture('stale-baseline/cli-error.txt')))).toEqual([]);
    expect(brief(run('Gateway call: health\n{\n  "ok": false\n}'))).toEqual([]);
    expect(brief(run('Gateway call: status\n{\n  "x": 1\n}'))).toEqual(['healthy:status@1']);
  });

  it('probe Connect: ok · RPC: ok', () => {
    expect(brief(run(fixture('stale-baseline/probe.txt')))).toEqual(['healthy:probe@12']);
    expect(brief(run('  Connect: ok (30ms) · RPC: failed'))).toEqual([]);
  });

  it('admin-only methods answered ✓ in the gateway log', () => {
    expect(brief(run('2026-11-21T06:33:22.585+00:00 [ws] ⇄ res ✓ sessions.patch 6680ms conn=8c0fcde8…243f id=3880bae4…dd5a'))).toEqual([
      'healthy:other@1',
    ]);
    expect(brief(run('[ws] ⇄ res ✓ config.get 196ms conn=e0f8944a…c381'))).toEqual([]);
    expect(brief(run('[ws] ⇄ res ✓ agent.wait 4109ms'))).toEqual([]);
    expect(brief(run('[ws] ⇄ res ✓ config.set 3ms'))).toEqual(['healthy:other@1']);
    const file = run(fixture('stale-baseline/gateway.jsonl')).filter((f) => f.kind === 'healthy-call' && f.what === 'other');
    expect(file).toHaveLength(1);
  });
});

describe('spawn results', () => {
  it('accepted (escaped in the tool text and plain in details): one spawn result and one healthy call', () => {
    const facts = run(fixture('stale-baseline/sessions-spawn-after-fix.txt'));
    expect(brief(facts)).toEqual(['spawn:accepted@2', 'healthy:sessions-spawn@2']);
  });

  it('error with the gateway-closed text', () => {
    const facts = run(fixture('stale-baseline/sessions-spawn-narrow.txt')) as SpawnResultFact[];
    expect(facts).toEqual([
      {
        kind: 'spawn-result',
        at: { message: 0, line: 2 },
        status: 'error',
        error:
          'gateway closed (1008): pairing required\nGateway target: ws://127.0.0.1:28789\nSource: local loopback\nConfig: /home/alex/.openclaw/openclaw.json\nBind: loopback',
      },
    ]);
  });

  it('a loop of cut results', () => {
    expect(brief(run(fixture('repair-options/e-retry/trial-3/09-loop.txt'))).slice(0, 2)).toEqual(['spawn:error@4', 'spawn:error@9']);
  });

  it('forbidden (allowAgents) and pretty-printed results', () => {
    const [f] = run('{"status":"forbidden","error":"agentId is not allowed for sessions_spawn (allowed: none)"}') as SpawnResultFact[];
    expect(f).toMatchObject({ status: 'forbidden', error: 'agentId is not allowed for sessions_spawn (allowed: none)' });
    const pretty = run(
      '{\n  "status": "error",\n  "error": "gateway closed (1008): pairing required",\n  "childSessionKey": "agent:main:subagent:4e93d630-bc83-4638-9f06-430a73376c86",\n  "runId": "x"\n}',
    ) as SpawnResultFact[];
    expect(pretty[0]).toMatchObject({ status: 'error', error: 'gateway closed (1008): pairing required', at: { line: 2 } });
  });

  it('other tools with a status key are not spawns', () => {
    expect(run('{"status":"error","error":"timeout"}')).toEqual([]);
    expect(run('{"status": "accepted", "job": "cron"}')).toEqual([]);
  });
});
