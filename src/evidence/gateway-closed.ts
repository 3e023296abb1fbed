import { parsePairingCloseReason } from './closed-before-connect.ts';
import { defineExtractor } from './extractor.ts';
import type { Fact, GatewayClosedFact } from './facts.ts';
import { keywords } from './keywords.ts';
import { lineTime, type Paste, type PasteLine } from './paste.ts';

const NEEDLE = 'gateway closed (';
/** The Control UI's banner for the same close: `disconnected (1008): pairing required`. */
const UI_NEEDLE = 'disconnected (';
/** The same, as people retype it (`报disconnected(4008): connect failed`). */
const UI_NEEDLE_TIGHT = 'disconnected(';
/** Lines found through the paste's keyword index (one pass for every extractor's words). */
keywords([NEEDLE, UI_NEEDLE, UI_NEEDLE_TIGHT, 'closed (code=']);
const BLOCK_LINE = /^\s*(Gateway target|Source|Config|Bind): (.{1,500})$/;
const MAX_BLOCK_LINES = 6;
/** `(1006 abnormal closure (no close frame)): ` is the longest code text. */
const MAX_CODE_TEXT = 80;
const MAX_REASON = 300;
/** A real line holds the error once or twice (a tool result's text and details); more is noise. */
const MAX_HITS_PER_LINE = 8;

type Block = Pick<GatewayClosedFact, 'target' | 'source' | 'config' | 'bind'>;

function setBlock(b: Block, label: string, value: string): void {
  const v = value.trim();
  if (v === '') return;
  if (label === 'Gateway target') b.target ??= v;
  else if (label === 'Source') b.source ??= v;
  else if (label === 'Config') b.config ??= v;
  else if (label === 'Bind') b.bind ??= v;
}

/** The block printed on the lines after the error. */
function blockFromLines(paste: Paste, l: PasteLine): Block {
  const b: Block = {};
  for (let i = l.line; i < paste.lineCount() && i < l.line + MAX_BLOCK_LINES; i++) {
    const m = BLOCK_LINE.exec(paste.line(i + 1));
    if (!m) break;
    setBlock(b, m[1]!, m[2]!);
  }
  return b;
}

/** The block inside a JSON string (`…pairing required\nGateway target: …\nBind: loopback"`). */
function blockFromEscaped(rest: string): Block {
  const b: Block = {};
  const quote = rest.indexOf('"');
  const s = (quote === -1 ? rest : rest.slice(0, quote)).replace(/\\+$/, '');
  const pieces = s.split(/\\+n/);
  for (let i = 1; i < pieces.length && i <= MAX_BLOCK_LINES; i++) {
    const m = BLOCK_LINE.exec(pieces[i]!.replace(/\\\\+/g, '\\'));
    if (!m) break;
    setBlock(b, m[1]!, m[2]!);
  }
  return b;
}

function parseAt(paste: Paste, l: PasteLine, hit: number, needle = NEEDLE): GatewayClosedFact | undefined {
  const text = l.text;
  const after = hit + needle.length;
  const codeText = text.slice(after, after + MAX_CODE_TEXT);
  const code = /^(\d{3,4})\b/.exec(codeText)?.[1];
  if (code === undefined) return undefined;
  const close = codeText.indexOf('): ');
  if (close === -1) return undefined;
  const reasonStart = after + close + 3;
  // Close reasons hold neither quotes nor backslashes: either one means the text sat in a JSON string.
  let end = reasonStart;
  const limit = Math.min(text.length, reasonStart + MAX_REASON);
  while (end < limit && text[end] !== '"' && text[end] !== '\\') end++;
  let reason = text
    .slice(reasonStart, end)
    .trim()
    .replace(/[`'".,;]+$/, '');
  // In a sentence ("…: pairing required error.") only the close reason itself is kept.
  if (reason.startsWith('pairing required') && reason[16] !== ':') reason = 'pairing required';
  if (reason === '') return undefined;
  const f: GatewayClosedFact = { kind: 'gateway-closed', at: { message: paste.message, line: l.line }, code: Number(code), reason };
  if (needle !== NEEDLE) {
    f.seenBy = 'control-ui';
    return withPairing(f);
  }
  const pairing = parsePairingCloseReason(reason);
  if (pairing) f.pairing = pairing;
  const block =
    end < text.length && text[end] === '\\'
      ? blockFromEscaped(text.slice(end, end + 4000))
      : end >= text.length
        ? blockFromLines(paste, l)
        : {};
  Object.assign(f, block);
  const time = lineTime(text);
  if (time !== undefined) f.time = time;
  return f;
}

function withPairing(f: GatewayClosedFact): GatewayClosedFact {
  const pairing = parsePairingCloseReason(f.reason);
  if (pairing) f.pairing = pairing;
  return f;
}

/**
 * GatewayClosedFact from `gateway closed (<code>[ text]): <reason>` and the `Gateway target:` /
 * `Source:` / `Config:` / `Bind:` block after it, on real lines or inside a JSON string.
 */
export const gatewayClosed = defineExtractor({
  name: 'gateway-closed',
  extract(paste: Paste): Fact[] {
    const out: Fact[] = [];
    for (const l of paste.linesWith(NEEDLE)) {
      const seen = new Set<string>();
      let hits = 0;
      for (let hit = l.text.indexOf(NEEDLE); hit !== -1 && hits < MAX_HITS_PER_LINE; hit = l.text.indexOf(NEEDLE, hit + NEEDLE.length)) {
        hits++;
        const f = parseAt(paste, l, hit);
        if (!f) continue;
        const key = `${f.code}|${f.reason}`;
        if (seen.has(key)) continue;
        seen.add(key);
        out.push(f);
      }
    }
    // The Control UI's banner: no target block follows it, and a line that also holds the CLI's form is that one's.
    for (const needle of [UI_NEEDLE, UI_NEEDLE_TIGHT]) {
      for (const l of paste.linesWith(needle)) {
        if (l.text.indexOf(NEEDLE) !== -1 || l.text.length > 4096) continue;
        const f = parseAt(paste, l, l.text.indexOf(needle), needle);
        if (f) out.push(f);
      }
    }
    for (const l of paste.linesWith('closed (code=')) {
      if (l.text.indexOf(NEEDLE) !== -1 || l.text.length > 4096) continue;
      const f = keyedClose(paste, l);
      if (f) out.push(f);
    }
    return out;
  },
});

/** `WebSocket closed (code=1008, reason=pairing required, handshake=pending)`: how desktop bundles and
 * adapters log the same close. Only a pairing reason is kept: others are the look-alikes' to read. */
const KEYED = /closed \(code=(\d{3,4}), reason=([^,)]{1,200})/i;

function keyedClose(paste: Paste, l: PasteLine): GatewayClosedFact | undefined {
  const m = KEYED.exec(l.text);
  if (!m) return undefined;
  const reason = m[2]!.trim();
  const pairing = parsePairingCloseReason(reason);
  if (!pairing) return undefined;
  const f: GatewayClosedFact = {
    kind: 'gateway-closed',
    at: { message: paste.message, line: l.line },
    code: Number(m[1]),
    reason,
    pairing,
  };
  const time = lineTime(l.text);
  if (time !== undefined) f.time = time;
  return f;
}
