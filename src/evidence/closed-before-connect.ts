import { defineExtractor } from './extractor.ts';
import type { CloseContextFact, ClosedBeforeConnectFact, Fact, PairingReason } from './facts.ts';
import { asDeviceId, asRequestId } from './ids.ts';
import { parseObject } from './json-scan.ts';
import { keywords } from './keywords.ts';
import { fieldValue, lineTime, type Paste, unescapeJsonOnce } from './paste.ts';

const CLOSED = 'closed before connect';
/** Lines found through the paste's keyword index (one pass for every extractor's words). */
keywords([CLOSED, 'pairing-required']);
/** The close-context object is ~600 bytes; anything far larger is not one. */
const MAX_CONTEXT = 16 * 1024;
const MAX_LINE = 64 * 1024;
const MAX_FAILED_SCANS = 32;

/** The ≥ 2026.4.20 requirement texts of `pairing required: <requirement> (requestId: …)` (docs/openclaw-facts.md §1.4). */
const REQUIREMENTS: ReadonlyArray<[string, PairingReason]> = [
  ['device is not approved yet', 'not-paired'],
  ['device is asking for a higher role than currently approved', 'role-upgrade'],
  ['device is asking for more scopes than currently approved', 'scope-upgrade'],
  ['device identity changed and must be re-approved', 'metadata-upgrade'],
];

/**
 * Parse a pairing close reason. The requestId in it is cut at 120 bytes on role/scope upgrades,
 * so it is only ever returned as a fragment, even when it looks whole.
 */
export function parsePairingCloseReason(reason: string): { reason?: PairingReason; requestIdFragment?: string } | undefined {
  if (!reason.startsWith('pairing required')) return undefined;
  const out: { reason?: PairingReason; requestIdFragment?: string } = {};
  const rest = reason.slice('pairing required'.length);
  if (!rest.startsWith(':')) return out;
  const req = rest.slice(1).trimStart();
  for (const [text, r] of REQUIREMENTS) {
    if (req.startsWith(text)) {
      out.reason = r;
      break;
    }
  }
  const at = req.indexOf('(requestId:');
  if (at !== -1) {
    const frag = /^\s*([0-9a-fA-F-]+)/.exec(req.slice(at + '(requestId:'.length, at + '(requestId:'.length + 64))?.[1];
    if (frag) out.requestIdFragment = frag;
  }
  return out;
}

/** `reason=` runs to the end of the line, or to ` phase=` / ` suppressed=` (≥ 2026.5), or a JSON quote. */
function closeReason(s: string): string | undefined {
  const at = s.indexOf(' reason=');
  if (at === -1) return undefined;
  let r = s.slice(at + ' reason='.length);
  for (const stop of [' phase=', ' suppressed=', '"', '\\n']) {
    const i = r.indexOf(stop);
    if (i !== -1) r = r.slice(0, i);
  }
  r = r.trimEnd();
  return r === '' || r === 'n/a' ? undefined : r;
}

function closedFact(paste: Paste, line: number, text: string): ClosedBeforeConnectFact {
  const s = text.slice(text.indexOf(CLOSED) + CLOSED.length).slice(0, MAX_LINE);
  const f: ClosedBeforeConnectFact = { kind: 'closed-before-connect', at: { message: paste.message, line } };
  const conn = fieldValue(s, 'conn');
  if (conn && conn !== '...' && conn !== '…') f.conn = conn;
  const code = fieldValue(s, 'code');
  if (code && /^\d{1,4}$/.test(code)) f.code = Number(code);
  const reason = closeReason(s);
  if (reason) {
    f.reason = reason;
    const pairing = parsePairingCloseReason(reason);
    if (pairing?.reason) f.pairingReason = pairing.reason;
    if (pairing?.requestIdFragment) f.requestIdFragment = pairing.requestIdFragment;
  }
  const phase = fieldValue(s, 'phase');
  if (phase) f.phase = phase;
  const time = lineTime(text);
  if (time !== undefined) f.time = time;
  return f;
}

/**
 * The end of the JSON object starting at `start` (a `{`), scanning at most MAX_CONTEXT characters
 * and respecting strings; -1 when it does not close in time.
 */
function objectEnd(text: string, start: number): number {
  let depth = 0;
  let inString = false;
  const limit = Math.min(text.length, start + MAX_CONTEXT);
  for (let i = start; i < limit; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92 /* \ */) i++;
      else if (c === 34 /* " */) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 123 /* { */) depth++;
    else if (c === 125 /* } */) {
      depth--;
      if (depth === 0) return i + 1;
    }
  }
  return -1;
}

function str(o: Record<string, unknown>, k: string): string | undefined {
  const v = o[k];
  return typeof v === 'string' && v.length <= 256 ? v : undefined;
}

