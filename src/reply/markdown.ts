import type { InputNoteFact, SecretFact } from '../evidence/facts.ts';
import type { Advice, DocLink, Step } from '../triage/rule.ts';
import type { Stage } from '../triage/stage.ts';
import { secretAdvice } from '../../rules/secrets.ts';
import { splitMessages } from './split.ts';

/** Everything a reply is made of, already decided by triage. */
export interface ReplyModel {
  stage: Stage;
  advice: Advice;
  asides: readonly string[];
  docs: readonly DocLink[];
  secrets: readonly SecretFact[];
  inputNotes: readonly InputNoteFact['note'][];
  ruleIds: readonly string[];
  /** Code block language for steps that do not say: PowerShell for Windows users. */
  shell: 'sh' | 'powershell';
}

export interface RenderedReply {
  /** The whole reply. */
  reply: string;
  /** The reply cut at section boundaries into Discord messages of at most 2000 characters. */
  messages: string[];
}

const INPUT_NOTES: Record<InputNoteFact['note'], string> = {
  binary: 'One attachment looked binary, so I skipped it: paste text output (or a `.txt`/`.log`/`.json` file) instead.',
  'truncated-json':
    'Your `devices list --json` paste was cut off, so I used only the complete entries: paste the rest (or attach it as a `.json` file).',
  'wrapped-table-ids':
    'The table wrapped some ids across lines, so I did not use them: `openclaw devices list --json` gives whole ids.',
};

function renderStep(step: Step, n: number | undefined, shell: 'sh' | 'powershell'): string {
  const head = n === undefined ? `- ${step.text}` : `${n}. ${step.text}`;
  if (!step.command) return head;
  const lang = step.shell ?? shell;
  return `${head}\n\`\`\`${lang}\n${step.command}\n\`\`\``;
}

function secretSection(secrets: readonly SecretFact[]): string | undefined {
  if (secrets.length === 0) return undefined;
  const kinds = [...new Set(secrets.map((s) => s.secret))];
  const names = new Set(kinds.map((k) => secretAdvice[k].name.toLowerCase()));
  const where = [...new Set(secrets.map((s) => s.label))].filter((l) => !names.has(l.toLowerCase())).slice(0, 3).join(', ');
  const lines = [
    `⚠️ **You pasted a secret** (${kinds.map((k) => secretAdvice[k].name).join(', ')}${where ? `, seen in ${where}` : ''}). ` +
      'Delete that message (or attachment) now; I have not repeated it here. Then rotate it:',
  ];
  for (const k of kinds) {
    const a = secretAdvice[k];
    lines.push(`- **${a.name}**: ${a.rotate}${a.command ? `\n\`\`\`sh\n${a.command}\n\`\`\`` : ''}`);
  }
  return lines.join('\n');
}

/** Renders a reply as Discord markdown. The CLI prints exactly this too. */
export function renderReply(model: ReplyModel): RenderedReply {
  const { advice } = model;
  const sections: string[] = [];
  const secret = secretSection(model.secrets);
  if (secret) sections.push(secret);
  sections.push(`**${advice.summary}**`);
  const notes = [...new Set(model.inputNotes)].map((n) => INPUT_NOTES[n]);
  if (notes.length) sections.push(notes.map((n) => `-# ${n}`).join('\n'));
  advice.steps.forEach((s, i) => sections.push(renderStep(s, i + 1, model.shell)));
  const remarks = [...new Set([...(advice.notes ?? []), ...model.asides])];
  if (remarks.length) sections.push(remarks.map((r) => `> ${r}`).join('\n'));
  if (advice.ifFails?.length) {
    sections.push(['**If that does not work**', ...advice.ifFails.map((s) => renderStep(s, undefined, model.shell))].join('\n'));
  }
  if (advice.notFixes?.length) sections.push(`**What will not help**\n${advice.notFixes.map((n) => `- ${n}`).join('\n')}`);
  if (advice.safety?.length) sections.push(`**Is this safe? Will I need it again?**\n${advice.safety.map((n) => `- ${n}`).join('\n')}`);
  if (advice.asks?.length) {
    sections.push(
      `**Paste the output of** ${advice.asks.map((a) => `\`${a}\``).join(' and ')} if it still fails.`,
    );
  }
  if (model.docs.length) sections.push(`**Docs:** ${model.docs.map((d) => `[${d.title}](<${d.url}>)`).join(' · ')}`);
  sections.push(`-# claw-triage · stage: \`${model.stage}\`${model.ruleIds.length ? ` · ${model.ruleIds.join(', ')}` : ''}`);
  const reply = sections.join('\n\n');
  return { reply, messages: splitMessages(sections) };
}
