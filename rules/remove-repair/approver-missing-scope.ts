import type { CliResultFact } from '../../src/evidence/facts.ts';
import { before } from '../../src/triage/case.ts';
import { defineRule } from '../../src/triage/rule.ts';
import { docs } from '../../src/openclaw/docs.ts';
import { freshIdentitySteps } from '../repairs.ts';
import { leastPrivilegeApprove } from '../version-check/approve-least-privilege.ts';

/** `missing scope: X` answered to `devices approve`: the approving connection lacks X (reference §11.E). */
export default defineRule<{ failed: CliResultFact }>({
  id: 'approver-missing-scope',
  stage: 'remove-repair',
  priority: 840,
  title: 'The approving device lacks a scope the request asks for',
  docs: [docs.devicesCli, docs.operatorScopes],
  match(c) {
    const failed = c.approveResults.filter((r) => r.outcome === 'missing-scope' || r.outcome === 'invalid-scope').at(-1);
    if (!failed) return undefined;
    // On 2026.4.27 – 2026.5.2 this answer is the build's least-privilege approve, not a narrow approver.
    if (leastPrivilegeApprove(c)) return undefined;
    return c.approveResults.some((r) => r.outcome === 'ok' && before(failed.at, r.at)) ? undefined : { failed };
  },
  advise({ failed }, c) {
    const scope = failed.scope ? `\`${failed.scope}\`` : 'a scope the request asks for';
    return {
      summary: `The device you approved from does not hold ${scope} itself, and nobody can grant more than they have: approve from a session that does.`,
      steps: [
        { text: 'Approve it from the Control UI (Devices), which runs with `operator.admin`, or from another admin device.' },
        { text: 'On the gateway host itself, run `openclaw devices approve <requestId>` without `--url`/`--token` so the local fallback (which approves as admin) can kick in.' },
      ],
      ifFails: [{ text: 'Or re-pair this host with a fresh identity:' }, ...freshIdentitySteps(c, c.failingDevice?.deviceId)],
      asks: ['openclaw devices list --json'],
    };
  },
  examples: {
    fires: [
      {
        thread: [{ text: '$ openclaw devices approve 3d454166-4604-4439-b766-2ed1311bdbf0 --url ws://10.0.0.5:18789 --token <token>\n[openclaw] Failed to start CLI: GatewayClientRequestError: missing scope: operator.admin\n    at GatewayClient.handleMessage (file:///usr/lib/node_modules/openclaw/dist/client-CJI3Hi9b.js:680:25)\n' }],
        expect: { stage: 'remove-repair', mentions: ['operator.admin'] },
      },
    ],
    silent: [{ thread: ['openclaw-2026.4.14/stale-baseline/approve-fresh.txt'] }],
  },
});
