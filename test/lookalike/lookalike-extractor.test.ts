import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { LookalikeCause, LookalikeFact } from '../../src/evidence/facts.ts';
import { redactLine } from '../../src/evidence/lookalike.ts';
import { makePaste } from '../../src/evidence/paste.ts';
import { lookalikeExtractors } from '../../src/rules/other-cause/index.ts';

/** The extractor as diagnose runs it: built from the registered rules' declarations. */
const lookalike = lookalikeExtractors[0]!;

const FIXTURES = join(import.meta.dirname, '..', 'fixtures');

function facts(text: string, message = 0): LookalikeFact[] {
  return lookalike.extract(makePaste(text, message)) as LookalikeFact[];
}

function causes(text: string): LookalikeCause[] {
  return facts(text).map((f) => f.cause);
}

/** Close reasons / WS error messages from docs/openclaw-facts.md §11.A–C, 4.14 and 9.6 wording. */
const CLOSE_TEXTS: [string, LookalikeCause, string?, 'needs-code'?][] = [
  // A1
  [
    'unauthorized: gateway token mismatch (set gateway.remote.token to match gateway.auth.token)',
    'gateway-token-mismatch',
    'set gateway.remote.token to match gateway.auth.token',
  ],
  ['unauthorized: gateway token mismatch (open the dashboard URL and paste the token in Control UI settings)', 'gateway-token-mismatch'],
  ['unauthorized: gateway token mismatch (provide gateway auth token)', 'gateway-token-mismatch'],
  ["unauthorized: gateway token mismatch (use this gateway's gateway.auth.token or pair the device)", 'gateway-token-mismatch'],
  // A2
  ['unauthorized: gateway token missing (set gateway.remote.token to match gateway.auth.token)', 'gateway-token-missing'],
  [
    'unauthorized: gateway token missing (paste in Control UI settings or openclaw doctor --generate-gateway-token; restart)',
    'gateway-token-missing',
  ],
  // A3
  [
    'unauthorized: gateway token not configured on gateway (set gateway.auth.token)',
    'gateway-token-not-configured',
    'set gateway.auth.token',
  ],
  // A4
  ['unauthorized: gateway password mismatch (set gateway.remote.password to match gateway.auth.password)', 'gateway-password-mismatch'],
  ['unauthorized: gateway password missing (enter the password in Control UI settings)', 'gateway-password-missing'],
  ['unauthorized: gateway password not configured on gateway (set gateway.auth.password)', 'gateway-password-not-configured'],
  ["unauthorized: gateway password mismatch (use this gateway's gateway.auth.password)", 'gateway-password-mismatch'],
  // A5, A6, A11
  ['unauthorized: device token mismatch (rotate/reissue device token)', 'device-token-mismatch', 'rotate/reissue device token'],
  ['unauthorized: device token rejected (pair/repair this device, or provide gateway token)', 'device-token-rejected'],
  ['unauthorized: device token scope mismatch (re-pair or approve scope upgrade)', 'device-token-scope-mismatch'],
  // A7
  ['unauthorized: too many failed authentication attempts (retry later)', 'rate-limited'],
  // A8
  ['unauthorized: bootstrap token invalid or expired (scan a fresh setup code)', 'bootstrap-token-invalid'],
  [
    'unauthorized: setup code invalid, expired, revoked, or already used (create a new code; review `openclaw devices list`)',
    'bootstrap-token-invalid',
  ],
  // A9
  [
    'unauthorized: tailscale identity missing (use Tailscale Serve auth or gateway token/password)',
    'tailscale-auth',
    'tailscale identity missing',
  ],
  ['unauthorized: tailscale proxy headers missing (use Tailscale Serve or gateway token/password)', 'tailscale-auth'],
  ['unauthorized: tailscale identity check failed (use Tailscale Serve auth or gateway token/password)', 'tailscale-auth'],
  ['unauthorized: tailscale identity mismatch (use Tailscale Serve auth or gateway token/password)', 'tailscale-auth'],
  // A10
  ['unauthorized', 'unauthorized'],
  [
    'gateway rejected this node: trusted-proxy identity-header authentication is required and no usable machine credential was accep',
    'trusted-proxy-auth',
  ],
  // A12, A13
  ['gateway credential is a redaction sentinel (run openclaw doctor --fix on the Gateway, then restart and re-pair)', 'redaction-sentinel'],
  [
    'unauthorized: proxy client attribution is required (configure gateway.trustedProxies narrowly and make the proxy overwri',
    'proxy-attribution',
  ],
  // B1–B10
  ['origin not allowed (open the Control UI from the gateway host or allow it in gateway.controlUi.allowedOrigins)', 'origin-not-allowed'],
  ['browser copilot requires a canonical Chrome extension origin', 'origin-not-allowed'],
  ['control ui requires device identity (use HTTPS or localhost secure context)', 'control-ui-insecure-context'],
  ['device identity required', 'device-identity-required'],
  ['device identity mismatch', 'device-auth-invalid', 'device identity mismatch'],
  ['device signature expired', 'device-auth-invalid', 'device signature expired'],
  ['device nonce required', 'device-auth-invalid'],
  ['device nonce mismatch', 'device-auth-invalid'],
  ['device signature invalid', 'device-auth-invalid'],
  ['device public key invalid', 'device-auth-invalid'],
  ['protocol mismatch', 'protocol-mismatch'],
  ['protocol mismatch: Control UI updated; reload this page to continue', 'protocol-mismatch', 'Control UI updated; reload this page'],
  ['invalid role', 'invalid-handshake', 'invalid role'],
  ['invalid connect params: at /client: must have required property id', 'invalid-handshake'],
  ['invalid handshake: first request must be connect', 'invalid-handshake'],
  ['preauth payload too large', 'invalid-handshake'],
  [
    'operator role policies require a verified user identity for this authentication method; reconnect through the trusted pr',
    'verified-user-required',
  ],
  ['browser copilot requires a dedicated paired device identity', 'device-identity-required', 'browser copilot'],
  ['node pairing changed during connect', 'node-pairing-changed'],
  ['authenticated node pairing identity unavailable', 'node-pairing-changed'],
  ['client version mismatch', 'protocol-mismatch'],
  ['gateway ingress attribution required', 'proxy-attribution'],
  ['too many pending handshake frames', 'invalid-handshake'],
  ['gateway message handler loading', 'gateway-starting'],
  // C
  ['gateway auth changed', 'gateway-auth-changed'],
  ['device removed', 'device-removed'],
  ['gateway policy changed', 'client-invalidated'],
  ['operator role changed', 'client-invalidated'],
  ['client invalidated: session revoked', 'client-invalidated'],
  ['Gateway access is no longer active; ask a Gateway administrator to restore it.', 'client-invalidated'],
  ['gateway starting', 'gateway-starting', undefined, 'needs-code'],
  ['gateway starting; retry shortly', 'gateway-starting'],
  ['gateway restart in progress', 'gateway-starting'],
  ['service restart', 'service-restart', undefined, 'needs-code'],
  ['repeated unauthorized calls', 'unauthorized-role', 'repeated unauthorized calls'],
  ['slow consumer', 'slow-consumer'],
];

