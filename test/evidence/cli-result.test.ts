import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cliResult, commandOf } from '../../src/evidence/cli-result.ts';
import type { CliResultFact } from '../../src/evidence/facts.ts';
import { makePaste } from '../../src/evidence/paste.ts';

const run = (text: string) => cliResult.extract(makePaste(text)) as CliResultFact[];
const fixture = (p: string): string => readFileSync(new URL(`../fixtures/${p}`, import.meta.url), 'utf8');
const strip = ({ at: _at, time: _time, ...rest }: CliResultFact) => rest;

const REQ = '623e404a-c253-43e4-97ff-8a3b320cc7bc';
const DEV = 'a737c285864f348d0dbbccbc7c5b63827e21bacb3a2dd8a2c3754036f86490f3';
const FALLBACK = 'gateway connect failed: GatewayClientRequestError: pairing required\nDirect scope access failed; using local fallback.';

describe('command lines', () => {
  it('recognises prompts, runners and containers', () => {
    const approve = { kind: 'devices', sub: 'approve', arg: REQ, preview: false };
    for (const line of [
      `$ openclaw devices approve ${REQ}`,
      `openclaw devices approve ${REQ}`,
      `  openclaw devices approve ${REQ} --json`,
      `PS C:\\Users\\kevin> openclaw devices approve ${REQ}`,
      `C:\\Users\\kevin>openclaw devices approve ${REQ}`,
      `# openclaw devices approve ${REQ}`,
      `alex@vm:~$ openclaw devices approve ${REQ}`,
      `alex@MacBook-Pro ~ % openclaw devices approve ${REQ}`,
      `npx openclaw devices approve ${REQ}`,
      `pnpm openclaw devices approve ${REQ}`,
      `sudo openclaw devices approve ${REQ}`,
      `docker exec -it openclaw-gateway openclaw devices approve ${REQ}`,
      `docker compose exec gateway openclaw devices approve ${REQ}`,
      `docker exec -it openclaw openclaw devices approve ${REQ}`,
      `$ openclaw --profile dev devices approve "${REQ}"`,
      `$ openclaw devices approve <${REQ}>`,
      `$ openclaw devices approve ${REQ} --token abc --url ws://127.0.0.1:18789`,
    ]) {
      expect(commandOf(line), line).toEqual(approve);
    }
  });

  it('tells previews, lists, other commands and prose apart', () => {
    expect(commandOf('$ openclaw devices approve --latest')).toMatchObject({ sub: 'approve', preview: true });
    expect(commandOf('openclaw devices approve')).toMatchObject({ sub: 'approve', preview: true });
    expect(commandOf('$ openclaw devices list --json')).toMatchObject({ sub: 'list' });
    expect(commandOf('$ openclaw devices remove abc')).toEqual({ kind: 'devices', sub: 'remove', arg: 'abc', preview: false });
    expect(commandOf(`$ openclaw devices rotate --device ${DEV} --role operator --scope operator.admin`)).toEqual({
      kind: 'devices',
      sub: 'rotate',
      arg: DEV,
      preview: false,
    });
    expect(commandOf('$ openclaw gateway call health')).toEqual({ kind: 'other' });
    expect(commandOf('$ curl -sS http://127.0.0.1:28789/tools/invoke')).toEqual({ kind: 'none' });
    expect(commandOf('then run openclaw devices approve <id> again')).toBeUndefined();
    expect(commandOf('Approve the current request instead: openclaw devices approve abc')).toBeUndefined();
    expect(commandOf('Approve this exact request with: openclaw devices approve abc')).toBeUndefined();
    expect(commandOf('unknown requestId')).toBeUndefined();
    expect(commandOf('$ for i in 1 2 3; do openclaw devices approve "$(openclaw devices list --json | node -e x)" && break; done')).toEqual(
      { kind: 'devices', sub: 'approve', preview: false },
    );
  });
});

