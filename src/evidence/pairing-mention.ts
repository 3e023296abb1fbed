import { parsePairingCloseReason } from './closed-before-connect.ts';
import { defineExtractor } from './extractor.ts';
import type { Fact, PairingMentionFact } from './facts.ts';
import { lineTime, type Paste } from './paste.ts';

/**
 * Lines a more specific extractor reads (gateway-closed, connect-failed, closed-before-connect,
 * status-pairing). The TUI and node-invoke hints are not here: a user pasting one is reporting the
 * failure. Compared lowercase.
 */
const CLAIMED = [
  'gateway closed (',
  'gateway connect failed',
  'closed before connect',
  'connect error: ',
  'failed to start native approval handler',
  'gateway pairing approval required',
  'gateway disconnected: ',
];

/**
 * A line that starts like machine output: a timestamp, a lowercase `[subsystem]` tag, JSON, a log
 * level, a stack frame. (`[Bug]: …` issue titles are prose.)
 */
const LOG_START =
  /^\s*(?:\d{4}-\d\d-\d\d[T ]|\d\d:\d\d:\d\d|\[[a-z][\w/.-]{0,40}\]|\{|"[\w-]{1,40}"\s*:|(?:trace|debug|info|warn|warning|error|fatal|TRACE|DEBUG|INFO|WARN|WARNING|ERROR|FATAL)\b|at )/;
/** `…Error: pairing required`, `reason=pairing required`: the words sit in an error or a field. */
const LOG_CONTEXT = /(?:Error|error|ERROR|Reason|reason|message)[:=]\s*"?$/;
const WORD = /[A-Za-z\u00C0-\u024F\u0400-\u04FF]{2,}/g;
const MAX_LINE = 4096;
const PHRASE = /pairing required/i;

/** CLI texts that say it in a sentence of their own. */
const KNOWN_OUTPUT = ['reading local log file instead'];

function isLog(line: string, hit: number): boolean {
  if (LOG_START.test(line)) return true;
  const before = line.slice(Math.max(0, hit - 40), hit);
  if (LOG_CONTEXT.test(before)) return true;
  if (KNOWN_OUTPUT.some((k) => line.indexOf(k) !== -1)) return true;
  // "I see pairing required" is a sentence; `close(1008): pairing required` is a pasted error: the
  // phrase follows punctuation, not a word, and hardly any words are around it.
  if (/[A-Za-z\u00C0-\u024F]\s*$/.test(before)) return false;
  const around = `${line.slice(0, hit)} ${line.slice(hit + 16)}`;
  if (/[\u3000-\u9fff]/.test(around)) return false;
  return (around.match(WORD)?.length ?? 0) <= 3;
}

/**
 * PairingMentionFact for a `pairing required` (any case, any language around it) or a `1008` +
 * pairing mention that no specific extractor claims: at most one per source per message.
 */
export const pairingMention = defineExtractor({
  name: 'pairing-mention',
  extract(paste: Paste): Fact[] {
    const out: PairingMentionFact[] = [];
    const found = new Set<PairingMentionFact['source']>();
    // A case-insensitive regex, not toLowerCase(): lowercasing can change string length and offsets.
    const word = /pairing/gi;
    for (let m = word.exec(paste.text); m && found.size < 2; m = word.exec(paste.text)) {
      const l = paste.lineAt(m.index);
      word.lastIndex = l.end + 1;
      const line = l.text.length > MAX_LINE ? l.text.slice(0, MAX_LINE) : l.text;
      // Most lines that say `pairing` say neither of these: skip them before lowercasing.
      const hit = PHRASE.exec(line)?.index ?? -1;
      const mentions = hit !== -1 || (line.indexOf('1008') !== -1 && /pairing/i.test(line));
      if (!mentions) continue;
      const low = line.toLowerCase();
      if (CLAIMED.some((c) => low.indexOf(c) !== -1)) continue;
      const source = hit !== -1 && isLog(line, hit) ? 'log' : hit === -1 && LOG_START.test(line) ? 'log' : 'prose';
      if (found.has(source)) continue;
      found.add(source);
      const f: PairingMentionFact = { kind: 'pairing-mention', at: { message: paste.message, line: l.line }, source };
      // A quoted close reason names the kind of request even in a sentence ("fail with \"pairing
      // required: device is asking for more scopes than currently approved\"").
      const reason = hit !== -1 ? parsePairingCloseReason(line.slice(hit, hit + 200).toLowerCase())?.reason : undefined;
      if (reason) f.reason = reason;
      const time = lineTime(l.text);
      if (time !== undefined) f.time = time;
      out.push(f);
    }
    return out;
  },
});
