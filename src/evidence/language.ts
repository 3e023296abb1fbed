/**
 * The asker's language, read from their own prose only: fenced code blocks, inline code, and lines
 * that look like pasted output (logs, JSON, tables, prompts) are set aside first, so a Chinese
 * device name in a pasted list does not make an English asker Chinese, and an English log does not
 * make a Chinese asker English. A thread follows the asker's latest message that has prose.
 *
 * Simplified or Traditional is told by a small table of common characters that differ between the
 * two scripts (a converter's whole dictionary is not needed to *tell* them apart; opencc-js is used
 * only to *write* Traditional, in src/reply/catalog/).
 */

export type Language = 'en' | 'zh-Hans' | 'zh-Hant';

/** Languages the reply catalog can write. */
export const languages: readonly Language[] = ['en', 'zh-Hans', 'zh-Hant'];

/** Common characters written differently in the two scripts, Simplified then Traditional at the same index. */
const SIMPLIFIED =
  '这个们说装里会没为请问题设开连线错误无过还时后对应该与来点么现发网关认证务机码经给让进动实将种从决关闭启数据项节库贝储录显试换页钥删'.split(
    '',
  );
const TRADITIONAL =
  '這個們說裝裡會沒為請問題設開連線錯誤無過還時後對應該與來點麼現發網關認證務機碼經給讓進動實將種從決關閉啟數據項節庫貝儲錄顯試換頁鑰刪'.split(
    '',
  );
const simplifiedOnly = new Set(SIMPLIFIED.filter((ch, i) => ch !== TRADITIONAL[i]));
const traditionalOnly = new Set(TRADITIONAL.filter((ch, i) => ch !== SIMPLIFIED[i]));

const HAN = /\p{Script=Han}/u;
/** Four Han characters in a row: a phrase of the asker's own, not a stray CJK device name. */
const HAN_WORDS = /\p{Script=Han}{4}/u;
const KANA = /[\p{Script=Hiragana}\p{Script=Katakana}]/u;
const HANGUL = /\p{Script=Hangul}/u;
const LATIN_WORD = /[A-Za-z]{2,}/g;

/** A line that is pasted output rather than the asker's own words. */
function looksPasted(line: string): boolean {
  const t = line.trim();
  if (t === '') return true;
  // JSON, tables, prompts, log prefixes (timestamps, levels, [subsystem]).
  if (/^[{}[\]"│┌└├┬┴┼─|+>$#]/.test(t)) return true;
  if (/^(?:PS [A-Za-z]:\\|[A-Za-z]:\\|~?\/[\w.-]+\/|\w+@[\w.-]+[:~])/.test(t)) return true;
  if (/^\d{4}-\d\d-\d\d[T ]\d\d:\d\d|^\d\d:\d\d:\d\d|^(?:INFO|WARN|ERROR|DEBUG|TRACE)\b/i.test(t)) return true;
  if (/^(?:openclaw|npm|npx|node|docker|sudo|curl|pnpm|bun)\s/.test(t)) return true;
  if (/^(?:at |Error:|gateway |disconnected |\[[\w:/-]+\]|<\w|🦞|◇|-{3,}|[-*] \*\*)/.test(t)) return true;
  // `errorMessage: …`, `error_code: …`: a camelCase or snake_case key is a log field, not a sentence.
  if (/^[a-z]+(?:[A-Z][a-z0-9]*)+: |^[a-z]+_[a-z_]+: /.test(t) && !/\p{Script=Han}/u.test(t)) return true;
  // `Gateway target: ws://…`, `Source: local loopback`: a status block's key and value.
  if (/^[A-Z][\w ]{0,24}: \S/.test(t) && !/\p{Script=Han}/u.test(t)) return true;
  if (t.includes('://') && !/\p{Script=Han}/u.test(t)) return true;
  return false;
}

/** The asker's own words: code blocks, inline code and pasted-output lines removed. */
export function proseOf(text: string): string {
  const noFences = text.replace(/```[\s\S]*?(?:```|$)/g, '\n');
  const noInline = noFences.replace(/`[^`\n]*`/g, ' ');
  return (
    noInline
      .split('\n')
      // A pasted error with the asker's own Chinese after it on the same line
      // (`disconnected (1008): … 不知如何解决`) keeps that line: the Han words are theirs.
      .filter((l) => !looksPasted(l) || HAN_WORDS.test(l))
      .join('\n')
  );
}

/** The language of one message's prose, or undefined when it has too little prose to tell. */
export function languageOf(text: string): Language | undefined {
  const prose = proseOf(text);
  let han = 0;
  let simp = 0;
  let trad = 0;
  let latinWords = 0;
  // Lines, not characters, are weighed: a Chinese sentence carries English terms (gateway, pairing
  // required), and a pasted Chinese UI message can sit in an English asker's words.
  let zhLines = 0;
  let enLines = 0;
  for (const line of prose.split('\n')) {
    let lineHan = 0;
    let kana = 0;
    let hangul = 0;
    for (const ch of line) {
      if (HAN.test(ch)) {
        lineHan++;
        if (simplifiedOnly.has(ch)) simp++;
        else if (traditionalOnly.has(ch)) trad++;
      } else if (KANA.test(ch)) kana++;
      else if (HANGUL.test(ch)) hangul++;
    }
    // Japanese and Korean are not written yet: they read as "not Chinese", so the reply stays English.
    if (kana >= 2 || hangul >= 2) return 'en';
    const words = line.match(LATIN_WORD)?.length ?? 0;
    han += lineHan;
    latinWords += words;
    if (lineHan >= 2) zhLines++;
    else if (words >= 3) enLines++;
  }
  if (han >= 4 && zhLines * 2 > enLines) return trad > simp ? 'zh-Hant' : 'zh-Hans';
  if (latinWords >= 3) return 'en';
  return undefined;
}

/** The thread's language: the asker's latest message with prose decides; English by default. */
export function threadLanguage(messages: readonly { text: string }[]): Language {
  for (let i = messages.length - 1; i >= 0; i--) {
    const text = messages[i]?.text;
    if (typeof text !== 'string') continue;
    const lang = languageOf(text.length > 200_000 ? text.slice(0, 200_000) : text);
    if (lang) return lang;
  }
  return 'en';
}

/** Screenshots, links and mentions: what a message holds when it says nothing in words. */
const NOT_WORDS = /<img\b[^>]*>|!\[[^\]]*\]\([^)]*\)|https?:\/\/\S+|<@!?\d+>|@\w+/g;

/** Whether a message says anything in words (a screenshot or a bare link does not). */
export function saysAnything(text: string): boolean {
  const t = text.length > 4000 ? text.slice(0, 4000) : text;
  return /[\p{L}\p{N}]{2,}/u.test(t.replace(NOT_WORDS, ' '));
}

/** The asker's prose over the whole thread (for what they asked and what they tried). */
export function threadProse(messages: readonly { text: string }[]): string {
  return messages.map((m) => (typeof m?.text === 'string' ? proseOf(m.text.slice(0, 200_000)) : '')).join('\n');
}
