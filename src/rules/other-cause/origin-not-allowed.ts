import { redactLine } from '../../evidence/lookalike.ts';
import { type Describer, fixed, machine } from '../../evidence/lookalike-signs.ts';
import type { Paste } from '../../evidence/paste.ts';
import { docs } from '../../openclaw/docs.ts';
import type { Rule } from '../../triage/rule.ts';
import { ASK_VERSION, code, NOT_DEVICE_COMMANDS } from './lookalike/advice.ts';
import { fires, PAIRING_FIXTURE, silent } from './lookalike/examples.ts';
import { PRINTED_AUTH_FAILURE } from './lookalike/printed.ts';
import { type LookalikeMatch, lookalikeRule } from './lookalike/rule.ts';

declare module '../../evidence/facts.ts' {
  interface LookalikeCauses {
    'origin-not-allowed': true;
  }
}

/** The browser origin on a `closed before connect … origin=<o>` line or in its JSON context. */
function originOf(line: string): string | undefined {
  const m = /"origin\\?"\s*:\s*\\?"(https?:\/\/[^"\\\s]{1,200})/.exec(line) ?? /\borigin=(https?:\/\/\S{1,200})/.exec(line);
  return m?.[1];
}

/** `OPENCLAW_GATEWAY_ALLOWED_ORIGINS=http://a,http://b` or the entries of an `allowedOrigins` list. */
const ORIGIN_LIST = /ALLOWED_ORIGINS\s*[:=]\s*"?([^\s"]+)|allowedOrigins"?\s*[:=]\s*\[([^\]\n]*)\]?/i;
const ORIGIN_ITEM = /^\s*"(https?:\/\/[^"\s]+)",?\s*$/;
/** A URL the asker opens the Control UI at, with its port: `http://192.0.2.7:18789/#token=…`. */
const OPENED_URL = /\b(https?):\/\/([A-Za-z0-9.-]+):(\d{2,5})(?=[/#?\s]|$)/g;

/** Origins listed without a port while the page is opened on a port: the browser's Origin never matches. */
function originWithoutPort(paste: Paste, lines: number): { origin: string; line: number } | undefined {
  const text = paste.text.length > 200_000 ? paste.text.slice(0, 200_000) : paste.text;
  const listed: { value: string; line: number }[] = [];
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

/** Read from the config the asker shows, not a sentence: surer than any one line of prose. */
const describedMissingPort: Describer = {
  tier: 0,
  unlessPrinted: PRINTED_AUTH_FAILURE,
  find(paste, { lines }) {
    const found = originWithoutPort(paste, lines);
    if (!found) return undefined;
    const text = redactLine(paste.line(found.line)).trim();
    return {
      seenAt: found.line,
      fact: {
        kind: 'lookalike',
        cause: 'origin-not-allowed',
        detail: found.origin,
        client: 'control-ui',
        text,
        at: { message: paste.message, line: found.line },
      },
    };
  },
};

/** The refusal told in words: "rejects all WebSocket connections due to origin mismatch",
 * "allowedOrigins 未正确配置". Only in a thread about the gateway or its UI (git has an "origin" too). */
const ORIGIN_WORDS =
  /(?:due to|because of|an?|the) origin (?:mismatch|check|rejection)|\borigin (?:mismatch|is not allowed|isn't allowed|was rejected|gets rejected)|allowedOrigins[^。.\n]{0,20}(?:未|没有|沒有|不)(?:正确|正確)?(?:配置|设置|設置|生效)|(?:origin|来源|來源)\s*(?:不匹配|不被允许|不允许|被拒绝|被拒絕)/i;
const ABOUT_THE_GATEWAY = /gateway|control ?ui|websocket|dashboard|allowedorigins|网关|網關|面板|仪表盘|儀表板/i;

const describedOriginRefusal: Describer = {
  tier: 1,
  unlessPrinted: PRINTED_AUTH_FAILURE,
  find(paste, { lines }) {
    if (!ABOUT_THE_GATEWAY.test(paste.text.slice(0, 20_000))) return undefined;
    for (let n = 1; n <= lines; n++) {
      const line = paste.line(n);
      if (line.length > 400 || !ORIGIN_WORDS.test(line)) continue;
      return {
        seenAt: n,
        fact: {
          kind: 'lookalike',
          cause: 'origin-not-allowed',
          client: 'control-ui',
          text: redactLine(line).trim(),
          described: true,
          at: { message: paste.message, line: n },
        },
      };
    }
    return undefined;
  },
};

/** Reference §11.B1: the browser's Origin is neither the gateway host nor in `gateway.controlUi.allowedOrigins`. */
const rule: Rule<LookalikeMatch> = lookalikeRule({
  id: 'origin-not-allowed',
  priority: 850,
  title: 'Browser origin is not allowed by the gateway (`origin not allowed`)',
  docs: [docs.controlUiConnectivity, docs.controlUi],
  causes: ['origin-not-allowed'],
  phrases: [
    { needle: 'origin not allowed', guard: machine },
    { needle: 'browser origin not allowed', client: 'control-ui', guard: machine, example: 'Browser origin not allowed' },
    {
      needle: 'requires a canonical chrome extension origin',
      detail: fixed('browser copilot'),
      example: 'browser copilot requires a canonical Chrome extension origin',
    },
  ],
  closeCauses: { 'origin-mismatch': 'origin-not-allowed' },
  lineDetail: originOf,
  described: [describedMissingPort, describedOriginRefusal],
  advise(m) {
    const origin = m.facts
      .map((f) => f.detail)
      .filter((d): d is string => !!d && /^https?:\/\//.test(d))
      .at(-1);
    const example = origin ?? 'https://gateway.example.com:18789';
    const fromList = /allowed_?origins/i.test(m.fact.text) && origin;
    return {
      summary: fromList
        ? `Your allowed origins list the host without its port, but the page is opened at ${code(origin)}: a browser's origin includes the port, so it never matches and the gateway answers \`origin not allowed\`. This is not a pairing problem.`
        : `The gateway refused the browser's origin (${code('origin not allowed')}${origin ? `, origin ${code(origin)}` : ''}): the page's address is not the gateway host and is not in \`gateway.controlUi.allowedOrigins\`. This is not a pairing problem.`,
      steps: [
        {
          text: 'Either open the Control UI from the gateway host itself, at http://127.0.0.1:18789, with a fresh link:',
          command: 'openclaw dashboard --no-open',
        },
        {
          text:
            `Or add the exact origin you open it from (scheme, host and port) to \`gateway.controlUi.allowedOrigins\` in the gateway's \`openclaw.json\`${origin ? '' : ' (replace the example)'}:\n` +
            '```json5\n' +
            `{ gateway: { controlUi: { allowedOrigins: ["${example}"] } } }\n` +
            '```\nFull origins only: wildcard patterns are not accepted.',
        },
        { text: 'Restart the gateway so it applies the list:', command: 'openclaw gateway restart' },
      ],
      ifFails: [
        {
          text: 'Behind a reverse proxy that rewrites the Host header, check the proxy forwards the original Host. `gateway.controlUi.dangerouslyAllowHostHeaderOriginFallback` exists as a break-glass, but it weakens the origin check: prefer the allow-list.',
        },
      ],
      notFixes: [
        NOT_DEVICE_COMMANDS,
        '`allowInsecureAuth` or switching device auth off: neither relaxes the origin check.',
        'Wildcards such as `*` in `allowedOrigins`.',
      ],
      asks: [ASK_VERSION, 'openclaw config get gateway.controlUi.allowedOrigins'],
    };
  },
  examples: {
    fires: [
      fires(
        'close reason',
        [
          'disconnected (1008): origin not allowed (open the Control UI from the gateway host or allow it in gateway.controlUi.allowedOrigins)',
        ],
        ['gateway.controlUi.allowedOrigins'],
      ),
      fires(
        'close context with origin',
        [
          '[ws] {"cause":"origin-mismatch","handshake":"failed","origin":"https://box.tail1234.ts.net","host":"127.0.0.1:18789"} closed before connect conn=1 code=1008 reason=connect failed',
        ],
        ['https://box.tail1234.ts.net'],
      ),
    ],
    silent: [
      silent('pairing', [PAIRING_FIXTURE]),
      silent('closed before connect without a cause', [
        { text: '[ws] closed before connect conn=1 origin=n/a code=1008 reason=connect failed' },
      ]),
    ],
  },
});

/**
 * The origin check runs before the device-identity check (docs/openclaw-facts.md §11.B1 then B2): an insecure-context
 * failure reported after the origin one means the origin was fixed and the next gate is in the way.
 */
export default {
  ...rule,
  match(c) {
    const m = rule.match(c);
    if (!m) return undefined;
    const o = m.fact;
    const after = c.all('lookalike').some((f) => {
      if (f.cause !== 'control-ui-insecure-context') return false;
      if (f.at.message !== o.at.message) return f.at.message > o.at.message;
      if (f.at.line !== o.at.line) return f.at.line > o.at.line;
      // One line holding both ("origin not allowed … then … requires device identity"): their order on it.
      const low = f.text.toLowerCase();
      return low.indexOf('origin not allowed') < low.search(/requires device identity|device identity required/);
    });
    return after ? undefined : m;
  },
  examples: {
    fires: [
      ...rule.examples.fires,
      fires(
        'allow-list without the port',
        ['OPENCLAW_GATEWAY_ALLOWED_ORIGINS=http://localhost,http://192.0.2.10\nopening http://192.0.2.10:18789/ fails'],
        ['http://192.0.2.10:18789', 'port'],
      ),
      fires(
        'told in words, a panel on its own port',
        [
          'The panel shows "Gateway not ready": the gateway rejects all WebSocket connections due to origin mismatch, even after I added :1420.',
        ],
        ['gateway.controlUi.allowedOrigins'],
      ),
      fires('told in Chinese', ['在 OpenClaw 的 `allowedOrigins` 未正确配置的情况下，面板显示 Gateway 连接未就绪'], ['allowedOrigins']),
    ],
    silent: [
      ...rule.examples.silent,
      silent('git remote origin', [{ text: 'git push fails: remote origin mismatch, please help' }]),
      silent('origin fixed, then the secure-context gate', [
        {
          text: 'first: origin not allowed (open the Control UI from the gateway host or allow it in gateway.controlUi.allowedOrigins)\nadded it, now: control ui requires device identity (use HTTPS or localhost secure context)',
        },
      ]),
    ],
  },
} satisfies Rule<LookalikeMatch>;
