import { clientLabel } from '../openclaw/clients.ts';
import type { Case } from './case.ts';
import type { Triage } from './engine.ts';
import { formatScopes } from './scopes.ts';
import type { Verification } from './verification.ts';

/**
 * A moderator's /verify. When a rule that confirms the fix leads, it says what shows it
 * (`Rule.verify`); otherwise the fix is not confirmed, and this says what is still missing.
 */
export function verify(c: Case, t: Triage): Verification {
  const own = t.primary.rule.verify?.(t.primary.match, c);
  if (own) return own;
  const missing: string[] = [];
  if (!c.hasPairingSignal) missing.push('No OpenClaw pairing evidence in this thread at all.');
  else {
    missing.push(
      'No evidence after the last failure that the device now holds its scopes: an `Approved <deviceId> (<requestId>)` line, a `devices list --json` without its pending request, or a successful retry.',
    );
    if (t.stage !== 'need-evidence') missing.push(`The thread is still at \`${t.stage}\`: the user's next step is in the bot's reply.`);
  }
  return { confirmed: false, evidence: [], missing, summary: solvedSummary(c, 'not confirmed yet') };
}

/** The public summary of a solved pairing thread: cause, fix, versions, and how to avoid it. */
export function solvedSummary(c: Case, fixText: string): string {
  const failing = c.failingDevice;
  const cause = failing
    ? `${clientLabel(failing.client)}${failing.deviceId ? ` \`${failing.deviceId}\`` : ''} was paired with ${formatScopes(failing.scopesFrom)} and asked for ${formatScopes(failing.scopesTo)} (${failing.reason ?? 'pairing required'})`
    : 'a device pairing request (`gateway closed (1008): pairing required`)';
  const versions = [
    c.cliVersion ? `CLI ${c.cliVersion.version.raw}${c.cliVersion.build ? ` (${c.cliVersion.build})` : ''}` : undefined,
    c.gatewayVersion ? `gateway ${c.gatewayVersion.version.raw}` : undefined,
    !c.cliVersion && !c.gatewayVersion && c.build ? `OpenClaw ${c.build.version.raw}` : undefined,
  ].filter(Boolean);
  return [
    '**Solved: OpenClaw `pairing required` (1008)**',
    `**Cause:** ${cause}.`,
    `**Fix:** ${fixText}.`,
    `**Versions:** ${versions.length ? versions.join(', ') : 'not stated'}.`,
    c.build && (c.build.era === 'stale-baseline' || c.build.era === 'no-admin-pin')
      ? '**To avoid it next time:** upgrade to 2026.4.25 or newer.'
      : undefined,
  ]
    .filter(Boolean)
    .join('\n');
}
