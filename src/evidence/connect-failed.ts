import { parsePairingCloseReason } from './closed-before-connect.ts';
import { defineExtractor } from './extractor.ts';
import type { ConnectFailedFact, Fact, PairingReason } from './facts.ts';
import { asRequestId } from './ids.ts';
import { keywords } from './keywords.ts';
import { lineTime, type Paste, type PasteLine } from './paste.ts';

/** Where GatewayClient and gateway-internal clients print a connect error (docs/openclaw-facts.md §1.6). */
// `gateway disconnected: ` is how the 9.6 TUI shows a close; its reason is the (cut) close reason.
const MARKERS = ['gateway connect failed: ', 'connect error: ', 'failed to start native approval handler: ', 'gateway disconnected: '];
/** The ≥ 2026.4.20 pending-approval message on its own, as the Control UI and app banners show it. */
const BARE_PENDING = 'pending approval (requestId:';
/** Lines found through the paste's keyword index (one pass for every extractor's words). */
keywords([...MARKERS, BARE_PENDING, 'airing_required', 'AIRING_REQUIRED']);
/** A message cut by a line wrap right after `(requestId:`: the id is whole on the next line. */
const CUT_BEFORE_ID = /\(requestId:\s*$/;
/** The next line starts with a whole id and its closing parenthesis. */
const ID_LINE = /^\s*[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}\)/;
const ID_PAREN_LINE = /^\s*\(requestId:\s*[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}\)/;
/** Adapters and wrappers report the error code instead of the text: `PAIRING_REQUIRED` (details.code,
 * docs/openclaw-facts.md §1.6), `gateway_pairing_required`, `OPENCLAW_PAIRING_REQUIRED`. */
const CODE = /\b(?:[A-Za-z]+_)?pairing_required\b/i;
const ERROR_PREFIX = /^(?:[A-Z][A-Za-z]{0,40})?Error: /;
const MAX_MESSAGE = 500;

/** ≥ 2026.4.20 `CONNECT_PAIRING_REQUIRED_MESSAGE_BY_REASON`. */
const PENDING: ReadonlyArray<[string, PairingReason]> = [
  ['device pairing required', 'not-paired'],
  ['scope upgrade pending approval', 'scope-upgrade'],
  ['role upgrade pending approval', 'role-upgrade'],
  ['device metadata change pending approval', 'metadata-upgrade'],
];

/**
 * Whether a client-side error message is a pairing-required message, and what it says. Unlike a
 * close reason, this message is never cut, so its requestId is kept when whole.
 */
export function parsePairingMessage(message: string): ConnectFailedFact['pairing'] | undefined {
  const close = parsePairingCloseReason(message);
  let out: NonNullable<ConnectFailedFact['pairing']> | undefined;
  if (close) {
    out = {};
    if (close.reason) out.reason = close.reason;
  } else {
    for (const [text, reason] of PENDING) {
      if (message.startsWith(text)) {
        out = { reason };
        break;
      }
    }
  }
  if (!out && CODE.test(message.slice(0, 200))) out = {};
  if (!out) return undefined;
  const id = /\(requestId:\s*([0-9A-Fa-f-]{36})\)/.exec(message.slice(0, MAX_MESSAGE))?.[1];
  const requestId = asRequestId(id);
  if (requestId) out.requestId = requestId;
  return out;
}

/** The message after a marker, without its `…Error: ` class prefixes, up to a JSON quote or the line end. */
export function errorMessage(rest: string): string {
  let s = rest.slice(0, MAX_MESSAGE * 2);
  for (let i = 0; i < 3; i++) {
    const m = ERROR_PREFIX.exec(s);
    if (!m) break;
    s = s.slice(m[0].length);
  }
  let end = 0;
  while (end < s.length && s[end] !== '"' && s[end] !== '\\') end++;
  return s.slice(0, Math.min(end, MAX_MESSAGE)).trim();
}

/** The message with a `(requestId:` that a line wrap cut off joined to the whole id on the next line.
 * An id cut in the middle is never glued back: it stays out of the fact. */
function withWrappedId(paste: Paste, l: PasteLine, message: string): string {
  const next = paste.line(l.line + 1);
  if (CUT_BEFORE_ID.test(message)) return ID_LINE.test(next) ? `${message} ${next.trim()}` : message;
  // Wrapped just before the parenthesis: `… pending approval` / `(requestId: <id>)` on the next line.
  if (message.endsWith('pending approval') && ID_PAREN_LINE.test(next)) return `${message} ${next.trim()}`;
  return message;
}

/** ConnectFailedFact from `gateway connect failed: …` and the channel clients' `connect error: …`. */
export const connectFailed = defineExtractor({
  name: 'connect-failed',
  extract(paste: Paste): Fact[] {
    const out: ConnectFailedFact[] = [];
    const claimed = new Set<number>();
    for (const marker of MARKERS) {
      for (const l of paste.linesWith(marker)) {
        if (claimed.has(l.line)) continue;
        claimed.add(l.line);
        const message = withWrappedId(paste, l, errorMessage(l.text.slice(l.text.indexOf(marker) + marker.length)));
        if (message === '') continue;
        const f: ConnectFailedFact = { kind: 'connect-failed', at: { message: paste.message, line: l.line }, message };
        const pairing = parsePairingMessage(message);
        if (pairing) f.pairing = pairing;
        const time = lineTime(l.text);
        if (time !== undefined) f.time = time;
        out.push(f);
      }
    }
    for (const l of paste.linesWith(BARE_PENDING)) {
      if (claimed.has(l.line)) continue;
      claimed.add(l.line);
      // From the message text itself: a log prefix (`[ui]`, a timestamp) may come before it.
      const starts = PENDING.map(([text]) => l.text.indexOf(text)).filter((i) => i !== -1);
      const from = starts.length ? l.text.slice(Math.min(...starts)) : l.text.trimStart().replace(/^[-*>•\s]+/, '');
      const message = withWrappedId(paste, l, errorMessage(from));
      const pairing = parsePairingMessage(message);
      if (!pairing) continue;
      const f: ConnectFailedFact = { kind: 'connect-failed', at: { message: paste.message, line: l.line }, message, pairing };
      const time = lineTime(l.text);
      if (time !== undefined) f.time = time;
      out.push(f);
    }
    for (const l of paste.linesWith('airing_required').concat(paste.linesWith('AIRING_REQUIRED'))) {
      if (claimed.has(l.line) || l.text.length > 4096) continue;
      const m = CODE.exec(l.text);
      if (!m) continue;
      claimed.add(l.line);
      const f: ConnectFailedFact = { kind: 'connect-failed', at: { message: paste.message, line: l.line }, message: m[0], pairing: {} };
      const reason = /\b(not-paired|role-upgrade|scope-upgrade|metadata-upgrade)\b/.exec(l.text)?.[1] as PairingReason | undefined;
      if (reason) f.pairing!.reason = reason;
      const time = lineTime(l.text);
      if (time !== undefined) f.time = time;
      out.push(f);
    }
    out.sort((a, b) => a.at.line - b.at.line);
    return out;
  },
});
