/**
 * Secrets people paste without noticing (reference §9). One scanner yields value spans; the
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
  'null', 'undefined', 'none', 'unset', 'not', 'missing', 'empty', 'true', 'false', 'string',
  'token', 'password', 'secret', 'redacted', 'hidden', 'omitted', 'n/a', '-',
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
  return false;
}

const B64URL_43 = /^[A-Za-z0-9_-]{43}$/;
const HEX_48 = /^[0-9a-f]{48}$/;
const TELEGRAM = /^\d{6,12}:[A-Za-z0-9_-]{30,50}$/;
const DISCORD = /^([A-Za-z0-9_-]{23,28})\.[A-Za-z0-9_-]{6,7}\.[A-Za-z0-9_-]{27,40}$/;
const PROVIDER_PREFIX =
  /^(?:sk-|gh[pousr]_|github_pat_|xox[baprs]-|xapp-|gsk_|AIza|pplx-|npm_)[A-Za-z0-9_-]{10,}$/;

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

const JSON_KEY =
  /(?<![A-Za-z0-9_])(token|password|privateKeyPem|apiKey|api_key|secret|clientSecret|accessToken|refreshToken|deviceToken|botToken|appToken|bootstrapToken|setupCode)(?:\\?["'\u201c\u201d])?[ \t]*:[ \t]*/g;

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
      return { kind: 'gateway-password', label: where === 'remote' ? 'gateway.remote.password' : where === 'auth' ? 'gateway.auth.password' : '"password" field' };
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

const ENV_NAME = /(?<![A-Za-z0-9_])([A-Z][A-Z0-9_]{2,80})[ \t]*([=:])[ \t]*/g;

function scanEnv(ctx: Ctx): void {
  const { text } = ctx;
  ENV_NAME.lastIndex = 0;
  for (let m = ENV_NAME.exec(text); m; m = ENV_NAME.exec(text)) {
    const name = m[1]!;
    if (!name.includes('_')) continue;
    if (!/(?:TOKEN|PASSWORD|SECRET|_KEY|APIKEY)$/.test(name)) continue;
    if (m[2] === ':') {
      const lineStart = lineStartNear(text, m.index);
      if (!/^[ \t>*-]*$/.test(text.slice(lineStart, m.index))) continue;
    }
    const v = readValueAt(text, m.index + m[0].length, BARE_STOP_WORD);
    if (!v) continue;
    ENV_NAME.lastIndex = Math.max(ENV_NAME.lastIndex, v.end);
    const value = text.slice(v.start, v.end);
    if (isPlaceholder(value)) continue;
    let kind: SecretKind;
    if (name.endsWith('GATEWAY_TOKEN')) kind = 'gateway-token';
    else if (name.endsWith('GATEWAY_PASSWORD')) kind = 'gateway-password';
    else kind = kindByShape(value) ?? 'provider-key';
    add(ctx, v.start, v.end, kind, name);
  }
}

const FLAG = /(?<![A-Za-z0-9_-])--(token|password|api-key|secret|bot-token)(?:=|[ \t]+)/g;

function scanFlags(ctx: Ctx): void {
  const { text } = ctx;
  FLAG.lastIndex = 0;
  for (let m = FLAG.exec(text); m; m = FLAG.exec(text)) {
    const v = readValueAt(text, m.index + m[0].length, BARE_STOP_WORD);
    if (!v) continue;
    const value = text.slice(v.start, v.end);
    if (isPlaceholder(value) || value.startsWith('-')) continue;
    FLAG.lastIndex = Math.max(FLAG.lastIndex, v.end);
    const flag = m[1]!;
    const kind: SecretKind =
      flag === 'token' ? (kindByShape(value) ?? 'gateway-token') : flag === 'password' ? 'gateway-password' : (kindByShape(value) ?? 'provider-key');
    add(ctx, v.start, v.end, kind, `--${flag} option`);
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

function scanPem(ctx: Ctx): void {
  const { text } = ctx;
  // Remembered across BEGIN markers: once no END follows, none follows any later BEGIN either.
  let endMarker = -2;
  for (let at = text.indexOf('-----BEGIN'); at !== -1; at = text.indexOf('-----BEGIN', at + 10)) {
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
  /(?<![A-Za-z0-9_-])(?:sk-ant-[A-Za-z0-9_-]{20,}|sk-[A-Za-z0-9_-]{20,}|gh[pousr]_[A-Za-z0-9]{30,}|github_pat_[A-Za-z0-9_]{30,}|xox[baprs]-[A-Za-z0-9-]{10,}|xapp-[A-Za-z0-9-]{10,}|gsk_[A-Za-z0-9]{20,}|AIza[A-Za-z0-9_-]{35}|pplx-[A-Za-z0-9]{20,}|npm_[A-Za-z0-9]{36})/g;
const TELEGRAM_ANY = /(?<![A-Za-z0-9_:-])\d{6,12}:[A-Za-z0-9_-]{33,45}(?![A-Za-z0-9_-])/g;
const DISCORD_ANY = /(?<![A-Za-z0-9_.-])([A-Za-z0-9_-]{23,28})\.[A-Za-z0-9_-]{6,7}\.[A-Za-z0-9_-]{27,40}(?![A-Za-z0-9_.-])/g;

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

function scanShapes(ctx: Ctx): void {
  const { text } = ctx;
  SHAPED.lastIndex = 0;
  for (let m = SHAPED.exec(text); m; m = SHAPED.exec(text)) {
    add(ctx, m.index, m.index + m[0].length, 'provider-key', providerLabel(m[0]));
  }
  TELEGRAM_ANY.lastIndex = 0;
  for (let m = TELEGRAM_ANY.exec(text); m; m = TELEGRAM_ANY.exec(text)) {
    add(ctx, m.index, m.index + m[0].length, 'telegram-token', 'Telegram bot token');
  }
  DISCORD_ANY.lastIndex = 0;
  for (let m = DISCORD_ANY.exec(text); m; m = DISCORD_ANY.exec(text)) {
    if (isDiscordSnowflakeSegment(m[1]!)) add(ctx, m.index, m.index + m[0].length, 'discord-token', 'Discord bot token');
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
      const fact: SecretFact = { kind: 'secret', secret: s.kind, label: s.label, at: { message: paste.message, line: paste.lineAt(s.start).line } };
      facts.push(fact);
      if (facts.length >= MAX_FACTS) break;
    }
    return facts;
  },
});
