import type { DocLink } from '../openclaw/docs.ts';
import type { Recipe } from '../openclaw/verified-repairs.ts';
import type { Case } from './case.ts';
import type { Stage } from './stage.ts';
import type { Verification } from './verification.ts';

/** One numbered step of a reply: a sentence and at most one command (one code block, copyable on a phone). */
export interface Step {
  text: string;
  command?: string;
  /** The shell the command is for, when it differs by platform. */
  shell?: 'sh' | 'powershell';
  /** The repair recipe the step was built from: the reply says when the lab has not verified it on
   * the asker's build. */
  recipe?: Recipe;
}

/** What a rule advises. Every id in a command comes from the case, never from the rule's own text. */
export interface Advice {
  /** First line of the reply: what is happening, device and scopes named. */
  summary: string;
  steps: Step[];
  /** What to do if the steps do not work. */
  ifFails?: Step[];
  /** "What will not help", one short line each. */
  notFixes?: string[];
  /** "Is this safe? Will I need it again?" */
  safety?: string[];
  /** Commands whose output the user should paste next. */
  asks?: string[];
  /** Short extra remarks (a version note, a warning). */
  notes?: string[];
}

/** A thread given as fixture paths (relative to test/fixtures/) or inline text, oldest first. */
export type ExampleMessage = string | { text: string };

export interface Example {
  name?: string;
  thread: ExampleMessage[];
  /** ISO time of the paste (for expiry). */
  at?: string;
  /** For `fires`: the diagnosis stage and strings the reply must contain / must not contain. */
  expect?: { stage?: Stage; mentions?: string[]; absent?: string[] };
}

/**
 * A rule's rank within its stage, declared in its own file: when rules of one stage match together,
 * the higher priority leads. The stage decides first (src/triage/precedence.ts); no two rules of a
 * stage share a priority (test/rules/registry.test.ts), so the registry's order never decides.
 * An integer in one of these bands, highest first; steps of ten leave room for a new rule:
 * - 900–999 a cause: it explains other findings of its stage, which are its symptoms (a redacted
 *   gateway secret explains the token mismatch, which explains the lock-out after too many tries).
 * - 700–899 named: the pasted output names the very thing to act on (a cut requestId, a deviceId
 *   typed as a requestId, the live request of the failing device, a particular error). A more
 *   specific diagnosis outranks the general one of its stage.
 * - 500–699 described: the asker's own account of what failed, weaker than printed output and more
 *   to the point than the general advice.
 * - 100–499 general: the stage's advice from the situation (a new device waiting, an old build, a
 *   device list with nothing pending).
 * - 0–99 the catch-all: the stage's last resort (a bare `unauthorized`, nothing recognised).
 */
export type Priority = number;

export interface Rule<M = unknown> {
  /** Kebab-case id, the same as the file name. */
  id: string;
  stage: Stage;
  /** Where it stands among its own stage's rules when several match (bands: `Priority`). */
  priority: Priority;
  /** One line, shown in findings. */
  title: string;
  docs: DocLink[];
  /** Facts in, a match (or undefined) out. Pure. */
  match(c: Case): M | undefined;
  /** Tailored advice for the match. Pure. */
  advise(m: M, c: Case): Advice;
  /** One line to add when this rule matched but another rule's stage won (e.g. "also upgrade"). */
  aside?(m: M, c: Case): string | undefined;
  /** A failed attempt at a fix rather than the failure itself (a refused `devices rotate`): it leads
   * only when no other rule has a diagnosis, and is an aside otherwise. */
  yields?: boolean;
  /** Rules whose aside is beside the point when this one leads (the internal-call fix of a build says
   * nothing about a device on another machine). */
  quiets?: readonly string[];
  /** For a look-alike: true when it blocks the client even though the thread also shows pairing (the
   * engine otherwise lets pairing lead, since a token mismatch often turns into a real request). */
  leadsOverPairing?(m: M, c: Case): boolean;
  /** A rule that confirms a fix (stage `resolved`) says, when it leads, what a moderator's /verify
   * shows: its own evidence, in its own words. Other rules leave it to `verify()`. */
  verify?(m: M, c: Case): Verification;
  /** Its own examples: its tests and its documentation. At least one of each. */
  examples: { fires: Example[]; silent: Example[] };
}

export function defineRule<M>(rule: Rule<M>): Rule<M> {
  return rule;
}

/** A rule's erased form, as the engine and the registry hold it: each rule's match type is its own. */
// biome-ignore lint/suspicious/noExplicitAny: the registry holds rules of every match type; each rule's own file keeps its type.
export type AnyRule = Rule<any>;
