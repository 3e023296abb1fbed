import type { Case } from './case.ts';
import type { Advice, AnyRule } from './rule.ts';
import { stages, type Stage } from './stage.ts';

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
 * Runs every rule against the case and picks the next step. Stages rank in the order of `stages`
 * (src/triage/stage.ts), with one exception: a look-alike (`other-cause`) only leads when the thread
 * has no pairing signal at all, since a token mismatch often turns into a real pairing request on
 * the next try (reference §11.A5) and then the pairing advice is what helps.
 */
export function triage(c: Case, rules: readonly AnyRule[], fallback: AnyRule): Triage {
  const matched: Finding[] = [];
  for (const rule of rules) {
    let match: unknown;
    try {
      match = rule.match(c);
    } catch {
      // A rule bug must not cost the user the rest of the diagnosis.
      match = undefined;
    }
    if (match !== undefined && match !== false) matched.push({ rule, match });
  }
  const rank = (f: Finding): number => {
    // The newest evidence says it is fixed: older look-alike pastes are history, not the next step.
    if (f.rule.stage === 'resolved') return -1;
    if (f.rule.stage === 'other-cause' && c.hasPairingSignal && !f.rule.leadsOverPairing?.(f.match, c)) return stages.length;
    return stages.indexOf(f.rule.stage);
  };
  const findings = matched
    .map((f, i) => ({ f, i }))
    .sort((a, b) => rank(a.f) - rank(b.f) || a.i - b.i)
    .map(({ f }) => f);
  // Evidence no rule claims (an unknown look-alike, say) still gets the honest "nothing matched" reply.
  if (findings.length === 0) findings.push({ rule: fallback, match: true });
  const primary = findings[0]!;
  const advice = primary.rule.advise(primary.match, c);
  const asides: string[] = [];
  for (const f of findings.slice(1)) {
    // Once it is fixed, "also in your paste: <the look-alike>" is the old problem, not news.
    if (primary.rule.stage === 'resolved' && f.rule.stage === 'other-cause') continue;
    const line = f.rule.aside?.(f.match, c);
    if (line && !asides.includes(line)) asides.push(line);
  }
  return { stage: primary.rule.stage, findings, primary, advice, asides };
}
