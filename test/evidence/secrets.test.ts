import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { SecretKind } from '../../src/evidence/facts.ts';
import { redactSecrets } from '../../src/evidence/redact.ts';
import { isPlaceholder, scanSecrets, secrets } from '../../src/evidence/secrets.ts';
import { FIXTURES, only, read, run, SEED_000, walk } from './devices-fixtures.ts';

const GW = '3f1c2a9b8d7e6f5a4b3c2d1e0f9a8b7c6d5e4f3a2b1c0d9e'; // 48 hex
const DEVTOK = 'Zm9vYmFyYmF6cXV4MTIzNDU2Nzg5MGFiY2RlZmdoaWo'; // 43 base64url
const PUBKEY = 'VIzlZVE18Fi0CUyJSmtR1DtAxpQCl_yIX-j7vtzKUFI';
const DEVICE = 'a2db8970aba2b534c3ff841ad0f625450251c90e83de730f916a0d9aea153d60';
const DISCORD = `${Buffer.from('112233445566778899').toString('base64url')}.GhIjKl.abcdefghijklmnopqrstuvwxyz0123456789AB`;
const TELEGRAM = '123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw1';

function kinds(text: string): SecretKind[] {
  return scanSecrets(text).map((s) => s.kind);
}

function value(text: string): string[] {
  return scanSecrets(text).map((s) => text.slice(s.start, s.end));
}

describe('secrets: env names and what they hold', () => {
  it('a value made up on purpose is not a secret', () => {
    expect(kinds('OPENCLAW_GATEWAY_TOKEN=bogus-token-for-repro openclaw gateway call health')).toEqual([]);
    expect(kinds('ANTHROPIC_API_KEY=dummy_key')).toEqual([]);
    expect(kinds('OPENCLAW_GATEWAY_TOKEN=testament-of-9f2c7a')).toEqual(['gateway-token']);
  });
  it('a spaced `=` followed by a plain word is a sentence, not a value', () => {
    expect(kinds('I had it set in NEXT_PUBLIC_GATEWAY_TOKEN= instead of OPENCLAW_GATEWAY_TOKEN=')).toEqual([]);
  });
  it("another service's password is a password, not a provider API key", () => {
    expect(kinds("-e 'AUTH_PASSWORD=MyBigLongPassword' \\")).toEqual(['password']);
    expect(kinds('OPENCLAW_GATEWAY_PASSWORD=correct-horse-battery')).toEqual(['gateway-password']);
  });
});

