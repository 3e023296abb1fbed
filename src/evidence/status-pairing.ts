import { defineExtractor } from './extractor.ts';
import type { Fact, StatusPairingFact } from './facts.ts';
import { keywords } from './keywords.ts';
import { lineTime, type Paste } from './paste.ts';

const HEADLINE = 'Gateway pairing approval required.';
/** Lines found through the paste's keyword index (one pass for every extractor's words). */
keywords([HEADLINE]);
/** The block is headline, Recovery, Fallback, Inspect (and ≥ 4.20 Hint); a little slack for wraps. */
const BLOCK_LINES = 8;
const RECOVERY = /^\s*Recovery: openclaw devices approve ([^\s`'"]{1,80})/;

/**
 * StatusPairingFact from `openclaw status`. The Recovery id was parsed by the CLI from an error or
 * close reason and may be truncated on ≥ 2026.4.20, so it stays a fragment.
 */
export const statusPairing = defineExtractor({
  name: 'status-pairing',
  extract(paste: Paste): Fact[] {
    const out: Fact[] = [];
    for (const l of paste.linesWith(HEADLINE)) {
      const f: StatusPairingFact = { kind: 'status-pairing', at: { message: paste.message, line: l.line } };
      for (let i = l.line; i < paste.lineCount() && i < l.line + BLOCK_LINES; i++) {
        const next = paste.line(i + 1);
        if (next.indexOf(HEADLINE) !== -1) break;
        const m = RECOVERY.exec(next.length > 200 ? next.slice(0, 200) : next);
        if (m) {
          f.recoveryRequestIdFragment = m[1]!;
          break;
        }
      }
      const time = lineTime(l.text);
      if (time !== undefined) f.time = time;
      out.push(f);
    }
    return out;
  },
});
