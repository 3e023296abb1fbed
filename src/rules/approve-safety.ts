import { releases } from '../openclaw/releases.ts';
import type { Case } from '../triage/case.ts';
import { formatScopes } from '../triage/scopes.ts';

/** Private, loopback, link-local and carrier-grade NAT (Tailscale) ranges: a request from these is on
 * the asker's own networks. A public address is not the host and may be anyone's. */
const PRIVATE_V4 = [
  /^10\./,
  /^127\./,
  /^169\.254\./,
  /^192\.168\./,
  /^172\.(?:1[6-9]|2\d|3[01])\./,
  /^100\.(?:6[4-9]|[7-9]\d|1[01]\d|12[0-7])\./,
  /^0\./,
];

/** A request from this address did not come from this host or a private network (docs/openclaw-facts.md §2.1:
 * `remoteIp` is absent for local clients). Anything that is not a plain IP address is not judged. */
export function isPublicAddress(ip: string | undefined): boolean {
  if (!ip) return false;
  const v4 = ip.replace(/^::ffff:/i, '');
  if (/^\d{1,3}(?:\.\d{1,3}){3}$/.test(v4)) return !PRIVATE_V4.some((r) => r.test(v4));
  if (/^[0-9a-f:]+$/i.test(ip) && ip.includes(':')) return !/^(?:::1$|f[cd]|fe[89ab])/i.test(ip);
  return false;
}

export function approveSafety(c: Case, scopes: readonly string[] | undefined, remoteIp?: string): string[] {
  const what = scopes?.length
    ? `gives that device ${formatScopes(scopes)}`
    : 'gives that device the scopes its request lists (check them in `devices list`)';
  const lines: string[] = [];
  remoteIp = remoteIp?.replace(/[`\s]/g, '').slice(0, 64);
  if (isPublicAddress(remoteIp)) {
    lines.push(
      `Approving ${what}. This request came from \`${remoteIp}\`, a public address, not this host: approve it only if that is your own device; if not, reject it and check who can reach your gateway.`,
    );
  } else if (remoteIp) {
    lines.push(
      `Approving ${what}. This request came from \`${remoteIp}\` on your network, not from this machine: approve it only if you know that device.`,
    );
  } else {
    lines.push(
      `Approving ${what}. It is your own OpenClaw on this host asking for its usual scopes, which is why the gateway wants a human to say yes once.`,
    );
  }
  const era = c.build?.era;
  const oldBuild = era === 'stale-baseline' || era === 'no-admin-pin';
  if (scopes?.includes('operator.admin')) {
    lines.push('Once it holds `operator.admin`, every operator scope is covered, so later spawns and CLI calls will not ask again.');
  } else {
    lines.push('It will ask again only if it later needs a scope it still lacks: each new scope is a new upgrade request.');
  }
  if (oldBuild) {
    lines.push(
      `On this build a new read-only pairing can still come back (a new identity plus \`openclaw status\` first); ${releases.loopbackBackendFix.version}+ stops internal calls from depending on it.`,
    );
  }
  return lines;
}
