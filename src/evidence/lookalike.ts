import { defineExtractor } from './extractor.ts';
import type { LookalikeCause, LookalikeClient, LookalikeFact } from './facts.ts';
import { asciiLower, NeedleIndex } from './needle-lines.ts';
import type { Paste, PasteLine } from './paste.ts';
import { redactSecrets } from './redact.ts';

/**
 * Failures that look like pairing (1008, "device", "approve") but are not (reference §11). The close
 * code is shared by almost all of them, so we classify on the reason text, the `authReason`, or the
 * close-context `cause`, never on the code. Plain `pairing required` is deliberately never matched:
 * that is the real pairing failure and belongs to other extractors.
 *
 * Strategy: a needle index finds the lines holding needles (ASCII case-insensitively, in one pass),
 * each hit is classified on its own line, then one fact is kept per (line, cause).
 */

/** One line of the paste, looked at once however many hits it has (a 1 MB single-line JSON paste
 * must not be re-sliced per hit). */
interface LineInfo {
  line: PasteLine;
  /** The line, ASCII-lowercased. */
  low: string;
  memo: Map<string, unknown>;
}

interface Ctx {
  line: PasteLine;
  low: string;
  info: LineInfo;
  /** Offset of the hit inside the line. */
  col: number;
  needle: string;
}

function memo<T>(info: LineInfo, key: string, f: () => T): T {
  if (info.memo.has(key)) return info.memo.get(key) as T;
  const v = f();
  info.memo.set(key, v);
  return v;
}

/** Text right after the hit, bounded so per-hit work stays constant on huge lines. */
function ahead(x: Ctx, n: number): string {
  return x.low.slice(x.col, x.col + n);
}

interface Phrase {
  needle: string;
  cause: LookalikeCause;
  /** Only for needles that are plain English: require a machine-printed context. */
  guard?: (x: Ctx) => boolean;
  detail?: (x: Ctx) => string | undefined;
  client?: LookalikeClient;
  /** The close code the phrase itself implies. */
  code?: number;
  /** When the cause depends on what follows the phrase. */
  causeOf?: (x: Ctx) => LookalikeCause;
}

interface Hit {
  cause: LookalikeCause;
  detail?: string;
  client?: LookalikeClient;
  code?: number;
  /** Needle to centre the text window on. */
  needle: string;
}

const MAX_TEXT = 300;
/** A log that repeats one failure thousands of times needs only its newest occurrences. */
const MAX_PER_CAUSE = 50;

/** The parenthesised hint right after the phrase: `(set gateway.remote.token to match …)`. */
function hintAfter(x: Ctx): string | undefined {
  const at = x.col + x.needle.length;
  const rest = x.line.text.slice(at, at + 200);
  const m = /^[^()]{0,40}\(([^()]{1,160})\)/.exec(rest);
  return m ? m[1]!.trim() : undefined;
}

function clientFromHint(hint: string | undefined): LookalikeClient | undefined {
  if (!hint) return undefined;
  const h = asciiLower(hint);
  if (h.includes("use this gateway's")) return 'cli-local';
  if (h.includes('gateway.remote.')) return 'cli';
  if (h.includes('control ui settings') || h.includes('dashboard')) return 'control-ui';
  if (h.includes('provide gateway auth')) return 'other';
  return undefined;
}

const MACHINE_MARKERS = [
  '1008', '1002', '1009', '1012', '1013', '4001', '4008', '4013',
  'reason', 'error', 'closed', 'disconnected', 'failed', '[ws]', '"cause"', 'code=', 'message=', 'not_paired',
];

/** CJK text or full-width punctuation: a Chinese or Japanese sentence that quotes an English error
 * inline (`面板报错origin not allowed`, `提示device identity required`) is quoting what it saw. */
const CJK = /[\u3000-\u303f\u3040-\u30ff\u3400-\u9fff\uff00-\uffef]/;

const QUOTES = new Set(['"', "'", '`', '“', '”', '‘', '’', '「', '」']);