describe('secrets: detected', () => {
  const cases: [string, string, SecretKind, string][] = [
    ['gateway.auth.token', `{"gateway":{"auth":{"mode":"token","token":"${GW}"}}}`, 'gateway-token', GW],
    ['gateway.remote.token', `{ remote: { url: "wss://x", token: "hunter2-token" } }`, 'gateway-token', 'hunter2-token'],
    ['env token', `OPENCLAW_GATEWAY_TOKEN=${GW}`, 'gateway-token', GW],
    ['env in systemd unit', `Environment=OPENCLAW_GATEWAY_TOKEN=${GW}`, 'gateway-token', GW],
    ['docker compose env', `    OPENCLAW_GATEWAY_TOKEN: ${GW}`, 'gateway-token', GW],
    ['--token', `openclaw devices list --token ${GW}`, 'gateway-token', GW],
    ['--token=', `openclaw devices list --token="${GW}"`, 'gateway-token', GW],
    ['#token= URL', `open http://127.0.0.1:18789/#token=${GW}`, 'gateway-token', GW],
    ['?token= URL', `http://127.0.0.1:18789/?token=${GW}&x=1`, 'gateway-token', GW],
    ['bearer', `curl -H "Authorization: Bearer ${GW}" http://x`, 'bearer-token', GW],
    ['password json', `"auth": {"mode": "password", "password": "correct horse"}`, 'gateway-password', 'correct horse'],
    ['password env', `OPENCLAW_GATEWAY_PASSWORD='s3cret!'`, 'gateway-password', 's3cret!'],
    ['--password', `openclaw status --password hunter2`, 'gateway-password', 'hunter2'],
    ['paired.json token', `"tokens": {"operator": {"token": "${DEVTOK}", "role": "operator"}}`, 'device-token', DEVTOK],
    ['rotate output', `{"deviceId":"${DEVICE}","role":"operator","token":"${DEVTOK}","scopes":[]}`, 'device-token', DEVTOK],
    ['json log line', `{"1":"{\\"token\\":\\"${GW}\\"}"}`, 'gateway-token', GW],
    ['openai', `OPENAI_API_KEY=sk-proj-abcdefghijklmnopqrstuvwxyz012345`, 'provider-key', 'sk-proj-abcdefghijklmnopqrstuvwxyz012345'],
    [
      'anthropic bare',
      `key is sk-ant-api03-abcdefghijklmnopqrstuvwxyz0123 ok`,
      'provider-key',
      'sk-ant-api03-abcdefghijklmnopqrstuvwxyz0123',
    ],
    ['github', `ghp_${'a'.repeat(36)}`, 'provider-key', `ghp_${'a'.repeat(36)}`],
    ['github pat', `github_pat_${'A1'.repeat(20)}`, 'provider-key', `github_pat_${'A1'.repeat(20)}`],
    ['slack', `xoxb-123456789012-abcdefghij`, 'provider-key', 'xoxb-123456789012-abcdefghij'],
    ['slack app', `xapp-1-A0123456789-abcdef`, 'provider-key', 'xapp-1-A0123456789-abcdef'],
    ['groq', `gsk_${'b'.repeat(40)}`, 'provider-key', `gsk_${'b'.repeat(40)}`],
    ['google', `AIza${'c'.repeat(35)}`, 'provider-key', `AIza${'c'.repeat(35)}`],
    ['perplexity', `pplx-${'d'.repeat(40)}`, 'provider-key', `pplx-${'d'.repeat(40)}`],
    ['npm', `npm_${'e'.repeat(36)}`, 'provider-key', `npm_${'e'.repeat(36)}`],
    ['apiKey field', `"apiKey": "some-provider-secret"`, 'provider-key', 'some-provider-secret'],
    ['telegram', `"botToken": "${TELEGRAM}"`, 'telegram-token', TELEGRAM],
    ['telegram bare', `bot ${TELEGRAM} here`, 'telegram-token', TELEGRAM],
    ['discord', `DISCORD_BOT_TOKEN=${DISCORD}`, 'discord-token', DISCORD],
    ['discord bare', `token ${DISCORD}`, 'discord-token', DISCORD],
    ['setup code url', `https://example/pair?bootstrapToken=abc123XYZ`, 'setup-code', 'abc123XYZ'],
  ];

  it.each(cases)('%s', (_name, text, kind, secret) => {
    const spans = scanSecrets(text);
    expect(spans.map((s) => s.kind)).toEqual([kind]);
    expect(value(text)).toEqual([secret]);
    const red = redactSecrets(text);
    expect(red).not.toContain(secret);
    expect(red).toContain(`[redacted ${kind}]`);
  });

  it('detects a PEM private key, whole or cut, plain or inside JSON', () => {
    const pem = '-----BEGIN PRIVATE KEY-----\nMC4CAQAwBQYDK2VwBCIEIJ+abcdefghijklmnopqrstuvwxyz0123456789\n-----END PRIVATE KEY-----';
    expect(kinds(`here:\n${pem}\nthanks`)).toEqual(['private-key']);
    expect(redactSecrets(`here:\n${pem}\nthanks`)).toBe('here:\n[redacted private-key]\nthanks');
    const json = `{"privateKeyPem": "${pem.replace(/\n/g, '\\n')}"}`;
    expect(kinds(json)).toEqual(['private-key']);
    expect(redactSecrets(json)).not.toContain('MC4CAQAw');
    const cut = `"privateKeyPem": "-----BEGIN PRIVATE KEY-----\\nMC4CAQAwBQYDK2VwBCIEIJ`;
    expect(redactSecrets(cut)).not.toContain('MC4CAQAw');
  });

  it('makes facts with kind and label only, never the value', () => {
    const facts = only(run(secrets, `line one\n{"gateway":{"auth":{"token":"${GW}"}}}\nOPENCLAW_GATEWAY_TOKEN=${GW}`), 'secret');
    expect(facts).toEqual([
      { kind: 'secret', secret: 'gateway-token', label: 'gateway.auth.token', at: { message: 0, line: 2 } },
      { kind: 'secret', secret: 'gateway-token', label: 'OPENCLAW_GATEWAY_TOKEN', at: { message: 0, line: 3 } },
    ]);
    expect(JSON.stringify(facts)).not.toContain(GW);
  });
});

