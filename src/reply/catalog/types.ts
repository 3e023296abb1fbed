import type { InputNoteFact } from '../../evidence/facts.ts';

/** The renderer's own words in one language. */
export interface Chrome {
  ifFails: string;
  notFixes: string;
  safety: string;
  docs: string;
  /** `**Paste the output of** a and b if it still fails.` from the asks already in code spans. */
  pasteOutput(asks: readonly string[]): string;
  /** The footer: never alone in a message, no rule ids. */
  footer(stage: string, more: boolean): string;
  secretHead(names: string, where: string): string;
  /** Joins the parts of a list in prose ("a and b"). */
  and: string;
  or: string;
  inputNotes: Record<InputNoteFact['note'], string>;
  /** Button labels under a reply. */
  buttons: { fixed: string; failing: string; dismiss: string; details: string };
  /** What a click on those buttons answers, to the clicker alone. */
  popups: Popups;
}

export interface Popups {
  fixedOwner: string;
  fixedOther: string;
  failing: string;
  dismissNotAllowed: string;
  detailsOutsideThread: string;
}

/** A language's catalog: its chrome, and rule sentences keyed by their English skeleton (src/reply/skeleton.ts). */
export interface Catalog {
  chrome: Chrome;
  /** English skeleton → translated skeleton, same `{n}` placeholders. */
  sentences: Readonly<Record<string, string>>;
  /** Client labels (src/openclaw/clients.ts) in this language. */
  labels: Readonly<Record<string, string>>;
}