describe('approve outcomes (real 2026.4.14 captures)', () => {
  it('ok through the local fallback', () => {
    expect(run(fixture('openclaw-2026.4.14/stale-baseline/approve-fresh.txt'))).toEqual([
      {
        kind: 'cli-result',
        at: { message: 0, line: 4 },
        command: 'approve',
        outcome: 'ok',
        viaLocalFallback: true,
        requestId: REQ,
        deviceId: DEV,
      },
    ]);
  });

  it('superseded id: plain unknown requestId after the fallback → stale', () => {
    expect(run(fixture('openclaw-2026.4.14/stale-baseline/approve-stale.txt')).map(strip)).toEqual([
      {
        kind: 'cli-result',
        command: 'approve',
        outcome: 'unknown-request-stale',
        viaLocalFallback: true,
        requestId: 'dc4f76b2-9651-46f8-8d23-9954d47b4a6a',
      },
    ]);
  });

  it('already approved: Failed to start CLI with a stack → gateway', () => {
    expect(run(fixture('openclaw-2026.4.14/stale-baseline/approve-fresh-again.txt')).map(strip)).toEqual([
      { kind: 'cli-result', command: 'approve', outcome: 'unknown-request-gateway', viaLocalFallback: false, requestId: REQ },
    ]);
    expect(run(fixture('openclaw-2026.4.14/identity-clients/approve-upgrade-again.txt'))).toHaveLength(1);
  });

  it('the retry loop: every attempt, in order', () => {
    const facts = run(fixture('openclaw-2026.4.14/repair-options/e-retry/trial-3/10-oneliner-retry.txt'));
    expect(facts.map((f) => [f.outcome, f.at.line, f.requestId])).toEqual([
      ['unknown-request-stale', 5, undefined],
      ['unknown-request-stale', 10, undefined],
      ['ok', 15, '3c617acb-418c-44f9-b8df-2708ac6399fb'],
    ]);
    expect(facts.every((f) => f.command === 'approve' && f.viaLocalFallback && f.argument === undefined)).toBe(true);
  });

  it('previews and lists are skipped', () => {
    expect(run(fixture('openclaw-2026.4.14/stale-baseline/approve-latest.txt'))).toEqual([]);
    expect(run(fixture('openclaw-2026.4.14/identity-clients/approve-latest-preview.txt'))).toEqual([]);
    expect(run(fixture('openclaw-2026.4.14/stale-baseline/devices-list.txt'))).toEqual([]);
    expect(run(fixture('openclaw-2026.4.14/stale-baseline/devices-list-after-supersede.txt'))).toEqual([]);
  });

  it('seed 000: banner, spinner debris, fallback, unknown requestId', () => {
    expect(run(fixture('seeds/000-6-approve-unknown.txt')).map(strip)).toEqual([
      {
        kind: 'cli-result',
        command: 'approve',
        outcome: 'unknown-request-stale',
        viaLocalFallback: true,
        requestId: '8b796ecc-ba50-427a-b3ff-19c4c5377692',
      },
    ]);
    // The whole thread: bot advice lines (`openclaw devices approve <requestId>`) and prose give nothing more.
    expect(run(fixture('seeds/000_74c957401880c7c4.txt')).map((f) => f.outcome)).toEqual(['unknown-request-stale']);
  });
});

