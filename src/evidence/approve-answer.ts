import { defineExtractor } from './extractor.ts';
import type { CliResultFact, Fact } from './facts.ts';
import type { Paste } from './paste.ts';

/**
 * An approve answered `missing scope: <scope>` as people report it: the answer quoted in a sentence
 * or a numbered step (`devices approve <requestId>` fails with `…missing scope: operator.admin`), the
 * command a line or two above. cli-result.ts reads the pasted terminal form; this reads the rest.
 * The approve is named on the same line or within the three lines above, so a method call's
 * `missing scope` (a look-alike) is not taken for it.
 */
const NEEDLE = 'missing scope: ';
const SCOPE = /^missing scope: (operator\.[a-z][a-z0-9._-]{0,40}?)(?=[\s`'".,)]|$)/;
const APPROVE =
  /\bdevices approve\b|\bdevice\.pair\.approve\b|\bapprov(?:e|ing) (?:the |a |it|this |that )?(?:pending |pairing |device )*(?:request|device|pairing)/i;
const LOOKBACK = 3;
const MAX_LINE = 4096;

export const approveAnswer = defineExtractor({
  name: 'approve-answer',
  extract(paste: Paste): Fact[] {
    const text = paste.text;
    for (let i = text.indexOf(NEEDLE); i !== -1; i = text.indexOf(NEEDLE, i + NEEDLE.length)) {
      const l = paste.lineAt(i);
      const scope = SCOPE.exec(text.slice(i, i + 80))?.[1];
      if (!scope) continue;
      let named = APPROVE.test(l.text.length > MAX_LINE ? l.text.slice(0, MAX_LINE) : l.text);
      let start = l.start;
      for (let k = 0; k < LOOKBACK && !named && start > 0; k++) {
        const prevStart = text.lastIndexOf('\n', start - 2) + 1;
        const prev = text.slice(prevStart, Math.min(start - 1, prevStart + MAX_LINE));
        named = APPROVE.test(prev);
        start = prevStart;
      }
      if (!named) continue;
      const f: CliResultFact = {
        kind: 'cli-result',
        at: { message: paste.message, line: l.line },
        command: 'approve',
        outcome: 'missing-scope',
        scope,
        viaLocalFallback: false,
      };
      return [f];
    }
    return [];
  },
});
