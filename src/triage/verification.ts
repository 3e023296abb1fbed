/**
 * What a moderator's /verify needs: whether the newest evidence confirms the fix, the lines that
 * show it, what is still missing otherwise, and a short public summary for the solved thread.
 * Its own module because both the rules that confirm a fix (`Rule.verify`) and `verify()` produce it.
 */
export interface Verification {
  /** The newest evidence shows the fix took. */
  confirmed: boolean;
  /** What shows it, one line each, ids in full. */
  evidence: string[];
  /** What is still missing when not confirmed. */
  missing: string[];
  /** A short public summary for a solved thread: cause, fix, versions. */
  summary: string;
}
