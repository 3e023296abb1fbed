import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { doctorPairing } from '../../src/evidence/doctor-pairing.ts';
import { asDeviceId, asRequestId } from '../../src/evidence/ids.ts';
import { makePaste } from '../../src/evidence/paste.ts';

const extract = (text: string) => doctorPairing.extract(makePaste(text, 0));
const DEVICE = 'b1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e6f7a8b9c0d1e2f3a4b5c6d7e8f9a0b1c2';
const REQUEST = '9f1e2d3c-4b5a-4c6d-8e7f-0a1b2c3d4e5f';

describe('openclaw doctor Device pairing notes (≥ 2026.4.20)', () => {
  it('reads a pending scope upgrade with its whole ids and both scope lists', () => {
    const [f] = extract(
      `◇ Device pairing\n- Pending scope upgrade ${REQUEST} for cli (${DEVICE}): approved scopes [operator.read], requested scopes [operator.admin, operator.read]. Review with openclaw devices list, then approve with openclaw devices approve ${REQUEST}.`,
    );
    expect(f).toMatchObject({
      kind: 'doctor-pairing',
      finding: 'scope-upgrade',
      requestId: REQUEST,
      deviceId: DEVICE,
      label: 'cli',
      approvedScopes: ['operator.read'],
      requestedScopes: ['operator.admin', 'operator.read'],
      at: { message: 0, line: 2 },
    });
  });

  it('tells role upgrades, first-time pairings and public-key repairs apart', () => {
    const line = (what: string) =>
      `- Pending ${what} ${REQUEST} for node (${DEVICE}). Review with openclaw devices list, then approve with openclaw devices approve ${REQUEST}.`;
    expect(extract(line('role upgrade'))[0]).toMatchObject({ finding: 'role-upgrade' });
    expect(extract(line('first-time pairing'))[0]).toMatchObject({ finding: 'first-time' });
    expect(extract(line('public-key repair'))[0]).toMatchObject({ finding: 'public-key-repair' });
  });

  it('ignores a person writing "Pending" in a sentence', () => {
    expect(extract(`Pending for ages, I ran ${REQUEST} twice`)).toEqual([]);
    expect(extract('I see a Pending request in the list')).toEqual([]);
  });

  it('never throws and only yields whole ids', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), fc.string({ maxLength: 100 }), (a, b) => {
        for (const f of extract(`${a}\n- Pending scope upgrade ${b} ${a}\n${b}`)) {
          if (f.kind !== 'doctor-pairing') continue;
          if (f.requestId) expect(asRequestId(f.requestId)).toBe(f.requestId);
          if (f.deviceId) expect(asDeviceId(f.deviceId)).toBe(f.deviceId);
        }
      }),
      { numRuns: 300 },
    );
  });
});
