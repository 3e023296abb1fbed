import type { CliResultFact, DeviceId, RequestId } from '../../evidence/facts.ts';
import { docs } from '../../openclaw/docs.ts';
import { before, type RequestHistory } from '../../triage/case.ts';
import { defineRule } from '../../triage/rule.ts';
import { buildNote } from '../build-note.ts';
import { deviceName } from '../device-name.ts';
import { approveNewestLoop, approveStep, freshIdentitySteps, stopRetryingStep } from '../repairs.ts';
import { standardNotFixes } from '../standard-not-fixes.ts';

interface StaleMatch {
  staleId?: RequestId;
  why: 'superseded' | 'expired';
  deviceId?: DeviceId;
  client?: string;
  /** The newer request the CLI itself named (`Approve the current request instead: …`). */
  current?: RequestId;
}

/** The newest approve that failed on an id that is no longer pending, with nothing approved since. */
function lastStaleApprove(results: CliResultFact[]): CliResultFact | undefined {
  const last = results.at(-1);
  if (!last) return undefined;
  const stale = ['unknown-request-stale', 'no-match', 'superseded', 'replaced'] as const;
  return (stale as readonly string[]).includes(last.outcome) ? last : undefined;
}

export default defineRule<StaleMatch>({
  id: 'approve-after-stale-id',
  stage: 'fresh-approve',
  priority: 820,
  title: 'The request id approved (or about to be) is superseded or expired: list again and approve at once',
  docs: [docs.devicesCli],
  match(c) {
    const failed = lastStaleApprove(c.approveResults);
    const failing = c.failingDevice;
    if (failed) {
      // A newer live request seen after the failure is handled by approve-pending-upgrade.
      const live = c.requestToApprove;
      if (live && before(failed.at, live.lastSeen) && !failed.currentRequestId) return undefined;
      const history = failed.requestId ? c.requests.get(failed.requestId) : undefined;
      return {
        staleId: failed.requestId,
        why: 'superseded',
        deviceId: history?.deviceId ?? failing?.deviceId,
        client: history?.clientId ?? failing?.client,
        current: failed.currentRequestId,
      };
    }
    if (c.requestToApprove) return undefined;
    const expired = [...c.requests.values()].filter((h: RequestHistory) => h.state === 'expired');
    const newest = expired.at(-1);
    if (!newest) return undefined;
    return {
      staleId: newest.requestId,
      why: 'expired',
      deviceId: newest.deviceId ?? failing?.deviceId,
      client: newest.clientId ?? failing?.client,
    };
  },
  advise(m, c) {
    const who = deviceName(m.client, m.deviceId);
    const idText = m.staleId ? `\`${m.staleId}\`` : 'That request id';
    const reason =
      m.why === 'expired'
        ? 'expired: pending requests are dropped 5 minutes after they are created'
        : 'is no longer pending: a retry with other scopes replaced it with a new id (or it expired after 5 minutes)';
    const steps = m.current
      ? [approveStep(m.current, 'The CLI named the current request: approve it right away:')]
      : [stopRetryingStep(), approveNewestLoop(c, m.deviceId)];
    return {
      summary: `${idText} ${reason}, so approving it cannot work. Get the current id for your ${who} and approve it in the same breath.`,
      steps,
      notes: [buildNote(c)].filter((n): n is string => n !== undefined),
      ifFails: [
        {
          text: `If the request keeps changing under you, re-pair this host instead: this works while the device is still narrow and replaces the stale device${m.deviceId ? ` \`${m.deviceId}\`` : ''}.`,
        },
        ...freshIdentitySteps(c, m.deviceId),
      ],
      notFixes: standardNotFixes(c),
      asks: ['openclaw devices list --json'],
    };
  },
  examples: {
    fires: [
      {
        name: 'seed thread after the stale approve',
        thread: ['seeds/000-4-logs.txt', 'seeds/000-5-devices-list.txt', 'seeds/000-6-approve-unknown.txt'],
        expect: {
          stage: 'fresh-approve',
          mentions: ['a2db8970aba2b534c3ff841ad0f625450251c90e83de730f916a0d9aea153d60', 'Stop whatever keeps reconnecting'],
          absent: ['openclaw devices approve 8b796ecc', '0a715a56'],
        },
      },
      {
        name: 'real capture: supersede then stale approve',
        thread: ['openclaw-2026.4.14/stale-baseline/devices-list.json', 'openclaw-2026.4.14/stale-baseline/approve-stale.txt'],
        expect: { stage: 'fresh-approve', absent: ['openclaw devices approve dc4f76b2'] },
      },
    ],
    silent: [
      { name: 'a fresh approve succeeded', thread: ['openclaw-2026.4.14/stale-baseline/approve-fresh.txt'] },
      { name: 'list only', thread: ['openclaw-2026.4.14/stale-baseline/devices-list.json'] },
    ],
  },
});
