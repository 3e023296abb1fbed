/**
 * The engine's one entry point: a thread's messages in, a diagnosis and its reply out.
 * Pure and Discord-free; the bot, /diagnose, the CLI, tests and benchmarks all call this.
 */
import type { SecretKind } from './evidence/facts.ts';
import type { Stage } from './triage/stage.ts';

export interface ThreadMessage {
  /** The message's whole text: content plus the text of its attachments, already joined. */
  text: string;
  /** When it was posted (ms epoch); lets the engine judge a pending request expired. */
  postedAt?: number;
}

export interface DiagnoseOptions {
  /** Time of the paste (ms epoch). Defaults to the newest message's `postedAt`; without either,
   * no request is judged expired. */
  at?: number;
}

export interface Finding {
  rule: string;
  stage: Stage;
  title: string;
}

export interface Verification {
  /** The newest evidence shows the fix took. */
  confirmed: boolean;
  /** What shows it, one line each, ids in full. */
  evidence: string[];
  /** What is still missing when not confirmed. */
  missing: string[];
  /** A short public summary for a solved thread: cause, fix, versions. */
  summary: string;
}

export interface Diagnosis {
  stage: Stage;
  findings: Finding[];
  /** Commands whose output the user should paste next. */
  asks: string[];
  /** The whole reply, Discord markdown. */
  reply: string;
  /** The reply split into Discord messages of at most 2000 characters. */
  messages: string[];
  /** OpenClaw-shaped evidence (pairing, a look-alike, or a pasted secret) is present: auto-replies
   * stay silent when this is false. */
  relevant: boolean;
  /** Kinds of secrets found in the thread (never their values). */
  secrets: SecretKind[];
  verification: Verification;
}

export function diagnose(messages: readonly ThreadMessage[], opts: DiagnoseOptions = {}): Diagnosis {
  void messages;
  void opts;
  const reply = 'placeholder';
  return {
    stage: 'no-match',
    findings: [],
    asks: [],
    reply,
    messages: [reply],
    relevant: false,
    secrets: [],
    verification: { confirmed: false, evidence: [], missing: [], summary: '' },
  };
}