function contextFact(paste: Paste, text: string, start: number): CloseContextFact | undefined {
  let json: string;
  if (text.startsWith('{\\"', start)) {
    // The object sits inside a JSON string (a log line quoted in a tool result): unescape first.
    const window = text.slice(start, start + MAX_CONTEXT);
    const end = window.indexOf('}');
    if (end === -1) return undefined;
    json = unescapeJsonOnce(window.slice(0, end + 1));
    const e = objectEnd(json, 0);
    if (e === -1) return undefined;
    json = json.slice(0, e);
  } else {
    const end = objectEnd(text, start);
    if (end === -1) return undefined;
    json = text.slice(start, end);
  }
  const o = parseObject(json);
  if (!o) return undefined;
  const cause = str(o, 'cause');
  if (cause === undefined) return undefined;
  const l = paste.lineAt(start);
  const f: CloseContextFact = { kind: 'close-context', at: { message: paste.message, line: l.line }, cause };
  const deviceId = asDeviceId(str(o, 'deviceId'));
  if (deviceId) f.deviceId = deviceId;
  const requestId = asRequestId(str(o, 'requestId'));
  if (requestId) f.requestId = requestId;
  const reason = str(o, 'reason');
  if (reason) f.reason = reason;
  const authReason = str(o, 'authReason');
  if (authReason) f.authReason = authReason;
  const time = lineTime(l.text);
  if (time !== undefined) f.time = time;
  return f;
}

/** The `{` that opens an object whose first key is `"cause"`, looking back over whitespace only. */
function openingBrace(text: string, keyAt: number): number {
  let i = keyAt - 1;
  for (let n = 0; i >= 0 && n < 16; i--, n++) {
    const c = text[i]!;
    if (c === '{') return i;
    if (c !== ' ' && c !== '\n' && c !== '\t') return -1;
  }
  return -1;
}

/**
 * Where `"cause"` and `\\"cause\\"` start, from one search for `cause`: a search that starts with
 * a quote is slow on text full of them, and two would cost twice.
 */
function causeKeys(text: string): [string, number[]][] {
  const plain: number[] = [];
  const escaped: number[] = [];
  for (let i = text.indexOf('cause'); i !== -1; i = text.indexOf('cause', i + 5)) {
    if (text.startsWith('"cause"', i - 1)) plain.push(i - 1);
    else if (text.startsWith('\\"cause\\"', i - 2)) escaped.push(i - 2);
  }
  return [
    ['"cause"', plain],
    ['\\"cause\\"', escaped],
  ];
}

/** `cause=pairing-required` / `cause: pairing-required` outside a JSON object (the verbose `[ws] → close`
 * line, a wrapper's log, the fields retyped one to a line; the reason may sit on a following line), and
 * the short `pairing-required (role-upgrade)` that apps and people write. */
const CAUSE_KV =
  /\bcause\s*[=:]\s*"?pairing-required\b|\bpairing-required\s*\((?:not-paired|role-upgrade|scope-upgrade|metadata-upgrade)\)/;
const REASON_KV = /(?:\breason\s*[=:]\s*"?|pairing-required\s*\()(not-paired|role-upgrade|scope-upgrade|metadata-upgrade)\b/;

function keyValueContexts(paste: Paste, out: Fact[]): void {
  for (const l of paste.linesWith('pairing-required')) {
    if (l.text.length > MAX_CONTEXT * 4 || l.text.includes('"cause"') || !CAUSE_KV.test(l.text)) continue;
    const f: CloseContextFact = { kind: 'close-context', at: { message: paste.message, line: l.line }, cause: 'pairing-required' };
    for (let i = l.line; i <= Math.min(paste.lineCount(), l.line + 2); i++) {
      const r = REASON_KV.exec(i === l.line ? l.text : paste.line(i).slice(0, 1000))?.[1];
      if (r) {
        f.reason = r;
        break;
      }
    }
    const time = lineTime(l.text);
    if (time !== undefined) f.time = time;
    out.push(f);
  }
}

/**
 * ClosedBeforeConnectFact from `[ws] closed before connect …` (every version's shape) and
 * CloseContextFact from the close-context object logged with it.
 */
export const closedBeforeConnect = defineExtractor({
  name: 'closed-before-connect',
  extract(paste: Paste): Fact[] {
    const out: Fact[] = [];
    for (const l of paste.linesWith(CLOSED)) out.push(closedFact(paste, l.line, l.text));

    const text = paste.text;
    const keys = causeKeys(text);
    for (const [key, positions] of keys) {
      let failures = 0;
      // As `indexOf(key, from)` would step: the next key at or after `from`.
      let from = 0;
      for (const i of positions) {
        if (i < from) continue;
        from = i + key.length;
        const brace = openingBrace(text, i);
        if (brace === -1) continue;
        const f = contextFact(paste, text, brace);
        if (f) out.push(f);
        // Each failed object costs a scan of up to MAX_CONTEXT; past a few, jump over the scanned
        // region so a paste of nested/unclosed `{"cause":` stays linear.
        else if (++failures > MAX_FAILED_SCANS) from = brace + MAX_CONTEXT + key.length;
      }
    }
    keyValueContexts(paste, out);
    out.sort((a, b) => a.at.line - b.at.line);
    return out;
  },
});