function codeFor(cause: LookalikeCause): number {
  if (cause === 'gateway-auth-changed' || cause === 'device-removed' || cause === 'client-invalidated') return 4001;
  if (cause === 'gateway-starting') return 1013;
  if (cause === 'service-restart') return 1012;
  if (cause === 'protocol-mismatch') return 1002;
  return 1008;
}

/** The places users paste a close reason / connect error from (docs/openclaw-facts.md §1.6, §1.7, §11.0.7, §11.F). */
const SHAPES: [string, (t: string, code: number) => string][] = [
  [
    'CLI gateway closed + target block',
    (t, code) =>
      `Gateway call failed: Error: gateway closed (${code}): ${t}\nGateway target: ws://127.0.0.1:18789\nSource: local loopback\nConfig: /root/.openclaw/openclaw.json\nBind: loopback`,
  ],
  ['GatewayClient connect failed', (t) => `gateway connect failed: GatewayClientRequestError: ${t}`],
  [
    '9.6 CLI failure block',
    (t) =>
      `[openclaw] Could not start the CLI.\n[openclaw] Reason: ${t}\n[openclaw] Debug: set OPENCLAW_DEBUG=1 to include the stack trace.`,
  ],
  ['Control UI error line', (t, code) => `disconnected (${code}): ${t}`],
  [
    'sessions_spawn tool result',
    (t, code) =>
      `{"status":"error","error":"gateway closed (${code}): ${t.replace(/"/g, '\\"')}\\nGateway target: ws://127.0.0.1:18789\\nSource: local loopback","childSessionKey":"agent:main:subagent:4e93d630-bc83-4638-9f06-430a73376c86"}`,
  ],
  ['verbose ws close line', (t, code) => `[ws] → close code=${code} reason=${t} durationMs=12 handshake=failed conn=abc`],
];

