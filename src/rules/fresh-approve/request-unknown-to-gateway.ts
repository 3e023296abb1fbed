import type { CliResultFact } from '../../evidence/facts.ts';
import { docs } from '../../openclaw/docs.ts';
import { before } from '../../triage/case.ts';
import { defineRule } from '../../triage/rule.ts';
import { listStep } from '../repairs.ts';

/**
 * `[openclaw] Failed to start CLI: GatewayClientRequestError: unknown requestId` (or `Reason: unknown
 * requestId`) with no local fallback: the CLI reached the gateway fine, and the gateway has no such
 * request. On 2026.4.14 that is what approving an already approved id prints (docs/openclaw-facts.md §12).
 */
export default defineRule<{ attempt: CliResultFact }>({
  id: 'request-unknown-to-gateway',
  stage: 'fresh-approve',
  priority: 800,
  title: 'The gateway itself does not know that request id: it was approved already, replaced or expired',
  docs: [docs.devicesCli],
  match(c) {
    const attempt = c.approveResults.at(-1);
    if (attempt?.outcome !== 'unknown-request-gateway') return undefined;
    const approvedBefore = c.approveResults.some(
      (r) => r.outcome === 'ok' && r.requestId === attempt.requestId && before(r.at, attempt.at),
    );
    return approvedBefore ? undefined : { attempt };
  },
  advise({ attempt }, c) {
    const live = c.requestToApprove;
    // A device that keeps reconnecting (a metadata re-approval after an OS update, a retrying app)
    // replaces its request faster than a hand-copied id can be approved (docs/openclaw-facts.md §3.3).
    const metadata = c.failingDevice?.reason === 'metadata-upgrade' || c.has('metadata-audit');
    if (!live && (metadata || c.said('request-id-churns'))) {
      const who = metadata ? 'the device being re-approved (its platform or OS details changed)' : 'the device';
      return {
        summary: `The gateway answered \`unknown requestId\`${attempt.requestId ? ` for \`${attempt.requestId}\`` : ''}: ${who.charAt(0).toLowerCase()}${who.slice(1)} keeps reconnecting, and each reconnect replaces the pending request with a new id, so the one you approved was gone. Approve the current one in the same breath as listing it.`,
        steps: [
          { text: 'Stop the client that keeps reconnecting first (quit the app, stop the node host), so the request holds still.' },
          listStep('On the gateway host (same user, no `--url`), list the pending requests:'),
          {
            text: 'In the same minute, approve the newest entry for that device (highest `ts`, `isRepair: true`), then start the client again:',
            command: 'openclaw devices approve <requestId>',
            recipe: 'approveById',
          },
          {
            text: 'Still `unknown requestId` right after listing? Restart the gateway, then list and approve again at once: the restart does not change the pairing, but it drops the connections that keep replacing the request.',
            command: 'openclaw gateway restart',
          },
        ],
        asks: ['openclaw devices list --json'],
      };
    }
    return {
      summary: `The gateway answered \`unknown requestId\`${attempt.requestId ? ` for \`${attempt.requestId}\`` : ''} itself, without the local fallback: your CLI connected fine, so that request was most likely approved already (this is what approving the same id twice prints), replaced by a newer one, or expired.`,
      steps: [
        listStep(
          'Check where things stand: if your device is listed under `paired` with the scopes it wanted and nothing is pending for it, you are done: retry what failed.',
        ),
        {
          text: live
            ? `A request is still pending for it: approve \`${live.requestId}\` right away.`
            : 'If a new request is pending for your device, approve that id right away: `openclaw devices approve <requestId>`.',
        },
      ],
      asks: ['openclaw devices list --json'],
    };
  },
  examples: {
    fires: [
      {
        thread: ['openclaw-2026.4.14/stale-baseline/approve-fresh-again.txt'],
        expect: { stage: 'fresh-approve', mentions: ['approved already'], absent: ['openclaw devices approve 623e404a'] },
      },
    ],
    silent: [
      { thread: ['openclaw-2026.4.14/stale-baseline/approve-fresh.txt', 'openclaw-2026.4.14/stale-baseline/approve-fresh-again.txt'] },
    ],
  },
});
