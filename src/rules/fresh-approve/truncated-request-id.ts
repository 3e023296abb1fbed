import { docs } from '../../openclaw/docs.ts';
import { before } from '../../triage/case.ts';
import { defineRule } from '../../triage/rule.ts';
import { approveNewestLoop, approveStep } from '../repairs.ts';

/**
 * On ≥ 2026.4.20 the close reason carries `(requestId: …` cut at 120 bytes, and `openclaw status`
 * may print that cut id as its Recovery command (docs/openclaw-facts.md §1.4, §1.8). Approving it answers
 * `unknown requestId`: the real 2026.5.4 report behind this rule.
 */
export default defineRule<{ fragment: string }>({
  id: 'truncated-request-id',
  stage: 'fresh-approve',
  priority: 880,
  title: 'The requestId was copied from a close reason cut at 120 bytes',
  docs: [docs.devicesCli, docs.gatewayTroubleshooting],
  match(c) {
    const fragments = [
      ...c.all('closed-before-connect').map((f) => ({ at: f.at, id: f.requestIdFragment })),
      ...c.all('gateway-closed').map((f) => ({ at: f.at, id: f.pairing?.requestIdFragment })),
      ...c.all('status-pairing').map((f) => ({ at: f.at, id: f.recoveryRequestIdFragment })),
    ].filter((f): f is { at: { message: number; line: number }; id: string } => !!f.id && f.id.length < 36);
    const fragment = fragments.at(-1);
    if (!fragment) return undefined;
    // `openclaw status` offers its cut id as a command to run: worth a warning on its own.
    const fromStatus = c.all('status-pairing').some((s) => s.recoveryRequestIdFragment === fragment.id);
    if (fromStatus && !c.requestToApprove) return { fragment: fragment.id };
    const last = c.approveResults.at(-1);
    const failed =
      last && (last.outcome === 'unknown-request-gateway' || last.outcome === 'unknown-request-stale' || last.outcome === 'no-match');
    const typedIt = last?.argument !== undefined && fragment.id.startsWith(last.argument.slice(0, 8));
    if (!failed && !typedIt) return undefined;
    if (last && before(last.at, fragment.at) && !typedIt) return undefined;
    return { fragment: fragment.id };
  },
  advise({ fragment }, c) {
    const live = c.requestToApprove;
    return {
      summary: `\`${fragment}\` is only ${fragment.length} of a requestId's 36 characters: OpenClaw cuts close reasons at 120 bytes, so the id in that log line (and in \`openclaw status\`'s Recovery line) is cut short and can never be approved. The whole id is in the device list.`,
      steps: live
        ? [approveStep(live.requestId, 'This is the whole id of that pending request: approve it right away:')]
        : [approveNewestLoop(c, c.failingDevice?.deviceId, 'Take the whole id straight from the list and approve it in one go:')],
      notes: [
        'Never copy a requestId from a `closed before connect … reason=` line: `openclaw devices list --json` and the `gateway connect failed: … (requestId: …)` message carry it whole.',
      ],
      asks: ['openclaw devices list --json'],
    };
  },
  examples: {
    fires: [
      {
        name: '2026.5.4: the id copied from the close reason',
        thread: [
          {
            text: '[ws] closed before connect conn=028fab7b-dbe6-41ef-9f9c-afe2d6c72238 peer=127.0.0.1:50812->127.0.0.1:18789 remote=127.0.0.1 fwd=n/a origin=n/a host=127.0.0.1:18789 ua=n/a code=1008 reason=pairing required: device is asking for a higher role than currently approved (requestId: fd170186-60df-4dcb-8a5f-fb8d955\n$ openclaw devices approve fd170186-60df-4dcb-8a5f-fb8d955\n[openclaw] Could not start the CLI.\n[openclaw] Reason: unknown requestId\n',
          },
        ],
        expect: { stage: 'fresh-approve', mentions: ['cut short'], absent: ['openclaw devices approve fd170186'] },
      },
    ],
    silent: [{ thread: ['openclaw-2026.4.14/stale-baseline/approve-stale.txt'] }],
  },
});