describe('lookalike extractor: every §11 close text in every paste shape', () => {
  for (const [text, cause, detail, needsCode] of CLOSE_TEXTS) {
    for (const [shape, wrap] of SHAPES) {
      // Plain-English reasons only count next to their close code.
      if (needsCode && !wrap('', 4321).includes('4321')) continue;
      it(`${cause}: ${text.slice(0, 50)} (${shape})`, () => {
        const fs = facts(wrap(text, codeFor(cause)));
        const hit = fs.find((f) => f.cause === cause);
        expect(hit, JSON.stringify(fs)).toBeDefined();
        expect(hit!.kind).toBe('lookalike');
        expect(hit!.at.message).toBe(0);
        if (detail) expect(hit!.detail).toBe(detail);
        // A specific text never also yields the generic `unauthorized` on the same line.
        if (cause !== 'unauthorized') expect(fs.filter((f) => f.at.line === hit!.at.line && f.cause === 'unauthorized')).toEqual([]);
      });
    }
  }

  it('reads an authReason quoted on its own, and only one some rule declares', () => {
    expect(causes('- and, in gateway logs, `authReason:"token_mismatch"`')).toEqual(['gateway-token-mismatch']);
    expect(causes('authReason=token_missing')).toEqual(['gateway-token-missing']);
    expect(causes('authReason:"something_new"')).toEqual([]);
  });

  it('gives the close code', () => {
    expect(facts('gateway closed (4001): gateway auth changed')[0]!.code).toBe(4001);
    expect(facts('disconnected (1008): origin not allowed (x)')[0]!.code).toBe(1008);
  });
});

describe('client inference', () => {
  it('4.14 CLI hint + remote Source', () => {
    const fs = facts(
      'Gateway call failed: Error: gateway closed (1008): unauthorized: gateway token mismatch (set gateway.remote.token to match gateway.auth.token)\nGateway target: wss://gw.example.com\nSource: config gateway.remote.url',
    );
    expect(fs[0]!.client).toBe('cli-remote');
  });
  it('4.14 CLI hint + local Source', () => {
    const fs = facts(
      'gateway closed (1008): unauthorized: gateway token mismatch (set gateway.remote.token to match gateway.auth.token)\nGateway target: ws://127.0.0.1:18789\nSource: local loopback',
    );
    expect(fs[0]!.client).toBe('cli-local');
  });
  it('CLI hint without target is just cli', () => {
    expect(facts('unauthorized: gateway token mismatch (set gateway.remote.token to match gateway.auth.token)')[0]!.client).toBe('cli');
  });
  it('9.6 local CLI hint', () => {
    expect(facts("unauthorized: gateway token mismatch (use this gateway's gateway.auth.token or pair the device)")[0]!.client).toBe(
      'cli-local',
    );
  });
  it('UI hint', () => {
    expect(
      facts('unauthorized: gateway token mismatch (open the dashboard URL and paste the token in Control UI settings)')[0]!.client,
    ).toBe('control-ui');
  });
  it('other client hint', () => {
    expect(facts('unauthorized: gateway token mismatch (provide gateway auth token)')[0]!.client).toBe('other');
  });
});

