import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { MetadataAuditFact, UpgradeAuditFact } from '../../src/evidence/facts.ts';
import { makePaste } from '../../src/evidence/paste.ts';
import { upgradeAudit } from '../../src/evidence/upgrade-audit.ts';

const run = (text: string) => upgradeAudit.extract(makePaste(text)) as Array<UpgradeAuditFact | MetadataAuditFact>;
const fixture = (p: string): string => readFileSync(new URL(`../fixtures/${p}`, import.meta.url), 'utf8');

const DEV = 'a737c285864f348d0dbbccbc7c5b63827e21bacb3a2dd8a2c3754036f86490f3';
const LINE = `security audit: device access upgrade requested reason=scope-upgrade device=${DEV} ip=unknown-ip auth=token roleFrom=operator roleTo=operator scopesFrom=operator.read scopesTo=operator.admin,operator.approvals,operator.pairing,operator.read,operator.talk.secrets,operator.write client=cli conn=ccf07f72-b5a8-4565-9dad-38e48d296c58`;
const FULL: Omit<UpgradeAuditFact, 'at'> = {
  kind: 'upgrade-audit',
  reason: 'scope-upgrade',
  deviceId: DEV as UpgradeAuditFact['deviceId'],
  ip: 'unknown-ip',
  auth: 'token',
  roleFrom: ['operator'],
  roleTo: 'operator',
  scopesFrom: ['operator.read'],
  scopesTo: ['operator.admin', 'operator.approvals', 'operator.pairing', 'operator.read', 'operator.talk.secrets', 'operator.write'],
  client: 'cli',
  conn: 'ccf07f72-b5a8-4565-9dad-38e48d296c58',
};

