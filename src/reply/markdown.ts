import type { InputNoteFact, OpenClawVersion, SecretFact } from '../evidence/facts.ts';
import type { Language } from '../evidence/language.ts';
import type { DocLink } from '../openclaw/docs.ts';
import { secretAdvice } from '../openclaw/secrets.ts';
import { verifiedOnBuild } from '../openclaw/verified-repairs.ts';
import type { Advice, Step } from '../triage/rule.ts';
import type { Stage } from '../triage/stage.ts';
import { type Translator, translator } from './catalog/index.ts';
import { MAX_NOT_FIXES, rankNotFixes, safetyAsked } from './relevance.ts';
import { splitMessages } from './split.ts';

/** Everything a reply is made of, already decided by triage. */
export interface ReplyModel {
  stage: Stage;
  advice: Advice;
  asides: readonly string[];
  docs: readonly DocLink[];
  secrets: readonly SecretFact[];
  inputNotes: readonly InputNoteFact['note'][];
  /** Code block language for steps that do not say: PowerShell for Windows users. */
  shell: 'sh' | 'powershell';
  /** The asker's language (src/evidence/language.ts); English when not given. */
  language?: Language;
  /** The asker's own words (no pastes): what they asked and what they tried. */
  prose?: string;
  /** The thread's whole text, pastes included: what the setup shows. */
  pasted?: string;
  /** The asker's build, when the thread shows it: a step whose recipe the lab has not verified on it
   * gets one hedge line. */
  build?: OpenClawVersion;
  /** Approving grants `operator.admin` to a device the evidence does not show to be the asker's own. */
  foreignAdmin?: boolean;
  /** Told every sentence that has no translation (the catalog test lists them). */
  onMissingTranslation?: (skeleton: string) => void;
}

export interface RenderedReply {
  /** The short reply: what the bot posts. */
  reply: string;
  /** The short reply cut at section boundaries into Discord messages of at most 2000 characters. */
  messages: string[];
  /** The full explanation (every "what will not help", the safety notes, every aside), as messages:
   * what the Details button shows the clicker and `--full` prints. */
  details: string[];
}

/** Asides beyond this many go to Details: the first ones are the other findings that matter most. */
const MAX_ASIDES = 1;

function renderStep(t: Translator, step: Step, n: number | undefined, shell: 'sh' | 'powershell'): string {
  const text = t.text(step.text);
  const head = n === undefined ? `- ${text}` : `${n}. ${text}`;
  if (!step.command) return head;
  const lang = step.shell ?? shell;
  return `${head}\n\`\`\`${lang}\n${step.command}\n\`\`\``;
}

/**
 * One line under the steps when some were never seen to work on the asker's build
 * (src/openclaw/verified-repairs.ts): nothing when the build is unknown or every recipe is verified on it.
 */
function unverifiedLine(t: Translator, steps: readonly Step[], build: OpenClawVersion | undefined, numbered: boolean): string | undefined {
  if (!build) return undefined;
  const unverified = steps.flatMap((s, i) => (s.recipe && !verifiedOnBuild(s.recipe, build) ? [i + 1] : []));
  if (unverified.length === 0) return undefined;
  const line =
    numbered && unverified.length === 1
      ? `Step ${unverified[0]} has not been tested on OpenClaw ${build.raw} yet: if it fails, paste its output here.`
      : `Some of these steps have not been tested on OpenClaw ${build.raw} yet: if one fails, paste its output here.`;
  return `-# ${t.text(line)}`;
}