describe('gateway log lines', () => {
  const AUTH_REASONS: [string, LookalikeCause][] = [
    ['token_mismatch', 'gateway-token-mismatch'],
    ['token_missing', 'gateway-token-missing'],
    ['token_missing_config', 'gateway-token-not-configured'],
    ['password_mismatch', 'gateway-password-mismatch'],
    ['password_missing', 'gateway-password-missing'],
    ['password_missing_config', 'gateway-password-not-configured'],
    ['device_token_mismatch', 'device-token-mismatch'],
    ['rate_limited', 'rate-limited'],
    ['bootstrap_token_invalid', 'bootstrap-token-invalid'],
    ['scope_mismatch', 'device-token-scope-mismatch'],
    ['token_redacted_config', 'redaction-sentinel'],
    ['password_redacted_config', 'redaction-sentinel'],
    ['tailscale_user_missing', 'tailscale-auth'],
    ['trusted_proxy_untrusted_source', 'trusted-proxy-auth'],
    ['trusted_proxy_user_not_allowed', 'trusted-proxy-auth'],
    ['something_new', 'unauthorized'],
  ];
  for (const [reason, cause] of AUTH_REASONS) {
    it(`[ws] unauthorized … reason=${reason}`, () => {
      const line = `2026-04-05T14:16:13.663+01:00 [ws] unauthorized conn=6faf72c8-34a2-4149-ae2b-3436fd1c83a0 peer=10.0.0.2:5000->10.0.0.1:18789 remote=10.0.0.2 client=cli cli v2026.4.14 role=operator scopes=6 auth=token device=yes platform=linux instance=x host=gw origin=n/a ua=n/a reason=${reason}`;
      const [f, ...rest] = facts(line);
      expect(rest).toEqual([]);
      expect(f!.cause).toBe(cause);
      expect(f!.detail).toBe(reason);
      expect(f!.client).toBe('cli-remote');
      expect(f!.time).toBe(Date.parse('2026-04-05T14:16:13.663+01:00'));
    });
    it(`close context JSON "authReason":"${reason}"`, () => {
      const line = `{"cause":"unauthorized","handshake":"failed","durationMs":5,"remoteAddr":"127.0.0.1","authReason":"${reason}"} closed before connect conn=25066d2c-0487-4fa0-81ee-684240845e95 code=1008 reason=connect failed`;
      expect(causes(line)).toEqual([cause]);
    });
  }

  it('9.6 ws line with guidance and suppressed', () => {
    const fs = facts(
      '[ws] unauthorized conn=1 remote=127.0.0.1 client=openclaw-control-ui webchat v2026.9.6 reason=token_mismatch guidance=open the dashboard suppressed=3',
    );
    expect(fs.map((f) => [f.cause, f.client])).toEqual([['gateway-token-mismatch', 'control-ui']]);
  });

  const CLOSE_CAUSES: [string, LookalikeCause][] = [
    ['origin-mismatch', 'origin-not-allowed'],
    ['control-ui-insecure-auth', 'control-ui-insecure-context'],
    ['device-required', 'device-identity-required'],
    ['device-auth-invalid', 'device-auth-invalid'],
    ['protocol-mismatch', 'protocol-mismatch'],
    ['handshake-timeout', 'handshake-timeout'],
    ['gateway-auth-rotated', 'gateway-auth-changed'],
    ['repeated-unauthorized-requests', 'unauthorized-role'],
    ['invalid-handshake', 'invalid-handshake'],
    ['invalid-role', 'invalid-handshake'],
    ['preauth-payload-too-large', 'invalid-handshake'],
    ['startup-sidecars-pending', 'gateway-starting'],
    ['outbound-buffer-exceeded', 'slow-consumer'],
    ['operator-access-denied', 'client-invalidated'],
    ['unauthorized', 'unauthorized'],
  ];
  for (const [cause, want] of CLOSE_CAUSES) {
    it(`close context "cause":"${cause}" (console and raw JSON-lines shapes)`, () => {
      const console = `2026-11-21T06:34:21.544+00:00 [ws] {"cause":"${cause}","handshake":"failed","durationMs":22} closed before connect conn=1 peer=127.0.0.1:1->127.0.0.1:18789 remote=127.0.0.1 code=1008 reason=connect failed`;
      expect(causes(console)).toEqual([want]);
      const jsonl = `{"0":"{\\"subsystem\\":\\"gateway/ws\\"}","1":{"cause":"${cause}","handshake":"failed"},"2":"closed before connect conn=1 code=1008 reason=connect failed","time":"2026-11-21T06:34:21.544+00:00"}`;
      expect(causes(jsonl)).toEqual([want]);
      const verbose = `[ws] → close code=1008 reason=x durationMs=3 cause=${cause} handshake=failed lastFrameType=req conn=1`;
      expect(causes(verbose)).toContain(want);
    });
  }

  it('pretty-printed close context across lines', () => {
    const text = '{\n  "cause": "unauthorized",\n  "handshake": "failed",\n  "authReason": "token_mismatch"\n}';
    expect(causes(text)).toEqual(['gateway-token-mismatch']);
  });

  it('close context carries the origin for origin-mismatch', () => {
    const fs = facts(
      '[ws] {"cause":"origin-mismatch","origin":"https://box.tail1234.ts.net","host":"127.0.0.1:18789"} closed before connect conn=1 code=1008 reason=connect failed',
    );
    expect(fs[0]!.detail).toBe('https://box.tail1234.ts.net');
    expect(fs[0]!.client).toBe('control-ui');
  });

  it('real 4.14 device-required close from a probe (repair-options/f)', () => {
    const fs = facts(readFileSync(join(FIXTURES, 'openclaw-2026.4.14/repair-options/f/gateway-f.jsonl'), 'utf8'));
    expect(fs.map((f) => f.cause)).toEqual(['device-identity-required']);
    expect(fs[0]!.client).toBe('cli-local');
  });

  it('handshake timeout log lines', () => {
    expect(causes('[ws] handshake timeout conn=1 peer=a->b remote=10.0.0.2')).toEqual(['handshake-timeout']);
    expect(causes('[ws] handshake timeout conn=1 peer=a->b remote=10.0.0.2 phase=connect-wait')).toEqual(['handshake-timeout']);
    expect(causes('gateway connect challenge timeout (waited 10000ms, limit 10000ms)')).toEqual(['handshake-timeout']);
  });

  it('protocol mismatch log line', () => {
    expect(causes('[ws] protocol mismatch conn=1 client=cli v2026.3.1')).toEqual(['protocol-mismatch']);
  });
});

