import type { CliResultFact } from '../../evidence/facts.ts';
import { asDeviceId } from '../../evidence/ids.ts';
import { docs } from '../../openclaw/docs.ts';
import { defineRule } from '../../triage/rule.ts';
import { approveNewestLoop, approveStep } from '../repairs.ts';

/** The pasted approve that got a deviceId, or only the asker's word for it ("the app passes the deviceId"). */
export default defineRule<{ attempt?: CliResultFact }>({
  id: 'device-id-as-request-id',
  stage: 'fresh-approve',
  priority: 860,
  title: 'A deviceId was passed to `devices approve`, which takes a requestId',
  docs: [docs.devicesCli],
  match(c) {
    const attempt = c.approveResults.at(-1);
    if (!attempt) return c.said('passed-device-id') ? {} : undefined;
    if (attempt.outcome === 'ok') return undefined;
    const arg = attempt.argument ?? attempt.requestId;
    return asDeviceId(arg) ? { attempt } : undefined;
  },
  advise({ attempt }, c) {
    const device = asDeviceId(attempt?.argument);
    const live = c.requestToApprove;
    const lead = attempt ? '' : 'You say the deviceId was passed to approve: ';
    const lower = (s: string) => (lead ? s.charAt(0).toLowerCase() + s.slice(1) : s);
    return {
      summary: `${lead}${lower(`\`openclaw devices approve\` takes the request's id (a UUID like \`8b796ecc-…\`), not the 64-character deviceId${device ? ` \`${device.slice(0, 8)}…\`` : ''}`)}: that is why it ${attempt ? 'answered' : 'answers'} \`unknown requestId\`.`,
      steps: live
        ? [approveStep(live.requestId, 'This is the pending request for that device: approve it right away:')]
        : attempt
          ? [
              { text: 'The requestId is the `requestId` field of the `pending` entry whose `deviceId` is yours.' },
              approveNewestLoop(c, device ?? c.failingDevice?.deviceId),
            ]
          : [
              {
                text: "On the gateway host (same user, no `--url`), list the pending requests; the requestId is the `requestId` field of the entry whose `deviceId` is that device's:",
                command: 'openclaw devices list --json',
              },
              approveStep(
                undefined,
                'Approve that requestId right after listing (ids change when the device retries and expire after 5 minutes):',
              ),
            ],
      asks: live ? [] : ['openclaw devices list --json'],
    };
  },
  examples: {
    fires: [
      {
        thread: [
          {
            text: '$ openclaw devices approve a737c285864f348d0dbbccbc7c5b63827e21bacb3a2dd8a2c3754036f86490f3\n[openclaw] Could not start the CLI.\n[openclaw] Reason: unknown requestId\n',
          },
        ],
        expect: { stage: 'fresh-approve', mentions: ['not the 64-character deviceId'] },
      },
      {
        name: 'only described: an app prints the approve command with the deviceId',
        thread: [
          { text: 'The phone app tells me to run openclaw devices approve with the deviceId, and the gateway says unknown requestId.' },
        ],
        expect: {
          stage: 'fresh-approve',
          mentions: ['You say the deviceId was passed to approve', 'openclaw devices approve <requestId>'],
        },
      },
    ],
    silent: [{ thread: ['openclaw-2026.4.14/stale-baseline/approve-stale.txt'] }],
  },
});
