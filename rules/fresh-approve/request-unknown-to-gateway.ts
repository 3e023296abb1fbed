import type { CliResultFact } from '../../src/evidence/facts.ts';
import { before } from '../../src/triage/case.ts';
import { defineRule } from '../../src/triage/rule.ts';
import { docs } from '../docs.ts';
import { listStep } from '../repairs.ts';

/**
 * `[openclaw] Failed to start CLI: GatewayClientRequestError: unknown requestId` (or `Reason: unknown
 * requestId`) with no local fallback: the CLI reached the gateway fine, and the gateway has no such
 * request. On 2026.4.14 that is what approving an already approved id prints (reference §12).
 */
export default defineRule<{ attempt: CliResultFact }>({
  id: 'request-unknown-to-gateway',
  stage: 'fresh-approve',
  title: 'The gateway itself does not know that request id: it was approved already, replaced or expired',
  docs: [docs.devicesCli],
  match(c) {
    const attempt = c.approveResults.at(-1);
    if (attempt?.outcome !== 'unknown-request-gateway') return undefined;
    const approvedBefore = c.approveResults.some((r) => r.outcome === 'ok' && r.requestId === attempt.requestId && before(r.at, attempt.at));
    return approvedBefore ? undefined : { attempt };
  },
  advise({ attempt }, c) {
    const live = c.requestToApprove;
    return {
      summary: `The gateway answered \`unknown requestId\`${attempt.requestId ? ` for \`${attempt.requestId}\`` : ''} itself, without the local fallback: your CLI connected fine, so that request was most likely approved already (this is what approving the same id twice prints), replaced by a newer one, or expired.`,
      steps: [
        listStep('Check where things stand: if your device is listed under `paired` with the scopes it wanted and nothing is pending for it, you are done: retry what failed.'),
        { text: live ? `A request is still pending for it: approve \`${live.requestId}\` right away.` : 'If a new request is pending for your device, approve that id right away: `openclaw devices approve <requestId>`.' },
      ],
      asks: ['openclaw devices list --json'],
    };
  },
  examples: {
    fires: [{ thread: ['openclaw-2026.4.14/stale-baseline/approve-fresh-again.txt'], expect: { stage: 'fresh-approve', mentions: ['approved already'], absent: ['openclaw devices approve 623e404a'] } }],
    silent: [{ thread: ['openclaw-2026.4.14/stale-baseline/approve-fresh.txt', 'openclaw-2026.4.14/stale-baseline/approve-fresh-again.txt'] }],
  },
});