describe('Control UI texts (§11.F)', () => {
  const UI: [string, LookalikeCause][] = [
    ['This gateway requires auth. Add a token or password, then click Connect.', 'gateway-token-missing'],
    [
      'Auth failed. Re-copy a tokenized URL with openclaw dashboard --no-open, or update the token, then click Connect.',
      'gateway-token-mismatch',
    ],
    [
      'This page is HTTP, so the browser blocks device identity. Use HTTPS (Tailscale Serve) or open http://127.0.0.1:18789 on the gateway host.',
      'control-ui-insecure-context',
    ],
    ['device identity required (use HTTPS/localhost or allow insecure auth explicitly)', 'control-ui-insecure-context'],
    ['device identity required (use HTTPS or localhost)', 'control-ui-insecure-context'],
    ['This Gateway expects its token', 'gateway-token-mismatch'],
    ['This Gateway expects its password', 'gateway-password-mismatch'],
    ['Gateway secret rejected', 'unauthorized'],
    ['Too many failed attempts', 'rate-limited'],
    ['Secure browser context required', 'control-ui-insecure-context'],
    ['Browser origin not allowed', 'origin-not-allowed'],
    ['Protocol mismatch', 'protocol-mismatch'],
    ['Proxy authentication required', 'edge-proxy-auth'],
    ['Verified identity required', 'verified-user-required'],
    [
      'An identity-aware proxy rejected the WebSocket upgrade. Configure gateway.remote.edgeAuth for the configured Gateway origin, then reconnect.',
      'edge-proxy-auth',
    ],
    ['Gateway authentication is temporarily rate-limited. Wait for the temporary lockout to expire, then retry.', 'rate-limited'],
    [
      'Gateway is reachable, but this CLI has no token/password or paired device token for read-scope health RPCs.',
      'gateway-token-missing',
    ],
  ];
  for (const [text, cause] of UI) {
    it(text.slice(0, 60), () => {
      expect(causes(text)).toEqual([cause]);
    });
  }

  it('disconnected (4008): connect failed says nothing by itself', () => {
    expect(facts('disconnected (4008): connect failed')).toEqual([]);
  });
  it('Control UI error line marks the client', () => {
    expect(facts('disconnected (4008): unauthorized: device token mismatch (rotate/reissue device token)')[0]!.client).toBe('control-ui');
  });
});

