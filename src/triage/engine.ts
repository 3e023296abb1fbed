import type { Case } from './case.ts';
import { byPriority, stageRank } from './precedence.ts';
import type { Advice, AnyRule } from './rule.ts';
import type { Stage } from './stage.ts';

export interface Finding {
  rule: AnyRule;
  match: unknown;
}

export interface Triage {
  /** The next step for the user. */
  stage: Stage;
  /** Every rule that matched, in precedence order; the first is the one whose advice is given. */
  findings: Finding[];
  primary: Finding;
  advice: Advice;
  /** One-liners from the other findings (e.g. an upgrade note beside an approve). */
  asides: string[];
}

/**
 * Runs every rule against the case and picks the next step by precedence (src/triage/precedence.ts):
 * stage rank, then each rule's own priority. The order of `rules` does not matter.
 */
export function triage(c: Case, rules: readonly AnyRule[], fallback: AnyRule): Triage {
  const ranked: { finding: Finding; rank: number }[] = [];
  for (const rule of rules) {
    let match: unknown;
    try {
      match = rule.match(c);
    } catch {
      // A rule bug must not cost the user the rest of the diagnosis.
      match = undefined;
    }
    if (match !== undefined && match !== false) ranked.push({ finding: { rule, match }, rank: stageRank(rule, match, c) });
  }
  ranked.sort((a, b) => a.rank - b.rank || byPriority(a.finding.rule, b.finding.rule));
  const findings = ranked.map((r) => r.finding);
  // Evidence no rule claims (an unknown look-alike, say) still gets the honest "nothing matched" reply.
  if (findings.length === 0) findings.push({ rule: fallback, match: true });
  const primary = findings[0]!;
  const advice = primary.rule.advise(primary.match, c);
  const asides: string[] = [];
  for (const f of findings.slice(1)) {
    // Once it is fixed, "also in your paste: <the look-alike>" is the old problem, not news.
    if (primary.rule.stage === 'resolved' && f.rule.stage === 'other-cause') continue;
    if (primary.rule.quiets?.includes(f.rule.id)) continue;
    const line = f.rule.aside?.(f.match, c);
    if (line && !asides.includes(line)) asides.push(line);
  }
  return { stage: primary.rule.stage, findings, primary, advice, asides };
}
