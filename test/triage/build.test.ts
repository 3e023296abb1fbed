import { describe, expect, it } from 'vitest';
import { diagnose } from '../../src/diagnose.ts';
import { parseVersion } from '../../src/evidence/version.ts';
import { releases } from '../../src/openclaw/releases.ts';
import { buildHas, classifyBuild } from '../../src/triage/build.ts';

const era = (raw: string) => classifyBuild(parseVersion(raw)!).era;

describe('where a build sits relative to the pairing fixes', () => {
  it.each([
    ['2026.2.21-2', 'before-3.28'],
    ['2026.3.24', 'before-3.28'],
    ['2026.3.28', 'no-admin-pin'],
    ['2026.4.1', 'no-admin-pin'],
    ['2026.4.1-beta.1', 'no-admin-pin'],
    ['2026.4.2', 'stale-baseline'],
    ['2026.4.14', 'stale-baseline'],
    ['2026.4.24', 'stale-baseline'],
    ['2026.4.25', 'loopback-fixed'],
    ['2026.5.3-1', 'loopback-fixed'],
    ['2026.6.11', 'loopback-fixed'],
    ['2026.7.1', 'silent-unverified'],
    ['2026.8.1', 'silent-local'],
    ['2026.9.6', 'silent-local'],
    ['2026.9.7', 'newer-than-known'],
    ['2026.10.1', 'newer-than-known'],
    // Extended-stable lines are their month's maintenance branch: no later month's fix.
    ['2026.6.33', 'loopback-fixed'],
    ['2026.7.35', 'loopback-fixed'],
    ['2026.8.33', 'silent-local'],
    ['2026.9.33', 'silent-local'],
    ['2026.10.33', 'newer-than-known'],
  ])('%s → %s', (v, expected) => expect(era(v)).toBe(expected));

  it('the #59555 admin pin is in 2026.4.2, not 2026.4.1 (the changelog heading is wrong)', () => {
    expect(buildHas(parseVersion('2026.4.1')!, releases.subagentAdminPin)).toBe(false);
    expect(buildHas(parseVersion('2026.4.2')!, releases.subagentAdminPin)).toBe(true);
  });

  it('`gateway auth-token --show` is only taken for granted from 2026.8.1 (the lab saw 2026.6.11 refuse it)', () => {
    expect(buildHas(parseVersion('2026.6.11')!, releases.gatewayAuthTokenShow)).toBe(false);
    expect(buildHas(parseVersion('2026.7.1')!, releases.gatewayAuthTokenShow)).toBe(false);
    expect(buildHas(parseVersion('2026.8.1')!, releases.gatewayAuthTokenShow)).toBe(true);
  });

  it('marks extended-stable builds', () => {
    expect(classifyBuild(parseVersion('2026.6.34')!).extendedStable).toBe(true);
    expect(classifyBuild(parseVersion('2026.6.11')!).extendedStable).toBe(false);
  });
});

describe("the asker's own build", () => {
  it('is the "to" side of an upgrade they describe, not the build their steps to reproduce start from', () => {
    const d = diagnose([
      {
        text: '### Summary\n\nAfter upgrading from 2026.4.15 to 2026.5.2 (via Watchtower), the Control UI says pairing required.\n\n### Steps to reproduce\n\nRun OpenClaw 2026.4.15 with a paired browser.\nUpgrade to 2026.5.2.\n\ngateway closed (1008): pairing required',
      },
    ]);
    expect(d.reply).not.toContain('2026.4.15');
  });
});