describe('upgrade audit', () => {
  it('reads every field of the console line, with the ISO time', () => {
    const [f] = run(`2026-11-21T06:32:51.254+00:00 [gateway] ${LINE}`);
    expect(f).toEqual({ ...FULL, at: { message: 0, line: 1 }, time: Date.parse('2026-11-21T06:32:51.254Z') });
  });

  it('reads the same from the console log, the file log and journald', () => {
    const log = run(fixture('openclaw-2026.4.14/stale-baseline/gateway.log'));
    const jsonl = run(fixture('openclaw-2026.4.14/stale-baseline/gateway.jsonl'));
    expect(log).toHaveLength(12);
    expect(jsonl).toHaveLength(12);
    // Same facts; the file log stamps its own time a millisecond or so apart from the console.
    expect(jsonl.map(({ at: _a, time: _t, ...rest }) => rest)).toEqual(log.map(({ at: _a, time: _t, ...rest }) => rest));
    expect(jsonl.every((f) => f.time !== undefined)).toBe(true);
    const journald = run(`Apr 05 14:16:13 pi node[2060494]: 2026-04-05T14:16:13.663+01:00 [gateway] ${LINE}`);
    expect(journald[0]).toMatchObject({ ...FULL, time: Date.parse('2026-04-05T13:16:13.663Z') });
    expect(run(`Apr 05 14:16:13 pi node[2060494]: ${LINE}`)[0]?.time).toBeUndefined();
  });

  it('reads `openclaw logs` output with a level prefix, and lines inside JSON strings', () => {
    expect(run(`01:19:56+00:00 warn gateway {"subsystem":"gateway"} ${LINE}`)[0]).toMatchObject(FULL);
    const inJson = run(`{"msg":"${LINE}","x":1}`)[0] as UpgradeAuditFact;
    expect(inJson.conn).toBe('ccf07f72-b5a8-4565-9dad-38e48d296c58');
    const escaped = run(`"text":"[gateway] ${LINE}\\n[ws] closed"`)[0] as UpgradeAuditFact;
    expect(escaped.conn).toBe('ccf07f72-b5a8-4565-9dad-38e48d296c58');
  });

  it('seed 000: short time prefix, full line', () => {
    const [f] = run(fixture('seeds/000-4-logs.txt'));
    expect(f).toMatchObject({
      reason: 'scope-upgrade',
      deviceId: 'a2db8970aba2b534c3ff841ad0f625450251c90e83de730f916a0d9aea153d60',
      client: 'cli',
      conn: '6faf72c8-34a2-4149-ae2b-3436fd1c83a0',
    });
    expect(f!.time).toBeUndefined();
  });

  it('seed 001: paraphrased JSON with device=...', () => {
    const [f] = run(fixture('seeds/001_663b5fa20a7db056.txt')) as UpgradeAuditFact[];
    expect(f).toMatchObject({
      reason: 'scope-upgrade',
      deviceIdPrefix: '...',
      scopesFrom: ['operator.read'],
      scopesTo: ['operator.admin'],
      client: 'cli',
    });
    expect(f!.deviceId).toBeUndefined();
    expect(f!.conn).toBeUndefined();
  });

  it('seed 003: device=<REDACTED>', () => {
    const [f] = run(fixture('seeds/003_d8192a1a40e8be2a.txt')) as UpgradeAuditFact[];
    expect(f).toMatchObject({ deviceIdPrefix: '<REDACTED>', client: 'gateway-client', scopesTo: ['operator.admin'] });
  });

  it('seed 004: a line wrapped over two lines, no device=', () => {
    const [f] = run(fixture('seeds/004_ace882d2ada0a49a.txt')) as UpgradeAuditFact[];
    expect(f).toEqual({
      kind: 'upgrade-audit',
      at: { message: 0, line: 19 },
      reason: 'scope-upgrade',
      scopesFrom: ['operator.read'],
      scopesTo: ['operator.approvals'],
      client: 'gateway-client',
    });
  });

  it('joins a line cut inside a scope list', () => {
    const [f] = run(`[gateway] ${LINE.replace('operator.pairing,', 'operator.pairing,\n')}`) as UpgradeAuditFact[];
    expect(f!.scopesTo).toEqual(FULL.scopesTo);
    expect(f!.conn).toBe(FULL.conn);
  });

  it('drops values cut by the paste instead of guessing', () => {
    const [f] = run(
      'security audit: device access upgrade requested reason=scope-upgrade device=a2db89… ip=unknown-ip auth=token roleFrom=operator roleTo=operator scopesFrom=operator.read scopesTo=operator.admin client=gateway-client con…',
    ) as UpgradeAuditFact[];
    expect(f).toMatchObject({ deviceIdPrefix: 'a2db89…', client: 'gateway-client' });
    expect(f!.conn).toBeUndefined();
  });

  it('role upgrades with <none> lists', () => {
    const [f] = run(
      '[gateway] security audit: device access upgrade requested reason=role-upgrade device=<REDACTED> ip=192.168.1.20 auth=token roleFrom=operator roleTo=node scopesFrom=operator.approvals,operator.read,operator.talk.secrets,operator.write scopesTo=<none> client=node-host conn=x',
    ) as UpgradeAuditFact[];
    expect(f).toMatchObject({ reason: 'role-upgrade', ip: '192.168.1.20', roleTo: 'node', scopesTo: [], client: 'node-host' });
    expect(run('device access upgrade requested reason=scope-upgrade roleFrom=<none>')[0]).toMatchObject({ roleFrom: [] });
  });

  it('needs a known reason', () => {
    expect(run('security audit: device access upgrade requested reason=new-device device=x')).toEqual([]);
    expect(run('the gateway said device access upgrade requested, what now?')).toEqual([]);
  });

  it('reads the metadata-upgrade line', () => {
    const [f] = run(
      `2026-04-22T10:00:00Z [gateway] security audit: device metadata upgrade requested reason=metadata-upgrade device=${DEV} ip=unknown-ip auth=token payload=v3 claimedPlatform=darwin pinnedPlatform=linux claimedDeviceFamily=<none> pinnedDeviceFamily=<none> client=openclaw-macos conn=c1`,
    );
    expect(f).toEqual({
      kind: 'metadata-audit',
      at: { message: 0, line: 1 },
      time: Date.parse('2026-04-22T10:00:00Z'),
      deviceId: DEV,
      claimedPlatform: 'darwin',
      pinnedPlatform: 'linux',
      claimedDeviceFamily: '<none>',
      pinnedDeviceFamily: '<none>',
      client: 'openclaw-macos',
      conn: 'c1',
    });
  });
});
