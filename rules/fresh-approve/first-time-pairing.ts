import type { PendingRequest } from '../../src/evidence/facts.ts';
import { defineRule } from '../../src/triage/rule.ts';
import { docs } from '../docs.ts';
import { clientLabel } from '../clients.ts';
import { approveStep, listStep } from '../repairs.ts';

/** A device that was never paired (reason `not-paired`): the normal first approval, not the stale-baseline bug. */
export default defineRule<{ request?: PendingRequest }>({
  id: 'first-time-pairing',
  stage: 'fresh-approve',
  title: 'A new device is waiting for its first approval',
  docs: [docs.devicesCli, docs.controlUi],
  match(c) {
    const notPaired =
      c.all('connect-failed').some((f) => f.pairing?.reason === 'not-paired') ||
      c.all('closed-before-connect').some((f) => f.pairingReason === 'not-paired') ||
      c.all('close-context').some((f) => f.reason === 'not-paired') ||
      c.all('gateway-closed').some((f) => f.pairing?.reason === 'not-paired');
    const list = c.devicesList;
    const fresh = list?.pending.filter((p) => p.requestId && p.isRepair === false && !list.paired.some((d) => d.deviceId === p.deviceId));
    if (c.failingDevice && c.failingDevice.reason !== 'not-paired') return undefined;
    if (fresh?.length) {
      const request = fresh.find((p) => c.requests.get(p.requestId!)?.state === 'live');
      if (request) return { request };
    }
    return notPaired ? {} : undefined;
  },
  advise({ request }, c) {
    const docker = c.platforms.includes('docker');
    const where = docker
      ? 'Run these inside the gateway container (`docker exec -it <container> openclaw …`): the CLI must share the gateway\'s state directory.'
      : 'Run these on the gateway host, as the user that runs the gateway.';
    const label = request ? clientLabel(request.clientId) : 'device';
    const from = request?.remoteIp ? ` from \`${request.remoteIp}\`` : '';
    return {
      summary: request
        ? `A new ${label}${from} is waiting for its first approval (request \`${request.requestId}\`).`
        : 'This device has never been approved on this gateway (reason `not-paired`): approve its first pairing request.',
      steps: request ? [{ text: where }, approveStep(request.requestId)] : [{ text: where }, listStep(), approveStep(undefined)],
      notes: [
        'For a browser (Control UI), the request appears when the page connects; approve it from the gateway host, then reload the page.',
      ],
      safety: [
        'Approve only devices you recognise: check the platform, client and IP in the list. A request you did not cause can be rejected with `openclaw devices reject <requestId>`.',
      ],
      asks: request ? [] : ['openclaw devices list --json'],
    };
  },
  examples: {
    fires: [
      {
        thread: [{ text: 'gateway connect failed: GatewayClientRequestError: device pairing required\ngateway closed (1008): pairing required: device is not approved yet\n' }],
        expect: { stage: 'fresh-approve', mentions: ['never been approved'] },
      },
    ],
    silent: [{ thread: ['seeds/000-5-devices-list.txt'] }],
  },
});
