import { readdirSync, readFileSync, statSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cliResult } from '../../src/evidence/cli-result.ts';
import { closedBeforeConnect } from '../../src/evidence/closed-before-connect.ts';
import { config } from '../../src/evidence/config.ts';
import { connectFailed } from '../../src/evidence/connect-failed.ts';
import type { Extractor } from '../../src/evidence/extractor.ts';
import type { Fact, FactKind } from '../../src/evidence/facts.ts';
import { gatewayClosed } from '../../src/evidence/gateway-closed.ts';
import { healthyCall } from '../../src/evidence/healthy-call.ts';
import { asDeviceId, asRequestId } from '../../src/evidence/ids.ts';
import { pairingLog } from '../../src/evidence/pairing-log.ts';
import { pairingMention } from '../../src/evidence/pairing-mention.ts';
import { makePaste } from '../../src/evidence/paste.ts';
import { platform } from '../../src/evidence/platform.ts';
import { statusPairing } from '../../src/evidence/status-pairing.ts';
import { upgradeAudit } from '../../src/evidence/upgrade-audit.ts';
import { version } from '../../src/evidence/version.ts';

/** Each extractor of this suite and the fact kinds it may produce. */
const SUITE: ReadonlyArray<[Extractor, readonly FactKind[]]> = [
  [version, ['version']],
  [upgradeAudit, ['upgrade-audit', 'metadata-audit']],
  [pairingLog, ['pairing-log']],
  [closedBeforeConnect, ['closed-before-connect', 'close-context']],
  [gatewayClosed, ['gateway-closed']],
  [connectFailed, ['connect-failed']],
  [pairingMention, ['pairing-mention']],
  [cliResult, ['cli-result']],
  [statusPairing, ['status-pairing']],
  [healthyCall, ['healthy-call', 'spawn-result']],
  [config, ['config']],
  [platform, ['platform']],
];

const REQUEST_ID_FIELDS = ['requestId', 'currentRequestId'] as const;
const DEVICE_ID_FIELDS = ['deviceId'] as const;

/** Throws (with a readable message) when a fact breaks the contract. */
function checkFact(f: Fact, kinds: readonly FactKind[], message: number, lineCount: number): void {
  const where = `${f.kind}@${JSON.stringify(f.at)}`;
  if (!kinds.includes(f.kind)) throw new Error(`unexpected kind ${where}`);
  if (f.at.message !== message) throw new Error(`wrong message ${where}`);
  if (!Number.isInteger(f.at.line) || f.at.line < 1 || f.at.line > lineCount) throw new Error(`bad line ${where} of ${lineCount}`);
  if (f.time !== undefined && !Number.isFinite(f.time)) throw new Error(`bad time ${where}`);
  const rec = f as unknown as Record<string, unknown>;
  for (const k of REQUEST_ID_FIELDS) {
    if (rec[k] !== undefined && asRequestId(rec[k] as string) !== rec[k]) throw new Error(`${k} not whole ${where}: ${String(rec[k])}`);
  }
  for (const k of DEVICE_ID_FIELDS) {
    if (rec[k] !== undefined && asDeviceId(rec[k] as string) !== rec[k]) throw new Error(`${k} not whole ${where}: ${String(rec[k])}`);
  }
  const pairing = rec.pairing as { requestId?: string } | undefined;
  if (pairing?.requestId !== undefined && asRequestId(pairing.requestId) !== pairing.requestId)
    throw new Error(`pairing.requestId not whole ${where}`);
  switch (f.kind) {
    case 'version':
      if (!/^20\d\d\.\d{1,2}\.\d{1,3}/.test(f.version.raw)) throw new Error(`bad version ${where}`);
      break;
    case 'gateway-closed':
      if (!Number.isInteger(f.code) || f.reason === '') throw new Error(`bad close ${where}`);
      break;
    case 'cli-result':
      if (typeof f.viaLocalFallback !== 'boolean') throw new Error(`bad cli-result ${where}`);
      break;
    case 'config':
      if (f.value === '' || /REDACTED|[?#&]token=/i.test(f.value)) throw new Error(`bad config value ${where}: ${f.value}`);
      break;
    default:
      break;
  }
  // Facts must survive the JSON round trip the reply layer and golden tests rely on.
  JSON.parse(JSON.stringify(f));
}

function runAll(text: string, message = 0): Fact[] {
  const paste = makePaste(text, message);
  const lineCount = paste.lines().length;
  const out: Fact[] = [];
  for (const [e, kinds] of SUITE) {
    const facts = e.extract(paste);
    for (const f of facts) checkFact(f, kinds, message, lineCount);
    out.push(...facts);
  }
  return out;
}

const FIXTURE_ROOT = new URL('../fixtures/', import.meta.url);
function listFiles(dir: URL): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const u = new URL(name, dir);
    if (statSync(u).isDirectory()) out.push(...listFiles(new URL(`${name}/`, dir)));
    else if (/\.(txt|log|jsonl|json)$/.test(name) && statSync(u).size < 120_000) out.push(u.pathname);
  }
  return out;
}
const FILES = listFiles(FIXTURE_ROOT);
const PASTES = FILES.map((p) => readFileSync(p, 'utf8'));

