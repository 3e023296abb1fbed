import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { PairingLogFact } from '../../src/evidence/facts.ts';
import { pairingLog } from '../../src/evidence/pairing-log.ts';
import { makePaste } from '../../src/evidence/paste.ts';

const run = (text: string) => pairingLog.extract(makePaste(text)) as PairingLogFact[];
const DEV = 'a737c285864f348d0dbbccbc7c5b63827e21bacb3a2dd8a2c3754036f86490f3';

describe('pairing log lines', () => {
  it('reads auto-approve and removal from the fixture logs (console and file)', () => {
    for (const file of ['gateway.log', 'gateway.jsonl']) {
      const text = readFileSync(new URL(`../fixtures/openclaw-2026.4.14/stale-baseline/${file}`, import.meta.url), 'utf8');
      expect(run(text).map((f) => [f.event, f.deviceId, f.role])).toEqual([
        ['auto-approved', DEV, 'operator'],
        ['removed', DEV, undefined],
        ['auto-approved', DEV, 'operator'],
      ]);
    }
  });

  it('reads every §1.3 event', () => {
    const text = [
      `2026-04-05T14:16:13.663+01:00 [gateway] device pairing approved device=${DEV} role=operator`,
      `[gateway] device pairing removal denied device=${DEV} reason=device-ownership-mismatch`,
      `[gateway] device token rotated device=${DEV} role=operator scopes=operator.read`,
      `[gateway] device token rotation denied device=${DEV} role=operator reason=scope-outside-approved-baseline scope=operator.admin`,
      `[gateway] device token revoked device=${DEV} role=node`,
      `[gateway] device token revocation denied device=${DEV} role=operator reason=device-ownership-mismatch`,
      `[gateway] device pairing auto-approved device=${DEV} role=unknown`,
    ].join('\n');
    const facts = run(text);
    expect(facts.map((f) => [f.event, f.role, f.reason])).toEqual([
      ['approved', 'operator', undefined],
      ['removal-denied', undefined, 'device-ownership-mismatch'],
      ['token-rotated', 'operator', undefined],
      ['rotation-denied', 'operator', 'scope-outside-approved-baseline'],
      ['token-revoked', 'node', undefined],
      ['revocation-denied', 'operator', 'device-ownership-mismatch'],
      ['auto-approved', undefined, undefined],
    ]);
    expect(facts[0]!.time).toBe(Date.parse('2026-04-05T13:16:13.663Z'));
  });

  it('keeps a cut device id out of deviceId and ignores prose', () => {
    expect(run('device pairing approved device=a737c285…')[0]!.deviceId).toBeUndefined();
    expect(run('after the device pairing approved message nothing changed')).toEqual([]);
    expect(run('security audit: trusted-proxy operator device auto-approved user=bob device=a737c285864f scopes=x')).toEqual([]);
  });
});
