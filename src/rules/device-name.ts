import type { DeviceId } from '../evidence/facts.ts';
import { clientLabel } from '../openclaw/clients.ts';
import type { FailingDevice } from '../triage/case.ts';
import { formatScopes } from '../triage/scopes.ts';

/**
 * How pairing rules name the failing device and what it asks for, worded once so every reply says it
 * the same way.
 */

/** A cut id is shown no longer than a whole one (8 characters), marked cut: the rest of it may sit on
 * the next line of the paste, and the reply must not look like it holds the whole id. */
function shortPrefix(prefix: string): string {
  const bare = prefix.replace(/(?:…|\.\.\.)$/, '');
  return bare.length > 8 ? `${bare.slice(0, 8)}…` : prefix;
}

export function deviceName(client: string | undefined, deviceId: DeviceId | undefined, prefix?: string): string {
  // A printed prefix is named only when it looks like one: `<REDACTED>`, `...` or `xxx` from a paste is no id.
  const id = deviceId
    ? ` \`${deviceId.slice(0, 8)}…\``
    : prefix && /^[0-9a-f][0-9a-f-]{3,}(?:…|\.\.\.)?$/i.test(prefix)
      ? ` \`${shortPrefix(prefix)}\``
      : '';
  return `${clientLabel(client)}${id}`;
}

/** "Your CLI device `a2db8970…` is paired with `operator.read` only and asks for `operator.admin`, … (scope upgrade)" */
export function upgradeSentence(f: FailingDevice | undefined): string {
  if (!f) return 'A device on your gateway is asking for more access than it was paired with';
  const who = `Your ${deviceName(f.client, f.deviceId, f.deviceIdPrefix)}`;
  if (f.reason === 'role-upgrade') {
    // `roleFrom=<none>`: the record is still there but every token was revoked (docs/openclaw-facts.md §1.1).
    if (f.roleFrom && f.roleFrom.length === 0) {
      return `${who} has no usable role left: its pairing record is there but its tokens were revoked (\`roleFrom=<none>\`), so every connect asks for the \`${f.roleTo ?? 'operator'}\` role again (role upgrade)`;
    }
    return `${who} is asking for the \`${f.roleTo ?? 'new'}\` role, which its pairing does not have (role upgrade)`;
  }
  if (f.reason === 'metadata-upgrade') return `${who} reports a different platform than it was paired with (metadata upgrade)`;
  // A first pairing is no upgrade: nothing was paired to ask more of.
  if (f.reason === 'not-paired') return `${who} has never been approved on this gateway (\`not-paired\`)`;
  const from = f.scopesFrom ? `is paired with ${formatScopes(f.scopesFrom)} only` : 'is paired with narrower scopes';
  const to = f.scopesTo?.length ? ` and now asks for ${formatScopes(f.scopesTo)}` : ' and now asks for more';
  return `${who} ${from}${to} (scope upgrade)`;
}