describe('non-close errors (§11.D)', () => {
  it('sessions_spawn allow-list tool result, 4.14 and 9.6', () => {
    const f = facts('{"status":"forbidden","error":"agentId is not allowed for sessions_spawn (allowed: none)"}');
    expect(f.map((x) => [x.cause, x.detail])).toEqual([['allow-agents', 'none']]);
    expect(facts('{"status":"forbidden","error":"agentId is not allowed for sessions_spawn (allowed: main, research)"}')[0]!.detail).toBe(
      'main, research',
    );
    expect(
      facts('{"status":"forbidden","error":"agentId \\"coder\\" is not in the configured agent registry (allowed: main)"}')[0]!.cause,
    ).toBe('allow-agents');
  });
  it('spawn depth and requireAgentId', () => {
    const d = facts('{"status":"forbidden","error":"sessions_spawn is not allowed at this depth (current depth: 1, max: 1)"}');
    expect(d.map((x) => [x.cause, x.detail])).toEqual([['spawn-depth', 'current depth: 1, max: 1']]);
    expect(
      causes('sessions_spawn requires explicit agentId when requireAgentId is configured. Use agents_list to see allowed agent ids.'),
    ).toEqual(['require-agent-id']);
    expect(
      causes('sessions_spawn requires explicit agentId when requireAgentId is configured. Provide an allowed configured agentId.'),
    ).toEqual(['require-agent-id']);
  });
  it('missing scope on a method call', () => {
    const f = facts('$ openclaw gateway call sessions.list\n[openclaw] Reason: missing scope: operator.read');
    expect(f.map((x) => [x.cause, x.detail, x.at.line])).toEqual([['missing-scope-method', 'operator.read', 2]]);
    expect(facts('GatewayClientRequestError: missing scope: operator.talk.secrets')[0]!.detail).toBe('operator.talk.secrets');
    expect(facts('{"ok":false,"error":{"type":"forbidden","message":"missing scope: operator.write"}}')[0]!.detail).toBe('operator.write');
  });
  it('missing scope answered to devices approve is not a look-alike (§11.E)', () => {
    expect(
      facts(
        '$ openclaw devices approve 8b796ecc-ba50-427a-b3ff-19c4c5377692\n[openclaw] Failed to start CLI: GatewayClientRequestError: missing scope: operator.pairing',
      ),
    ).toEqual([]);
    expect(facts('openclaw devices approve 8b796ecc-ba50-427a-b3ff-19c4c5377692\nmissing scope: operator.admin')).toEqual([]);
    expect(facts('I ran devices approve and got\nmissing scope: operator.admin')).toEqual([]);
    expect(facts('[ws] ⇄ res ✗ device.pair.approve 5ms errorCode=INVALID_REQUEST errorMessage=missing scope: operator.admin id=1')).toEqual(
      [],
    );
    expect(facts('PS C:\\Users\\me> openclaw nodes approve 8b796ecc-ba50-427a-b3ff-19c4c5377692\nmissing scope: operator.admin')).toEqual(
      [],
    );
  });
  it('missing scope after a later, different command is a look-alike again', () => {
    const text =
      '$ openclaw devices approve 8b796ecc-ba50-427a-b3ff-19c4c5377692\nApproved a2db8970 (8b796ecc)\n$ openclaw cron list\nmissing scope: operator.read';
    expect(causes(text)).toEqual(['missing-scope-method']);
  });
  it('caller-missing-scope in a rotation log line is not `missing scope:`: it is the rotation refused', () => {
    expect(
      facts('[gateway] device token rotation denied device=abc role=operator reason=caller-missing-scope scope=operator.admin').map((f) => [
        f.cause,
        f.detail,
      ]),
    ).toEqual([['device-token-rotation-denied', 'caller-missing-scope']]);
  });
  it('unauthorized role', () => {
    expect(facts('[openclaw] Reason: unauthorized role: node').map((f) => [f.cause, f.detail])).toEqual([['unauthorized-role', 'node']]);
  });
  it('HTTP bodies', () => {
    const f = facts('{"error":{"message":"Unauthorized","type":"unauthorized"}}');
    expect(f.map((x) => [x.cause, x.code])).toEqual([['http-unauthorized', 401]]);
    expect(
      facts('{"error":{"message":"Too many failed authentication attempts. Please try again later.","type":"rate_limited"}}')[0]!.cause,
    ).toBe('rate-limited');
  });
  it('plaintext ws:// security error', () => {
    const f = facts(
      'SECURITY ERROR: Cannot connect to "192.168.1.20" over plaintext ws://. Both credentials and chat data would be exposed to network interception. Use wss:// for remote URLs.',
    );
    expect(f.map((x) => [x.cause, x.detail])).toEqual([['insecure-ws', '192.168.1.20']]);
  });
  it('url override without credentials, 4.14 and 9.6', () => {
    expect(
      causes('gateway url override requires explicit credentials\nFix: pass --token or --password (or gatewayToken in tools).'),
    ).toEqual(['url-override-credentials']);
    expect(
      causes('[openclaw] Reason: gateway url override requires explicit credentials\nFix: pass --token or --password with --url.'),
    ).toEqual(['url-override-credentials']);
  });
});

