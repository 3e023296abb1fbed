/**
 * How much file text one thread may hold: past it, later files are skipped with a note, so one
 * thread cannot make the bot (or the CLI) read gigabytes. Files are read newest first, so the
 * budget goes to the latest evidence.
 */
import { type FileText, skipped } from './file.ts';

/** Characters of file text read for one thread. */
export const threadBudgetChars = 20 * 1024 * 1024;

/** A reader that stops reading once the budget is spent. */
export function budgeted<R extends { name: string }, O>(
  read: (ref: R, opts?: O) => Promise<FileText>,
  chars: number = threadBudgetChars,
): (ref: R, opts?: O) => Promise<FileText> {
  let left = chars;
  return async (ref, opts) => {
    if (left <= 0) return skipped(ref.name, { why: 'over-budget' });
    const result = await read(ref, opts);
    if (result.kind === 'text') left -= result.text.length;
    return result;
  };
}
