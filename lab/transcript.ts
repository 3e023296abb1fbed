/**
 * What one scenario on one build did, as kept in test/lab/: the messages pasted into the engine,
 * each reply, and every command the lab ran with its exit code and output. Tokens are redacted and
 * the temporary homes shown as /home/lab*, so a transcript replays the same offline.
 */
import type { Stage } from '../src/triage/stage.ts';

export type ScenarioStatus =
  /** The originally failing call succeeded after the reply's commands. */
  | 'fixed'
  /** Three replies went by and it still fails (or, for the look-alike, a reply gave approve advice). */
  | 'not-fixed'
  /** The broken state was made but the call did not fail on this build: nothing to repair. */
  | 'no-failure'
  /** The scenario does not exist on this build (a setting or behaviour it lacks). */
  | 'not-applicable'
  /** The lab could not make the broken state (or crashed): a lab problem, not an engine one. */
  | 'lab-error';

export interface Action {
  /** Where the reply put it. */
  section: 'setup' | 'steps' | 'ifFails' | 'asks' | 'check';
  actor: string;
  /** The step's own words (shortened), for reading the transcript. */
  text?: string;
  /** The command exactly as the reply printed it. */
  command?: string;
  /** What ran, when placeholders were filled (fills are listed in `filled`). */
  ran?: string;
  filled?: Record<string, string>;
  kind: 'command' | 'config-edit' | 'user-action' | 'skipped';
  exit?: number;
  output?: string;
  /** Why a step was not run, or what the lab did for a text-only step. */
  note?: string;
  ms?: number;
}

export interface Turn {
  /** The message as pasted into the engine (already redacted). */
  message: string;
  postedAt: number;
  stage: Stage;
  rules: string[];
  reply: string;
  actions: Action[];
  /** The originally failing call(s), re-run after the reply's commands. */
  check: Action[];
  fixed: boolean;
  /** Which part of the reply made it work. */
  fixedBy?: 'steps' | 'ifFails';
}

export interface Transcript {
  lab: 1;
  scenario: string;
  title: string;
  version: string;
  /** `openclaw --version` as printed. */
  build?: string;
  node: string;
  startedAt: string;
  /** The engine that replied: a commit of this repository, or the working tree. */
  engine: string;
  /** How the broken state was made. */
  setup: Action[];
  setupNotes: string[];
  turns: Turn[];
  status: ScenarioStatus;
  /** Replies it took (the turn whose commands fixed it). */
  replies?: number;
  note?: string;
  /** Look-alike only: did any reply at the look-alike stage give approve/remove advice? */
  approveAdvice?: boolean;
  seconds: number;
}

const DEVICE_TOKEN = '<REDACTED:device-token>';

export type Redactor = (text: string) => string;

/** Replaces every known secret and the temporary homes; also any `"token": "…"` value it was not told about. */
export function makeRedactor(secrets: Iterable<string>, gatewayTokens: Iterable<string>, homes: Iterable<[string, string]>): Redactor {
  const gw = new Set(gatewayTokens);
  const list = [...new Set([...secrets, ...gw])].filter((s) => s.length >= 8).sort((a, b) => b.length - a.length);
  const homeList = [...homes].sort((a, b) => b[0].length - a[0].length);
  return (text: string) => {
    let out = text;
    for (const s of list) {
      if (!out.includes(s)) continue;
      const mark = gw.has(s) ? `<REDACTED:gateway-token:${s.length}-hex-chars>` : DEVICE_TOKEN;
      out = out.split(s).join(mark);
    }
    out = out.replace(/("(?:token|deviceToken|bootstrapToken)"\s*:\s*")([^"<]{16,})(")/g, `$1${DEVICE_TOKEN}$3`);
    for (const [real, shown] of homeList) out = out.split(real).join(shown);
    return out;
  };
}

/** A transcript as a readable Markdown page (written beside the JSON in the cache, not in the repo). */
export function transcriptMarkdown(t: Transcript): string {
  const lines: string[] = [];
  lines.push(`# ${t.scenario} on ${t.version}`, '', `${t.title}`, '');
  lines.push(`- build: ${t.build ?? '?'} · node ${t.node} · engine ${t.engine} · ${t.startedAt} · ${t.seconds} s`);
  lines.push(
    `- result: **${t.status}**${t.replies ? ` in ${t.replies} repl${t.replies === 1 ? 'y' : 'ies'}` : ''}${t.note ? `: ${t.note}` : ''}`,
  );
  if (t.approveAdvice !== undefined) lines.push(`- look-alike got approve advice: ${t.approveAdvice ? 'YES (wrong)' : 'no'}`);
  lines.push('', '## Setup', '');
  for (const n of t.setupNotes) lines.push(`- ${n}`);
  for (const a of t.setup) lines.push(...actionLines(a));
  t.turns.forEach((turn, i) => {
    lines.push(
      '',
      `## Message ${i + 1}`,
      '',
      '```',
      turn.message.trimEnd(),
      '```',
      '',
      `### Reply ${i + 1} (\`${turn.stage}\`: ${turn.rules.join(', ')})`,
      '',
    );
    lines.push(
      turn.reply
        .split('\n')
        .map((l) => `> ${l}`)
        .join('\n'),
      '',
      `### What the lab did with reply ${i + 1}`,
      '',
    );
    for (const a of turn.actions) lines.push(...actionLines(a));
    lines.push(
      '',
      `Check (the originally failing call): ${turn.fixed ? `**fixed**${turn.fixedBy ? ` (by the reply's ${turn.fixedBy === 'ifFails' ? '"If that does not work" part' : 'steps'})` : ''}` : 'still failing'}`,
      '',
    );
    for (const a of turn.check) lines.push(...actionLines(a));
  });
  return `${lines.join('\n')}\n`;
}

function actionLines(a: Action): string[] {
  const head = `- [${a.section}/${a.actor}] ${a.kind}${a.exit !== undefined ? ` · exit ${a.exit}` : ''}${a.note ? ` · ${a.note}` : ''}`;
  const out = [head];
  if (a.text) out.push(`  - step: ${a.text.split('\n')[0]!.slice(0, 200)}`);
  if (a.command) out.push('  ```sh', ...(a.ran ?? a.command).split('\n').map((l) => `  ${l}`), '  ```');
  if (a.output?.trim()) {
    const body = a.output.trimEnd().split('\n');
    const shown = body.length > 40 ? [...body.slice(0, 20), `… (${body.length - 40} lines) …`, ...body.slice(-20)] : body;
    out.push('  ```', ...shown.map((l) => `  ${l}`), '  ```');
  }
  return out;
}

/** The text a user pastes for one command: the prompt line, what it printed, the exit code. */
export function pasteOf(a: Action): string {
  if (a.kind === 'config-edit') return `(edited ${a.note ?? 'openclaw.json'})\n`;
  if (a.kind !== 'command') return '';
  const out = (a.output ?? '').replace(/\s+$/, '');
  return `$ ${a.ran ?? a.command}\n${out}${out ? '\n' : ''}[exit code: ${a.exit}]\n`;
}
