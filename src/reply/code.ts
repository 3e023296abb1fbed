import { plain } from '../evidence/plain.ts';

/** An inline code span around pasted text, whatever it holds (see plain.ts for why not escapes). */
export function code(s: string): string {
  const p = plain(s);
  return p === '' ? '` `' : `\`${p}\``;
}
