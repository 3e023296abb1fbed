import { defineExtractor } from './extractor.ts';
import type { Fact, FixedClaimFact } from './facts.ts';
import type { Paste } from './paste.ts';

/**
 * "It works now", "fixed it by …", "问题已解决": the asker reporting that the problem is gone. People
 * say it in a few words at the end of a thread, often after a fix no paste shows (a new client build,
 * a token pasted into a panel), so the words are the only evidence. A claim counts only in a sentence
 * that is neither a question nor negated ("still not fixed", "没解决", "it worked before, but …").
 */

const CLAIMS_EN = new RegExp(
  [
    String.raw`\b(?:works?|working|worked)\s+(?:now|again|fine now)\b`,
    String.raw`\b(?:it|everything|all)(?:'s| is)?\s+(?:working|works|worked)(?:\s+(?:fine|perfectly|great))?[.!]*\s*$`,
    String.raw`\b(?:fixed|solved|resolved|sorted)\s+(?:it|the\s+(?:problem|issue)|this|now)\b`,
    String.raw`\b(?:problem|issue)\s+(?:is\s+|was\s+|has been\s+)?(?:fixed|solved|resolved|gone)\b`,
    String.raw`\b(?:now|finally)\s+(?:fixed|solved|resolved|working|works|connected)\b`,
    // "connected fine", "ended up fully paired", "paired successfully": the pairing itself went through.
    String.raw`\b(?:connected|paired)\s+(?:fine|successfully|ok(?:ay)?)\b`,
    String.raw`\bended\s+up\s+(?:fully\s+)?(?:paired|connected|approved)\b`,
    String.raw`\bthat\s+(?:did it|did the trick|fixed it)\b`,
    String.raw`\bgot\s+it\s+(?:working|fixed|sorted)\b`,
    String.raw`\b(?:all good|seems (?:ok|okay|fine|good|to work)|looks good now)\b`,
    String.raw`\bthe\s+(?:actual\s+)?fix\s+was\b`,
    String.raw`\bwhat\s+fixed\s+it\b`,
    String.raw`^\s*(?:fixed|solved|resolved|works)[.! ]*$`,
    // A report's own "## What worked" section: the asker found the way through.
    String.raw`^\s*#{1,6}\s*what (?:finally |eventually |actually )?worked\b`,
    // The asker closing their own thread: "this can be closed", "closing this".
    String.raw`\b(?:this|it|the issue|the thread) can be closed\b|\bclosing (?:this|it)(?: now)?[.!]*\s*$`,
  ].join('|'),
  'im',
);
/** `解决了`, `已解决`, `搞定`, `好了`, `正常了`: but not `解决方案` / `解决步骤` (a solution being looked for). */
const CLAIMS_ZH =
  /(?:已|终于|问题|都|就|新版本)解决(?!方|步|办|思)|解决了|搞定|(?:好|可以|正常|成功|能用|恢复|没问题)了|可以关(?:闭|掉)?(?:了|啦)|^\s*解决\s*$/m;

const NEGATED_EN =
  /\b(?:not|n't|never|none|nothing|no|no longer|still|again\?|but|before|used to|if|whether|how|why|hope|any(?:one|body)|does (?:it|this|that)|did (?:it|this|that|you))\b|\?/i;
const NEGATED_ZH = /没|未|不|还是|仍|依旧|依然|又|但|怎么|如何|怎样|是否|能否|吗|希望|求|请|？|\?/;
/** Sentences, and clauses within them: `问题已解决   安装…就行了 默认自动没带` is three clauses, and the
 * negation of one must not cancel the claim of another. */
const SENTENCE = /(?:[^.!?。！？,，;；\n ]| (?! ))+[.!?。！？]?/g;
/** A turn after the claim ("it works now, but …", "好了，但是…") is a new problem. */
const TURN = /\b(?:but|however|though|except)\b|但是|不过|可是|然而/i;
const LIST_ITEM = /^\s*(?:[-*•]|\d+[.)])\s/;
const COMMAND = /\bopenclaw ([a-z][a-z-]{1,20}) ([a-z][a-z-]{1,20})\b/;

function claimIn(sentence: string): boolean {
  const en = CLAIMS_EN.exec(sentence);
  if (en && !NEGATED_EN.test(sentence)) return true;
  const zh = CLAIMS_ZH.exec(sentence);
  return !!zh && !NEGATED_ZH.test(sentence);
}

export const fixedClaim = defineExtractor({
  name: 'fixed-claim',
  extract(paste: Paste): Fact[] {
    const text = paste.text;
    // A claim is a sentence someone writes, not a line inside a 10 MB log: look at the prose lines only.
    const limit = Math.min(paste.lineCount(), 400);
    for (let n = 1; n <= limit; n++) {
      const line = paste.line(n);
      if (line.length > 400 || line.length === 0) continue;
      SENTENCE.lastIndex = 0;
      for (let m = SENTENCE.exec(line); m; m = SENTENCE.exec(line)) {
        if (!claimIn(m[0])) continue;
        // The turn must follow the claim closely (the rest of its line, or the next line unless that
        // starts a list item of its own): a "but" in a later bullet of a bug report is about something else.
        const next = n < paste.lineCount() ? paste.line(n + 1) : '';
        const rest = `${line.slice((m.index ?? 0) + m[0].length)}\n${LIST_ITEM.test(next) ? '' : next}`;
        if (TURN.test(rest)) return [];
        const f: FixedClaimFact = { kind: 'fixed-claim', at: { message: paste.message, line: n } };
        // The command that fixed it, on the claim's line or just below it (a code block).
        for (let k = n; k <= Math.min(paste.lineCount(), n + 4); k++) {
          const cmd = COMMAND.exec(paste.line(k));
          if (cmd) {
            f.command = `openclaw ${cmd[1]} ${cmd[2]}`;
            break;
          }
        }
        return text.length > 0 ? [f] : [];
      }
    }
    return [];
  },
});
