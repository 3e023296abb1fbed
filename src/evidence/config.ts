import { defineExtractor } from './extractor.ts';
import type { ConfigFact, ConfigKey, Fact } from './facts.ts';
import { keywords } from './keywords.ts';
import type { Paste } from './paste.ts';
import { escapeRegExp } from './regex-escape.ts';

/** Lines found through the paste's keyword index (one pass for every extractor's words). */
keywords(['config get ', '--profile', '--url']);

const DOTTED_KEYS: readonly ConfigKey[] = [
  'gateway.auth.mode',
  'gateway.bind',
  'gateway.mode',
  'gateway.port',
  'gateway.remote.url',
  'gateway.controlUi.allowInsecureAuth',
  'gateway.controlUi.dangerouslyDisableDeviceAuth',
  'gateway.nodes.pairing.autoApproveLocal',
  'gateway.trustedProxies',
  'subagents.allowAgents',
];
const ENV_KEYS: readonly ConfigKey[] = ['OPENCLAW_GATEWAY_URL', 'OPENCLAW_STATE_DIR', 'OPENCLAW_PROFILE'];

const BOOL = /^(?:true|false)$/;
const LIST = /^\[[^\]]{0,300}\]$/;

/**
 * What a value must look like for its key. This is what keeps prose ("configure gateway.trustedProxies
 * to restore…") and placeholders (`<not set>`, `__OPENCLAW_REDACTED__`) out.
 */
