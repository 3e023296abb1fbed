/**
 * Which finding leads, as data: the stage first, then the priority each rule declares in its own
 * file (bands: `Priority` in rule.ts), then the id. Neither the registry's order nor the order in
 * which rules matched decides anything.
 */
import type { Case } from './case.ts';
import type { AnyRule } from './rule.ts';
import { stages } from './stage.ts';

/**
 * A matched rule's stage rank, lowest leads. Stages rank in the order of `stages`
 * (src/triage/stage.ts), with two exceptions. A fix the newest evidence confirms leads everything:
 * older look-alike pastes are history, not the next step. A look-alike (`other-cause`) only leads
 * when the thread has no pairing signal at all, since a token mismatch often turns into a real
 * pairing request on the next try (docs/openclaw-facts.md §11, A5) and then the pairing advice is what
 * helps; a look-alike that blocks the client whatever else the thread shows says so itself.
 */
export function stageRank(rule: AnyRule, match: unknown, c: Case): number {
  if (rule.stage === 'resolved') return -1;
  if (rule.yields) return stages.length + 1;
  if (rule.stage === 'other-cause' && c.hasPairingSignal && !rule.leadsOverPairing?.(match, c)) return stages.length;
  return stages.indexOf(rule.stage);
}

/** Within a stage: the higher priority first, the id as a last word (priorities are unique per stage). */
export function byPriority(a: AnyRule, b: AnyRule): number {
  return b.priority - a.priority || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}
