import type { Verification } from '../diagnose.ts';
import fixConfirmed, { type FixEvidence } from '../../rules/resolved/fix-confirmed.ts';
import askerSaysFixed, { type FixedClaimMatch } from '../../rules/resolved/asker-says-fixed.ts';
import { clientLabel } from '../../rules/clients.ts';
import type { Case } from './case.ts';
import type { Triage } from './engine.ts';
import { formatScopes } from './scopes.ts';

/**
 * What a moderator's /verify needs: whether the newest evidence confirms the fix, the lines that
 * show it, what is still missing otherwise, and a short public summary for the solved thread.
 */
export function verify(c: Case, t: Triage): Verification {
  // The triage already found the evidence when the fix is what leads; reading it again would be the same work twice.
  const fix = t.primary.rule === fixConfirmed ? (t.primary.match as FixEvidence) : undefined;
  if (t.primary.rule === askerSaysFixed) return fromClaim(c, t.primary.match as FixedClaimMatch);
  const failing = c.failingDevice;
  const cause = failing
    ? `${clientLabel(failing.client)}${failing.deviceId ? ` \`${failing.deviceId}\`` : ''} was paired with ${formatScopes(failing.scopesFrom)} and asked for ${formatScopes(failing.scopesTo)} (${failing.reason ?? 'pairing required'})`
    : 'a device pairing request (`gateway closed (1008): pairing required`)';
  const versions = [
    c.cliVersion ? `CLI ${c.cliVersion.version.raw}${c.cliVersion.build ? ` (${c.cliVersion.build})` : ''}` : undefined,
    c.gatewayVersion ? `gateway ${c.gatewayVersion.version.raw}` : undefined,
    !c.cliVersion && !c.gatewayVersion && c.build ? `OpenClaw ${c.build.version.raw}` : undefined,
  ].filter(Boolean);
  const fixText = fix?.requestId
    ? `approved pending request \`${fix.requestId}\`${fix.deviceId ? ` for \`${fix.deviceId}\`` : ''}`
    : fix
      ? 'the device was re-approved'
      : 'not confirmed yet';
  const summary = [
    '**Solved: OpenClaw `pairing required` (1008)**',
    `**Cause:** ${cause}.`,
    `**Fix:** ${fixText}${fix?.scopes?.length ? `; it now holds ${formatScopes(fix.scopes)}` : ''}.`,
    `**Versions:** ${versions.length ? versions.join(', ') : 'not stated'}.`,
    c.build && (c.build.era === 'stale-baseline' || c.build.era === 'no-admin-pin')
      ? '**To avoid it next time:** upgrade to 2026.4.25 or newer.'
      : undefined,
  ]
    .filter(Boolean)
    .join('\n');
  if (fix) return { confirmed: true, evidence: fix.lines, missing: [], summary };
  const missing: string[] = [];
  if (!c.hasPairingSignal) missing.push('No OpenClaw pairing evidence in this thread at all.');
  else {
    missing.push(
      'No evidence after the last failure that the device now holds its scopes: an `Approved <deviceId> (<requestId>)` line, a `devices list --json` without its pending request, or a successful retry.',
    );
    if (t.stage !== 'need-evidence') missing.push(`The thread is still at \`${t.stage}\`: the user's next step is in the bot's reply.`);
  }
  return { confirmed: false, evidence: [], missing, summary };
}

/**
 * The asker's own "it works now" is evidence a moderator can accept, but weaker than a pasted output:
 * the summary says the fix is the asker's word, and names the look-alike when the thread was one.
 */
function fromClaim(c: Case, m: FixedClaimMatch): Verification {
  const lookalike = c.all('lookalike').filter((f) => f.cause !== 'unauthorized').at(-1);
  const cause = lookalike
    ? `not device pairing: \`${lookalike.cause}\` (${lookalike.detail ?? 'see the thread'})`
    : c.hasPairingSignal
      ? 'a device pairing request (`gateway closed (1008): pairing required`)'
      : 'not stated in the thread';
  const summary = [
    '**Solved (the asker reports it works now)**',
    `**Cause:** ${cause}.`,
    `**Fix:** ${m.claim.command ? `\`${m.claim.command} …\`, in the asker's words` : "in the asker's words; no output shows it"}.`,
  ].join('\n');
  return {
    confirmed: true,
    evidence: [`message ${m.claim.at.message + 1}: the asker says it works now${m.claim.command ? ` (with \`${m.claim.command} …\`)` : ''}`],
    missing: [],
    summary,
  };
}