/** For phrases a person could also write in a sentence: the line must look printed by OpenClaw. */
function machine(x: Ctx): boolean {
  if (memo(x.info, 'machine', () => MACHINE_MARKERS.some((m) => x.low.includes(m)))) return true;
  // The message printed at the start of its line (the Control UI shows the raw server message), or
  // carrying its parenthesised hint: a person's sentence rarely does either.
  if (/^\s*\(/.test(x.low.slice(x.col + x.needle.length, x.col + x.needle.length + 4))) return true;
  if (CJK.test(x.line.text.slice(Math.max(0, x.col - 2), x.col))) return true;
  // Quoted whole in a sentence (`the UI shows "origin not allowed"`): the words of the message, as seen.
  const open = x.line.text.charAt(x.col - 1);
  const close = x.line.text.charAt(x.col + x.needle.length);
  if (QUOTES.has(open) && QUOTES.has(close)) return true;
  return /^[\s>*`'"-]{0,6}$/.test(x.low.slice(Math.max(0, x.col - 6), x.col)) && x.col <= 6;
}

function onLineWith(...markers: string[]): (x: Ctx) => boolean {
  const key = `on:${markers.join('|')}`;
  return (x) => memo(x.info, key, () => markers.some((m) => x.low.includes(m)));
}

const afterRegex =
  (re: RegExp) =>
  (x: Ctx): string | undefined => {
    const m = re.exec(x.line.text.slice(x.col + x.needle.length, x.col + x.needle.length + 300));
    return m ? m[1]!.trim() : undefined;
  };

const fixed = (s: string) => (): string => s;

const PHRASES: Phrase[] = [
  // §11.A the `unauthorized:` family (4.14 and 9.6 wording; the Control UI's short forms are the same words).
  { needle: 'gateway token mismatch', cause: 'gateway-token-mismatch', detail: hintAfter },
  { needle: 'gateway token missing', cause: 'gateway-token-missing', detail: hintAfter },
  { needle: 'gateway token not configured', cause: 'gateway-token-not-configured', detail: hintAfter },
  { needle: 'gateway password mismatch', cause: 'gateway-password-mismatch', detail: hintAfter },
  { needle: 'gateway password missing', cause: 'gateway-password-missing', detail: hintAfter },
  { needle: 'gateway password not configured', cause: 'gateway-password-not-configured', detail: hintAfter },
  { needle: 'device token mismatch', cause: 'device-token-mismatch', detail: hintAfter },
  { needle: 'device token rejected', cause: 'device-token-rejected', detail: hintAfter },
  { needle: 'device token scope mismatch', cause: 'device-token-scope-mismatch', detail: hintAfter },
  { needle: 'too many failed authentication attempts', cause: 'rate-limited' },
  { needle: 'gateway authentication is temporarily rate-limited', cause: 'rate-limited' },
  { needle: 'bootstrap token invalid or expired', cause: 'bootstrap-token-invalid' },
  { needle: 'setup code invalid, expired, revoked, or already used', cause: 'bootstrap-token-invalid' },
  { needle: 'tailscale identity missing', cause: 'tailscale-auth', detail: fixed('tailscale identity missing') },
  { needle: 'tailscale proxy headers missing', cause: 'tailscale-auth', detail: fixed('tailscale proxy headers missing') },
  { needle: 'tailscale identity check failed', cause: 'tailscale-auth', detail: fixed('tailscale identity check failed') },
  { needle: 'tailscale identity mismatch', cause: 'tailscale-auth', detail: fixed('tailscale identity mismatch') },
  { needle: 'gateway credential is a redaction sentinel', cause: 'redaction-sentinel' },
  { needle: 'proxy client attribution is required', cause: 'proxy-attribution' },
  // 2026.2–2026.3 gateway log: forwarded headers from a hop `gateway.trustedProxies` does not cover.
  { needle: 'proxy headers detected from untrusted address', cause: 'trusted-proxy-auth', detail: fixed('proxy headers from an untrusted address') },
  // The token-mismatch hint on its own (people quote the hint rather than the whole close reason).
  { needle: 'set gateway.remote.token to match gateway.auth.token', cause: 'gateway-token-mismatch', client: 'cli' },
  // The gateway found no token at start and made one: when it repeats across restarts, every client's
  // saved token goes stale each time (the token churn behind mismatch-then-pairing loops).
  { needle: 'generated a new token and saved it to config', cause: 'gateway-token-mismatch', detail: fixed('token regenerated') },
  // `openclaw gateway status`: the installed service carries another token than the config file.
  {
    needle: 'config token does not match the service token',
    cause: 'gateway-token-mismatch',
    detail: fixed('service token drift'),
  },
  { needle: 'gateway ingress attribution required', cause: 'proxy-attribution', guard: machine },
  {
    needle: 'trusted-proxy identity-header authentication is required',
    cause: 'trusted-proxy-auth',
    detail: fixed('node: trusted-proxy identity header required'),
  },
  // 9.6 health probe: connected fine, but had nothing to authenticate with.
  {
    needle: 'has no token/password or paired device token',
    cause: 'gateway-token-missing',
    detail: fixed('health probe has no credentials'),
    client: 'cli',
  },

  // §11.B other handshake rejections.
  { needle: 'origin not allowed', cause: 'origin-not-allowed', guard: machine },
  { needle: 'requires a canonical chrome extension origin', cause: 'origin-not-allowed', detail: fixed('browser copilot') },
  { needle: 'control ui requires device identity', cause: 'control-ui-insecure', client: 'control-ui' },
  {
    needle: 'device identity required',
    cause: 'device-identity-required',
    // The Control UI short forms `device identity required (use HTTPS…)` are the insecure-context case.
    guard: (x) => !/^\s*\(use https/.test(x.low.slice(x.col + x.needle.length, x.col + x.needle.length + 12)) && machine(x),
  },
  {
    needle: 'device identity required (use https',
    cause: 'control-ui-insecure',
    client: 'control-ui',
  },
  {
    needle: 'requires a dedicated paired device identity',
    cause: 'device-identity-required',
    detail: fixed('browser copilot'),
  },
  { needle: 'device identity mismatch', cause: 'device-auth-invalid', detail: fixed('device identity mismatch'), guard: machine },
  { needle: 'device signature expired', cause: 'device-auth-invalid', detail: fixed('device signature expired'), guard: machine },
  { needle: 'device nonce required', cause: 'device-auth-invalid', detail: fixed('device nonce required'), guard: machine },
  { needle: 'device nonce mismatch', cause: 'device-auth-invalid', detail: fixed('device nonce mismatch'), guard: machine },
  { needle: 'device signature invalid', cause: 'device-auth-invalid', detail: fixed('device signature invalid'), guard: machine },
  { needle: 'device public key invalid', cause: 'device-auth-invalid', detail: fixed('device public key invalid'), guard: machine },
  {
    needle: 'protocol mismatch',
    cause: 'protocol-mismatch',
    guard: machine,
    detail: (x) => (ahead(x, 200).includes('control ui updated') ? 'Control UI updated; reload this page' : undefined),
  },
  // A Chinese UI's own words for the same close (`协议不匹配` / `协议版本不匹配`).
  { needle: '协议不匹配', cause: 'protocol-mismatch' },
  { needle: '协议版本不匹配', cause: 'protocol-mismatch' },
  { needle: 'client version mismatch', cause: 'protocol-mismatch', detail: fixed('client version mismatch'), guard: machine },
  { needle: 'invalid role', cause: 'invalid-handshake', detail: fixed('invalid role'), guard: machine },
  { needle: 'invalid connect params', cause: 'invalid-handshake', detail: fixed('invalid connect params'), guard: machine },
  { needle: 'invalid handshake', cause: 'invalid-handshake', detail: fixed('invalid handshake'), guard: machine },
  { needle: 'invalid request frame', cause: 'invalid-handshake', detail: fixed('invalid request frame'), guard: machine },
  { needle: 'too many pending handshake frames', cause: 'invalid-handshake', detail: fixed('too many pending handshake frames') },
  { needle: 'preauth payload too large', cause: 'invalid-handshake', detail: fixed('preauth payload too large') },
  { needle: 'handshake timeout', cause: 'handshake-timeout', guard: machine },
  // B8 seen from the client: the gateway closed 1000 with an empty reason before `connect` finished.
  { needle: '(1000 normal closure): no close reason', cause: 'handshake-timeout', detail: fixed('empty 1000 close'), code: 1000 },
  { needle: 'gateway closed (1000):', cause: 'handshake-timeout', detail: fixed('empty 1000 close'), code: 1000 },
  // The WebSocket upgrade was refused at HTTP level (a TLS port spoken to as plain ws, a wrong path):
  // the connection never reaches the handshake, let alone pairing.
  {
    needle: 'unexpected server response: ',
    cause: 'ws-upgrade-rejected',
    // Redirects and 401/403 on the upgrade are an identity-aware proxy (reference §11.F R6).
    causeOf: (x) => (/^(?:30[12378]|401|403)\b/.test(ahead(x, 40).slice(x.needle.length)) ? 'edge-proxy-auth' : 'ws-upgrade-rejected'),
    detail: afterRegex(/^(\d{3})\b/),
  },
  { needle: 'connect challenge timeout', cause: 'handshake-timeout', detail: fixed('client connect challenge timeout') },
  {
    needle: 'operator role policies require a verified user identity',
    cause: 'verified-user-required',
  },
  { needle: 'verified identity required', cause: 'verified-user-required', client: 'control-ui', guard: machine },
  { needle: 'node pairing changed during connect', cause: 'node-pairing-changed' },
  { needle: 'authenticated node pairing identity unavailable', cause: 'node-pairing-changed' },

  // §11.C closes around or after connect.
  { needle: 'gateway auth changed', cause: 'gateway-auth-changed', guard: machine },
  { needle: 'device removed', cause: 'device-removed', guard: machine },
  { needle: 'gateway policy changed', cause: 'client-invalidated', detail: fixed('gateway policy changed'), guard: machine },
  { needle: 'operator role changed', cause: 'client-invalidated', detail: fixed('operator role changed'), guard: machine },
  { needle: 'client invalidated:', cause: 'client-invalidated', detail: afterRegex(/^\s*([^"\n]{1,80})/) },
  { needle: 'agent runtime authority closed', cause: 'client-invalidated', detail: fixed('agent runtime authority closed') },
  { needle: 'gateway access is no longer active', cause: 'client-invalidated', detail: fixed('gateway access is no longer active') },
  { needle: 'gateway starting', cause: 'gateway-starting', guard: onLineWith('1013', '4013', 'retry shortly', 'gateway starting;') },
  { needle: 'gateway restart in progress', cause: 'gateway-starting', detail: fixed('gateway restart in progress') },
  { needle: 'gateway suspension in progress', cause: 'gateway-starting', detail: fixed('gateway suspension in progress') },
  { needle: 'connect unavailable during gateway', cause: 'gateway-starting', detail: fixed('gateway restart in progress') },
  { needle: 'gateway message handler loading', cause: 'gateway-starting', detail: fixed('gateway message handler loading') },
  { needle: 'service restart', cause: 'service-restart', guard: onLineWith('1012') },
  { needle: 'repeated unauthorized calls', cause: 'unauthorized-role', detail: fixed('repeated unauthorized calls') },
  { needle: 'slow consumer', cause: 'slow-consumer', guard: machine },

  // §11.D non-close errors.
  {
    needle: 'is not allowed for sessions_spawn',
    cause: 'allow-agents',
    // `(allowed: …)` proves it is the tool's text, not someone naming the error in a sentence.
    guard: (x) => ahead(x, 400).includes('(allowed:'),
    detail: afterRegex(/^[^(]{0,20}\(allowed:\s*([^)]{0,200})\)/),
  },
  {
    needle: 'is not in the configured agent registry',
    cause: 'allow-agents',
    guard: (x) => ahead(x, 400).includes('(allowed:'),
    detail: afterRegex(/^[^(]{0,20}\(allowed:\s*([^)]{0,200})\)/),
  },
  {
    needle: 'sessions_spawn is not allowed at this depth',
    cause: 'spawn-depth',
    guard: (x) => ahead(x, 200).includes('(current depth'),
    detail: afterRegex(/^\s*\((current depth:\s*\d+,\s*max:\s*\d+)\)/),
  },
  { needle: 'requires explicit agentid when requireagentid is configured', cause: 'require-agent-id' },
  { needle: 'over plaintext ws://', cause: 'insecure-ws', detail: (x) => /cannot connect to "([^"]{1,200})"/i.exec(x.line.text)?.[1] },
  // The 2026.2.x wording of the same client-side guard.
  {
    needle: 'uses plaintext ws:// to a non-loopback address',
    cause: 'insecure-ws',
    detail: (x) => /gateway url "([^"]{1,200})"/i.exec(x.line.text)?.[1],
  },
  { needle: 'gateway url override requires explicit credentials', cause: 'url-override-credentials' },

  // §11.F Control UI boxes and 9.6 login panels.
  {
    needle: 'this gateway requires auth. add a token or password',
    cause: 'gateway-token-missing',
    detail: fixed('Control UI: This gateway requires auth'),
    client: 'control-ui',
  },
  {
    needle: 'auth failed. re-copy a tokenized url',
    cause: 'gateway-token-mismatch',
    detail: fixed('Control UI: Auth failed'),
    client: 'control-ui',
  },
  { needle: 'this page is http, so the browser blocks device identity', cause: 'control-ui-insecure', client: 'control-ui' },
  { needle: 'secure browser context required', cause: 'control-ui-insecure', client: 'control-ui' },
  {
    needle: 'this gateway expects its token',
    cause: 'gateway-token-mismatch',
    detail: fixed('Control UI: This Gateway expects its token'),
    client: 'control-ui',
  },
  {
    needle: 'this gateway expects its password',
    cause: 'gateway-password-mismatch',
    detail: fixed('Control UI: This Gateway expects its password'),
    client: 'control-ui',
  },
  { needle: 'browser origin not allowed', cause: 'origin-not-allowed', client: 'control-ui', guard: machine },
  { needle: 'gateway secret rejected', cause: 'unauthorized', detail: fixed('Control UI: Gateway secret rejected'), client: 'control-ui' },
  { needle: 'too many failed attempts', cause: 'rate-limited', client: 'control-ui', guard: machine },
  { needle: 'gateway auth failed', cause: 'unauthorized', detail: fixed('Control UI: gateway auth failed'), client: 'control-ui', guard: machine },
  { needle: 'identity-aware proxy rejected the websocket upgrade', cause: 'edge-proxy-auth' },
  { needle: 'proxy authentication required', cause: 'edge-proxy-auth', guard: machine },
];

/** `authReason` (gateway log / close context) → cause. Unknown reasons stay the generic `unauthorized`. */
const AUTH_REASON: Record<string, LookalikeCause> = {
  token_mismatch: 'gateway-token-mismatch',
  token_missing: 'gateway-token-missing',
  token_missing_config: 'gateway-token-not-configured',
  password_mismatch: 'gateway-password-mismatch',
  password_missing: 'gateway-password-missing',
  password_missing_config: 'gateway-password-not-configured',
  device_token_mismatch: 'device-token-mismatch',
  rate_limited: 'rate-limited',
  bootstrap_token_invalid: 'bootstrap-token-invalid',
  scope_mismatch: 'device-token-scope-mismatch',
  token_redacted_config: 'redaction-sentinel',
  password_redacted_config: 'redaction-sentinel',
};

function causeForAuthReason(reason: string | undefined): LookalikeCause {
  if (!reason) return 'unauthorized';
  const known = AUTH_REASON[reason];
  if (known) return known;
  if (reason.startsWith('tailscale')) return 'tailscale-auth';
  if (reason.startsWith('trusted_proxy')) return 'trusted-proxy-auth';
  return 'unauthorized';
}

/** Close-context `cause` (reference §1.4) → cause; `pairing-required` and unrelated causes map to nothing. */
const CLOSE_CAUSE: Record<string, LookalikeCause> = {
  'origin-mismatch': 'origin-not-allowed',
  'control-ui-insecure-auth': 'control-ui-insecure',
  'device-required': 'device-identity-required',
  'device-auth-invalid': 'device-auth-invalid',
  'protocol-mismatch': 'protocol-mismatch',
  'handshake-timeout': 'handshake-timeout',
  'gateway-auth-rotated': 'gateway-auth-changed',
  'repeated-unauthorized-requests': 'unauthorized-role',
  'invalid-handshake': 'invalid-handshake',
  'invalid-role': 'invalid-handshake',
  'preauth-payload-too-large': 'invalid-handshake',
  'startup-sidecars-pending': 'gateway-starting',
  'outbound-buffer-exceeded': 'slow-consumer',
  'client-invalidated': 'client-invalidated',
  'node-pairing-generation-changed': 'node-pairing-changed',
  'missing-ingress-attribution': 'proxy-attribution',
};

function closeCause(cause: string, authReason: string | undefined): LookalikeCause | undefined {
  if (cause === 'unauthorized') return causeForAuthReason(authReason);
  if (cause.startsWith('operator-access')) return 'client-invalidated';
  return CLOSE_CAUSE[cause];
}

const UUID_RE = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;
const CREDENTIAL_ARG = /(#token=|\?token=|&token=|--token[ =]|--password[ =]|bearer )([^\s"'&<\]]+)/gi;
const LONG_RUN = /[A-Za-z0-9_-]{24,}/g;
/** Ids that are not secrets (reference §9): keep them readable. */
const ID_KEYS = ['device=', 'conn=', '"deviceId":"', '"deviceId": "', 'deviceId=', '"publicKey":"'];

/** Removes tokens before a line is stored in a fact: every secret the project's scanner knows
 * (redact.ts), then what only a failure line can leave behind: explicit token arguments, and long
 * hex/base64url runs that are not a device id or a connection id. */
export function redactLine(line: string): string {
  let out = redactSecrets(line).replace(CREDENTIAL_ARG, (_m, key: string, value: string) =>
    value === '[redacted]' || value.startsWith('__OPENCLAW') ? key + value : `${key}[redacted]`,
  );
  out = out.replace(LONG_RUN, (run: string, offset: number) => {
    if (UUID_RE.test(run)) return run;
    // Words like `dangerouslyAllowHostHeaderOriginFallback` are long runs too; tokens mix digits and letters.
    if (!/\d/.test(run) || !/[A-Za-z]/.test(run)) return run;
    for (const k of ID_KEYS) {
      if (offset >= k.length && out.slice(offset - k.length, offset) === k) return run;
    }
    return '[redacted]';
  });
  return out;
}

function windowAround(redacted: string, needle: string): string {
  if (redacted.length <= MAX_TEXT) return redacted.trim();
  const at = Math.max(0, asciiLower(redacted).indexOf(needle));
  const start = Math.max(0, at - 100);
  const end = Math.min(redacted.length, start + MAX_TEXT);
  return `${start > 0 ? '…' : ''}${redacted.slice(start, end).trim()}${end < redacted.length ? '…' : ''}`;
}

const CODE_RE = /(?:gateway closed|disconnected|close)\s*\((\d{4})|code=(\d{4})/;

function codeOf(low: string): number | undefined {
  const m = CODE_RE.exec(low);
  const v = m ? (m[1] ?? m[2]) : undefined;
  return v ? Number(v) : undefined;
}

const ISO_AT_START = /^\s*(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?(?:Z|[+-]\d\d:?\d\d)?)/;
const JSON_TIME = /"time"\s*:\s*"(\d{4}-\d\d-\d\dT[^"]{8,30})"/;

function timeOf(line: string): number | undefined {
  const m = ISO_AT_START.exec(line) ?? JSON_TIME.exec(line);
  if (!m) return undefined;
  const t = Date.parse(m[1]!);
  return Number.isFinite(t) ? t : undefined;
}

/** Which client a `[ws] unauthorized … client=<id> <mode> … remote=<ip>` line is about. */
function clientFromWsLine(low: string): LookalikeClient | undefined {
  const m = /\bclient=(\S+)(?: (\S+))?/.exec(low);
  if (!m) return undefined;
  const id = m[1]!;
  const mode = m[2] ?? '';
  if (id === 'openclaw-control-ui' || id === 'openclaw-tui' || id.startsWith('webchat') || mode === 'webchat') {
    return 'control-ui';
  }
  if (id === 'cli' || mode === 'cli') {
    const remote = /\bremote=(\S+)/.exec(low)?.[1];
    if (remote === undefined || remote === '?') return 'cli';
    return remote === '127.0.0.1' || remote === '::1' || remote.startsWith('::ffff:127.') ? 'cli-local' : 'cli-remote';
  }
  return 'other';
}

/** The `Gateway target:` block printed under `gateway closed (…)` says whether the CLI went remote. */
function clientFromTargetBlock(paste: Paste, line: PasteLine): LookalikeClient | undefined {
  // Inside a JSON tool result the block is on the same line, joined by literal `\\n`.
  const inline = /\\nSource: ([^\\"]{1,80})/.exec(line.text)?.[1];
  if (inline !== undefined) return clientFromSource(inline.trim());
  for (let i = line.line; i < Math.min(paste.lineCount(), line.line + 6); i++) {
    const l = paste.line(i + 1);
    if (!l.startsWith('Source:')) continue;
    return clientFromSource(l.slice(7).trim());
  }
  return undefined;
}

function clientFromSource(src: string): LookalikeClient | undefined {
  if (src.startsWith('local') || src.startsWith('missing gateway.remote.url')) return 'cli-local';
  if (src.startsWith('cli --url') || src.startsWith('env OPENCLAW_GATEWAY_URL') || src.startsWith('config gateway.remote.url')) {
    return 'cli-remote';
  }
  return undefined;
}

/** Offsets of lines that are an `openclaw …` command someone ran (`$ openclaw …`, `PS C:\> openclaw …`). */
function commandStarts(paste: Paste): { start: number; approve: boolean }[] {
  const out: { start: number; approve: boolean }[] = [];
  for (const l of paste.linesWith('openclaw ')) {
    const at = l.text.indexOf('openclaw ');
    const prefix = l.text.slice(0, at).trim();
    if (prefix.length > 80) continue;
    if (prefix !== '' && !/[$#>%]$/.test(prefix)) continue;
    const cmd = l.text.slice(at);
    out.push({ start: l.start, approve: /^openclaw (?:devices|nodes) approve\b/.test(cmd) });
  }
  return out;
}

/**
 * `missing scope:` is the approver's problem, not a look-alike, when it answers `devices approve`
 * (reference §11.E/§11.D2). It is that when the approve text is above it in the same message and no
 * other `openclaw` command was run in between.
 */
function inApproveOutput(x: Ctx, hit: number, approvals: () => number[], cmds: () => { start: number; approve: boolean }[]): boolean {
  const line = x.line;
  if (memo(x.info, 'rpc-approve', () => x.low.includes('device.pair.approve') || x.low.includes('node.pair.approve'))) return true;
  const approveAt = lastBefore(approvals(), hit);
  if (approveAt === -1) return false;
  const list = cmds();
  // Newest command line that starts before the hit's line.
  let lo = 0;
  let hi = list.length - 1;
  let idx = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]!.start < line.start) {
      idx = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  if (idx === -1) return true;
  const last = list[idx]!;
  // A later non-approve command owns the error, unless the approve text comes after it.
  return last.approve || last.start < approveAt;
}

/** The largest value in a sorted list that is below `limit`, or -1. */
function lastBefore(sorted: number[], limit: number): number {
  let lo = 0;
  let hi = sorted.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! < limit) {
      found = sorted[mid]!;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/** Every needle the extractor looks for, lowercase. */
const NEEDLES = [...PHRASES.map((p) => p.needle), 'unauthorized', '"cause"', '\\"cause\\"', ' cause=', 'missing scope: '];
/**
 * Rare words, one inside every needle: a line without any of them holds no look-alike. Most start
 * with a space, which keeps the index's one pass over the text cheap (see needle-lines.ts).
 */
const ANCHORS = [
  ' mismatch', ' missing', ' scope: ', ' not configured', ' rejected', ' many ', ' rate-limited', ' invalid',
  'invalid role', ' connect params', ' handshake', ' request frame', ' sentinel', ' attribution', ' identity',
  ' no token/', ' not allowed', ' extension origin', ' expired', ' nonce', ' too large', ' timeout', ' changed',
  ' removed', ' authority closed', ' no longer active', 'gateway starting', ' in progress', ' unavailable',
  ' handler loading', ' restart', ' consumer', ' sessions_spawn', ' allowed at this depth', ' agent registry',
  ' requireagentid', ' plaintext ws', ' url override', ' requires auth', ' re-copy', ' browser context',
  ' expects its', ' auth failed', ' authentication required', ' invalidated', 'unauthorized', '"cause"',
  '\\"cause\\"', ' cause=',
];
const INDEX = new NeedleIndex(NEEDLES, ANCHORS);
const PHRASE_INDEX = new Map<string, number[]>();
PHRASES.forEach((p, i) => {
  PHRASE_INDEX.set(p.needle, [...(PHRASE_INDEX.get(p.needle) ?? []), i]);
});

/** The phrases whose needle is on a line, in PHRASES order (most lines hold one or two of ~90). */
function phrasesOn(cols: ReadonlyMap<string, number[]>): Phrase[] {
  const at: number[] = [];
  for (const needle of cols.keys()) for (const i of PHRASE_INDEX.get(needle) ?? []) at.push(i);
  return at.sort((a, b) => a - b).map((i) => PHRASES[i]!);
}

/** Where an approve command or call is named, for `missing scope:` (the four never overlap). */
const APPROVAL = /devices approve|nodes approve|device\.pair\.approve|node\.pair\.approve/gi;

function approvalsIn(text: string): number[] {
  const out: number[] = [];
  APPROVAL.lastIndex = 0;
  for (let m = APPROVAL.exec(text); m; m = APPROVAL.exec(text)) out.push(m.index);
  return out;
}

function extractLookalikes(paste: Paste): LookalikeFact[] {
  const text = paste.text;
  if (text.length === 0) return [];
  const byLine = new Map<number, { line: PasteLine; low: string; hits: Hit[] }>();
  // Lowercased text around a hit, for reads that may run past the line end.
  const lowAt = (hit: number, n: number): string => asciiLower(text.slice(hit, hit + n));

  let cmdCache: { start: number; approve: boolean }[] | undefined;
  const cmds = () => (cmdCache ??= commandStarts(paste));
  let approveCache: number[] | undefined;
  const approvals = () => (approveCache ??= approvalsIn(text));

  // Lines are independent; on one line the hits keep the order of a needle-by-needle scan.
  for (const { line, low, cols } of INDEX.lines(paste)) {
    const info: LineInfo = { line, low, memo: new Map() };
    const ctx = (col: number, needle: string): Ctx => ({ line, low, info, col, needle });
    const hits: Hit[] = [];
    const add = (hit: Hit): number => hits.push(hit);
    const each = (needle: string, f: (col: number) => void): void => {
      for (const col of cols.get(needle) ?? []) f(col);
    };

    for (const p of phrasesOn(cols)) {
      each(p.needle, (col) => {
        const x = ctx(col, p.needle);
        if (p.guard && !p.guard(x)) return;
        const detail = p.detail?.(x);
        const h: Hit = { cause: p.causeOf?.(x) ?? p.cause, needle: p.needle };
        if (detail) h.detail = detail;
        if (p.code !== undefined) h.code = p.code;
        const client = p.client ?? clientFromHint(p.detail === hintAfter ? detail : undefined);
        if (client) h.client = client;
        add(h);
      });
    }

    // Every `unauthorized` that no phrase above explains: the gateway's `[ws] unauthorized` line, the bare
    // close reason, `unauthorized role:`, an `unauthorized: <new text>` and the HTTP 401 body.
    each('unauthorized', (col) => {
      const x = ctx(col, 'unauthorized');
      const after = x.low.slice(x.col + 12, x.col + 12 + 40);
      const before = x.low.slice(Math.max(0, x.col - 20), x.col);
      if (after.startsWith(' conn=')) {
        const rest = ahead(x, 3000);
        const reason = /\breason=([a-z0-9_-]+)/.exec(rest)?.[1];
        const h: Hit = { cause: causeForAuthReason(reason), needle: 'unauthorized' };
        const client = clientFromWsLine(rest);
        if (client) h.client = client;
        if (reason) h.detail = reason;
        add(h);
        return;
      }
      if (after.startsWith(' role:')) {
        const role = /^ role:\s*([a-z0-9._-]{1,40})/.exec(after)?.[1];
        add({ cause: 'unauthorized-role', needle: 'unauthorized role', ...(role ? { detail: role } : {}) });
        return;
      }
      if (/"type"\s*:\s*"$/.test(before) && /"message"\s*:\s*"unauthorized"/.test(x.low.slice(Math.max(0, x.col - 300), x.col + 300))) {
        add({ cause: 'http-unauthorized', needle: 'unauthorized', code: 401 });
        return;
      }
      if (after.startsWith(':')) {
        // A phrase on this line already classified it; otherwise keep the text as the detail.
        const rest = x.line.text.slice(x.col + 13, x.col + 13 + 120).trim();
        add({ cause: 'unauthorized', needle: 'unauthorized', ...(rest ? { detail: rest } : {}) });
        return;
      }
      // Bare `unauthorized` as the close reason / error message: `(1008): unauthorized`, `Reason: unauthorized`.
      const ends = /^(?:\s*$|\s*["']|\\n|\\")/.test(after) || (before.endsWith('reason=') && /^ [a-z]+=/.test(after));
      if (ends && /(?:[:=)]\s*|"message"\s*:\s*")$/.test(before)) {
        add({ cause: 'unauthorized', needle: 'unauthorized' });
      }
    });

    // Close-context JSON (`"cause":"unauthorized"`, maybe escaped inside a JSON string) and the verbose
    // `[ws] → close … cause=<cause>` line.
    const onCause = (col: number, value: string, needle: string): void => {
      if (value === 'pairing-required') return;
      const hit = line.start + col;
      let authReason: string | undefined;
      if (value === 'unauthorized') {
        const span = lowAt(hit, 4000);
        const stop = span.indexOf('cause', needle.length + value.length);
        const window = stop === -1 ? span : span.slice(0, stop);
        authReason = /authreason\\?"\s*:\s*\\?"([a-z0-9_-]+)/.exec(window)?.[1] ?? /\bauthreason=([a-z0-9_-]+)/.exec(window)?.[1];
      }
      const cause = closeCause(value, authReason);
      if (!cause) return;
      const h: Hit = { cause, needle };
      if (authReason) h.detail = authReason;
      else if (cause === 'device-auth-invalid') {
        const r = /"reason\\?"\s*:\s*\\?"([a-z0-9 _-]{1,60})/.exec(lowAt(hit, 2000))?.[1];
        if (r) h.detail = r;
      }
      const client = memo(info, 'context-client', () => clientFromContext(low));
      if (client) h.client = client;
      add(h);
    };
    each('"cause"', (col) => {
      // The real pairing failure, in the close context's own spelling: nothing to lowercase or read.
      if (text.startsWith('"cause":"pairing-required"', line.start + col)) return;
      const m = /^"cause"\s*:\s*"([a-z-]{1,60})"/.exec(lowAt(line.start + col, 80));
      if (m) onCause(col, m[1]!, '"cause"');
    });
    each('\\"cause\\"', (col) => {
      const m = /^\\"cause\\"\s*:\s*\\"([a-z-]{1,60})\\"/.exec(lowAt(line.start + col, 80));
      if (m) onCause(col, m[1]!, '\\"cause\\"');
    });
    each(' cause=', (col) => {
      const m = /^ cause=([a-z-]{1,60})/.exec(lowAt(line.start + col, 80));
      if (m) onCause(col, m[1]!, ' cause=');
    });

    // `missing scope: <scope>` on a method call, unless it is what `devices approve` answered.
    each('missing scope: ', (col) => {
      const x = ctx(col, 'missing scope: ');
      if (inApproveOutput(x, line.start + col, approvals, cmds)) return;
      const scope = /^missing scope: ([a-z][a-z0-9._-]{0,60})/.exec(ahead(x, 80))?.[1];
      add({ cause: 'missing-scope-method', needle: 'missing scope', ...(scope ? { detail: scope.replace(/\.$/, '') } : {}) });
    });

    if (hits.length > 0) byLine.set(line.line, { line, low, hits });
  }

  const facts: LookalikeFact[] = [];
  for (const { line, low: lineLow, hits } of byLine.values()) {
    const specific = hits.some((h) => h.cause !== 'unauthorized');
    const code = codeOf(lineLow);
    const time = timeOf(line.text);
    let target: LookalikeClient | undefined;
    if (lineLow.includes('gateway closed (')) target = clientFromTargetBlock(paste, line);
    const redacted = redactLine(line.text);
    const origin = originOf(line.text);
    const seen = new Map<LookalikeCause, LookalikeFact>();
    for (const h of hits) {
      if (specific && h.cause === 'unauthorized') continue;
      const prev = seen.get(h.cause);
      if (prev) {
        // Same failure twice on one line (the close reason and the JSON cause): keep the richer one.
        prev.detail ??= h.detail;
        prev.client = pickClient(prev.client, h.client);
        continue;
      }
      const f: LookalikeFact = {
        kind: 'lookalike',
        cause: h.cause,
        text: windowAround(redacted, h.needle),
        at: { message: paste.message, line: line.line },
      };
      if (time !== undefined) f.time = time;
      if (h.detail) f.detail = redactLine(h.detail);
      else if (h.cause === 'origin-not-allowed' && origin) f.detail = origin;
      const c = h.code ?? code;
      if (c !== undefined) f.code = c;
      const client = pickClient(pickClient(h.client, target), clientFromControlUiLine(lineLow));
      if (client) f.client = client;
      if (h.cause === 'ws-upgrade-rejected' && TLS_TARGET.test(text.slice(0, 200_000))) f.tlsTarget = true;
      seen.set(h.cause, f);
      facts.push(f);
    }
  }
  return capPerCause(facts);
}

/** A TLS front for the gateway named in the paste: Tailscale Serve, port 443, an https/wss URL. */
const TLS_TARGET = /\.ts\.net\b|--port[ =]443\b|:443\b|\bwss:\/\/|tailscale serve|tailscale\.mode[ =:"]+serve/i;

/** The client named in a close-context object (`"client":"cli","mode":"probe"`, `"origin":"https://…"`). */
function clientFromContext(low: string): LookalikeClient | undefined {
  if (/"origin\\?"\s*:\s*\\?"http/.test(low)) return 'control-ui';
  const id = /"client\\?"\s*:\s*\\?"([a-z0-9-]{1,40})/.exec(low)?.[1];
  if (!id) return undefined;
  const mode = /"mode\\?"\s*:\s*\\?"([a-z]{1,20})/.exec(low)?.[1] ?? '';
  const remote = /"remoteaddr\\?"\s*:\s*\\?"([^"\\]{1,60})/.exec(low)?.[1];
  return clientFromWsLine(`client=${id} ${mode}${remote ? ` remote=${remote}` : ''}`);
}

/** The browser origin on a `closed before connect … origin=<o>` line or in its JSON context. */
function originOf(line: string): string | undefined {
  const m = /"origin\\?"\s*:\s*\\?"(https?:\/\/[^"\\\s]{1,200})/.exec(line) ?? /\borigin=(https?:\/\/\S{1,200})/.exec(line);
  return m?.[1];
}

/** A more specific client wins: `cli` + `Source: local loopback` is `cli-local`. */
function pickClient(a: LookalikeClient | undefined, b: LookalikeClient | undefined): LookalikeClient | undefined {
  if (!a) return b;
  if (!b) return a;
  if (a === 'cli' && (b === 'cli-local' || b === 'cli-remote')) return b;
  return a;
}

function clientFromControlUiLine(low: string): LookalikeClient | undefined {
  return /disconnected \(40\d\d\)/.test(low) ? 'control-ui' : undefined;
}

function capPerCause(facts: LookalikeFact[]): LookalikeFact[] {
  const counts = new Map<LookalikeCause, number>();
  for (const f of facts) counts.set(f.cause, (counts.get(f.cause) ?? 0) + 1);
  if ([...counts.values()].every((n) => n <= MAX_PER_CAUSE)) return facts;
  const skip = new Map<LookalikeCause, number>();
  for (const [c, n] of counts) if (n > MAX_PER_CAUSE) skip.set(c, n - MAX_PER_CAUSE);
  const out: LookalikeFact[] = [];
  for (const f of facts) {
    const s = skip.get(f.cause) ?? 0;
    if (s > 0) {
      skip.set(f.cause, s - 1);
      continue;
    }
    out.push(f);
  }
  return out;
}

export const lookalike = defineExtractor({
  name: 'lookalike',
  extract: (paste) => extractLookalikes(paste),
});
