import type { DeviceId } from '../src/evidence/facts.ts';
import type { Case, FailingDevice } from '../src/triage/case.ts';
import { formatScopes } from '../src/triage/scopes.ts';
import { clientLabel } from './clients.ts';
import { releases } from './releases.ts';

/**
 * Sentences several pairing rules share: how to name the failing device, the "what will not help"
 * list from reference §12, and the version notes. Wording lives here once so replies stay consistent.
 */

/** A cut id is shown no longer than a whole one (8 characters), marked cut: the rest of it may sit on
 * the next line of the paste, and the reply must not look like it holds the whole id. */
function shortPrefix(prefix: string): string {
  const bare = prefix.replace(/(?:…|\.\.\.)$/, '');
  return bare.length > 8 ? `${bare.slice(0, 8)}…` : prefix;
}

export function deviceName(client: string | undefined, deviceId: DeviceId | undefined, prefix?: string): string {
  // A printed prefix is named only when it looks like one: `<REDACTED>`, `...` or `xxx` from a paste is no id.
  const id = deviceId ? ` \`${deviceId.slice(0, 8)}…\`` : prefix && /^[0-9a-f][0-9a-f-]{3,}(?:…|\.\.\.)?$/i.test(prefix) ? ` \`${shortPrefix(prefix)}\`` : '';
  return `${clientLabel(client)}${id}`;
}

/** "Your CLI device `a2db8970…` is paired with `operator.read` only and asks for `operator.admin`, … (scope upgrade)" */
export function upgradeSentence(f: FailingDevice | undefined): string {
  if (!f) return 'A device on your gateway is asking for more access than it was paired with';
  const who = `Your ${deviceName(f.client, f.deviceId, f.deviceIdPrefix)}`;
  if (f.reason === 'role-upgrade') {
    // `roleFrom=<none>`: the record is still there but every token was revoked (reference §1.1).
    if (f.roleFrom && f.roleFrom.length === 0) {
      return `${who} has no usable role left: its pairing record is there but its tokens were revoked (\`roleFrom=<none>\`), so every connect asks for the \`${f.roleTo ?? 'operator'}\` role again (role upgrade)`;
    }
    return `${who} is asking for the \`${f.roleTo ?? 'new'}\` role, which its pairing does not have (role upgrade)`;
  }
  if (f.reason === 'metadata-upgrade') return `${who} reports a different platform than it was paired with (metadata upgrade)`;
  const from = f.scopesFrom ? `is paired with ${formatScopes(f.scopesFrom)} only` : 'is paired with narrower scopes';
  const to = f.scopesTo?.length ? ` and now asks for ${formatScopes(f.scopesTo)}` : ' and now asks for more';
  return `${who} ${from}${to} (scope upgrade)`;
}

/** Reference §12 and the list of things that do not fix a stale baseline. */
export const pairingNotFixes = {
  restart: '`openclaw gateway restart` on its own: the pairing store and the pending request survive a restart.',
  insecureAuth:
    '`gateway.controlUi.allowInsecureAuth` or switching device auth off: both only affect the Control UI, not CLI or agent connections.',
  rotate: '`openclaw devices rotate`: a token can never get more scopes than the approved baseline.',
  spawnParams: '`sessions_spawn` parameters: there is no per-spawn way to pre-authorise scopes.',
  removeNarrow:
    '`openclaw devices remove`/`clear`/`reject` from this same narrow CLI: they have no local fallback and fail with the same 1008.',
  wipeState: 'Deleting all of `~/.openclaw`: you lose config, agents and credentials, not just the pairing.',
  statusFirst:
    'Running `openclaw status` as the first command after re-pairing (builds before 2026.4.25): its probe pairs read-only again.',
} as const;

export function standardNotFixes(c: Case): string[] {
  const list: string[] = [pairingNotFixes.restart, pairingNotFixes.insecureAuth, pairingNotFixes.rotate, pairingNotFixes.spawnParams];
  if (c.all('cli-result').some((r) => r.outcome === 'pairing-required') || c.failingDevice?.client === 'cli') {
    list.push(pairingNotFixes.removeNarrow);
  }
  list.push(pairingNotFixes.wipeState);
  return list;
}

