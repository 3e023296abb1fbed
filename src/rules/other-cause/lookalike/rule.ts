/**
 * The look-alike rule: one file per cause (rules/other-cause/<cause>.ts) declares how its failure
 * shows in text (its causes, needles, `authReason`s, close causes, described-in-prose patterns: see
 * src/evidence/lookalike-signs.ts) next to the advice for it. `lookalikeRule` turns that into a Rule
 * that matches the facts of its causes, and keeps the declarations on the rule so that
 * rules/other-cause/index.ts can build the extractors from every registered rule.
 */
import type { LookalikeCause, LookalikeClient, LookalikeFact } from '../../../evidence/facts.ts';
import type { LookalikeSigns } from '../../../evidence/lookalike-signs.ts';
import { before, type Case } from '../../../triage/case.ts';
import type { AnyRule, Rule } from '../../../triage/rule.ts';

export interface LookalikeMatch {
  /** The newest fact of the rule's causes: the failure the user is looking at now. */
  fact: LookalikeFact;
  /** Every fact of the rule's causes, oldest first. */
  facts: LookalikeFact[];
}

/**
 * A thread can hold an old failure the user already fixed and a new one. Only look-alikes from the
 * newest message that has a specific one count, so the reply is about the failure in front of the
 * user. The generic bare `unauthorized` does not make a message "newer": a client-side bare
 * `unauthorized` pasted after the gateway log that names the reason must not hide that reason.
 */
export function matchCauses(c: Case, causes: readonly LookalikeCause[]): LookalikeMatch | undefined {
  // What the asker describes only counts when nothing printed says what failed.
  const printed = c.all('lookalike').filter((f) => !f.described);
  const all = printed.some((f) => f.cause !== 'unauthorized') ? printed : c.all('lookalike');
  const facts = all.filter((f) => causes.includes(f.cause));
  const fact = facts.at(-1);
  if (!fact) return undefined;
  let newest = -1;
  for (const f of all) if (f.cause !== 'unauthorized' && f.at.message > newest) newest = f.at.message;
  if (fact.cause !== 'unauthorized' && fact.at.message < newest) return undefined;
  return { fact, facts };
}

/** The client the failure is about: the newest fact that says, most specific wins. */
export function clientOf(m: LookalikeMatch, c: Case): LookalikeClient | undefined {
  let found: LookalikeClient | undefined;
  for (let i = m.facts.length - 1; i >= 0; i--) {
    const k = m.facts[i]!.client;
    if (!k) continue;
    if (!found || (found === 'cli' && (k === 'cli-local' || k === 'cli-remote'))) found = k;
    if (found !== 'cli') break;
  }
  if (found === undefined || found === 'cli') {
    // The `Gateway target:` block read by the gateway-closed extractor says where the CLI went.
    const source = c.latest('gateway-closed')?.source;
    if (source?.startsWith('local')) return 'cli-local';
    if (source && (source.includes('--url') || source.includes('OPENCLAW_GATEWAY_URL') || source.includes('remote.url'))) {
      return source.startsWith('missing') ? 'cli-local' : 'cli-remote';
    }
  }
  return found;
}

/** The look-alike came after the thread's last pairing failure: it is what the client hits now. */
export function afterLastPairingFailure(m: LookalikeMatch, c: Case): boolean {
  const last = c.lastPairingFailure;
  return !last || before(last, m.fact.at);
}

/** What a look-alike rule file writes: the rule's own fields (whatever Rule grows) and its signs. */
export type LookalikeRuleSpec = Omit<Rule<LookalikeMatch>, 'stage' | 'match' | 'aside'> &
  Omit<LookalikeSigns, 'rule'> & {
    /** One line for when a pairing finding leads and this look-alike is also present. */
    aside?: string;
  };

/** A rule made by `lookalikeRule`: it carries what it declared about its failure's text. */
export type LookalikeRule = Rule<LookalikeMatch> & { signs: LookalikeSigns };

export function isLookalikeRule(r: AnyRule): r is LookalikeRule {
  return 'signs' in r && typeof r.signs === 'object' && r.signs !== null;
}

export function lookalikeRule(spec: LookalikeRuleSpec): LookalikeRule {
  const { causes, phrases, authReasons, closeCauses, closeReasonIsDetail, lineDetail, refine, described, aside, ...rule } = spec;
  const signs: LookalikeSigns = { rule: rule.id, causes };
  if (phrases) signs.phrases = phrases;
  if (authReasons) signs.authReasons = authReasons;
  if (closeCauses) signs.closeCauses = closeCauses;
  if (closeReasonIsDetail) signs.closeReasonIsDetail = closeReasonIsDetail;
  if (lineDetail) signs.lineDetail = lineDetail;
  if (refine) signs.refine = refine;
  if (described) signs.described = described;
  return {
    ...rule,
    stage: 'other-cause',
    match: (c) => matchCauses(c, causes),
    aside: () => aside ?? `Also in your paste: ${rule.title.charAt(0).toLowerCase()}${rule.title.slice(1)}.`,
    signs,
  };
}
