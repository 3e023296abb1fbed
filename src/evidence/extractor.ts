import type { Fact } from './facts.ts';
import type { Paste } from './paste.ts';

/**
 * An extractor reads one kind of paste (one file per kind under src/evidence/) and returns the
 * facts it proves. It is pure, never throws on any input, and runs in time linear in the text:
 * scan with `indexOf` for a keyword first, and only use anchored regexes without nested
 * quantifiers on the lines around a hit.
 */
export interface Extractor {
  /** Kebab-case name, the same as the file name. */
  name: string;
  extract(paste: Paste): Fact[];
}

export function defineExtractor(e: Extractor): Extractor {
  return e;
}