function secretSection(t: Translator, secrets: readonly SecretFact[]): string | undefined {
  if (secrets.length === 0) return undefined;
  const kinds = [...new Set(secrets.map((s) => s.secret))];
  const names = new Set(kinds.map((k) => secretAdvice[k].name.toLowerCase()));
  const where = [...new Set(secrets.map((s) => s.label))]
    .filter((l) => !names.has(l.toLowerCase()))
    .slice(0, 3)
    .map((l) => `\`${l}\``)
    .join(', ');
  const lines = [t.chrome.secretHead(kinds.map((k) => t.text(secretAdvice[k].name)).join(', '), where)];
  for (const k of kinds) {
    const a = secretAdvice[k];
    lines.push(`- **${t.text(a.name)}**: ${t.text(a.rotate)}${a.command ? `\n\`\`\`sh\n${a.command}\n\`\`\`` : ''}`);
  }
  return lines.join('\n');
}

interface Sections {
  /** Lead, notes and steps: what must be in the first message. */
  head: string[];
  tail: string[];
  /** Something was left out of the short form. */
  trimmed: boolean;
}

function sections(model: ReplyModel, t: Translator, full: boolean): Sections {
  const { advice } = model;
  const head: string[] = [];
  const tail: string[] = [];
  let trimmed = false;
  const secret = secretSection(t, model.secrets);
  if (secret) head.push(secret);
  head.push(`**${t.text(advice.summary)}**`);
  const notes = [...new Set(model.inputNotes)].map((n) => t.chrome.inputNotes[n]);
  if (notes.length) head.push(notes.map((n) => `-# ${n}`).join('\n'));
  advice.steps.forEach((s, i) => {
    head.push(renderStep(t, s, i + 1, model.shell));
  });
  const hedge = unverifiedLine(t, advice.steps, model.build, true);
  if (hedge) head.push(hedge);
  const asides = full ? model.asides : model.asides.slice(0, MAX_ASIDES);
  if (asides.length < model.asides.length) trimmed = true;
  const remarks = [...new Set([...(advice.notes ?? []), ...asides])];
  if (remarks.length) tail.push(remarks.map((r) => `> ${t.text(r)}`).join('\n'));
  if (advice.ifFails?.length) {
    const ifFails = full ? advice.ifFails : [];
    if (ifFails.length < advice.ifFails.length) trimmed = true;
    // One hedge a reply: the fallback's own only when the steps above had none.
    const ifFailsHedge = hedge ? undefined : unverifiedLine(t, ifFails, model.build, false);
    if (ifFails.length)
      tail.push(
        [
          `**${t.chrome.ifFails}**`,
          ...ifFails.map((s) => renderStep(t, s, undefined, model.shell)),
          ...(ifFailsHedge ? [ifFailsHedge] : []),
        ].join('\n'),
      );
  }
  const allNotFixes = advice.notFixes ?? [];
  const notFixes = full ? allNotFixes : rankNotFixes(allNotFixes, model.prose ?? '', model.pasted ?? '').slice(0, MAX_NOT_FIXES);
  if (notFixes.length < allNotFixes.length) trimmed = true;
  if (notFixes.length) tail.push(`**${t.chrome.notFixes}**\n${notFixes.map((n) => `- ${t.text(n)}`).join('\n')}`);
  const showSafety = full || model.foreignAdmin === true || safetyAsked(model.prose ?? '');
  if (advice.safety?.length) {
    if (showSafety) tail.push(`**${t.chrome.safety}**\n${advice.safety.map((n) => `- ${t.text(n)}`).join('\n')}`);
    else trimmed = true;
  }
  // Commands the steps already run need no "paste the output of" line in the short form.
  const inSteps = new Set(advice.steps.map((st) => st.command?.trim()));
  const asks = full ? (advice.asks ?? []) : (advice.asks ?? []).filter((a) => !inSteps.has(a));
  if (asks.length) tail.push(t.chrome.pasteOutput(asks.map((a) => `\`${a}\``)));
  // The short form links the rule's first doc: the one its advice follows.
  const docs = full ? model.docs : model.docs.slice(0, 1);
  if (docs.length < model.docs.length) trimmed = true;
  if (docs.length) tail.push(`**${t.chrome.docs}** ${docs.map((d) => `[${d.title}](<${d.url}>)`).join(' · ')}`);
  return { head, tail, trimmed };
}

/** The footer rides with the section before it, so it never stands alone in a message. */
function withFooter(secs: string[], footer: string): string[] {
  if (secs.length === 0) return [footer];
  return [...secs.slice(0, -1), `${secs.at(-1)}\n\n${footer}`];
}

/** Renders a reply as Discord markdown: the short form the bot posts, and the full one for Details. */
export function renderReply(model: ReplyModel): RenderedReply {
  const t = translator(model.language ?? 'en', model.onMissingTranslation);
  const short = sections(model, t, false);
  const full = sections(model, t, true);
  const shortSecs = withFooter([...short.head, ...short.tail], t.chrome.footer(model.stage, short.trimmed));
  const fullSecs = withFooter([...full.head, ...full.tail], t.chrome.footer(model.stage, false));
  return { reply: shortSecs.join('\n\n'), messages: splitMessages(shortSecs), details: splitMessages(fullSecs) };
}
