import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { config } from '../../src/evidence/config.ts';
import type { ConfigFact } from '../../src/evidence/facts.ts';
import { makePaste } from '../../src/evidence/paste.ts';

const run = (text: string) => config.extract(makePaste(text)) as ConfigFact[];
const kv = (text: string) => run(text).map((f) => `${f.key}=${f.value}`);
const fixture = (p: string): string => readFileSync(new URL(`../fixtures/${p}`, import.meta.url), 'utf8');

describe('config', () => {
  it('reads nested JSON config (fixture openclaw.json), never the token', () => {
    const facts = kv(fixture('openclaw-2026.4.14/stale-baseline/openclaw.json'));
    expect(facts.sort()).toEqual(['gateway.auth.mode=token', 'gateway.bind=loopback', 'gateway.mode=local', 'gateway.port=28789'].sort());
    expect(facts.join(' ')).not.toContain('REDACTED');
  });

  it('reads JSON5 with comments, bare keys, arrays and nested lists', () => {
    const json5 = `{
  // my config
  gateway: {
    mode: 'remote',
    remote: { url: "wss://gw.example.com/path?token=secret123#x", token: "abc" },
    auth: { mode: "password", password: "hunter2" },
    controlUi: { allowInsecureAuth: true, dangerouslyDisableDeviceAuth: false },
    nodes: { pairing: { autoApproveLocal: false } },
    trustedProxies: ["10.0.0.1", "10.0.0.2"],
    tailscale: { mode: "off" },
  },
  agents: { list: [ { id: "main", subagents: { allowAgents: ["*"] } } ] },
  /* mode: "local" */
}`;
    expect(kv(json5).sort()).toEqual(
      [
        'gateway.mode=remote',
        'gateway.remote.url=wss://gw.example.com/path',
        'gateway.auth.mode=password',
        'gateway.controlUi.allowInsecureAuth=true',
        'gateway.controlUi.dangerouslyDisableDeviceAuth=false',
        'gateway.nodes.pairing.autoApproveLocal=false',
        'gateway.trustedProxies=["10.0.0.1", "10.0.0.2"]',
        'subagents.allowAgents=["*"]',
      ].sort(),
    );
    expect(JSON.stringify(run(json5))).not.toMatch(/secret123|hunter2|"abc"/);
  });

  it('reads dotted prose and command forms (seed 000, seed 001)', () => {
    expect(kv(fixture('seeds/000-1-opening-post.txt'))).toEqual(['gateway.auth.mode=token', 'gateway.controlUi.allowInsecureAuth=true']);
    expect(kv(fixture('seeds/001_663b5fa20a7db056.txt'))).toEqual(['gateway.bind=loopback', 'subagents.allowAgents=["*"]']);
    expect(kv('gateway.bind=lan and `gateway.port: 18789`; openclaw config set gateway.mode remote').sort()).toEqual([
      'gateway.bind=lan',
      'gateway.mode=remote',
      'gateway.port=18789',
    ]);
    expect(kv('$ openclaw config get gateway.bind\nloopback\n$ openclaw config get gateway.auth.mode\n"token"')).toEqual([
      'gateway.bind=loopback',
      'gateway.auth.mode=token',
    ]);
  });

  it('reads env lines, sanitising URLs', () => {
    const text = [
      'export OPENCLAW_GATEWAY_URL=ws://user:pw@192.168.1.5:18789/#token=abcdef',
      '$env:OPENCLAW_STATE_DIR = "C:\\Users\\me\\.openclaw-work"',
      'Environment=OPENCLAW_PROFILE=work',
      'OPENCLAW_GATEWAY_URL: wss://gw.example.com',
    ].join('\n');
    expect(kv(text)).toEqual([
      'OPENCLAW_GATEWAY_URL=ws://192.168.1.5:18789/',
      'OPENCLAW_STATE_DIR=C:\\Users\\me\\.openclaw-work',
      'OPENCLAW_PROFILE=work',
      'OPENCLAW_GATEWAY_URL=wss://gw.example.com',
    ]);
    expect(kv('openclaw --profile dev devices list')).toEqual(['OPENCLAW_PROFILE=dev']);
  });

  it('reads Bind:/Source: from the gateway-closed block, plain and escaped', () => {
    expect(kv(fixture('openclaw-2026.4.14/stale-baseline/cli-error.txt'))).toEqual(['gateway.bind=loopback']);
    expect(kv(fixture('openclaw-2026.4.14/stale-baseline/sessions-spawn-narrow.txt'))).toEqual(['gateway.bind=loopback']);
    expect(
      kv(
        'gateway closed (1008): pairing required\nGateway target: wss://gw.example.com?token=x\nSource: config gateway.remote.url\nConfig: /root/.openclaw/openclaw.json',
      ),
    ).toEqual(['gateway.remote.url=wss://gw.example.com']);
    expect(kv('gateway closed (1008): pairing required\nGateway target: ws://10.0.0.5:18789\nSource: env OPENCLAW_GATEWAY_URL')).toEqual([
      'OPENCLAW_GATEWAY_URL=ws://10.0.0.5:18789',
    ]);
  });

  it('ignores prose, placeholders, redactions and other modes', () => {
    const text = [
      'Configure gateway.trustedProxies to restore local client detection behind your proxy.',
      'config: gateway.nodes.pairing.autoApproveLocal=<not set>',
      'gateway.auth.token = __OPENCLAW_REDACTED__',
      'Source: env OPENCLAW_GATEWAY_URL',
      'The running gateway may be using a different OPENCLAW_PROFILE or OPENCLAW_STATE_DIR than this CLI.',
      '{"tool":"sessions_spawn","args":{"task":"x","mode":"run"}}',
      '"tailscale": { "mode": "off" }',
      'Bind: lan',
    ].join('\n');
    expect(kv(text)).toEqual([]);
  });
});
