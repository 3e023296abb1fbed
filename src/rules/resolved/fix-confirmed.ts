import type { DeviceId, RequestId } from '../../evidence/facts.ts';
import { docs } from '../../openclaw/docs.ts';
import { before, type Case } from '../../triage/case.ts';
import { defineRule } from '../../triage/rule.ts';
import { formatScopes, grantedScopes, scopesCover } from '../../triage/scopes.ts';
import { solvedSummary } from '../../triage/verify.ts';
import { buildNote } from '../build-note.ts';
import { deviceName } from '../device-name.ts';

export interface FixEvidence {
  deviceId?: DeviceId;
  client?: string;
  requestId?: RequestId;
  scopes?: string[];
  /** One line per piece of evidence, ids in full (moderators read these in /verify). */
  lines: string[];
  /** A later `unknown requestId` from the gateway for the id that was already approved. */
  approvedTwice: boolean;
}

/** The newest evidence shows the failing device now holds what it asked for (docs/openclaw-facts.md §12 "after the fix"). */
function findFix(c: Case): FixEvidence | undefined {
  const failing = c.failingDevice;
  const lastFailure = c.lastPairingFailure;
  const after = (at: { message: number; line: number }) => !lastFailure || before(lastFailure, at);
  const lines: string[] = [];
  let deviceId = failing?.deviceId;
  let requestId: RequestId | undefined;
  let approvedTwice = false;

  const ok = c.approveResults.filter((r) => r.outcome === 'ok' && (!deviceId || !r.deviceId || r.deviceId === deviceId)).at(-1);
  if (ok && after(ok.at)) {
    deviceId ??= ok.deviceId;
    requestId = ok.requestId;
    lines.push(`\`Approved ${ok.deviceId ?? '<device>'} (${ok.requestId ?? '<request>'})\` with no pairing failure after it`);
    approvedTwice = c.approveResults.some(
      (r) => r.outcome === 'unknown-request-gateway' && r.requestId === ok.requestId && before(ok.at, r.at),
    );
  }

  const list = c.devicesList;
  const paired = c.pairedRecord(deviceId);
  const wanted = failing?.scopesTo ?? (requestId ? c.requests.get(requestId)?.scopes : undefined);
  if (list && paired && after(list.at) && wanted?.length && scopesCover(grantedScopes(paired), wanted)) {
    const pending = list.pending.some((p) => p.deviceId === deviceId);
    if (!pending)
      lines.push(
        `\`devices list\`: ${deviceId!.slice(0, 8)}… now holds ${formatScopes(grantedScopes(paired))} and nothing is pending for it`,
      );
  }

  const healthy = [...c.all('healthy-call'), ...c.all('spawn-result').filter((s) => s.status === 'accepted')].filter(
    (h) => h.kind !== 'healthy-call' || h.what !== 'probe',
  );
  const lastHealthy = healthy.at(-1);
  if (lastFailure && lastHealthy && after(lastHealthy.at)) {
    lines.push(
      lastHealthy.kind === 'spawn-result'
        ? '`sessions_spawn` was accepted after the last failure'
        : `a gateway call (${lastHealthy.what}) succeeded after the last failure`,
    );
  }
  // Something must have failed for "fixed" to mean anything, and the fix must come after it.
  if (lines.length === 0 || (!lastFailure && !ok)) return undefined;
  // Only a list newer than the approve shows what the device holds now: an approve grants more than
  // the old list's narrow scopes (all six operator scopes on 2026.4.14, five on 2026.4.1), so the
  // old list's scopes, or the request's, would be a false claim (issue 7).
  const listShowsNow = list && paired && after(list.at) && (!ok || before(ok.at, list.at));
  return { deviceId, client: failing?.client, requestId, scopes: listShowsNow ? grantedScopes(paired) : undefined, lines, approvedTwice };
}

export default defineRule<FixEvidence>({
  id: 'fix-confirmed',
  stage: 'resolved',
  priority: 800,
  title: 'The newest evidence shows the device now holds the scopes it asked for',
  docs: [docs.devicesCli, docs.subagents],
  match: findFix,
  advise(m, c) {
    const notes = [buildNote(c)].filter((n): n is string => n !== undefined);
    if (m.approvedTwice) {
      notes.unshift(
        'The later `Failed to start CLI: … unknown requestId` only means you approved the same id twice: the first approve already worked.',
      );
    }
    return {
      summary: m.scopes?.length
        ? `Fixed: your ${deviceName(m.client, m.deviceId)} now holds ${formatScopes(m.scopes)}. Retry what failed.`
        : `Fixed: your ${deviceName(m.client, m.deviceId)} is approved (\`openclaw devices list\` shows the scopes it holds now). Retry what failed.`,
      steps: [
        { text: 'Retry what failed (`sessions_spawn`, the cron job, the CLI command). No gateway restart is needed.' },
        { text: 'If it works, press **Fixed it** under this reply, so a helper can mark the thread solved and the next person finds it.' },
      ],
      notes,
      asks: ['openclaw --version', 'openclaw devices list --json'],
    };
  },
  verify(m, c) {
    const fix = m.requestId
      ? `approved pending request \`${m.requestId}\`${m.deviceId ? ` for \`${m.deviceId}\`` : ''}`
      : 'the device was re-approved';
    const holds = m.scopes?.length ? `; it now holds ${formatScopes(m.scopes)}` : '';
    return { confirmed: true, evidence: m.lines, missing: [], summary: solvedSummary(c, fix + holds) };
  },
  examples: {
    fires: [
      {
        name: 'real capture: fresh approve succeeded',
        thread: ['openclaw-2026.4.14/stale-baseline/cli-error.txt', 'openclaw-2026.4.14/stale-baseline/approve-fresh.txt'],
        expect: { stage: 'resolved', mentions: ['Fixed'] },
      },
      {
        name: 'approved twice',
        thread: [
          'openclaw-2026.4.14/identity-clients/acp-upgrade.txt',
          'openclaw-2026.4.14/identity-clients/approve-upgrade.txt',
          'openclaw-2026.4.14/identity-clients/approve-upgrade-again.txt',
        ],
        expect: { stage: 'resolved', mentions: ['approved the same id twice'] },
      },
      {
        name: 'list after approve shows the scopes',
        thread: [
          'openclaw-2026.4.14/stale-baseline/cli-error.txt',
          'openclaw-2026.4.14/stale-baseline/devices-list-after-approve.json',
          'openclaw-2026.4.14/stale-baseline/post-fix-health.txt',
        ],
        expect: { stage: 'resolved' },
      },
    ],
    silent: [
      {
        name: 'approve then failing again',
        thread: ['openclaw-2026.4.14/stale-baseline/approve-fresh.txt', 'openclaw-2026.4.14/stale-baseline/cli-error.txt'],
      },
      { name: 'a list alone', thread: ['openclaw-2026.4.14/stale-baseline/devices-list-after-approve.json'] },
    ],
  },
});
