import { releases } from '../openclaw/releases.ts';
import type { Case } from '../triage/case.ts';

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