describe('secrets: not secrets', () => {
  const clean: [string, string][] = [
    ['deviceId', `device=${DEVICE} "deviceId":"${DEVICE}"`],
    ['publicKey', `"publicKey": "${PUBKEY}"`],
    ['uuids', 'requestId: 8b796ecc-ba50-427a-b3ff-19c4c5377692 conn=6faf72c8-34a2-4149-ae2b-3436fd1c83a0 runId=x lastFrameId=y'],
    ['redacted markers', `"token": "<REDACTED:gateway-token:48-hex-chars>", "password": "__OPENCLAW_REDACTED__"`],
    ['masked', `"token": "3f1c2a…8b7c", "token": "***", "token": "xxx", "token": "<token>", "token": "..."`],
    ['placeholders', `--token <token> --password <password> --token "$OPENCLAW_GATEWAY_TOKEN" token: \${OPENCLAW_GATEWAY_TOKEN}`],
    ['auth mode', `"auth": {"mode": "token"} auth=token reason=token_mismatch`],
    ['error texts', 'unauthorized: gateway token mismatch (set gateway.remote.token to match gateway.auth.token)'],
    ['prose', 'my password: is wrong and my token: expired, see Bearer tokens docs'],
    ['tokens summary', `"tokens": [{"role": "operator", "scopes": ["operator.read"]}]`],
    ['env unset', 'OPENCLAW_GATEWAY_TOKEN: <not set>\nOPENCLAW_GATEWAY_TOKEN='],
    ['childSessionKey', 'childSessionKey: agent:main:subagent:1234'],
    ['already redacted by us', `"token": "[redacted gateway-token]" OPENCLAW_GATEWAY_TOKEN=[redacted gateway-token]`],
    ['privateKeyPem omitted', '"privateKeyPem": "<omitted>"'],
    ['task names', 'task-runner-abcdefghijklmnopqrstuvwxyz skill-abcdefghijklmnopqrstuvwxyz'],
  ];
  it.each(clean)('%s', (_name, text) => {
    expect(scanSecrets(text)).toEqual([]);
    expect(redactSecrets(text)).toBe(text);
  });

  it('placeholder list', () => {
    // biome-ignore lint/suspicious/noTemplateCurlyInString: `${X}` is the literal placeholder people paste.
    for (const p of ['', '<REDACTED:x>', '__OPENCLAW_REDACTED__', '***', '…', 'xxx', '<token>', '${X}', '[redacted gateway-token]']) {
      expect(isPlaceholder(p)).toBe(true);
    }
    expect(isPlaceholder(GW)).toBe(false);
  });

  it('finds nothing in the redacted fixtures and seeds', () => {
    const files = walk(FIXTURES);
    expect(files.length).toBeGreaterThan(300);
    for (const f of files) {
      const text = read(f);
      expect(scanSecrets(text), f).toEqual([]);
      expect(redactSecrets(text)).toBe(text);
    }
    expect(read(SEED_000)).toContain('a2db8970');
  });
});

describe('redactSecrets: properties', () => {
  const hex48 = fc.string({ unit: fc.constantFrom(...'0123456789abcdef'), minLength: 48, maxLength: 48 });
  const b64 = fc.string({
    unit: fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-'),
    minLength: 43,
    maxLength: 43,
  });
  const word = fc.string({
    unit: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789!@%^+'),
    minLength: 6,
    maxLength: 30,
  });
  const inject = fc.oneof(
    hex48.map((s) => [`{"auth": {"token": "${s}"}}`, s] as const),
    hex48.map((s) => [`OPENCLAW_GATEWAY_TOKEN=${s}`, s] as const),
    hex48.map((s) => [`http://127.0.0.1:18789/#token=${s}`, s] as const),
    hex48.map((s) => [`openclaw devices list --token ${s}`, s] as const),
    hex48.map((s) => [`Authorization: Bearer ${s}`, s] as const),
    b64.map((s) => [`"tokens": {"operator": {"token": "${s}"}}`, s] as const),
    word.map((s) => [`"password": "${s}"`, s] as const),
    word.map((s) => [`--password '${s}'`, s] as const),
  );
  const noise = fc.string({ maxLength: 80 }).map((s) => s.replace(/[\n"'`\\]/g, ' '));

  it('removes an injected secret wherever it sits, and leaves the rest intact', () => {
    fc.assert(
      fc.property(noise, inject, noise, (before, [snippet, secret], after) => {
        const text = `${before}\n${snippet}\n${after}`;
        const out = redactSecrets(text);
        expect(out).not.toContain(secret);
        expect(out.startsWith(`${before}\n`)).toBe(true);
        expect(out.endsWith(`\n${after}`)).toBe(true);
        // Redacting twice changes nothing more.
        expect(redactSecrets(out)).toBe(out);
      }),
      { numRuns: 400 },
    );
  });

  it('is the identity on text without secrets and never throws', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (s) => {
        const spans = scanSecrets(s);
        const out = redactSecrets(s);
        if (spans.length === 0) expect(out).toBe(s);
        for (const f of only(run(secrets, s), 'secret')) expect(s.includes(f.label) || f.label.length > 0).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});
