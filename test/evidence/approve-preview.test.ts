import { describe, expect, it } from 'vitest';
import { approvePreview } from '../../src/evidence/approve-preview.ts';
import { OC414, only, read, run } from './devices-fixtures.ts';

const SCOPES = ['operator.admin', 'operator.read', 'operator.write', 'operator.approvals', 'operator.pairing', 'operator.talk.secrets'];
const REQ = 'de643165-0dae-4f4b-a583-870e06ee9eda';
const DEV = 'bffb91ebcdc86fbd5e0ce943ddb6bd9a4e4793a683640831edc54aa3104a61ae';

function previews(text: string) {
  return only(run(approvePreview, text), 'approve-preview');
}

describe('approve-preview', () => {
  it('reads the 4.14 text preview with a device id', () => {
    expect(previews(read(`${OC414}/stale-baseline/approve-latest.txt`))).toEqual([
      { kind: 'approve-preview', at: { message: 0, line: 4 }, requestId: REQ, deviceId: DEV, role: 'operator', scopes: SCOPES },
    ]);
  });

  it('reads a device label', () => {
    const [p] = previews(read(`${OC414}/identity-clients/approve-latest-preview.txt`));
    expect(p).toMatchObject({ requestId: '3d454166-4604-4439-b766-2ed1311bdbf0', deviceLabel: 'ACP', role: 'operator', scopes: SCOPES });
    expect(p!.deviceId).toBeUndefined();
  });

  it('reads the --json form', () => {
    expect(previews(read(`${OC414}/stale-baseline/approve-latest-json.json`))).toEqual([
      { kind: 'approve-preview', at: { message: 0, line: 1 }, requestId: REQ, deviceId: DEV, role: 'operator', scopes: SCOPES },
    ]);
  });

  it('reads the P429+ --json form with approvalState and a displayName', () => {
    const text = JSON.stringify({
      selected: {
        requestId: REQ,
        deviceId: DEV,
        displayName: 'gateway:sessions.patch',
        role: 'operator',
        scopes: ['operator.admin'],
        isRepair: true,
        ts: 1,
      },
      approveCommand: `openclaw devices approve ${REQ}`,
      requiresAuthFlags: { token: true, password: false },
      approvalState: {
        kind: 'scope-upgrade',
        requested: { roles: ['operator'], scopes: ['operator.admin'] },
        approved: { roles: ['operator'], scopes: ['operator.read'] },
      },
    });
    expect(previews(text)[0]).toMatchObject({
      requestId: REQ,
      deviceId: DEV,
      deviceLabel: 'gateway:sessions.patch',
      scopes: ['operator.admin'],
    });
  });

  it('does not trust a scopes array cut by the paste, but keeps the whole id', () => {
    const full = read(`${OC414}/stale-baseline/approve-latest-json.json`);
    const [p] = previews(full.slice(0, full.indexOf('"operator.write"')));
    expect(p).toMatchObject({ requestId: REQ, deviceId: DEV });
    expect(p!.scopes).toBeUndefined();
  });

  it('reads the >= 4.20 Requested line and the hint line alone', () => {
    const text = [
      `Selected pending device request ${REQ}`,
      `  Device: laptop`,
      `  Requested: roles: operator; scopes: operator.admin, operator.read`,
      `  Approved: roles: operator; scopes: operator.read`,
      `  Note:   scope upgrade`,
      `Approve this exact request with: openclaw devices approve ${REQ}`,
      `Reuse the same --token option when rerunning.`,
    ].join('\n');
    expect(previews(text)).toEqual([
      {
        kind: 'approve-preview',
        at: { message: 0, line: 1 },
        requestId: REQ,
        deviceLabel: 'laptop',
        role: 'operator',
        scopes: ['operator.admin', 'operator.read'],
      },
    ]);
    expect(previews(`Approve this exact request with: openclaw devices approve ${REQ}`)).toEqual([
      { kind: 'approve-preview', at: { message: 0, line: 1 }, requestId: REQ },
    ]);
  });

  it('never puts a cut id into requestId', () => {
    const [p] = previews('Selected pending device request de643165-0dae-4f4b\n  Role: operator\n');
    expect(p!.requestId).toBeUndefined();
    expect(p!.role).toBe('operator');
  });

  it('ignores unrelated text', () => {
    expect(previews('openclaw devices approve --latest\nNo pending device pairing requests to approve')).toEqual([]);
    expect(previews('{"requestId":"x","device":{}}')).toEqual([]);
  });
});

describe('approve-preview in a file log', () => {
  it('reads the preview the CLI wrote to the JSON file log once, with its details', () => {
    const facts = previews(read(`${OC414}/stale-baseline/gateway-B.jsonl`));
    expect(facts).toHaveLength(1);
    expect(facts[0]).toMatchObject({ requestId: REQ, deviceId: DEV, role: 'operator', scopes: SCOPES });
  });
});
