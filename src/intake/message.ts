/**
 * One message as the engine reads it: what was typed, then the text of each file attached to it,
 * in order; plus the notes about files that were skipped or cut. A CLI FILE is a message with no
 * typed text and that one file.
 */
import type { FileText } from './file.ts';
import { noteOf } from './notes.ts';

export interface MessageIntake {
  text: string;
  /** One line each for files that were skipped or cut, told to the asker under the reply. */
  notes: string[];
}

export function messageOf(content: string, files: readonly FileText[]): MessageIntake {
  const texts = content ? [content] : [];
  const notes: string[] = [];
  for (const file of files) {
    if (file.kind === 'text') texts.push(file.text);
    const note = noteOf(file);
    if (note !== undefined) notes.push(note);
  }
  return { text: texts.join('\n'), notes };
}
