/**
 * Pasted text made safe to echo in Discord markdown. Inside an inline code span Discord honours no
 * escapes: a backtick always ends the span, so escaping it with a backslash (what
 * @discordjs/formatters' escapeInlineCode does, for text *outside* code) cannot work there. The only
 * safe form is a string with no backtick and no line break at all. Facts go through `plain` once,
 * when a thread is extracted (thread.ts), so a rule that writes `\`${deviceId}\`` cannot be broken
 * out of; the reply's `code` (src/reply/code.ts) uses it for anything else it echoes.
 */

/** U+02CB MODIFIER LETTER GRAVE ACCENT: looks like a backtick, is not markdown. */
const LOOKALIKE_BACKTICK = '\u02cb';

/** One line, no backtick, no control character: safe inside a code span. */
const UNSAFE = /[`\u0000-\u001f\u007f\u0085\u2028\u2029]/;

export function plain(s: string): string {
  if (!UNSAFE.test(s)) return s;
  let out = '';
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    if (ch === '`') out += LOOKALIKE_BACKTICK;
    else if (cp < 0x20 || cp === 0x7f || cp === 0x2028 || cp === 0x2029 || cp === 0x85) out += ' ';
    else out += ch;
  }
  return out;
}
