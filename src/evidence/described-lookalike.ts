import { defineExtractor, type Extractor } from './extractor.ts';
import type { Fact } from './facts.ts';
import type { Describer, LookalikeSigns } from './lookalike-signs.ts';
import type { Paste } from './paste.ts';

/**
 * Look-alikes the asker describes instead of pasting (issue 6 §3): "the token is wrong every time I
 * open the UI", "每次token都不对", "the LaunchAgent's token differs from openclaw.json"; and a client
 * that never gets as far as the gateway: "no request is generated", a TLS failure on the phone, an
 * app's own error. A described failure is weaker than a pasted one, but it is still not pairing, and
 * the answer (give the client the gateway's token; reinstall a service that kept an old one; look
 * at the transport, since there is nothing to approve yet) is the same.
 *
 * The patterns, in English and Chinese, belong to the rule whose cause they describe (its
 * `described` declaration, see lookalike-signs.ts); this is the engine that runs them and keeps one
 * description per message: the lowest tier first, then the earliest line.
 */

/** A description is never deep in a log: only a message's first lines are read for prose. */
const PROSE_LINES = 400;
/** `unlessPrinted` looks this far: a printed failure in a huge paste is near its start or not at all. */
const PRINTED_SPAN = 200_000;

export function describedLookalikeExtractor(signs: readonly LookalikeSigns[]): Extractor {
  const describers: Describer[] = signs.flatMap((s) => s.described ?? []);
  const tiers = [...new Set(describers.map((d) => d.tier))].sort((a, b) => a - b);
  return defineExtractor({
    name: 'described-lookalike',
    extract(paste: Paste): Fact[] {
      const head = paste.text.length > PRINTED_SPAN ? paste.text.slice(0, PRINTED_SPAN) : paste.text;
      const lines = Math.min(paste.lineCount(), PROSE_LINES);
      // Describers share their `unlessPrinted` pattern: each pattern reads the text once.
      const printed = new Map<RegExp, boolean>();
      const isPrinted = (re: RegExp): boolean => printed.get(re) ?? (printed.set(re, re.test(head)).get(re) as boolean);
      for (const tier of tiers) {
        let best: { seenAt: number; fact: Fact } | undefined;
        for (const d of describers) {
          if (d.tier !== tier || (d.unlessPrinted && isPrinted(d.unlessPrinted))) continue;
          const found = d.find(paste, { lines });
          if (found && (!best || found.seenAt < best.seenAt)) best = { seenAt: found.seenAt, fact: { ...found.fact, described: true } };
        }
        if (best) return [best.fact];
      }
      return [];
    },
  });
}