describe('redaction', () => {
  it('removes tokens from the stored text', () => {
    const token = '0123456789abcdef0123456789abcdef0123456789abcdef';
    const f = facts(`disconnected (1008): unauthorized: gateway token mismatch at http://10.0.0.5:18789/#token=${token}`);
    expect(f[0]!.text).not.toContain(token);
    expect(f[0]!.text).toContain('[redacted]');
  });
  it('keeps device ids, conn ids and UUIDs, removes long base64url runs', () => {
    const dev = 'a2db8970aba2b534c3ff841ad0f625450251c90e83de730f916a0d9aea153d60';
    const tok = 'Zk3m9QpL2xW7vR4tY8uN1bC6dE0fG5hJ3kM2nP9qRsT';
    const out = redactLine(`device=${dev} conn=6faf72c8-34a2-4149-ae2b-3436fd1c83a0 id=${tok} --token short1 Bearer abc`);
    expect(out).toContain(dev);
    expect(out).toContain('6faf72c8-34a2-4149-ae2b-3436fd1c83a0');
    expect(out).not.toContain(tok);
    expect(out).not.toContain('short1');
    expect(out).toContain('Bearer [redacted]');
    expect(redactLine('gateway.controlUi.dangerouslyAllowHostHeaderOriginFallback')).toBe(
      'gateway.controlUi.dangerouslyAllowHostHeaderOriginFallback',
    );
  });
  it('long lines are windowed', () => {
    const f = facts(
      `${'x '.repeat(2000)} gateway closed (1008): unauthorized: gateway token mismatch (provide gateway auth token) ${'y '.repeat(2000)}`,
    );
    expect(f[0]!.text.length).toBeLessThanOrEqual(302);
    expect(f[0]!.text).toContain('gateway token mismatch');
  });
});