describe('approve outcomes (later versions and errors)', () => {
  it('≥ 2026.5.12 `[openclaw] Reason: unknown requestId`; a deviceId passed as the id', () => {
    const facts = run(
      `$ openclaw devices approve ${DEV}\n[openclaw] Could not start the CLI.\n[openclaw] Reason: unknown requestId\n[openclaw] Debug: set OPENCLAW_DEBUG=1 to include the stack trace.`,
    );
    expect(facts.map(strip)).toEqual([
      { kind: 'cli-result', command: 'approve', outcome: 'unknown-request-gateway', viaLocalFallback: false, argument: DEV },
    ]);
  });

  it('no command line: infer approve', () => {
    expect(run('unknown requestId').map(strip)).toEqual([
      { kind: 'cli-result', command: 'approve', outcome: 'unknown-request-stale', viaLocalFallback: false },
    ]);
    expect(run(`${FALLBACK}\nunknown requestId`)[0]).toMatchObject({
      command: 'approve',
      outcome: 'unknown-request-stale',
      viaLocalFallback: true,
    });
    expect(
      run(
        '[openclaw] Failed to start CLI: GatewayClientRequestError: unknown requestId\n    at GatewayClient.handleMessage (file:///x.js:680:25)',
      )[0],
    ).toMatchObject({ command: 'approve', outcome: 'unknown-request-gateway' });
    expect(run(`Approved ${DEV} (${REQ})`).map(strip)).toEqual([
      { kind: 'cli-result', command: 'approve', outcome: 'ok', viaLocalFallback: false, requestId: REQ, deviceId: DEV },
    ]);
  });

  it('no pending, missing scope, invalid scope', () => {
    expect(run('$ openclaw devices approve --latest\nNo pending device pairing requests to approve')[0]).toMatchObject({
      command: 'approve',
      outcome: 'no-pending',
    });
    expect(
      run(
        `$ openclaw devices approve ${REQ}\n[openclaw] Failed to start CLI: GatewayClientRequestError: missing scope: operator.admin\n    at x`,
      )[0],
    ).toMatchObject({ outcome: 'missing-scope', scope: 'operator.admin', requestId: REQ });
    expect(run(`$ openclaw devices approve ${REQ}\n[openclaw] Reason: missing scope: operator.pairing`)[0]).toMatchObject({
      outcome: 'missing-scope',
      scope: 'operator.pairing',
    });
    expect(run(`$ openclaw devices approve ${REQ}\n${FALLBACK}\ninvalid scope for requested roles: operator.admin`)[0]).toMatchObject({
      outcome: 'invalid-scope',
      scope: 'operator.admin',
      viaLocalFallback: true,
    });
  });

  it('missing scope outside approve is not a devices result', () => {
    expect(run('$ openclaw gateway call sessions.patch\nmissing scope: operator.admin')).toEqual([]);
    expect(run('[openclaw] Reason: missing scope: operator.write')).toEqual([]);
    expect(run('$ openclaw devices remove abc\nmissing scope: operator.admin')).toEqual([]);
  });

  it('≥ 2026.7.1 friendly errors', () => {
    expect(
      run(
        `$ openclaw devices approve ${REQ}\nThis device can't approve its own scope upgrade. Approve it from the Control UI or another authorized device.`,
      )[0],
    ).toMatchObject({ outcome: 'self-approval', requestId: REQ });
    expect(
      run(`No pending device request matches ${REQ}. Run openclaw devices list and retry with the current request ID.`)[0],
    ).toMatchObject({ command: 'approve', outcome: 'no-match', requestId: REQ });
  });

  it('local-fallback mismatch: superseded with the current id, or a state-dir mismatch', () => {
    const cur = '31ef4e48-5f72-4354-bde1-eebcc8904369';
    const superseded = run(
      `$ openclaw devices approve ${REQ}\nGateway requires device pairing, but local fallback pairing state does not contain the gateway request. Missing requestId: ${REQ}.\nThat request was superseded by a newer pending request.\nApprove the current request instead: openclaw devices approve ${cur}`,
    );
    expect(superseded.map(strip)).toEqual([
      { kind: 'cli-result', command: 'approve', outcome: 'superseded', viaLocalFallback: false, requestId: REQ, currentRequestId: cur },
    ]);
    // Without the command line the id comes from `Missing requestId:`.
    const bare = run(
      `Gateway requires device pairing, but local fallback pairing state does not contain the gateway request. Missing requestId: ${REQ}.\nThat request was superseded by a newer pending request.\nApprove the current request instead: openclaw devices approve ${cur}`,
    );
    expect(bare[0]).toMatchObject({ outcome: 'superseded', requestId: REQ, currentRequestId: cur });
    const dir = run(
      `Gateway requires device pairing, but local fallback pairing state does not contain the gateway request. Missing requestId: ${REQ}.\nThe running gateway may be using a different OPENCLAW_PROFILE or OPENCLAW_STATE_DIR than this CLI.`,
    );
    expect(dir.map(strip)).toEqual([
      { kind: 'cli-result', command: 'approve', outcome: 'state-dir-mismatch', viaLocalFallback: false, requestId: REQ },
    ]);
  });

  it('same-device repair replacement, then the approval', () => {
    const b = '31ef4e48-5f72-4354-bde1-eebcc8904369';
    const facts = run(
      `$ openclaw devices approve ${REQ}\nPending request ${REQ} was replaced by same-device repair ${b}; approving latest compatible request.\nApproved ${DEV} (${b})`,
    );
    expect(facts.map((f) => [f.outcome, f.requestId, f.currentRequestId])).toEqual([
      ['replaced', REQ, b],
      ['ok', b, undefined],
    ]);
  });

  it('the gateway-side verbose line', () => {
    const facts = run(
      '2026-11-21T06:33:12.476+00:00 [ws] ⇄ res ✗ device.pair.approve 0ms errorCode=INVALID_REQUEST errorMessage=unknown requestId conn=3652af21…59b7 id=c62fa028…316e',
    );
    expect(facts).toEqual([
      {
        kind: 'cli-result',
        at: { message: 0, line: 1 },
        time: Date.parse('2026-11-21T06:33:12.476Z'),
        command: 'approve',
        outcome: 'unknown-request-gateway',
        viaLocalFallback: false,
      },
    ]);
    expect(
      run('[ws] ⇄ res ✗ device.pair.approve 3ms errorCode=INVALID_REQUEST errorMessage=missing scope: operator.admin conn=x')[0],
    ).toMatchObject({ outcome: 'missing-scope', scope: 'operator.admin' });
    expect(
      run(readFileSync(new URL('../fixtures/openclaw-2026.4.14/stale-baseline/gateway.jsonl', import.meta.url), 'utf8')).map(
        (f) => f.outcome,
      ),
    ).toEqual(['unknown-request-gateway']);
  });
});

