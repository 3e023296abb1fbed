/**
 * What the asker is told about their files: one line for each file that was skipped or cut, in one
 * wording whichever way the file came in (the CLI, an auto-reply, /diagnose, the message menu), set
 * under the reply in small print.
 */
import { DISCORD_MESSAGE_LIMIT } from '../reply/split.ts';
import type { FileText, SkipReason } from './file.ts';

/** More would bury the reply; the same note twice (one file in two messages) is said once. */
const maxNotes = 5;

/** The line about a file, or none when it was read whole. */
export function noteOf(file: FileText): string | undefined {
  if (file.kind === 'text') return file.cut ? `${file.name} is large: I read only its beginning and its end.` : undefined;
  return `I skipped ${file.name}: ${reasonText(file.reason)}. Paste its text, or attach it as a .txt or .log file.`;
}

function reasonText(reason: SkipReason): string {
  switch (reason.why) {
    case 'not-text':
      return `not a text file (${reason.type ?? 'binary content'})`;
    case 'download-failed':
      return `could not be downloaded (${reason.detail})`;
    case 'late':
      return `it did not download within ${reason.seconds} s`;
    case 'over-budget':
      return 'the thread already holds as much pasted text as I read at once';
  }
}

/** The notes as Discord small print (`-# `), or '' for none. */
export function notesBlock(notes: readonly string[]): string {
  const unique = [...new Set(notes)].slice(0, maxNotes);
  return unique
    .map((n) => `-# ${n}`)
    .join('\n')
    .slice(0, DISCORD_MESSAGE_LIMIT);
}

/** The reply's messages with the notes under the last one, or after it when that one is full. */
export function withNotes(messages: readonly string[], notes: readonly string[]): string[] {
  const parts = messages.length > 0 ? [...messages] : [''];
  const block = notesBlock(notes);
  if (block === '') return parts;
  const last = parts[parts.length - 1]!;
  if (last.length + 1 + block.length <= DISCORD_MESSAGE_LIMIT) parts[parts.length - 1] = last ? `${last}\n${block}` : block;
  else parts.push(block);
  return parts;
}
