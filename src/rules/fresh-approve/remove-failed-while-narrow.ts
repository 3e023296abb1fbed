import type { CliResultFact } from '../../evidence/facts.ts';
import { docs } from '../../openclaw/docs.ts';
import { before } from '../../triage/case.ts';
import { defineRule } from '../../triage/rule.ts';
import { approveNewestLoop, approveStep, freshIdentitySteps } from '../repairs.ts';
import { standardNotFixes } from '../standard-not-fixes.ts';

export default defineRule<{ failed: CliResultFact }>({
  id: 'remove-failed-while-narrow',
  stage: 'fresh-approve',
  priority: 480,
  title: '`devices remove`/`clear`/`reject` failed from the narrow CLI: approve or re-pair instead',
  docs: [docs.devicesCli],
  match(c) {
    const failed = c
      .all('cli-result')
      .filter((r) => (r.command === 'remove' || r.command === 'clear' || r.command === 'reject') && r.outcome === 'pairing-required')
      .at(-1);
    if (!failed) return undefined;
    if (c.approveResults.some((r) => r.outcome === 'ok' && before(failed.at, r.at))) return undefined;
    return { failed };
  },
  advise({ failed }, c) {
    const live = c.requestToApprove;
    const deviceId = failed.deviceId ?? c.failingDevice?.deviceId;
    return {
      summary: `\`openclaw devices ${failed.command}\` has no local fallback, so from a CLI that is itself stuck at a narrow pairing it fails with the same 1008 \`pairing required\`. Approve the pending upgrade instead (approve does have the fallback), or re-pair.`,
      steps: live ? [approveStep(live.requestId)] : [approveNewestLoop(c, deviceId)],
      ifFails: [
        { text: 'If approving keeps failing, re-pair with a fresh identity, then remove the old record:' },
        ...freshIdentitySteps(c, deviceId),
      ],
      notFixes: standardNotFixes(c),
    };
  },
  examples: {
    fires: [
      {
        thread: ['openclaw-2026.4.14/stale-baseline/remove-while-narrow.txt'],
        expect: { stage: 'fresh-approve', mentions: ['no local fallback'] },
      },
    ],
    silent: [{ thread: ['openclaw-2026.4.14/stale-baseline/remove.txt'] }],
  },
});
