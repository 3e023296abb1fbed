import type { Fact } from './facts.ts';
import type { Paste } from './paste.ts';

/**
 * An extractor reads one kind of paste (one file per kind under src/evidence/) and returns the
 * facts it proves. It is pure, never throws on any input, and runs in time linear in the text:
 * it registers the literal words it anchors on (`keywords()` in keywords.ts) and gets their lines
 * from the paste (`linesWithAny`, `linesWith`), which finds every extractor's words in one pass,
 * then uses only anchored regexes without nested quantifiers on those lines. A scan of its own over
 * the whole text costs every paste another pass.
 */
export interface Extractor {
  /** Kebab-case name, the same as the file name. */
  name: string;
  extract(paste: Paste): Fact[];
}

export function defineExtractor(e: Extractor): Extractor {
  return e;
}
