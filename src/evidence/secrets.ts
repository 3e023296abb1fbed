/**
 * Secrets people paste without noticing (docs/openclaw-facts.md §9). One scanner yields value spans; the
 * extractor turns them into facts (kind and where, never the value) and `redact.ts` blanks them
 * before any text is echoed or logged, so both always agree on what a secret is.
 *
 * Look-alikes that are NOT secret stay untouched: deviceId (64 hex), publicKey (43-char base64url,
 * same shape as a device token: only the field name tells them apart), request/conn/run UUIDs,
 * and values that are already redacted or are placeholders.
 */
import { defineExtractor } from './extractor.ts';
import type { Fact, SecretFact, SecretKind } from './facts.ts';
import type { Paste } from './paste.ts';

export interface SecretSpan {
  start: number;
  end: number;
  kind: SecretKind;
  label: string;
}

/** A value this long is not a credential; also bounds how far one value read can run. */
const MAX_VALUE = 8192;
/** Facts per message: a pasted store with 500 devices is one warning, not 500. */
const MAX_FACTS = 20;

const DOUBLE_QUOTES = '"\u201c\u201d';
const SINGLE_QUOTES = "'\u2018\u2019";

const PLACEHOLDER_WORDS = new Set([
  'null',
  'undefined',
  'none',
  'unset',
  'not',
  'missing',
  'empty',
  'true',
  'false',
  'string',
  'token',
  'password',
  'secret',
  'redacted',
  'hidden',
  'omitted',
  'n/a',
  '-',
]);

