/**
 * The builds on which each repair recipe the rules give was seen to fix a broken gateway, when
 * `npm run lab` replayed the engine's own reply on a real release (docs/lab.md; transcripts in
 * test/lab/, which test/lab/replay.test.ts keeps in step with this list). A step built from a recipe
 * names it (`Step.recipe`), and a reply whose steps use a recipe not verified on the asker's build
 * says so in one line.
 */
import type { OpenClawVersion } from '../evidence/facts.ts';
import { compareVersions, parseVersion } from '../evidence/version.ts';

export const verifiedOn = {
  /** `openclaw devices list`, then `openclaw devices approve <requestId>`. */
  approveById: ['2026.4.1', '2026.4.14', '2026.4.25', '2026.6.11', '2026.9.6'],
  /** The retrying list+approve loop, sh form. */
  approveNewestLoop: ['2026.4.1', '2026.4.14'],
  /** The same loop in PowerShell: the lab runs Linux shells only. */
  approveNewestLoopPowerShell: [],
  /** Move `identity/device*.json` aside, then a full CLI call (file-store builds; 2026.8+ has no such files). */
  freshIdentity: ['2026.4.1', '2026.4.14'],
  /** `openclaw devices remove <old deviceId>` once the CLI holds admin again. */
  removeOldRecord: ['2026.4.1', '2026.4.14'],
  /** Stop whatever keeps reconnecting before approving. */
  stopRetries: ['2026.4.14'],
  /** A remote CLI's `gateway.remote.token` set to the gateway's `gateway.auth.token`. */
  setRemoteToken: ['2026.4.1', '2026.4.14', '2026.6.11', '2026.9.6'],
} as const satisfies Record<string, readonly string[]>;

export type Recipe = keyof typeof verifiedOn;

const parsed = new Map<Recipe, OpenClawVersion[]>(
  Object.entries(verifiedOn).map(([recipe, builds]) => [recipe as Recipe, builds.map((b) => parseVersion(b)!)]),
);

/** The recipe fixed a scenario on this very release (a correction `-N` of it counts as the release). */
export function verifiedOnBuild(recipe: Recipe, build: OpenClawVersion): boolean {
  const release: OpenClawVersion = { ...build, correction: undefined };
  return parsed.get(recipe)!.some((v) => compareVersions(v, release) === 0);
}