/** Vocabulary of the formats, so random strings reach deep into the parsers. */
const TOKENS = [
  'security audit: device access upgrade requested ',
  'device metadata upgrade requested ',
  'reason=',
  'scope-upgrade',
  'role-upgrade',
  'device=',
  'a737c285864f348d0dbbccbc7c5b63827e21bacb3a2dd8a2c3754036f86490f3',
  'scopesFrom=',
  'scopesTo=',
  'operator.read,',
  'operator.admin',
  '<none>',
  'client=',
  'conn=',
  'closed before connect ',
  'code=1008 ',
  'pairing required',
  ': device is asking for more scopes than currently approved (requestId: ',
  '623e404a-c253-43e4-97ff-8a3b320cc7bc',
  'fd170186-60df',
  ' phase=',
  ' suppressed=',
  '{"cause":',
  '"pairing-required"',
  '"requestId":',
  '"deviceId":',
  '}',
  '{',
  '"',
  '\\"',
  '\\n',
  '\\',
  'gateway closed (',
  '1006 abnormal closure (no close frame)',
  '): ',
  'Gateway target: ',
  'Source: ',
  'Bind: ',
  'Config: ',
  'gateway connect failed: ',
  'GatewayClientRequestError: ',
  'scope upgrade pending approval (requestId: ',
  ')',
  '$ ',
  'openclaw devices approve ',
  'openclaw devices remove ',
  'openclaw devices clear --yes',
  'Direct scope access failed; using local fallback.',
  'unknown requestId',
  '[openclaw] Failed to start CLI: ',
  '[openclaw] Reason: ',
  'Approved ',
  'Removed ',
  'Rejected ',
  'missing scope: ',
  'That request was superseded by a newer pending request.',
  'Approve the current request instead: openclaw devices approve ',
  'Missing requestId: ',
  'Pending request ',
  ' was replaced by same-device repair ',
  'Gateway pairing approval required.',
  'Recovery: openclaw devices approve ',
  'Gateway call: health',
  '"ok": true',
  'Connect: ok · RPC: ok',
  '⇄ res ✓ sessions.patch',
  '⇄ res ✗ device.pair.approve 0ms errorMessage=',
  '"status": "accepted"',
  '\\"status\\": \\"error\\"',
  'childSessionKey',
  'gateway.auth.mode = ',
  '"token"',
  'gateway.bind',
  ': ',
  '=',
  'OPENCLAW_GATEWAY_URL=',
  'ws://127.0.0.1:18789',
  '"gateway": {',
  '"auth": {',
  '"mode": ',
  'OpenClaw ',
  '2026.4.14',
  ' (323493f)',
  '🦞 ',
  'v2026.4.1-beta.1',
  '2026-11-21T06:32:51.254+00:00 ',
  '[gateway] ',
  '[ws] ',
  '> ',
  '```',
  '\u001b[90m',
  '[39m',
  'C:\\Users\\',
  'WSL2',
  'docker exec -it x ',
  '\n',
  '\n',
  '\n',
  ' ',
  ' ',
  '\r\n',
  '\t',
  '…',
  '...',
  '{"0":"{\\"subsystem\\":\\"gateway\\"}","1":"',
  '","time":"2026-11-21T06:32:51.254+00:00"}',
];
const soup = fc.array(fc.constantFrom(...TOKENS), { maxLength: 80 }).map((xs) => xs.join(''));

