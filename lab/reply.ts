/**
 * Reads a reply the way a user does: its numbered steps (text, and the code block under each),
 * then the "If that does not work" items. Only code blocks are commands; inline code is prose.
 */

export interface ReplyStep {
  section: 'steps' | 'ifFails';
  text: string;
  /** A shell command block (`sh`/`bash`/unlabelled). */
  command?: string;
  /** A config snippet block (`json5`/`json`): a file edit, not a command. */
  config?: string;
  /** A block for another shell (PowerShell) that this Linux lab cannot run. */
  foreign?: string;
}

const STEP = /^(\d+)\. (.*)$/;

export function parseReply(reply: string): ReplyStep[] {
  const lines = reply.split('\n');
  const steps: ReplyStep[] = [];
  let section: ReplyStep['section'] | undefined;
  let current: ReplyStep | undefined;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const fence = /^```(\w*)\s*$/.exec(line);
    if (fence) {
      const body: string[] = [];
      for (i++; i < lines.length && !/^```\s*$/.test(lines[i]!); i++) body.push(lines[i]!);
      if (!current) continue;
      const lang = fence[1]!.toLowerCase();
      const text = body.join('\n');
      if (lang === 'json5' || lang === 'json') current.config = text;
      else if (lang === 'powershell' || lang === 'ps1' || lang === 'pwsh') current.foreign = text;
      else if (!current.command) current.command = text;
      continue;
    }
    const numbered = STEP.exec(line);
    if (numbered && section !== 'ifFails') {
      section = 'steps';
      current = { section, text: numbered[2]! };
      steps.push(current);
      continue;
    }
    if (line === '**If that does not work**') {
      section = 'ifFails';
      current = undefined;
      continue;
    }
    if (section === 'ifFails' && line.startsWith('- ')) {
      current = { section, text: line.slice(2) };
      steps.push(current);
      continue;
    }
    if (/^\*\*/.test(line) || line.startsWith('> ') || line.startsWith('-# ')) {
      // Notes end the step above; a new bold section (what will not help, safety, asks, docs) ends the list.
      if (line.startsWith('**')) section = undefined;
      current = undefined;
      continue;
    }
    if (current && line.trim() && !line.startsWith('- ')) current.text += `\n${line}`;
  }
  return steps;
}

/** `<requestId>`, `<old deviceId>`, `<the gateway's token>`: what the reply leaves for the user to fill. */
export const PLACEHOLDER = /<([A-Za-z][\w .'’-]{0,40})>/g;

export function placeholders(command: string): string[] {
  return [...command.matchAll(PLACEHOLDER)].map((m) => m[0]);
}

/** Commands that only look; a user carries on to the next step when one of these fails. */
export function readOnly(command: string): boolean {
  return /^(openclaw (--version|config get|devices list|status|gateway (status|probe|call health|auth-token)|doctor)|echo|printenv|env|cat|ls|test|\[|grep|node -e|printf|type|which|command -v)\b/.test(
    command.trim(),
  );
}
