import type { VersionFact } from '../evidence/facts.ts';
import { compareVersions } from '../evidence/version.ts';
import { type BuildInfo, classifyBuild } from './build.ts';
import type { ThreadFacts } from './thread-facts.ts';

/** The newest version the CLI printed of itself (`--version`, banner). */
export function cliVersion(t: ThreadFacts): VersionFact | undefined {
  return t
    .all('version')
    .filter((v) => v.role === 'cli')
    .at(-1);
}

/** The gateway's own version (probe `app …`, gateway-side lines). */
export function gatewayVersion(t: ThreadFacts): VersionFact | undefined {
  return t
    .all('version')
    .filter((v) => v.role === 'gateway')
    .at(-1);
}

/**
 * The build that decides the advice: the gateway's when known (it enforces pairing), else the CLI's,
 * else the one the asker introduces as theirs, else a client's, else any version named.
 */
export function buildOf(t: ThreadFacts, known: { cli?: VersionFact; gateway?: VersionFact }): BuildInfo | undefined {
  // Prose that introduces a version as the asker's own beats one merely named; a version quoted
  // from another issue, a fix or a range bound is never theirs (issue 6 §3).
  const versions = t.all('version');
  const stated = versions
    .filter((v) => v.stated !== undefined && v.role === 'unknown')
    .reduce<VersionFact | undefined>((best, v) => (!best || v.stated! >= best.stated! ? v : best), undefined);
  const chosen =
    known.gateway ?? known.cli ?? stated ?? versions.filter((v) => v.role === 'client').at(-1) ?? versions.filter((v) => !v.quoted).at(-1);
  return chosen ? classifyBuild(chosen.version) : undefined;
}

/** CLI and gateway report different builds. */
export function versionMismatch(
  cli: VersionFact | undefined,
  gateway: VersionFact | undefined,
): { cli: VersionFact; gateway: VersionFact } | undefined {
  if (cli && gateway && compareVersions(cli.version, gateway.version) !== 0) return { cli, gateway };
  return undefined;
}
