import type { CliResultFact, RequestId } from '../../evidence/facts.ts';
import { docs } from '../../openclaw/docs.ts';
import { before, type Case } from '../../triage/case.ts';
import { defineRule, type Step } from '../../triage/rule.ts';
import { approveStep, freshIdentitySteps, listStep } from '../repairs.ts';
import { leastPrivilegeApprove } from '../version-check/approve-least-privilege.ts';

/**
 * The approve named another device's first pairing (its connect said `not-paired`, or the list shows
 * it pending with no paired record). A device asking to be paired for the first time is never the
 * approver's own scope upgrade, whatever the CLI printed: on 2026.9.6 a device without
 * `operator.pairing` that approves someone else's request is refused with `This device can't approve
 * its own scope upgrade`, because the CLI asked to upgrade the approver first (docs/openclaw-facts.md §11.E).
 */
export function namesAnotherDevice(c: Case, requestId: RequestId | undefined): boolean {
  if (!requestId) return false;
  if (c.all('connect-failed').some((f) => f.pairing?.requestId === requestId && f.pairing.reason === 'not-paired')) return true;
  const list = c.devicesList;
  const row = list?.pending.find((p) => p.requestId === requestId);
  return row?.deviceId !== undefined && list!.paired.length > 0 && !list!.paired.some((d) => d.deviceId === row.deviceId);
}

/**
 * `missing scope: X` answered to `devices approve` (the approving connection lacks X), or 9.6's
 * self-approval refusal for another device's request: either way the approver cannot grant what it
 * does not hold (docs/openclaw-facts.md §11.E), and the gateway host's own CLI can.
 */
export default defineRule<{ failed: CliResultFact }>({
  id: 'approver-missing-scope',
  stage: 'remove-repair',
  priority: 840,
  title: 'The approving device lacks a scope the request asks for',
  docs: [docs.devicesCli, docs.operatorScopes],
  match(c) {
    const failed = c.approveResults
      .filter(
        (r) =>
          r.outcome === 'missing-scope' ||
          r.outcome === 'invalid-scope' ||
          (r.outcome === 'self-approval' && namesAnotherDevice(c, r.requestId)),
      )
      .at(-1);
    if (!failed) return undefined;
    // On 2026.4.27 – 2026.5.2 this answer is the build's least-privilege approve, not a narrow approver.
    if (failed.outcome !== 'self-approval' && leastPrivilegeApprove(c)) return undefined;
    return c.approveResults.some((r) => r.outcome === 'ok' && before(failed.at, r.at)) ? undefined : { failed };
  },
  advise({ failed }, c) {
    const onHost = 'On the gateway host itself (same user, no `--url`/`--token`), where the CLI approves as admin,';
    const approve: Step[] = failed.requestId
      ? [approveStep(failed.requestId, `${onHost} approve the same request right away (ids expire after 5 minutes):`)]
      : [
          listStep(`${onHost} list the pending requests:`),
          approveStep(undefined, "Approve the new device's request, right after listing:"),
        ];
    const summary =
      failed.outcome === 'self-approval'
        ? "The device you approved from is not allowed to approve other devices, so OpenClaw asked to upgrade it first and refused (`This device can't approve its own scope upgrade`): approve the new device from the gateway host instead."
        : `The device you approved from does not hold ${failed.scope ? `\`${failed.scope}\`` : 'a scope the request asks for'} itself, and nobody can grant more than they have: approve from a session that does.`;
    return {
      summary,
      steps: [
        ...approve,
        {
          text: 'No shell on the gateway host? Approve it from the Control UI (Devices), which runs with `operator.admin`, or from another admin device.',
        },
      ],
      // The old record to remove is the host's own narrow one, never the device waiting to be approved.
      ifFails: [
        { text: "If the gateway host's approve is refused too, its own CLI is narrow: re-pair it with a fresh identity:" },
        ...freshIdentitySteps(c, undefined),
      ],
      notFixes: ['Approving again from the same device: it will be refused the same way.'],
      asks: ['openclaw devices list --json'],
    };
  },
  examples: {
    fires: [
      {
        thread: [
          {
            text: '$ openclaw devices approve 3d454166-4604-4439-b766-2ed1311bdbf0 --url ws://10.0.0.5:18789 --token <token>\n[openclaw] Failed to start CLI: GatewayClientRequestError: missing scope: operator.admin\n    at GatewayClient.handleMessage (file:///usr/lib/node_modules/openclaw/dist/client-CJI3Hi9b.js:680:25)\n',
          },
        ],
        expect: { stage: 'remove-repair', mentions: ['operator.admin', 'gateway host'] },
      },
      {
        // 2026.9.6 in the lab: a paired laptop (MCP scopes only) approves a new phone's request.
        name: "9.6: another device's first pairing, refused as the approver's own upgrade",
        thread: [
          {
            text:
              '$ openclaw devices approve 31808292-f442-4bf2-9d2b-be029ce468d2\n' +
              'gateway connect failed: GatewayClientRequestError: scope upgrade pending approval (requestId: 3e21975f-3d04-4c64-b2ac-aecd5844b321)\n' +
              "This device can't approve its own scope upgrade. Approve it from the Control UI or another authorized device.\n" +
              '[exit code: 1]\n\n' +
              '$ openclaw mcp serve\n' +
              'gateway connect failed: GatewayClientRequestError: device pairing required (requestId: 31808292-f442-4bf2-9d2b-be029ce468d2)\n' +
              'MCP server failed to start: device pairing required (requestId: 31808292-f442-4bf2-9d2b-be029ce468d2). Run openclaw gateway status --deep --require-rpc to inspect Gateway health.\n',
          },
        ],
        expect: { stage: 'remove-repair', mentions: ['openclaw devices approve 31808292-f442-4bf2-9d2b-be029ce468d2', 'gateway host'] },
      },
    ],
    silent: [{ thread: ['openclaw-2026.4.14/stale-baseline/approve-fresh.txt'] }],
  },
});
