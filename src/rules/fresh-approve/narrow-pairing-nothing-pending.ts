import type { PairedDevice } from '../../evidence/facts.ts';
import { docs } from '../../openclaw/docs.ts';
import { defineRule } from '../../triage/rule.ts';
import { formatScopes, grantedScopes, scopeCovered } from '../../triage/scopes.ts';
import { buildNote } from '../build-note.ts';
import { deviceName } from '../device-name.ts';
import { approveNewestLoop, freshIdentitySteps } from '../repairs.ts';
import { standardNotFixes } from '../standard-not-fixes.ts';

/**
 * The list shows the host's own device paired narrow (often `cli`/`probe` at `operator.read`) and
 * nothing pending. A pending request only exists while a client retries and is dropped 5 minutes
 * after it was made (docs/openclaw-facts.md §2.1), so the list came too late. On 2026.4.14 `devices list` itself
 * asks for the full CLI scopes, so listing makes a fresh request that can be approved at once.
 */
export default defineRule<{ device: PairedDevice }>({
  id: 'narrow-pairing-nothing-pending',
  stage: 'fresh-approve',
  priority: 440,
  title: "The host's device is paired narrow and nothing is pending: make the request and approve it in one go",
  docs: [docs.devicesCli],
  match(c) {
    const list = c.devicesList;
    if (!list?.complete || !c.hasPairingSignal) return undefined;
    const device = list.paired.find(
      (d) =>
        d.deviceId &&
        (d.clientId === 'cli' || d.clientId === 'gateway-client') &&
        !scopeCovered(grantedScopes(d), 'operator.admin') &&
        !list.pending.some((p) => p.deviceId === d.deviceId),
    );
    return device ? { device } : undefined;
  },
  advise({ device }, c) {
    const probe = device.clientMode === 'probe' ? ' (its first pairing came from a read-only status probe)' : '';
    return {
      summary: `Your ${deviceName(device.clientId, device.deviceId)} is paired with ${formatScopes(grantedScopes(device))} only${probe}, so anything that needs more fails with \`pairing required\`. Nothing is pending because a request only exists while a client retries, and expires 5 minutes later.`,
      steps: [
        approveNewestLoop(
          c,
          device.deviceId,
          'Listing from the CLI asks for the full CLI scopes, which creates a fresh request for this device; approve it in the same breath, retrying until it sticks:',
        ),
        { text: 'Then retry what failed (`sessions_spawn`, the cron job, the CLI command). No restart is needed.' },
      ],
      notes: [buildNote(c)].filter((n): n is string => n !== undefined),
      ifFails: [
        { text: 'If no request for it ever shows up, re-pair this host with a fresh identity instead:' },
        ...freshIdentitySteps(c, device.deviceId),
      ],
      notFixes: standardNotFixes(c),
      asks: ['openclaw devices list --json'],
    };
  },
  examples: {
    fires: [
      {
        thread: [
          {
            text: 'OpenClaw 2026.4.14 (323493f). sessions_spawn fails with pairing required but the list has nothing pending:\n{"pending":[],"paired":[{"deviceId":"a737c285864f348d0dbbccbc7c5b63827e21bacb3a2dd8a2c3754036f86490f3","publicKey":"hLYWxicxk5CN4ithRmihGFzOrozzObjltI3IOzE-dpc","platform":"linux","clientId":"cli","clientMode":"probe","role":"operator","roles":["operator"],"scopes":["operator.read"],"approvedScopes":["operator.read"],"createdAtMs":1795242769859,"approvedAtMs":1795242769859,"tokens":[{"role":"operator","scopes":["operator.read"],"createdAtMs":1795242769859}]}]}\n',
          },
        ],
        expect: {
          stage: 'fresh-approve',
          mentions: ['a737c285864f348d0dbbccbc7c5b63827e21bacb3a2dd8a2c3754036f86490f3', 'expires 5 minutes'],
        },
      },
    ],
    silent: [
      { thread: ['openclaw-2026.4.14/stale-baseline/devices-list.json'] },
      { thread: ['openclaw-2026.4.14/stale-baseline/devices-list-after-approve.json'] },
    ],
  },
});