/** One line about the build, when it changes what the user should expect. */
export function buildNote(c: Case): string | undefined {
  const b = c.build;
  if (!b) return undefined;
  const v = b.version.raw;
  const hedge = b.extendedStable ? ` (${v} is an extended-stable maintenance build: fixes from later months may not be in it)` : '';
  switch (b.era) {
    case 'before-3.28':
      return `You are on ${v}, older than the builds this advice was verified on: upgrade first.${hedge}`;
    case 'no-admin-pin':
      return `You are on ${v}: upgrade to ${releases.loopbackBackendFix.version} or newer so internal calls stop tripping over this pairing. (${releases.subagentAdminPin.pr} shipped in ${releases.subagentAdminPin.version}, not 2026.4.1, whatever the changelog heading says.)${hedge}`;
    case 'stale-baseline':
      return `You are on ${v}: upgrade to ${releases.loopbackBackendFix.version} or newer (${releases.loopbackBackendFix.pr}) so internal calls stop using this narrow pairing.${hedge}`;
    case 'newer-than-known':
      return `You are on ${v}, newer than the newest release I know (${releases.newestKnown.version}): I can't tell what changed since, so check its release notes too.`;
    default:
      return hedge || undefined;
  }
}

/** Private, loopback, link-local and carrier-grade NAT (Tailscale) ranges: a request from these is on
 * the asker's own networks. A public address is not the host and may be anyone's. */
const PRIVATE_V4 = [/^10\./, /^127\./, /^169\.254\./, /^192\.168\./, /^172\.(?:1[6-9]|2\d|3[01])\./, /^100\.(?:6[4-9]|[7-9]\d|1[01]\d|12[0-7])\./, /^0\./];

/** A request from this address did not come from this host or a private network (reference §2.1:
 * `remoteIp` is absent for local clients). Anything that is not a plain IP address is not judged. */
export function isPublicAddress(ip: string | undefined): boolean {
  if (!ip) return false;
  const v4 = ip.replace(/^::ffff:/i, '');
  if (/^\d{1,3}(?:\.\d{1,3}){3}$/.test(v4)) return !PRIVATE_V4.some((r) => r.test(v4));
  if (/^[0-9a-f:]+$/i.test(ip) && ip.includes(':')) return !/^(?:::1$|f[cd]|fe[89ab])/i.test(ip);
  return false;
}

export function approveSafety(c: Case, scopes: readonly string[] | undefined, remoteIp?: string): string[] {
  const what = scopes?.length ? `gives that device ${formatScopes(scopes)}` : 'gives that device the scopes its request lists (check them in `devices list`)';
  const lines: string[] = [];
  remoteIp = remoteIp?.replace(/[`\s]/g, '').slice(0, 64);
  if (isPublicAddress(remoteIp)) {
    lines.push(`Approving ${what}. This request came from \`${remoteIp}\`, a public address, not this host: approve it only if that is your own device; if not, reject it and check who can reach your gateway.`);
  } else if (remoteIp) {
    lines.push(`Approving ${what}. This request came from \`${remoteIp}\` on your network, not from this machine: approve it only if you know that device.`);
  } else {
    lines.push(`Approving ${what}. It is your own OpenClaw on this host asking for its usual scopes, which is why the gateway wants a human to say yes once.`);
  }
  const era = c.build?.era;
  const oldBuild = era === 'stale-baseline' || era === 'no-admin-pin';
  if (scopes?.includes('operator.admin')) {
    lines.push('Once it holds `operator.admin`, every operator scope is covered, so later spawns and CLI calls will not ask again.');
  } else {
    lines.push('It will ask again only if it later needs a scope it still lacks: each new scope is a new upgrade request.');
  }
  if (oldBuild) {
    lines.push(`On this build a new read-only pairing can still come back (a new identity plus \`openclaw status\` first); ${releases.loopbackBackendFix.version}+ stops internal calls from depending on it.`);
  }
  return lines;
}