/** Already-redacted values, templates and references: flagging them would cry wolf. */
export function isPlaceholder(raw: string): boolean {
  const v = raw.trim();
  if (v.length === 0) return true;
  const lower = v.toLowerCase();
  if (PLACEHOLDER_WORDS.has(lower)) return true;
  if (v.startsWith('<') || v.startsWith('[redacted') || v.startsWith('[REDACTED')) return true;
  if (lower.includes('redacted')) return true;
  // OpenClaw's own masking keeps 6+4 characters around an ellipsis.
  if (v.includes('\u2026') || v.includes('...')) return true;
  if (/^[*•xX.·#_-]+$/.test(v)) return true;
  // References to the real value, not the value: `${OPENCLAW_GATEWAY_TOKEN}`, `$TOKEN`, `%TOKEN%`.
  if (v.startsWith('$') || (v.startsWith('%') && v.endsWith('%'))) return true;
  if (/^(?:your|my|insert|enter|paste|put)[-_ ]/i.test(v)) return true;
  // A value made up on purpose, to show or reproduce something: `bogus-token-for-repro`, `dummy_key`.
  if (/^(?:bogus|dummy|fake|example|sample|placeholder|changeme)(?:[-_.]|$)/i.test(v)) return true;
  return false;
}

const B64URL_43 = /^[A-Za-z0-9_-]{43}$/;
const HEX_48 = /^[0-9a-f]{48}$/;
const TELEGRAM = /^\d{6,12}:[A-Za-z0-9_-]{30,50}$/;
const DISCORD = /^([A-Za-z0-9_-]{23,28})\.[A-Za-z0-9_-]{6,7}\.[A-Za-z0-9_-]{27,40}$/;
const PROVIDER_PREFIX = /^(?:sk-|gh[pousr]_|github_pat_|xox[baprs]-|xapp-|gsk_|AIza|pplx-|npm_)[A-Za-z0-9_-]{10,}$/;

function isDiscordSnowflakeSegment(seg: string): boolean {
  try {
    return /^\d{17,20}$/.test(Buffer.from(seg, 'base64url').toString('latin1'));
  } catch {
    return false;
  }
}

/** A value's kind from its shape alone, when the shape is distinctive. */
function kindByShape(v: string): SecretKind | undefined {
  if (PROVIDER_PREFIX.test(v)) return 'provider-key';
  if (TELEGRAM.test(v)) return 'telegram-token';
  const d = DISCORD.exec(v);
  if (d && isDiscordSnowflakeSegment(d[1]!)) return 'discord-token';
  return undefined;
}

interface Ctx {
  text: string;
  spans: SecretSpan[];
}

function add(ctx: Ctx, start: number, end: number, kind: SecretKind, label: string): void {
  if (end > start) ctx.spans.push({ start, end, kind, label });
}

/** Start of the line holding `at`, looking back at most `max` characters (keeps scans linear). */
function lineStartNear(text: string, at: number, max = 200): number {
  const from = Math.max(0, at - max);
  for (let i = at - 1; i >= from; i--) if (text[i] === '\n') return i + 1;
  return from;
}

function isQuote(c: string | undefined, set: string): boolean {
  return c !== undefined && c !== '' && set.includes(c);
}

/**
 * Reads a value at `pos`: quoted (straight, smart, or `\"` inside a JSON-encoded log line) up to
 * its closing quote on the same line, else a bare run up to whitespace or a delimiter.
 */
function readValueAt(text: string, pos: number, bareStop: RegExp): { start: number; end: number } | undefined {
  let p = pos;
  let escaped = false;
  if (text[p] === '\\' && text[p + 1] === '"') {
    escaped = true;
    p++;
  }
  const q = text[p];
  if (isQuote(q, DOUBLE_QUOTES) || isQuote(q, SINGLE_QUOTES)) {
    const closers = isQuote(q, DOUBLE_QUOTES) ? DOUBLE_QUOTES : SINGLE_QUOTES;
    const start = p + 1;
    const limit = Math.min(text.length, start + MAX_VALUE);
    for (let i = start; i < limit; i++) {
      const c = text[i]!;
      if (c === '\n' || c === '\r') return undefined;
      if (c === '\\') {
        if (escaped && text[i + 1] === '"') return { start, end: i };
        i++;
        continue;
      }
      if (closers.includes(c)) return { start, end: i };
    }
    return undefined;
  }
  const start = p;
  const limit = Math.min(text.length, start + MAX_VALUE);
  let i = start;
  while (i < limit && !bareStop.test(text[i]!)) i++;
  return i > start ? { start, end: i } : undefined;
}

const BARE_STOP_JSON = /[\s,;}\]"'\u201c\u201d]/;
const BARE_STOP_WORD = /[\s"'`\u201c\u201d\u2018\u2019]/;
const BARE_STOP_URL = /[\s&#"'<>)\]`]/;

/** `\b` before a key's first letter is "no [A-Za-z0-9_] before it", and much cheaper to scan for than that lookbehind. */
const JSON_KEY =
  /\b(token|password|privateKeyPem|apiKey|api_key|secret|clientSecret|accessToken|refreshToken|deviceToken|botToken|appToken|bootstrapToken|setupCode)(?:\\?["'\u201c\u201d])?[ \t]*:[ \t]*/g;

/** Which config path a `"token"` sits under, from the nearest preceding object key. */
function tokenContext(text: string, at: number): 'remote' | 'auth' | 'tokens' | 'other' {
  const from = Math.max(0, at - 600);
  const before = text.slice(from, at);
  const r = before.lastIndexOf('remote');
  const a = before.lastIndexOf('auth');
  const t = before.lastIndexOf('tokens');
  const best = Math.max(r, a, t);
  if (best === -1) return 'other';
  if (best === t) return 'tokens';
  return best === r ? 'remote' : 'auth';
}

function scanJsonKeys(ctx: Ctx): void {
  const { text } = ctx;
  JSON_KEY.lastIndex = 0;
  for (let m = JSON_KEY.exec(text); m; m = JSON_KEY.exec(text)) {
    const key = m[1]!;
    const valuePos = m.index + m[0].length;
    const quoted = isQuote(text[valuePos], DOUBLE_QUOTES + SINGLE_QUOTES) || text[valuePos] === '\\';
    const v = readValueAt(text, valuePos, BARE_STOP_JSON);
    if (!v) continue;
    // Never re-scan inside a value just read: keeps a run of `key: key: key:` linear.
    JSON_KEY.lastIndex = Math.max(JSON_KEY.lastIndex, v.end);
    const value = text.slice(v.start, v.end);
    if (isPlaceholder(value)) continue;
    if (!quoted) {
      // `token: abc` counts on a YAML/env-style line; in a sentence (`my token: …`) only a value
      // with a generated token's exact shape does.
      const lineStart = lineStartNear(text, m.index);
      const lineLike = /^[ \t>*-]*["']?$/.test(text.slice(lineStart, m.index));
      if (!lineLike && !HEX_48.test(value) && !B64URL_43.test(value) && kindByShape(value) === undefined) continue;
    }
    if (!quoted && (value === '{' || value === '[' || /^[0-9]+$/.test(value))) continue;
    const span = classifyKeyed(key, value, tokenContext(text, m.index));
    if (span) add(ctx, v.start, v.end, span.kind, span.label);
  }
}

function classifyKeyed(
  key: string,
  value: string,
  where: 'remote' | 'auth' | 'tokens' | 'other',
): { kind: SecretKind; label: string } | undefined {
  switch (key) {
    case 'privateKeyPem':
      return { kind: 'private-key', label: 'privateKeyPem (identity/device.json)' };
    case 'password':
      return {
        kind: 'gateway-password',
        label: where === 'remote' ? 'gateway.remote.password' : where === 'auth' ? 'gateway.auth.password' : '"password" field',
      };
    case 'deviceToken':
      return { kind: 'device-token', label: 'deviceToken field' };
    case 'bootstrapToken':
    case 'setupCode':
      return { kind: 'setup-code', label: `${key} field` };
    case 'token': {
      const shape = kindByShape(value);
      if (shape) return { kind: shape, label: '"token" field' };
      // Device tokens are 43-char base64url; a publicKey has the same shape but another key name.
      if (B64URL_43.test(value) || where === 'tokens') return { kind: 'device-token', label: 'tokens.<role>.token' };
      if (where === 'remote') return { kind: 'gateway-token', label: 'gateway.remote.token' };
      if (where === 'auth' || HEX_48.test(value)) return { kind: 'gateway-token', label: 'gateway.auth.token' };
      return { kind: 'gateway-token', label: '"token" field' };
    }
    default:
      return { kind: kindByShape(value) ?? 'provider-key', label: `${key} field` };
  }
}

const ENV_NAME = /(?<![A-Za-z0-9_])([A-Z][A-Z0-9_]{2,80})[ \t]*([=:])[ \t]*/y;
/** How every name scanEnv keeps ends, with its `=`/`:`: found in one cheap pass. */
const ENV_SUFFIX = /(?:TOKEN|PASSWORD|SECRET|_KEY|APIKEY)[ \t]*[=:]/g;

function isUpperDigitUnderscore(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;
}

/**
 * Where ENV_NAME can match with a name scanEnv keeps: the start of the run of [A-Z0-9_] that ends
 * with a suffix hit (the lookbehind rules out any later start), ascending.
 */
function envStarts(text: string): number[] {
  const out: number[] = [];
  ENV_SUFFIX.lastIndex = 0;
  for (let m = ENV_SUFFIX.exec(text); m; m = ENV_SUFFIX.exec(text)) {
    let q = m.index;
    while (q > 0 && m.index - q <= 81 && isUpperDigitUnderscore(text.charCodeAt(q - 1))) q--;
    if (out[out.length - 1] !== q) out.push(q);
    ENV_SUFFIX.lastIndex = m.index + 1;
  }
  return out;
}

/**
 * `NAME=value` for names ending in TOKEN, PASSWORD, SECRET, _KEY, APIKEY. Same as a global ENV_NAME
 * scan that skips the other names, tried only where such a name can start: no match overlaps
 * another, so the skipped ones never hid one.
 */
function scanEnv(ctx: Ctx): void {
  const { text } = ctx;
  let from = 0;
  for (const q of envStarts(text)) {
    if (q < from) continue;
    ENV_NAME.lastIndex = q;
    const m = ENV_NAME.exec(text);
    if (!m) continue;
    from = q + m[0].length;
    const name = m[1]!;
    if (!name.includes('_')) continue;
    if (!/(?:TOKEN|PASSWORD|SECRET|_KEY|APIKEY)$/.test(name)) continue;
    if (m[2] === ':') {
      const lineStart = lineStartNear(text, m.index);
      if (!/^[ \t>*-]*$/.test(text.slice(lineStart, m.index))) continue;
    }
    const v = readValueAt(text, m.index + m[0].length, BARE_STOP_WORD);
    if (!v) continue;
    from = Math.max(from, v.end);
    const value = text.slice(v.start, v.end);
    if (isPlaceholder(value)) continue;
    // `set in NEXT_PUBLIC_GATEWAY_TOKEN= instead of …`: a space after the `=` and a plain word is
    // the sentence going on; an env file never spaces its values.
    if (/[ \t]$/.test(m[0]) && isProseAfterFlag(value)) continue;
    let kind: SecretKind;
    if (name.endsWith('GATEWAY_TOKEN')) kind = 'gateway-token';
    else if (name.endsWith('GATEWAY_PASSWORD')) kind = 'gateway-password';
    else if (name.endsWith('PASSWORD')) kind = kindByShape(value) ?? 'password';
    else kind = kindByShape(value) ?? 'provider-key';
    add(ctx, v.start, v.end, kind, name);
  }
}

const FLAG = /(?<![A-Za-z0-9_-])--(token|password|api-key|secret|bot-token)(?:=|[ \t]+)/g;

/**
 * OpenClaw's own hints name the flags in prose ("pass the same --url and --token/--password flags",
 * "Fix: pass --token or --password (or gatewayToken in tools)"): a short plain word or a bracketed
 * aside after a flag is a sentence going on, not a credential.
 */
function isProseAfterFlag(value: string): boolean {
  if (value.length < 6) return true;
  if (/^[([<{$]/.test(value)) return true;
  return /^[a-z]+[.,;:!?)]*$/.test(value) && value.length < 16;
}

function scanFlags(ctx: Ctx): void {
  const { text } = ctx;
  const bare = new BareValues(text);
  FLAG.lastIndex = 0;
  for (let m = FLAG.exec(text); m; m = FLAG.exec(text)) {
    const at = m.index + m[0].length;
    let v: { start: number; end: number } | undefined;
    const unquoted = bare.startsAt(at);
    if (unquoted) {
      // A value refused here does not move the scan past it, so the next flag may sit inside it:
      // bare values are judged without being read whole (see BareValues).
      const end = bare.end(at);
      if (end === at || text[at] === '-' || bare.isPlaceholder(at, end)) continue;
      v = { start: at, end };
    } else {
      v = readValueAt(text, at, BARE_STOP_WORD);
      if (!v) continue;
    }
    const value = text.slice(v.start, v.end);
    // A quoted value was typed on purpose; only a bare one can be the sentence going on.
    if (isPlaceholder(value) || value.startsWith('-') || (unquoted && isProseAfterFlag(value))) continue;
    FLAG.lastIndex = Math.max(FLAG.lastIndex, v.end);
    const flag = m[1]!;
    const kind: SecretKind =
      flag === 'token'
        ? (kindByShape(value) ?? 'gateway-token')
        : flag === 'password'
          ? 'gateway-password'
          : (kindByShape(value) ?? 'provider-key');
    add(ctx, v.start, v.end, kind, `--${flag} option`);
  }
}

/** Values at most this long are simply read and judged. */
const SHORT_VALUE = 64;
const LONGEST_PLACEHOLDER_WORD = Math.max(...[...PLACEHOLDER_WORDS].map((w) => w.length));
const BARE_WORD_RUN = /[^\s"'`\u201c\u201d\u2018\u2019]*/y;
const MASK_RUN = /[*•xX.·#_-]*/y;

/** The first value in a sorted list that is at least `from`, or Infinity. */
function firstFrom(sorted: number[], from: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! < from) lo = mid + 1;
    else hi = mid;
  }
  return lo < sorted.length ? sorted[lo]! : Infinity;
}

/** Where `re` (global) matches in `text`, overlapping matches included. */
function starts(text: string, re: RegExp): number[] {
  const out: number[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    out.push(m.index);
    re.lastIndex = m.index + 1;
  }
  return out;
}

/**
 * Bare values (readValueAt's unquoted case, BARE_STOP_WORD) of one text, judged by position. Flags
 * repeated without blanks (`--token=--token=…`) make thousands of values, each a suffix of the one
 * before; reading and judging each whole costs up to MAX_VALUE apiece. Here the end of a value
 * comes from the last one found in the same run, and isPlaceholder's tests from indexes of the
 * text, built on first use. Keep in step with isPlaceholder.
 */
class BareValues {
  private readonly text: string;
  private runFrom = -1;
  private runEnd = -1;
  private redacted: number[] | undefined;
  private ellipses: number[] | undefined;
  private dots: number[] | undefined;

  constructor(text: string) {
    this.text = text;
  }

  /** Whether readValueAt reads an unquoted value at `pos`. */
  startsAt(pos: number): boolean {
    const t = this.text;
    if (t[pos] === '\\' && t[pos + 1] === '"') return false;
    return !isQuote(t[pos], DOUBLE_QUOTES) && !isQuote(t[pos], SINGLE_QUOTES);
  }

  /** Where readValueAt's unquoted value at `start` ends. */
  end(start: number): number {
    if (!(start >= this.runFrom && start <= this.runEnd)) {
      BARE_WORD_RUN.lastIndex = start;
      BARE_WORD_RUN.test(this.text);
      this.runFrom = start;
      this.runEnd = BARE_WORD_RUN.lastIndex;
    }
    return Math.min(this.runEnd, start + MAX_VALUE, this.text.length);
  }

  /** isPlaceholder(text.slice(start, end)) for a non-empty bare value (it holds no blank). */
  isPlaceholder(start: number, end: number): boolean {
    const t = this.text;
    // Longer than any placeholder word, and blank-free (trim changes nothing), from here on.
    if (end - start <= Math.max(SHORT_VALUE, LONGEST_PLACEHOLDER_WORD)) return isPlaceholder(t.slice(start, end));
    if (t[start] === '<' || t.startsWith('[redacted', start) || t.startsWith('[REDACTED', start)) return true;
    // `toLowerCase` makes `redacted` of nothing but ASCII letters, so a case-blind ASCII search finds it.
    this.redacted ??= starts(t, /redacted/gi);
    if (firstFrom(this.redacted, start) <= end - 8) return true;
    this.ellipses ??= starts(t, /\u2026/g);
    this.dots ??= starts(t, /\.\.\./g);
    if (firstFrom(this.ellipses, start) < end || firstFrom(this.dots, start) <= end - 3) return true;
    MASK_RUN.lastIndex = start;
    MASK_RUN.test(t);
    if (MASK_RUN.lastIndex >= end) return true;
    if (t[start] === '$' || (t[start] === '%' && t[end - 1] === '%')) return true;
    return /^(?:your|my|insert|enter|paste|put)[-_ ]/i.test(t.slice(start, start + 7));
  }
}

const URL_PARAM = /[#?&](token|bootstrapToken|setupCode)=/g;

function scanUrls(ctx: Ctx): void {
  const { text } = ctx;
  URL_PARAM.lastIndex = 0;
  for (let m = URL_PARAM.exec(text); m; m = URL_PARAM.exec(text)) {
    const start = m.index + m[0].length;
    const limit = Math.min(text.length, start + MAX_VALUE);
    let i = start;
    while (i < limit && !BARE_STOP_URL.test(text[i]!)) i++;
    const value = text.slice(start, i);
    URL_PARAM.lastIndex = Math.max(URL_PARAM.lastIndex, i);
    if (isPlaceholder(value)) continue;
    if (m[1] === 'token') add(ctx, start, i, 'gateway-token', `${m[0][0]}token= URL`);
    else add(ctx, start, i, 'setup-code', `${m[1]}= URL`);
  }
}

const BEARER = /\bBearer[ \t]+/gi;

function scanBearer(ctx: Ctx): void {
  const { text } = ctx;
  BEARER.lastIndex = 0;
  for (let m = BEARER.exec(text); m; m = BEARER.exec(text)) {
    const lineStart = lineStartNear(text, m.index, 80);
    if (!/authorization/i.test(text.slice(lineStart, m.index))) continue;
    const start = m.index + m[0].length;
    const limit = Math.min(text.length, start + MAX_VALUE);
    let i = start;
    while (i < limit && /[A-Za-z0-9._~+/=-]/.test(text[i]!)) i++;
    const value = text.slice(start, i);
    BEARER.lastIndex = Math.max(BEARER.lastIndex, i);
    if (value.length < 8 || isPlaceholder(value)) continue;
    add(ctx, start, i, kindByShape(value) ?? 'bearer-token', 'Authorization header');
  }
}

const PEM_BEGIN = /-----BEGIN [A-Z ]{0,30}PRIVATE KEY-----/y;

/** The next `-----BEGIN` from `from`, found by its rare `B` (a search starting with `-` is slow). */
function nextBegin(text: string, from: number): number {
  for (let i = text.indexOf('BEGIN', from + 5); i !== -1; i = text.indexOf('BEGIN', i + 1)) {
    if (text.startsWith('-----', i - 5)) return i - 5;
  }
  return -1;
}

function scanPem(ctx: Ctx): void {
  const { text } = ctx;
  // Remembered across BEGIN markers: once no END follows, none follows any later BEGIN either.
  let endMarker = -2;
  for (let at = nextBegin(text, 0); at !== -1; at = nextBegin(text, at + 10)) {
    PEM_BEGIN.lastIndex = at;
    if (!PEM_BEGIN.test(text)) continue;
    if (endMarker !== -1 && endMarker < at) endMarker = text.indexOf('-----END', at);
    let end: number;
    if (endMarker !== -1 && endMarker - at < MAX_VALUE) {
      const close = text.indexOf('-----', endMarker + 8);
      end = close !== -1 && close - endMarker < 60 ? close + 5 : endMarker + 8;
    } else {
      // A cut key still leaks key material: blank up to the end of its string or block.
      const limit = Math.min(text.length, at + MAX_VALUE);
      end = limit;
      for (let i = at + 27; i < limit; i++) {
        if (text[i] === '"' || (text[i] === '\n' && text[i + 1] === '\n')) {
          end = i;
          break;
        }
      }
    }
    add(ctx, at, end, 'private-key', 'PEM private key');
    at = Math.max(at, end - 10);
  }
}

/** Bare credentials recognisable by shape, wherever they appear. */
const SHAPED =
  /(?<![A-Za-z0-9_-])(?:sk-ant-[A-Za-z0-9_-]{20,}|sk-[A-Za-z0-9_-]{20,}|gh[pousr]_[A-Za-z0-9]{30,}|github_pat_[A-Za-z0-9_]{30,}|xox[baprs]-[A-Za-z0-9-]{10,}|xapp-[A-Za-z0-9-]{10,}|gsk_[A-Za-z0-9]{20,}|AIza[A-Za-z0-9_-]{35}|pplx-[A-Za-z0-9]{20,}|npm_[A-Za-z0-9]{36})/y;
const TELEGRAM_ANY = /(?<![A-Za-z0-9_:-])\d{6,12}:[A-Za-z0-9_-]{33,45}(?![A-Za-z0-9_-])/y;
const DISCORD_ANY = /(?<![A-Za-z0-9_.-])([A-Za-z0-9_-]{23,28})\.[A-Za-z0-9_-]{6,7}\.[A-Za-z0-9_-]{27,40}(?![A-Za-z0-9_.-])/y;

/**
 * Where each shape can be, in one pass (each of the three regexes above scans slowly: lookbehinds
 * and long classes): a provider key's prefix; a Telegram token's colon (a scan for the digits
 * before it is costly); a Discord token's first segment, which counts only as a snowflake (digits)
 * in base64 and so starts with M, N or O. The alternatives start with different characters, so a
 * position is a candidate for one shape at most.
 */
const SHAPE_HINT = /sk-|gh[pousr]_|github_pat_|xox[baprs]-|xapp-|gsk_|AIza|pplx-|npm_|:[A-Za-z0-9_-]{33}|[MNO][A-Za-z0-9_-]{22,27}\./g;

/** Start of the run of digits ending at `end`, if it is 6 to 12 long (a Telegram bot id); else -1. */
function botIdStart(text: string, end: number): number {
  let q = end;
  while (q > 0 && end - q <= 12 && text.charCodeAt(q - 1) >= 48 && text.charCodeAt(q - 1) <= 57) q--;
  return end - q >= 6 && end - q <= 12 ? q : -1;
}

function providerLabel(v: string): string {
  if (v.startsWith('sk-ant-')) return 'Anthropic API key';
  if (v.startsWith('sk-')) return 'OpenAI-style API key';
  if (v.startsWith('gh') || v.startsWith('github_pat_')) return 'GitHub token';
  if (v.startsWith('xox') || v.startsWith('xapp-')) return 'Slack token';
  if (v.startsWith('gsk_')) return 'Groq API key';
  if (v.startsWith('AIza')) return 'Google API key';
  if (v.startsWith('pplx-')) return 'Perplexity API key';
  return 'npm token';
}

/**
 * A global scan for each shape, from SHAPE_HINT's candidates: every match of a shape starts at a
 * candidate of it (the lookbehinds leave one start per candidate), matches of one shape never
 * overlap (their characters are the ones the lookbehind refuses), and `from` skips what a global
 * scan would step over.
 */
function scanShapes(ctx: Ctx): void {
  const { text } = ctx;
  const from = { shaped: 0, telegram: 0, discord: 0 };
  SHAPE_HINT.lastIndex = 0;
  for (let h = SHAPE_HINT.exec(text); h; h = SHAPE_HINT.exec(text)) {
    SHAPE_HINT.lastIndex = h.index + 1;
    const c = text[h.index];
    const shape = c === ':' ? 'telegram' : c === 'M' || c === 'N' || c === 'O' ? 'discord' : 'shaped';
    const re = shape === 'telegram' ? TELEGRAM_ANY : shape === 'discord' ? DISCORD_ANY : SHAPED;
    const q = shape === 'telegram' ? botIdStart(text, h.index) : h.index;
    if (q < from[shape]) continue;
    re.lastIndex = q;
    const m = re.exec(text);
    if (!m) continue;
    const end = q + m[0].length;
    from[shape] = end;
    if (shape === 'shaped') add(ctx, q, end, 'provider-key', providerLabel(m[0]));
    else if (shape === 'telegram') add(ctx, q, end, 'telegram-token', 'Telegram bot token');
    else if (isDiscordSnowflakeSegment(m[1]!)) add(ctx, q, end, 'discord-token', 'Discord bot token');
  }
}

/** Overlapping finds (a PEM inside `"privateKeyPem"`) become one span covering both. */
function merge(spans: SecretSpan[]): SecretSpan[] {
  spans.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: SecretSpan[] = [];
  for (const s of spans) {
    const last = out[out.length - 1];
    if (last && s.start < last.end) {
      if (s.end > last.end) last.end = s.end;
      continue;
    }
    out.push({ ...s });
  }
  return out;
}

/** Every secret value in `text`, as non-overlapping spans in order. Never throws. */
export function scanSecrets(text: string): SecretSpan[] {
  const ctx: Ctx = { text, spans: [] };
  const passes = [scanPem, scanJsonKeys, scanEnv, scanFlags, scanUrls, scanBearer, scanShapes];
  for (const pass of passes) {
    try {
      pass(ctx);
    } catch {
      // One pass failing must not hide what the others found.
    }
  }
  return merge(ctx.spans);
}

export const secrets = defineExtractor({
  name: 'secrets',
  extract(paste: Paste): Fact[] {
    const facts: Fact[] = [];
    const seen = new Set<string>();
    for (const s of scanSecrets(paste.text)) {
      const key = `${s.kind}|${s.label}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const fact: SecretFact = {
        kind: 'secret',
        secret: s.kind,
        label: s.label,
        at: { message: paste.message, line: paste.lineAt(s.start).line },
      };
      facts.push(fact);
      if (facts.length >= MAX_FACTS) break;
    }
    return facts;
  },
});