describe('never throws, facts well-typed: arbitrary input', () => {
  it('fc.string', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), (s) => void runAll(s)),
      { numRuns: 300 },
    );
  });
  it('grapheme strings (full unicode)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (s) => void runAll(s)),
      { numRuns: 300 },
    );
  });
  it('binary strings (lone surrogates, control characters)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), fc.nat(5), (s, m) => void runAll(s, m)),
      { numRuns: 300 },
    );
  });
  it('token soup of the log and CLI vocabulary', () => {
    fc.assert(
      fc.property(soup, (s) => void runAll(s)),
      { numRuns: 1500 },
    );
  });
});

type Mutation = (s: string) => string;
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.tuple(fc.nat(), fc.nat()).map(
    ([a, b]): Mutation =>
      (s) =>
        s.slice(Math.min(a, b) % (s.length + 1), Math.max(a, b) % (s.length + 1) || undefined),
  ),
  fc.tuple(fc.nat(), fc.oneof(fc.string({ maxLength: 30 }), fc.constantFrom(...TOKENS))).map(
    ([at, g]): Mutation =>
      (s) => {
        const i = at % (s.length + 1);
        return s.slice(0, i) + g + s.slice(i);
      },
  ),
  fc.nat().map(
    (n): Mutation =>
      (s) => {
        const lines = s.split('\n');
        const i = n % lines.length;
        lines.splice(i, 0, lines[i]!);
        return lines.join('\n');
      },
  ),
  fc.constant<Mutation>((s) => s.replace(/\n/g, '\r\n')),
  fc.constant<Mutation>((s) => s.replace(/^/gm, '\u001b[90m').replace(/ /, ' \u001b[39m')),
  fc.constant<Mutation>((s) => s.replace(/^/gm, '> ')),
  fc.constant<Mutation>((s) => JSON.stringify(s)),
  fc.constant<Mutation>((s) => s.replace(/\n/g, ' ')),
  fc.nat().map(
    (n): Mutation =>
      (s) => {
        const lines = s.split('\n');
        const i = n % lines.length;
        const l = lines[i]!;
        lines[i] = `${l.slice(0, l.length >> 1)}\n${l.slice(l.length >> 1)}`;
        return lines.join('\n');
      },
  ),
);

describe('never throws, facts well-typed: mutated real pastes', () => {
  it(`${FILES.length} fixture files as they are`, () => {
    expect(FILES.length).toBeGreaterThan(50);
    PASTES.forEach((p, i) => {
      runAll(p, i % 7);
    });
  });

  it('random cuts, garbage, duplicated and split lines, CRLF, ANSI, quotes, JSON-escaping', () => {
    fc.assert(
      fc.property(fc.nat(PASTES.length - 1), fc.array(mutation, { minLength: 1, maxLength: 4 }), (i, ms) => {
        runAll(ms.reduce((s, m) => m(s), PASTES[i]!));
      }),
      { numRuns: 400 },
    );
  });

  it('CRLF, ANSI colour and Discord quoting change no fact', () => {
    const same = (a: string, b: string) => expect(JSON.stringify(runAll(b))).toBe(JSON.stringify(runAll(a)));
    for (const p of PASTES.slice(0, 60)) {
      same(p, p.replace(/\n/g, '\r\n'));
      same(p, p.replace(/^(\S+)/gm, '\u001b[90m$1\u001b[39m'));
    }
    const seed = readFileSync(new URL('../fixtures/seeds/000-6-approve-unknown.txt', import.meta.url), 'utf8');
    same(seed, seed.replace(/^(?=.)/gm, '> '));
  });
});

// The adversarial large inputs (keyword floods, unclosed JSON, deep brackets) run against every
// extractor in test/properties/adversarial.test.ts, and at 5 MB in `npm run bench`.