describe('remove / reject / clear / rotate / revoke', () => {
  it('remove while narrow dies with 1008 (no fallback)', () => {
    expect(run(fixture('openclaw-2026.4.14/stale-baseline/remove-while-narrow.txt')).map(strip)).toEqual([
      { kind: 'cli-result', command: 'remove', outcome: 'pairing-required', viaLocalFallback: false, deviceId: DEV },
    ]);
    expect(run(fixture('openclaw-2026.4.14/repair-options/d/10-clear.txt')).map(strip)).toEqual([
      { kind: 'cli-result', command: 'clear', outcome: 'pairing-required', viaLocalFallback: false },
    ]);
    expect(run(fixture('openclaw-2026.4.14/repair-options/d/12-reject.txt'))[0]).toMatchObject({
      command: 'reject',
      outcome: 'pairing-required',
      requestId: '31ef4e48-5f72-4354-bde1-eebcc8904369',
    });
    // ≥ 2026.9.6 surfaces the connect error itself.
    expect(run(`$ openclaw devices remove ${DEV}\n[openclaw] Reason: scope upgrade pending approval (requestId: ${REQ})`)[0]).toMatchObject(
      { command: 'remove', outcome: 'pairing-required' },
    );
  });

  it('a 1008 is not a devices result without a devices command', () => {
    expect(run(fixture('openclaw-2026.4.14/stale-baseline/cli-error.txt'))).toEqual([]);
    expect(run('[openclaw] Failed to start CLI: Error: gateway closed (1008): pairing required')).toEqual([]);
  });

  it('successes', () => {
    expect(run(fixture('openclaw-2026.4.14/stale-baseline/remove.txt')).map(strip)).toEqual([
      { kind: 'cli-result', command: 'remove', outcome: 'ok', viaLocalFallback: false, deviceId: DEV },
    ]);
    expect(run(fixture('openclaw-2026.4.14/repair-options/c/31-reject-old-pending.txt')).map(strip)).toEqual([
      {
        kind: 'cli-result',
        command: 'reject',
        outcome: 'ok',
        viaLocalFallback: false,
        requestId: '452b77a0-770b-48f0-af66-c644f6b62301',
        deviceId: '3f3864fcc4540573f2b7d9533ce60e735ace04557ce0234123e1a03b4988ef68',
      },
    ]);
    expect(
      run('$ openclaw devices clear --yes --pending\nCleared 0 paired device(s)\nRejected 2 pending request(s)').map((f) => [
        f.command,
        f.outcome,
      ]),
    ).toEqual([
      ['clear', 'ok'],
      ['clear', 'ok'],
    ]);
    expect(run(`Removed ${DEV}`)[0]).toMatchObject({ command: 'remove', outcome: 'ok', deviceId: DEV });
    expect(run('Removed 3 files')).toEqual([]);
  });

  it('errors', () => {
    expect(
      run('$ openclaw devices remove abc123\n[openclaw] Failed to start CLI: GatewayClientRequestError: unknown deviceId')[0],
    ).toMatchObject({ command: 'remove', outcome: 'unknown-device', argument: 'abc123' });
    expect(run(`$ openclaw devices remove ${DEV}\n[openclaw] Reason: device pairing removal denied`)[0]).toMatchObject({
      outcome: 'denied',
      deviceId: DEV,
    });
    expect(run('$ openclaw devices clear\nRefusing to clear pairing table without --yes')[0]).toMatchObject({
      command: 'clear',
      outcome: 'refused',
    });
    expect(
      run(
        `$ openclaw devices rotate --device ${DEV} --role operator --scope operator.admin\n[openclaw] Failed to start CLI: GatewayClientRequestError: device token rotation denied`,
      )[0],
    ).toMatchObject({ command: 'rotate', outcome: 'denied', deviceId: DEV });
    expect(run(`$ openclaw devices revoke --device ${DEV} --role node\nunknown deviceId/role`)[0]).toMatchObject({
      command: 'revoke',
      outcome: 'unknown-device',
      deviceId: DEV,
    });
  });

  it('gateway log lines about removal are not CLI results', () => {
    expect(run(`[gateway] device pairing removal denied device=${DEV} reason=device-ownership-mismatch`)).toEqual([]);
  });
});

describe('negatives', () => {
  it('ids that are runIds, conns or lastFrameIds never become requestIds', () => {
    const text = [
      '"runId": "482dedea-4d1b-4391-a3f5-a68a1622144e"',
      '[ws] closed before connect conn=ccf07f72-b5a8-4565-9dad-38e48d296c58 code=1008 reason=connect failed',
      '{"cause":"pairing-required","lastFrameId":"1a430541-9cd0-49af-a88c-f65d8eb37c0b"}',
      'unknown requestId',
    ].join('\n');
    const facts = run(text);
    expect(facts).toHaveLength(1);
    expect(facts[0]!.requestId).toBeUndefined();
  });

  it('prose about unknown requestId is not a result', () => {
    expect(run('That unknown requestId almost certainly means the request was superseded.')).toEqual([]);
    expect(run('I got "unknown requestId" twice')).toEqual([]);
  });

  it('a non-devices openclaw segment swallows its output', () => {
    expect(run('$ openclaw nodes approve abc\nunknown requestId')).toEqual([]);
  });
});
