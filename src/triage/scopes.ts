import type { PairedDevice } from '../evidence/facts.ts';

/**
 * OpenClaw's scope satisfaction rules (docs/openclaw-facts.md §1.1, `roleScopesAllow`): `operator.admin` covers
 * every `operator.*` scope, `operator.read` is also covered by `operator.write`, anything else needs
 * an exact match.
 */
export function scopeCovered(granted: readonly string[], wanted: string): boolean {
  if (granted.includes(wanted)) return true;
  if (wanted.startsWith('operator.') && granted.includes('operator.admin')) return true;
  if (wanted === 'operator.read' && granted.includes('operator.write')) return true;
  return false;
}

export function scopesCover(granted: readonly string[], wanted: readonly string[]): boolean {
  return wanted.every((s) => scopeCovered(granted, s));
}

/** `operator.read, operator.write` for prose. */
export function formatScopes(scopes: readonly string[] | undefined): string {
  if (!scopes || scopes.length === 0) return 'no scopes';
  return scopes.map((s) => `\`${s}\``).join(', ');
}

/** The scopes a paired record really holds: the approved baseline, else its scopes, else its live tokens'. */
export function grantedScopes(record: PairedDevice): string[] {
  if (record.approvedScopes?.length) return record.approvedScopes;
  if (record.scopes?.length) return record.scopes;
  return (record.tokens ?? []).filter((token) => token.revokedAtMs === undefined).flatMap((token) => token.scopes ?? []);
}
