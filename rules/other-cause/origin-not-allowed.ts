import { docs } from '../../src/openclaw/docs.ts';
import type { Rule } from '../../src/triage/rule.ts';
import { ASK_VERSION, NOT_DEVICE_COMMANDS, PAIRING_FIXTURE, code, fires, lookalikeRule, silent, type LookalikeMatch } from './shared.ts';

/** Reference §11.B1: the browser's Origin is neither the gateway host nor in `gateway.controlUi.allowedOrigins`. */
const rule: Rule<LookalikeMatch> = lookalikeRule({
  id: 'origin-not-allowed',
  title: "Browser origin is not allowed by the gateway (`origin not allowed`)",
  docs: [docs.controlUiConnectivity, docs.controlUi],
  causes: ['origin-not-allowed'],
  advise(m) {
    const origin = m.facts.map((f) => f.detail).filter((d): d is string => !!d && /^https?:\/\//.test(d)).at(-1);
    const example = origin ?? 'https://gateway.example.com:18789';
    const fromList = /allowed_?origins/i.test(m.fact.text) && origin;
    return {
      summary: fromList
        ? `Your allowed origins list the host without its port, but the page is opened at ${code(origin)}: a browser's origin includes the port, so it never matches and the gateway answers \`origin not allowed\`. This is not a pairing problem.`
        : `The gateway refused the browser's origin (${code('origin not allowed')}${origin ? `, origin ${code(origin)}` : ''}): the page's address is not the gateway host and is not in \`gateway.controlUi.allowedOrigins\`. This is not a pairing problem.`,
      steps: [
        { text: 'Either open the Control UI from the gateway host itself, at http://127.0.0.1:18789, with a fresh link:', command: 'openclaw dashboard --no-open' },
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
      fires('close reason', ['disconnected (1008): origin not allowed (open the Control UI from the gateway host or allow it in gateway.controlUi.allowedOrigins)'], [
        'gateway.controlUi.allowedOrigins',
      ]),
      fires('close context with origin', ['[ws] {"cause":"origin-mismatch","handshake":"failed","origin":"https://box.tail1234.ts.net","host":"127.0.0.1:18789"} closed before connect conn=1 code=1008 reason=connect failed'], [
        'https://box.tail1234.ts.net',
      ]),
    ],
    silent: [silent('pairing', [PAIRING_FIXTURE]), silent('closed before connect without a cause', [{ text: '[ws] closed before connect conn=1 origin=n/a code=1008 reason=connect failed' }])],
  },
});

/**
 * The origin check runs before the device-identity check (reference §11.B1 then B2): an insecure-context
 * failure reported after the origin one means the origin was fixed and the next gate is in the way.
 */
export default {
  ...rule,
  match(c) {
    const m = rule.match(c);
    if (!m) return undefined;
    const o = m.fact;
    const after = c.all('lookalike').some((f) => {
      if (f.cause !== 'control-ui-insecure') return false;
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
      fires('allow-list without the port', ['OPENCLAW_GATEWAY_ALLOWED_ORIGINS=http://localhost,http://192.0.2.10\nopening http://192.0.2.10:18789/ fails'], ['http://192.0.2.10:18789', 'port']),
    ],
    silent: [
      ...rule.examples.silent,
      silent('origin fixed, then the secure-context gate', [
        { text: 'first: origin not allowed (open the Control UI from the gateway host or allow it in gateway.controlUi.allowedOrigins)\nadded it, now: control ui requires device identity (use HTTPS or localhost secure context)' },
      ]),
    ],
  },
} satisfies Rule<LookalikeMatch>;
