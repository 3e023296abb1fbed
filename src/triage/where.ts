import type { Where } from '../evidence/facts.ts';

/** `a` was seen earlier in the thread than `b`: an earlier message, or an earlier line of one. */
export function before(a: Where, b: Where): boolean {
  return a.message < b.message || (a.message === b.message && a.line < b.line);
}
