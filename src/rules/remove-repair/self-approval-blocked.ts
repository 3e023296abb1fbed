import { docs } from '../../openclaw/docs.ts';
import { before } from '../../triage/case.ts';
import { defineRule } from '../../triage/rule.ts';
import { freshIdentitySteps } from '../repairs.ts';
import { namesAnotherDevice } from './approver-missing-scope.ts';

export default defineRule<true>({
  id: 'self-approval-blocked',
  stage: 'remove-repair',
  priority: 860,
  title: 'The device cannot approve its own scope upgrade',
  docs: [docs.devicesCli, docs.controlUi],
  match(c) {
    const blocked = c.approveResults.filter((r) => r.outcome === 'self-approval').at(-1);
    // Approving another device's first pairing is a missing scope in this wording, not a self-approval.
    if (!blocked || namesAnotherDevice(c, blocked.requestId)) return undefined;
    return c.approveResults.some((r) => r.outcome === 'ok' && before(blocked.at, r.at)) ? undefined : true;
  },
  advise(_m, c) {
    const deviceId = c.failingDevice?.deviceId;
    return {
      summary: "This device can't approve its own scope upgrade: the approval has to come from somewhere that already holds the scopes.",
      steps: [
        { text: 'Approve it from the Control UI (Devices) or from another device paired with `operator.admin`.' },
        { text: 'No other admin device? Re-pair this host with a fresh identity instead:' },
        ...freshIdentitySteps(c, deviceId),
      ],
      notFixes: ['Running `openclaw devices approve` again from the same device: it will refuse the same way.'],
    };
  },
  examples: {
    fires: [
      {
        thread: [
          {
            text: "$ openclaw devices approve 3d454166-4604-4439-b766-2ed1311bdbf0\nThis device can't approve its own scope upgrade. Approve it from the Control UI or another authorized device.\n",
          },
        ],
        expect: { stage: 'remove-repair', mentions: ['Control UI'] },
      },
    ],
    silent: [{ thread: ['openclaw-2026.4.14/identity-clients/approve-upgrade.txt'] }],
  },
});
