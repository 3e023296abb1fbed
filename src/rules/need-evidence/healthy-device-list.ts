import type { DevicesListFact } from '../../evidence/facts.ts';
import { docs } from '../../openclaw/docs.ts';
import { defineRule } from '../../triage/rule.ts';
import { formatScopes, grantedScopes } from '../../triage/scopes.ts';
import { deviceName } from '../device-name.ts';

/** A complete device list with nothing pending and no failure in the thread: nothing to approve. */
export default defineRule<{ list: DevicesListFact }>({
  id: 'healthy-device-list',
  stage: 'need-evidence',
  priority: 480,
  title: 'The device list shows nothing pending: ask for the failure itself',
  docs: [docs.devicesCli, docs.gatewayTroubleshooting],
  match(c) {
    const list = c.devicesList;
    if (!list?.complete || list.pending.length > 0 || list.paired.length === 0) return undefined;
    return c.lastPairingFailure ? undefined : { list };
  },
  advise({ list }) {
    const devices = list.paired.slice(0, 4).map((d) => `${deviceName(d.clientId, d.deviceId)}: ${formatScopes(grantedScopes(d))}`);
    return {
      summary: 'Your device list has nothing pending, so there is no request to approve right now.',
      steps: [
        { text: `Paired: ${devices.join('; ')}${list.paired.length > 4 ? '; …' : ''}.` },
        {
          text: 'If something still fails, run it again and paste its full output (the `gateway closed (…)` line and the `Gateway target:` block), then list again right after: a new pending request appears only while the failing client retries.',
        },
        { text: 'Your build:', command: 'openclaw --version' },
      ],
      asks: ['openclaw --version', 'openclaw devices list --json'],
    };
  },
  examples: {
    fires: [
      {
        thread: ['openclaw-2026.4.14/stale-baseline/devices-list-after-approve.json'],
        expect: { stage: 'need-evidence', mentions: ['nothing pending'] },
      },
    ],
    silent: [
      { thread: ['openclaw-2026.4.14/stale-baseline/devices-list.json'] },
      { thread: ['openclaw-2026.4.14/stale-baseline/cli-error.txt', 'openclaw-2026.4.14/stale-baseline/devices-list-after-approve.json'] },
    ],
  },
});
