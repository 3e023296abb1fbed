/**
 * The engine's one entry point: a thread's messages in, a diagnosis and its reply out.
 * Pure and Discord-free; the bot, /diagnose, the CLI, tests and benchmarks all call this.
 */

import type { SecretFact, SecretKind } from './evidence/facts.ts';
import { type Language, saysAnything, threadLanguage, threadProse } from './evidence/language.ts';
import { extractThread } from './evidence/thread.ts';
import type { DocLink } from './openclaw/docs.ts';
import { isLoopbackIp } from './openclaw/loopback.ts';
import { renderReply } from './reply/markdown.ts';
import { fallbackRule, rules } from './rules/index.ts';
import { lookalikeExtractors } from './rules/other-cause/index.ts';
import { placeAdvice } from './rules/wrappers.ts';
import { Case } from './triage/case.ts';
import { triage } from './triage/engine.ts';
import type { Stage } from './triage/stage.ts';
import type { Verification } from './triage/verification.ts';
import { verify } from './triage/verify.ts';

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
  /** The reply's language; by default the asker's, read from their latest message with prose. */
  language?: Language;
  /** Told every reply sentence that has no translation in the asker's language (tests list them). */
  onMissingTranslation?: (skeleton: string) => void;
  /** The forum post's title. Read only when the messages alone decide nothing (see `diagnose`). */
  title?: string;
}

export interface Finding {
  rule: string;
  stage: Stage;
  title: string;
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
  /** The full explanation as messages (every note, "what will not help", safety): the Details
   * button shows it to the clicker alone, `--full` prints it. */
  details?: string[];
  /** The language the reply is written in: the asker's. */
  language?: Language;
  /** OpenClaw-shaped evidence (pairing, a look-alike, or a pasted secret) is present: auto-replies
   * stay silent when this is false. */
  relevant: boolean;
  /** Kinds of secrets found in the thread (never their values). */
  secrets: SecretKind[];
  verification: Verification;
}

/** Stages that decide nothing: the reply asks for evidence or says none was found. */
const UNDECIDED: ReadonlySet<Stage> = new Set(['no-match', 'need-evidence']);

/**
 * Forum askers often put the error in the post's title and only a screenshot or a question in the
 * body (`disconnected (1008): pairing required` as the title, "see screenshot" below). The title is
 * read as the first line of the first message, but only when the messages alone decide nothing: a
 * title is the asker's summary, often a guess ("pairing error" over a token mismatch), so it never
 * outranks what they pasted. It is taken only where it decides something (it leaves need-evidence
 * or no-match). The reply speaks the language of the asker's messages, or of the title when the
 * messages hold no prose of theirs.
 */
export function diagnose(messages: readonly ThreadMessage[], opts: DiagnoseOptions = {}): Diagnosis {
  const title = typeof opts.title === 'string' ? opts.title.trim().slice(0, 300) : '';
  // The asker's language from their messages; from the title only when the messages hold no prose
  // of theirs (a pasted error and a screenshot under a Chinese title).
  const language = opts.language ?? threadLanguage(title ? [{ text: title }, ...messages] : messages);
  const body = diagnoseMessages(messages, { ...opts, language });
  if (!title || !UNDECIDED.has(body.stage) || messages.length === 0) return body;
  // Reading the thread again costs a whole extraction (a 10 MB log twice): only when the title alone
  // holds any evidence at all, which "Help!" or "this error" does not.
  if (extractThread([{ text: title }], lookalikeExtractors).length === 0) return body;
  const first = messages[0]!;
  const titled: ThreadMessage[] = [
    { ...first, text: `${title}\n\n${typeof first.text === 'string' ? first.text : ''}` },
    ...messages.slice(1),
  ];
  const withTitle = diagnoseMessages(titled, { ...opts, language });
  const decides = !UNDECIDED.has(withTitle.stage) || (body.stage === 'no-match' && withTitle.stage === 'need-evidence');
  return decides ? withTitle : body;
}

function diagnoseMessages(messages: readonly ThreadMessage[], opts: DiagnoseOptions): Diagnosis {
  const facts = extractThread(messages, lookalikeExtractors);
  const at = opts.at ?? messages.at(-1)?.postedAt;
  const lastWords = messages.findLastIndex((m) => typeof m?.text === 'string' && saysAnything(m.text));
  const c = new Case(facts, { messageCount: messages.length, lastWords: lastWords === -1 ? undefined : lastWords, at });
  const t = triage(c, rules, fallbackRule);
  const findings = t.findings
    .filter((f) => f.rule.stage !== 'no-match' || t.findings.length === 1)
    .map((f) => ({ rule: f.rule.id, stage: f.rule.stage, title: f.rule.title }));
  const secrets = c.all('secret');
  const docs = dedupeDocs(t.primary.rule.docs);
  // Wherever the gateway runs (a container, a sandbox, a template), its commands run there too:
  // applied here, above triage, so the engine imports no rule.
  const advice = placeAdvice(t.advice, c);
  const language = opts.language ?? threadLanguage(messages);
  const rendered = renderReply({
    stage: t.stage,
    advice,
    asides: t.asides,
    docs,
    secrets,
    inputNotes: c.all('input-note').map((n) => n.note),
    shell: c.onWindows ? 'powershell' : 'sh',
    language,
    prose: threadProse(messages),
    pasted: messages.map((m) => (typeof m?.text === 'string' ? m.text : '')).join('\n'),
    build: c.build?.version,
    foreignAdmin: t.stage === 'fresh-approve' && grantsAdminToForeignDevice(c),
    onMissingTranslation: opts.onMissingTranslation,
  });
  return {
    stage: t.stage,
    findings,
    asks: advice.asks ?? [],
    reply: rendered.reply,
    messages: rendered.messages,
    details: rendered.details,
    language,
    relevant: t.stage !== 'no-match' || secrets.length > 0,
    secrets: [...new Set(secrets.map((s: SecretFact) => s.secret))],
    verification: verify(c, t),
  };
}

/** The request to approve asks for `operator.admin` and came from another address than this host. */
function grantsAdminToForeignDevice(c: Case): boolean {
  try {
    const request = c.requestToApprove;
    if (!request?.scopes?.includes('operator.admin')) return false;
    const ip = c.devicesList?.pending.find((p) => p.requestId === request.requestId)?.remoteIp;
    return ip !== undefined && !isLoopbackIp(ip);
  } catch {
    return false;
  }
}

function dedupeDocs(docs: readonly DocLink[]): DocLink[] {
  const seen = new Set<string>();
  return docs.filter((d) => !seen.has(d.url) && seen.add(d.url));
}