describe('never a look-alike', () => {
  const PAIRING = [
    'gateway closed (1008): pairing required',
    'gateway connect failed: GatewayClientRequestError: pairing required',
    'gateway closed (1008): pairing required: device is asking for more scopes than currently approved (requestId: fd170186-60df-4dcb-8a5f-fb8d955',
    'gateway connect failed: GatewayClientRequestError: scope upgrade pending approval (requestId: 8b796ecc-ba50-427a-b3ff-19c4c5377692)',
    '[ws] closed before connect conn=1 remote=127.0.0.1 fwd=n/a origin=n/a host=127.0.0.1:18789 ua=n/a code=1008 reason=pairing required',
    '[ws] closed before connect conn=1 remote=127.0.0.1 fwd=n/a origin=n/a host=127.0.0.1:18789 ua=n/a code=1008 reason=connect failed',
    '{"cause":"pairing-required","handshake":"failed","reason":"scope-upgrade"}',
    'Pairing required. Run `openclaw devices list`, approve your request ID, then reconnect.',
    'disconnected (4008): connect failed',
    'Approve this browser',
  ];
  for (const t of PAIRING) it(t.slice(0, 70), () => expect(facts(t)).toEqual([]));

  it('prose mentions', () => {
    expect(
      facts('Issue #58085 shows sub-agents were already failing with a different error (agentId is not allowed for sessions_spawn).'),
    ).toEqual([]);
    expect(facts('I think my device removed itself?')).toEqual([]);
    expect(facts('gateway.controlUi.allowInsecureAuth is not the fix here. It does not bypass pairing.')).toEqual([]);
    expect(facts('it just says I am unauthorized')).toEqual([]);
    expect(facts('the handshake timeout setting, where is it?')).toEqual([]);
  });

  function walk(dir: string): string[] {
    return readdirSync(dir).flatMap((n) => {
      const p = join(dir, n);
      return statSync(p).isDirectory() ? walk(p) : [p];
    });
  }

  it('stale-baseline fixtures and seed threads (real pairing) give no look-alike', () => {
    const files = [...walk(join(FIXTURES, 'openclaw-2026.4.14/stale-baseline')), ...walk(join(FIXTURES, 'seeds'))];
    expect(files.length).toBeGreaterThan(10);
    for (const f of files) {
      expect(facts(readFileSync(f, 'utf8')), f).toEqual([]);
    }
  });

  it('other 4.14 fixtures give none except the real device-required close', () => {
    for (const f of walk(join(FIXTURES, 'openclaw-2026.4.14'))) {
      const fs = facts(readFileSync(f, 'utf8'));
      if (f.endsWith('repair-options/f/gateway-f.jsonl')) continue;
      expect(fs, f).toEqual([]);
    }
  });
});

describe('shape', () => {
  it('message index, line numbers and order', () => {
    const text =
      'hello\ngateway closed (4001): gateway auth changed\nmore\n{"status":"forbidden","error":"agentId is not allowed for sessions_spawn (allowed: none)"}';
    const f = facts(text, 3);
    expect(f.map((x) => [x.at.message, x.at.line, x.cause])).toEqual([
      [3, 2, 'gateway-auth-changed'],
      [3, 4, 'allow-agents'],
    ]);
  });
  it('one fact per cause per line', () => {
    const line = 'gateway closed (1008): unauthorized: gateway token mismatch (x) gateway token mismatch again';
    expect(facts(line)).toHaveLength(1);
  });
  it('caps a repeated failure at its newest occurrences', () => {
    const text = Array.from(
      { length: 500 },
      (_, i) =>
        `2026-04-05T10:00:${String(i % 60).padStart(2, '0')}.000Z [ws] unauthorized conn=${i} remote=10.0.0.2 client=cli cli reason=token_mismatch`,
    ).join('\n');
    const f = facts(text);
    expect(f.length).toBe(50);
    expect(f.at(-1)!.at.line).toBe(500);
  });
  it('ANSI, journald and code fences are handled by the paste', () => {
    const text =
      '```\nApr 05 14:16:13 host node[2060494]: \u001b[31mgateway closed (1008): unauthorized: gateway token mismatch (provide gateway auth token)\u001b[39m\n```';
    expect(causes(text)).toEqual(['gateway-token-mismatch']);
  });
});

describe('plain-English phrases need a printed context', () => {
  it('bare messages at line start count, sentences do not', () => {
    expect(causes('protocol mismatch')).toEqual(['protocol-mismatch']);
    expect(
      causes('origin not allowed (open the Control UI from the gateway host or allow it in gateway.controlUi.allowedOrigins)'),
    ).toEqual(['origin-not-allowed']);
    expect(causes('> device signature expired')).toEqual(['device-auth-invalid']);
    expect(facts('could this be a protocol mismatch between versions?')).toEqual([]);
    expect(facts('is a device identity required for the CLI at all')).toEqual([]);
    expect(facts('I wonder whether the gateway auth changed after the update')).toEqual([]);
    expect(facts('my browser says the origin not allowed thing sometimes')).toEqual([]);
  });
});

describe('a message quoted whole in a sentence', () => {
  it('is read as what the asker saw', () => {
    expect(causes('After the update the page shows "origin not allowed" and nothing else.')).toContain('origin-not-allowed');
    expect(causes("the dashboard says 'device identity required' over http")).toContain('device-identity-required');
  });
  it('a phrase merely talked about, unquoted, is not', () => {
    expect(causes('is origin not allowed the same as a pairing problem in general?')).toEqual([]);
  });
});
