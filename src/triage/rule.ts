import type { DocLink } from '../openclaw/docs.ts';
import type { Case } from './case.ts';
import type { Stage } from './stage.ts';
import type { Verification } from './verification.ts';

/** One numbered step of a reply: a sentence and at most one command (one code block, copyable on a phone). */
export interface Step {
  text: string;
  command?: string;
  /** The shell the command is for, when it differs by platform. */
  shell?: 'sh' | 'powershell';
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

export interface Rule<M = unknown> {
  /** Kebab-case id, the same as the file name. */
  id: string;
  stage: Stage;
  /** One line, shown in findings. */
  title: string;
  docs: DocLink[];
  /** Facts in, a match (or undefined) out. Pure. */
  match(c: Case): M | undefined;
  /** Tailored advice for the match. Pure. */
  advise(m: M, c: Case): Advice;
  /** One line to add when this rule matched but another rule's stage won (e.g. "also upgrade"). */
  aside?(m: M, c: Case): string | undefined;
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
