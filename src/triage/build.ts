import type { OpenClawVersion } from '../evidence/facts.ts';
import { compareVersions, parseVersion } from '../evidence/version.ts';
import { lastBuildWithoutSilentLocalUpgrade, releases } from '../openclaw/releases.ts';

/**
 * Where a build sits relative to the pairing fixes (docs/openclaw-facts.md §0.2, §5.2, §10). Rules switch on
 * this, not on version strings.
 */
export type BuildEra =
  /** Older regressions (2026.2.x–3.24): upgrade. */
  | 'before-3.28'
  /** Scope upgrades never silent and #59555 not shipped yet (3.28 – 4.1). */
  | 'no-admin-pin'
  /** #59555 shipped but the stale baseline still bites (4.2 – 4.24): approve, or upgrade. */
  | 'stale-baseline'
  /** Loopback fix in (4.25 – 6.11): still failing means something else is different. */
  | 'loopback-fixed'
  /** Between 6.11 and 8.1: whether local scope upgrades are silent again is unverified. */
  | 'silent-unverified'
  /** 8.1 – 9.6: local scope upgrades silent unless autoApproveLocal=false. */
  | 'silent-local'
  /** Newer than anything the knowledge covers. */
  | 'newer-than-known';

export interface BuildInfo {
  version: OpenClawVersion;
  era: BuildEra;
  /** A `.33+` monthly extended-stable build: fixes from later months may be missing. */
  extendedStable: boolean;
}

/** A release's version string as written in src/openclaw/releases.ts, which is always well formed. */
const known = (version: string): OpenClawVersion => parseVersion(version)!;

export function classifyBuild(version: OpenClawVersion): BuildInfo {
  const extendedStable = version.patch >= 33;
  // An extended-stable build is a maintenance branch of its month: judge it as the end of that
  // month's train, and never credit it with a fix first released in a later month.
  const asTrain: OpenClawVersion = extendedStable ? { ...version, patch: 32, pre: undefined, correction: undefined } : version;
  const at = (release: string) => compareVersions(asTrain, known(release));
  const newest = known(releases.newestKnown.version);
  const silentMonth = known(releases.silentLocalScopeUpgrade.version);
  let era: BuildEra;
  if (extendedStable ? asTrain.year * 12 + asTrain.month > newest.year * 12 + newest.month : at(releases.newestKnown.version) > 0) {
    era = 'newer-than-known';
  } else if (at(releases.scopeUpgradeNeverSilent.version) < 0) era = 'before-3.28';
  else if (at(releases.subagentAdminPin.version) < 0) era = 'no-admin-pin';
  else if (at(releases.loopbackBackendFix.version) < 0) era = 'stale-baseline';
  else if (extendedStable) {
    era = asTrain.year * 12 + asTrain.month >= silentMonth.year * 12 + silentMonth.month ? 'silent-local' : 'loopback-fixed';
  } else if (at(lastBuildWithoutSilentLocalUpgrade) <= 0) era = 'loopback-fixed';
  else if (at(releases.silentLocalScopeUpgrade.version) < 0) era = 'silent-unverified';
  else era = 'silent-local';
  return { version, era, extendedStable };
}

/** True when the build has the change that shipped in `release`. */
export function buildHas(version: OpenClawVersion, release: { version: string }): boolean {
  return compareVersions(version, known(release.version)) >= 0;
}
