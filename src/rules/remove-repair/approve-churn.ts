import type { DeviceId } from '../../evidence/facts.ts';
import { docs } from '../../openclaw/docs.ts';
import { pairingNotFixes } from '../../openclaw/not-fixes.ts';
import { before } from '../../triage/case.ts';
import { defineRule } from '../../triage/rule.ts';
import { buildNote } from '../build-note.ts';
import { deviceName } from '../device-name.ts';
import { approveNewestLoop, freshIdentitySteps, stopRetryingStep } from '../repairs.ts';
import { standardNotFixes } from '../standard-not-fixes.ts';

const STALE = new Set(['unknown-request-stale', 'no-match', 'superseded', 'replaced']);

/** Approve keeps losing the race with a client that retries with other scopes (docs/openclaw-facts.md §12:
 * the pending id was replaced 7 times in a 2 s spawn loop). Past two misses, re-pair instead. */
export default defineRule<{ misses: number; deviceId?: DeviceId; client?: string }>({
  id: 'approve-churn',
  stage: 'remove-repair',
  priority: 880,
  title: 'Approving keeps hitting superseded ids: stop the retries and re-pair the host identity',
  docs: [docs.devicesCli, docs.tokenDrift],
  match(c) {
    const results = c.approveResults;
    const lastOk = results.filter((r) => r.outcome === 'ok').at(-1);
    const misses = results.filter((r) => STALE.has(r.outcome) && (!lastOk || before(lastOk.at, r.at)));
    const distinctIds = new Set(misses.map((m) => m.requestId ?? `#${m.at.message}:${m.at.line}`));
    if (distinctIds.size < 2) return undefined;
    const failing = c.failingDevice;
    const deviceId =
      failing?.deviceId ?? misses.map((m) => (m.requestId ? c.requests.get(m.requestId)?.deviceId : undefined)).find(Boolean);
    return { misses: distinctIds.size, deviceId, client: failing?.client };
  },
  advise(m, c) {
    return {
      summary: `${m.misses} approvals in a row hit an id that had already been replaced: something keeps reconnecting your ${deviceName(m.client, m.deviceId)} with other scopes. Re-pair the host identity instead of racing it.`,
      steps: [stopRetryingStep(), ...freshIdentitySteps(c, m.deviceId)],
      ifFails: [
        approveNewestLoop(c, m.deviceId, 'Or, once nothing retries any more, list and approve in one go, retrying until it sticks:'),
      ],
      notes: [buildNote(c)].filter((n): n is string => n !== undefined),
      notFixes: [...standardNotFixes(c), pairingNotFixes.statusFirst].filter((v, i, a) => a.indexOf(v) === i),
    };
  },
  examples: {
    fires: [
      {
        thread: [
          'seeds/000-4-logs.txt',
          'seeds/000-6-approve-unknown.txt',
          {
            text: 'openclaw devices approve 623e404a-c253-43e4-97ff-8a3b320cc7bc\ngateway connect failed: GatewayClientRequestError: pairing required\nDirect scope access failed; using local fallback.\nunknown requestId\n',
          },
        ],
        expect: {
          stage: 'remove-repair',
          mentions: ['device.json', 'openclaw devices remove a2db8970aba2b534c3ff841ad0f625450251c90e83de730f916a0d9aea153d60'],
        },
      },
    ],
    silent: [{ thread: ['seeds/000-6-approve-unknown.txt'] }],
  },
});
