import type { CliResultFact } from '../../src/evidence/facts.ts';
import { asDeviceId } from '../../src/evidence/ids.ts';
import { defineRule } from '../../src/triage/rule.ts';
import { docs } from '../docs.ts';
import { approveNewestLoop, approveStep } from '../repairs.ts';

export default defineRule<{ attempt: CliResultFact }>({
  id: 'device-id-as-request-id',
  stage: 'fresh-approve',
  title: 'A deviceId was passed to `devices approve`, which takes a requestId',
  docs: [docs.devicesCli],
  match(c) {
    const attempt = c.approveResults.at(-1);
    if (!attempt || attempt.outcome === 'ok') return undefined;
    const arg = attempt.argument ?? attempt.requestId;
    return asDeviceId(arg) ? { attempt } : undefined;
  },
  advise({ attempt }, c) {
    const device = asDeviceId(attempt.argument);
    const live = c.requestToApprove;
    return {
      summary: `\`openclaw devices approve\` takes the request's id (a UUID like \`8b796ecc-…\`), not the 64-character deviceId${device ? ` \`${device.slice(0, 8)}…\`` : ''}: that is why it answered \`unknown requestId\`.`,
      steps: live
        ? [approveStep(live.requestId, 'This is the pending request for that device: approve it right away:')]
        : [{ text: 'The requestId is the `requestId` field of the `pending` entry whose `deviceId` is yours.' }, approveNewestLoop(c, device ?? c.failingDevice?.deviceId)],
      asks: live ? [] : ['openclaw devices list --json'],
    };
  },
  examples: {
    fires: [
      {
        thread: [{ text: '$ openclaw devices approve a737c285864f348d0dbbccbc7c5b63827e21bacb3a2dd8a2c3754036f86490f3\n[openclaw] Could not start the CLI.\n[openclaw] Reason: unknown requestId\n' }],
        expect: { stage: 'fresh-approve', mentions: ['not the 64-character deviceId'] },
      },
    ],
    silent: [{ thread: ['openclaw-2026.4.14/stale-baseline/approve-stale.txt'] }],
  },
});
