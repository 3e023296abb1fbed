import { defineExtractor } from './extractor.ts';
import type { Fact, LookalikeClient, LookalikeFact } from './facts.ts';
import { redactLine } from './lookalike.ts';
import type { Paste } from './paste.ts';

/**
 * Look-alikes the asker describes instead of pasting (issue 6 §3): "the token is wrong every time I
 * open the UI", "每次token都不对", "the LaunchAgent's token differs from openclaw.json"; and a client
 * that never gets as far as the gateway: "no request is generated", a TLS failure on the phone, an
 * app's own error. A described failure is weaker than a pasted one, but it is still not pairing, and
 * the answer (give the client the gateway's token; reinstall a service that kept an old one; look
 * at the transport, since there is nothing to approve yet) is the same.
 */

const MAX_LINE = 400;
const TOKEN = /\btokens?\b|令牌|token/i;
/** Tokens that are not the gateway's: a chat bot's, an API key, a provider's. */
const OTHER_TOKEN = /\b(?:bot|api|discord|telegram|slack|feishu|github|access|refresh|oauth|openai|anthropic|hf|device)[ _-]?tokens?\b|机器人/i;
const WRONG =
  /\b(?:wrong|invalid|incorrect|rejected|not accepted|mismatch(?:ed)?|doesn'?t (?:match|work)|does not (?:match|work))\b|不对|错误|无效|不正确|不匹配|不一致|对不上/i;
/** The installed service's own copy of the token (launchd plist, systemd unit, Windows task). */
const SERVICE = /\bLaunchAgent\b|\blaunchd\b|\.plist\b|\bsystemd\b|\bservice\b|\bscheduled task\b|服务|计划任务/i;
const CONFIG = /openclaw\.json|\bconfig(?:uration)?\b|配置/i;
const UI = /\b(?:UI|dashboard|control ui|browser|web ?ui|panel)\b|界面|控制台|面板|浏览器|网页/i;
/** A printed failure on the line: the lookalike extractor reads those exactly; this file is for prose. */
const PRINTED = /unauthorized|bootstrap|setup code|device token|gateway (?:token|password) (?:mismatch|missing)|\(10\d\d|code=|reason=/i;
const PRINTED_ANYWHERE = /unauthorized: |gateway token (?:mismatch|missing)|gateway password (?:mismatch|missing)|device token mismatch|config token does not match the service token/i;
/** "no request is generated", "doesn't generate device request", "no WebSocket connection reaches the gateway". */
const NO_REQUEST =
  /\bno (?:device |pairing |node )?(?:request|requestid|request id)s? (?:is |are |was |were )?(?:found|generated|created|appears?|shows? up|reach(?:es)?)|\bdoes(?:n'?t| not) (?:generate|create) (?:a |any )?(?:device |pairing )?request|\b(?:request id|requestid) is not (?:getting )?(?:generated|created)|\bno websocket connection\b[^.]{0,40}\breach|\bnever reaches the gateway\b|没有(?:生成|产生|出现)?(?:任何)?(?:配对)?请求/i;
const TLS_FAILURE = /\bTLS (?:connection )?(?:failure|failed|error)\b|\bTLS fingerprint verification\b|\bcertificate (?:error|failed|not trusted)\b/i;
/** An app's own words for a failure after the gateway let it in, or its own HTTP call refused. */
const APP_ERROR = /\bCredentials save failed\b|\bError invoking remote method\b[^\n]{0,80}\bHTTP 4\d\d\b/i;
/** The break-glass switches someone flips to get a browser past the secure-context gate. */
const BREAK_GLASS = /allowInsecureAuth\W{0,3}\s*[:=]\s*"?true|dangerouslyDisableDeviceAuth\W{0,3}\s*[:=]\s*"?true|DANGEROUSLY_DISABLE_DEVICE_AUTH\W{0,3}\s*[:=]\s*"?true/i;
const STILL_FAILS = /\bnothing helps\b|\bstill\b|\bdoes(?:n'?t| not) work\b|\bcan'?t connect\b|依旧|仍然|还是|无法|不行|失败/i;
/** `OPENCLAW_GATEWAY_ALLOWED_ORIGINS=http://a,http://b` or the entries of an `allowedOrigins` list. */
const ORIGIN_LIST = /ALLOWED_ORIGINS\s*[:=]\s*"?([^\s"]+)|allowedOrigins"?\s*[:=]\s*\[([^\]\n]*)\]?/i;
const ORIGIN_ITEM = /^\s*"(https?:\/\/[^"\s]+)",?\s*$/;
/** A URL the asker opens the Control UI at, with its port: `http://192.0.2.7:18789/#token=…`. */
const OPENED_URL = /\b(https?):\/\/([A-Za-z0-9.-]+):(\d{2,5})(?=[/#?\s]|$)/g;

/** Origins listed without a port while the page is opened on a port: the browser's Origin never matches. */
function originWithoutPort(paste: Paste): { origin: string; line: number } | undefined {
  const text = paste.text.length > 200_000 ? paste.text.slice(0, 200_000) : paste.text;
  const listed: { value: string; line: number }[] = [];
  const lines = Math.min(paste.lineCount(), 400);
  let inList = false;
  for (let n = 1; n <= lines; n++) {
    const l = paste.line(n);
    const m = ORIGIN_LIST.exec(l);
    if (m) {
      for (const v of (m[1] ?? m[2] ?? '').split(/[,\s]+/)) {
        const clean = v.replace(/["']/g, '');
        if (/^https?:\/\//.test(clean)) listed.push({ value: clean, line: n });
      }
      inList = m[2] !== undefined && !l.includes(']');
      continue;
    }
    if (inList) {
      const item = ORIGIN_ITEM.exec(l);
      if (item) listed.push({ value: item[1]!, line: n });
      else inList = false;
    }
  }
  if (listed.length === 0) return undefined;
  // The page the asker opens: a tokenized link or the gateway's port first, never a model server's URL.
  const opened: { origin: string; host: string; scheme: string; rank: number }[] = [];
  OPENED_URL.lastIndex = 0;
  for (let u = OPENED_URL.exec(text); u; u = OPENED_URL.exec(text)) {
    const [, scheme, host, port] = u;
    const tail = text.slice(u.index + u[0].length, u.index + u[0].length + 12);
    const rank = /^\/?[#?]token=/.test(tail) ? 0 : port === '18789' ? 1 : /^\/v\d/.test(tail) ? 9 : 2;
    opened.push({ origin: `${scheme}://${host}:${port}`, host: host!, scheme: scheme!, rank });
  }
  opened.sort((a, b) => a.rank - b.rank);
  const page = opened.find((o) => o.rank < 9);
  if (!page) return undefined;
  if (listed.some((o) => o.value.replace(/\/$/, '') === page.origin)) return undefined;
  const bare = listed.filter((o) => o.value.replace(/\/$/, '') === `${page.scheme}://${page.host}`);
  return bare.length > 0 ? { origin: page.origin, line: bare.at(-1)!.line } : undefined;
}

const QUESTION_ONLY = /^\s*(?:what|where|how)\b.*\?\s*$/i;

function tokenTrouble(line: string): boolean {
  if (line.length === 0 || line.length > MAX_LINE || !TOKEN.test(line) || !WRONG.test(line)) return false;
  return !OTHER_TOKEN.test(line) && !PRINTED.test(line) && !QUESTION_ONLY.test(line);
}

function serviceDriftLine(paste: Paste, limit: number): number | undefined {
  for (let n = 1; n <= limit; n++) {
    const l = paste.line(n);
    if (tokenTrouble(l) && SERVICE.test(l) && CONFIG.test(l)) return n;
  }
  return undefined;
}

export const describedLookalike = defineExtractor({
  name: 'described-lookalike',
  extract(paste: Paste): Fact[] {
    const out: LookalikeFact[] = [];
    // A pasted failure in the same message says it exactly; a description next to it adds nothing.
    if (PRINTED_ANYWHERE.test(paste.text.length > 200_000 ? paste.text.slice(0, 200_000) : paste.text)) return [];
    const origin = originWithoutPort(paste);
    if (origin) {
      const f: LookalikeFact = { kind: 'lookalike', cause: 'origin-not-allowed', detail: origin.origin, client: 'control-ui', text: redactLine(paste.line(origin.line)).trim(), at: { message: paste.message, line: origin.line } };
      f.described = true;
      return [f];
    }
    const limit = Math.min(paste.lineCount(), 400);
    const stillFails = STILL_FAILS.test(paste.text.slice(0, 20_000));
    for (let n = 1; n <= limit && out.length === 0; n++) {
      const glass = paste.line(n);
      if (stillFails && glass.length <= MAX_LINE && BREAK_GLASS.test(glass)) {
        out.push({ kind: 'lookalike', cause: 'control-ui-insecure', detail: 'break-glass set', client: 'control-ui', text: redactLine(glass).trim(), at: { message: paste.message, line: n } });
        break;
      }
      const prose = paste.line(n);
      if (prose.length > 0 && prose.length <= MAX_LINE) {
        const kind = APP_ERROR.test(prose) ? 'app-error' : TLS_FAILURE.test(prose) ? 'tls' : NO_REQUEST.test(prose) ? 'no-request' : undefined;
        if (kind) {
          out.push({ kind: 'lookalike', cause: 'never-reaches-gateway', detail: kind, text: redactLine(prose).trim(), at: { message: paste.message, line: n } });
          break;
        }
      }
      const line = paste.line(n);
      if (!tokenTrouble(line)) continue;
      const f: LookalikeFact = {
        kind: 'lookalike',
        cause: 'gateway-token-mismatch',
        text: redactLine(line).trim(),
        at: { message: paste.message, line: n },
      };
      // A service that kept an old token explains the rest of the message's token trouble: say that one.
      const drift = SERVICE.test(line) && CONFIG.test(line) ? n : serviceDriftLine(paste, limit);
      if (drift !== undefined) {
        f.detail = 'service token drift';
        f.at = { message: paste.message, line: drift };
        f.text = redactLine(paste.line(drift)).trim();
      } else {
        const client: LookalikeClient | undefined = UI.test(line) ? 'control-ui' : undefined;
        if (client) f.client = client;
        f.detail = 'described';
      }
      out.push(f);
    }
    for (const f of out) f.described = true;
    return out;
  },
});