const VALID: Record<ConfigKey, RegExp> = {
  'gateway.auth.mode': /^(?:none|token|password|trusted-proxy)$/,
  'gateway.bind': /^(?:auto|loopback|lan|tailnet|custom|[\d.]{7,15}|localhost|::1?)$/,
  'gateway.mode': /^(?:local|remote)$/,
  'gateway.port': /^\d{2,5}$/,
  'gateway.remote.url': /^(?:wss?|https?):\/\/[^\s"'`<>]{1,300}$/,
  'gateway.controlUi.allowInsecureAuth': BOOL,
  'gateway.controlUi.dangerouslyDisableDeviceAuth': BOOL,
  'gateway.nodes.pairing.autoApproveLocal': BOOL,
  'gateway.trustedProxies': /^(?:\[[^\]]{0,300}\]|[\w.:/-]{2,64})$/,
  'subagents.allowAgents': LIST,
  OPENCLAW_GATEWAY_URL: /^(?:wss?|https?):\/\/[^\s"'`<>]{1,300}$/,
  OPENCLAW_STATE_DIR: /^(?:~|\/|[A-Za-z]:[\\/]|%|\$|\.)[^\s"'`<>|]{0,300}$/,
  OPENCLAW_PROFILE: /^[\w.-]{1,40}$/,
  '--url': /^(?:wss?|https?):\/\/[^\s"'`<>]{1,300}$/,
};

/** URLs lose query, fragment and user info: `#token=` dashboard links carry the gateway token. */
function sanitiseUrl(v: string): string {
  let s = v;
  const cut = s.search(/[?#]/);
  if (cut !== -1) s = s.slice(0, cut);
  return s.replace(/^([a-z]+:\/\/)[^/@]{0,200}@/, '$1');
}

function normaliseValue(key: ConfigKey, raw: string): string | undefined {
  let v = raw.trim();
  if (v.startsWith('['))
    v = v
      .replace(/\s+/g, ' ')
      .replace(/\[ /, '[')
      .replace(/ \]/, ']')
      .replace(/,\s*\]$/, ']');
  else v = v.replace(/^["'`]|["'`]$/g, '').replace(/[.,;]+$/, '');
  if (key === 'gateway.remote.url' || key === 'OPENCLAW_GATEWAY_URL' || key === '--url') v = sanitiseUrl(v);
  if (BOOL.test(v.toLowerCase())) v = v.toLowerCase();
  return VALID[key].test(v) ? v : undefined;
}

class Collector {
  readonly out: ConfigFact[] = [];
  private readonly seen = new Set<string>();
  private readonly paste: Paste;
  constructor(paste: Paste) {
    this.paste = paste;
  }

  add(key: ConfigKey, raw: string, offset: number): void {
    this.addAtLine(key, raw, this.paste.lineAt(offset).line);
  }

  addAtLine(key: ConfigKey, raw: string, line: number): void {
    const value = normaliseValue(key, raw);
    if (value === undefined) return;
    const id = `${key}|${value}|${line}`;
    if (this.seen.has(id)) return;
    this.seen.add(id);
    this.out.push({ kind: 'config', at: { message: this.paste.message, line }, key, value });
  }
}

/** The raw value starting at `i`: a `[…]` list, a quoted string, or a bare token. */
function readValue(text: string, i: number): string | undefined {
  const c = text[i];
  if (c === undefined) return undefined;
  if (c === '[') {
    const end = text.indexOf(']', i);
    return end === -1 || end - i > 300 ? undefined : text.slice(i, end + 1);
  }
  if (c === '"' || c === "'" || c === '`') {
    const end = text.indexOf(c, i + 1);
    if (end === -1 || end - i > 300) return undefined;
    const v = text.slice(i + 1, end);
    return v.indexOf('\n') === -1 ? v : undefined;
  }
  const m = /^[^\s,;)}\]"'`]{1,300}/.exec(text.slice(i, i + 301));
  return m?.[0];
}

const NAMED_KEYS: readonly ConfigKey[] = [...DOTTED_KEYS, ...ENV_KEYS];
/** Every named key in one pass (no key is inside or overlaps another, so none hides one). */
const NAMED_KEY = new RegExp(NAMED_KEYS.map(escapeRegExp).join('|'), 'g');

/** `gateway.auth.mode = "token"`, `gateway.bind: lan`, `config set gateway.bind lan`, `OPENCLAW_PROFILE=dev`. */
function namedKeys(text: string, c: Collector): void {
  const found = new Map<string, number[]>();
  NAMED_KEY.lastIndex = 0;
  for (let m = NAMED_KEY.exec(text); m; m = NAMED_KEY.exec(text)) {
    const list = found.get(m[0]) ?? [];
    list.push(m.index);
    found.set(m[0], list);
  }
  if (found.size === 0) return;
  // Key by key, as facts on one line keep that order.
  for (const key of NAMED_KEYS) {
    for (const at of found.get(key) ?? []) {
      const before = at > 0 ? text[at - 1]! : ' ';
      if (/\w/.test(before)) continue;
      let i = at + key.length;
      if (i < text.length && /[\w.]/.test(text[i]!)) continue;
      if (text[i] === '"' || text[i] === "'" || text[i] === '`') i++;
      let j = i;
      while (j < text.length && j - i < 4 && (text[j] === ' ' || text[j] === '\t')) j++;
      const sep = text[j];
      if (sep === '=' || sep === ':') {
        j++;
        while (j < text.length && j - i < 8 && (text[j] === ' ' || text[j] === '\t')) j++;
      } else if (!(j > i && /config set\s+$/.test(text.slice(Math.max(0, at - 20), at)))) continue;
      const raw = readValue(text, j);
      if (raw !== undefined) c.add(key, raw, j);
    }
  }
}

/** `openclaw config get gateway.bind` followed by the printed value. */
function configGet(paste: Paste, c: Collector): void {
  for (const l of paste.linesWith('config get ')) {
    const m = /config get\s+([\w.]{1,80})\s*$/.exec(l.text.length > 300 ? l.text.slice(-300) : l.text);
    if (!m) continue;
    const key = DOTTED_KEYS.find((k) => m[1] === k || m[1]!.endsWith(`.${k}`));
    if (!key) continue;
    for (let i = l.line; i < paste.lineCount() && i < l.line + 3; i++) {
      const v = paste.line(i + 1).trim();
      if (v === '') continue;
      if (v.length <= 300) c.addAtLine(key, v, i + 1);
      break;
    }
  }
}

/** `Bind:` / `Source:` of the `gateway closed` block (also inside JSON strings, after `\n`). */
function targetBlock(text: string, c: Collector): void {
  for (let at = text.indexOf('Bind: '); at !== -1; at = text.indexOf('Bind: ', at + 6)) {
    const ctx = text.slice(Math.max(0, at - 400), at);
    // The block always opens with `Gateway target:`; a lone `Bind:` elsewhere is something else.
    if (ctx.indexOf('Gateway target: ') === -1) continue;
    const m = /^Bind: ([A-Za-z0-9.:-]{1,64})/.exec(text.slice(at, at + 80));
    if (m) c.add('gateway.bind', m[1]!, at);
  }
  for (let at = text.indexOf('Source: '); at !== -1; at = text.indexOf('Source: ', at + 8)) {
    const src = /^Source: (env OPENCLAW_GATEWAY_URL|config gateway\.remote\.url|cli --url)/.exec(text.slice(at, at + 60))?.[1];
    if (!src) continue;
    const ctx = text.slice(Math.max(0, at - 400), at);
    const t = ctx.lastIndexOf('Gateway target: ');
    if (t === -1) continue;
    const url = /^Gateway target: ([^\s\\"]{1,300})/.exec(ctx.slice(t))?.[1];
    if (url) c.add(src.startsWith('env') ? 'OPENCLAW_GATEWAY_URL' : src.startsWith('cli') ? '--url' : 'gateway.remote.url', url, at);
  }
}

/** `openclaw --profile dev …` selects the same state dir as OPENCLAW_PROFILE=dev. */
function profileFlag(paste: Paste, c: Collector): void {
  for (const l of paste.linesWith('--profile')) {
    const m = /(?:^|\s)--profile[ =]([\w.-]{1,40})(?=\s|$)/.exec(l.text.length > 2000 ? l.text.slice(0, 2000) : l.text);
    if (m && l.text.indexOf('openclaw') !== -1) c.add('OPENCLAW_PROFILE', m[1]!, l.start + m.index);
  }
}

/**
 * `openclaw tui --url ws://192.168.1.20:18789 --token …`: the gateway this one call dials, which
 * outranks the config's own for that call. Placeholders (`<gateway-url>`) fail the value check.
 */
function urlFlag(paste: Paste, c: Collector): void {
  for (const l of paste.linesWith('--url')) {
    const text = l.text.length > 2000 ? l.text.slice(0, 2000) : l.text;
    if (text.indexOf('openclaw') === -1) continue;
    const m = /(?:^|\s)--url[ =]["']?((?:wss?|https?):\/\/[^\s"'`<>]{1,300})/.exec(text);
    if (m) c.add('--url', m[1]!, l.start + m.index);
  }
}

const MAX_DEPTH = 64;

/** `[\w$.+-]`, by code: a regex test per character made the tokenizer slow on big pastes. */
function isTokenChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95 || c === 36 || c === 46 || c === 43 || c === 45;
}

/** How a key ends or starts: `mode` of `gateway.auth.mode`, `gateway` of it. */
const LAST_SEGMENTS = [...new Set(DOTTED_KEYS.map((k) => k.slice(k.lastIndexOf('.') + 1)))];
const FIRST_SEGMENTS = [...new Set(DOTTED_KEYS.map((k) => k.slice(0, k.indexOf('.'))))];
/** What follows a key token up to its colon: maybe its closing quote, blanks, a comment. */
const TO_COLON = String.raw`["']?\s*(?::|\/[/*])`;
/** A key token ending with a last segment. */
const LAST_SEGMENT_KEY = new RegExp(`(?:${LAST_SEGMENTS.map(escapeRegExp).join('|')})${TO_COLON}`);
/** A key token holding a first segment: `gateway` itself or `gateway.auth`-like. */
const FIRST_SEGMENT_KEY = new RegExp(String.raw`(?:${FIRST_SEGMENTS.map(escapeRegExp).join('|')})(?:\.[\w$.+-]*)?${TO_COLON}`);

/**
 * Whether the tokenizer below could record anything. A fact needs a key token ending with a key's
 * last segment before a colon, and a path holding the key's first segment: that segment is in the
 * key token itself or in the key of an open object, and either way ends its token or is followed
 * by the rest of a dotted name in it, then the colon. Log pastes say `[gateway]` on every line and
 * `gateway.remote.url` in prose, but hardly ever either as a key, and are then not tokenized.
 */
function mayNestKeys(text: string): boolean {
  return FIRST_SEGMENT_KEY.test(text) && LAST_SEGMENT_KEY.test(text);
}

/**
 * Nested JSON/JSON5 config: a tolerant, linear tokenizer keeps the path of open objects and records
 * the scalar (or short list) after each key whose path ends with a ConfigKey. Unbalanced prose
 * braces only cost accuracy, never time.
 */
function nestedConfig(text: string, c: Collector): void {
  const stack: string[] = [];
  let overflow = 0;
  let lastToken: string | undefined;
  let key: string | undefined;
  let afterColon = false;
  const pathKey = (k: string): ConfigKey | undefined => {
    // The path ends with `k`, so only a key ending like a ConfigKey can make one: most keys in a
    // big paste are times and words, and building their paths is what would cost.
    if (!LAST_SEGMENTS.some((seg) => k.endsWith(seg))) return undefined;
    const path = [...stack.filter((s) => s !== '' && s !== '[]'), k].join('.');
    return DOTTED_KEYS.find((d) => path === d || path.endsWith(`.${d}`));
  };
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const code = text.charCodeAt(i);
    if (code === 32 || code === 9 || code === 10) continue;
    const ch = text[i]!;
    if (ch === '/' && text[i + 1] === '/') {
      const e = text.indexOf('\n', i);
      i = e === -1 ? n : e;
      continue;
    }
    if (ch === '/' && text[i + 1] === '*') {
      const e = text.indexOf('*/', i + 2);
      i = e === -1 ? n : e + 1;
      continue;
    }
    if (ch === '{' || ch === '[') {
      if (ch === '[' && afterColon && key !== undefined) {
        const k = pathKey(key);
        if (k) {
          const raw = readValue(text, i);
          if (raw !== undefined) c.add(k, raw, i);
        }
      }
      if (stack.length < MAX_DEPTH) stack.push(ch === '[' ? '[]' : afterColon && key !== undefined ? key : '');
      else overflow++;
      key = undefined;
      afterColon = false;
      lastToken = undefined;
      continue;
    }
    if (ch === '}' || ch === ']') {
      if (overflow > 0) overflow--;
      else stack.pop();
      key = undefined;
      afterColon = false;
      lastToken = undefined;
      continue;
    }
    if (ch === ':') {
      key = lastToken;
      afterColon = key !== undefined;
      lastToken = undefined;
      continue;
    }
    if (ch === ',') {
      key = undefined;
      afterColon = false;
      lastToken = undefined;
      continue;
    }
    let token: string;
    const start = i;
    if (ch === '"' || ch === "'") {
      let j = i + 1;
      while (j < n && text[j] !== ch && text[j] !== '\n') j += text[j] === '\\' ? 2 : 1;
      token = text.slice(i + 1, Math.min(j, n));
      i = j;
    } else {
      let j = i;
      while (j < n && isTokenChar(text.charCodeAt(j))) j++;
      if (j === i) {
        lastToken = undefined;
        afterColon = false;
        continue;
      }
      token = text.slice(i, j);
      i = j - 1;
    }
    if (afterColon && key !== undefined) {
      const k = pathKey(key);
      if (k) c.add(k, token, start);
      key = undefined;
      afterColon = false;
      lastToken = undefined;
    } else lastToken = token.length <= 80 ? token : undefined;
  }
}

/** ConfigFact for the settings that matter to pairing (docs/openclaw-facts.md §8.1), from every shape users paste. */
export const config = defineExtractor({
  name: 'config',
  extract(paste: Paste): Fact[] {
    const text = paste.text;
    const c = new Collector(paste);
    namedKeys(text, c);
    configGet(paste, c);
    targetBlock(text, c);
    profileFlag(paste, c);
    urlFlag(paste, c);
    if (text.indexOf('{') !== -1 && (text.indexOf('gateway') !== -1 || text.indexOf('allowAgents') !== -1) && mayNestKeys(text)) {
      nestedConfig(text, c);
    }
    c.out.sort((a, b) => a.at.line - b.at.line);
    return c.out;
  },
});
