import { redactLine } from '../../evidence/lookalike.ts';
import type { Describer } from '../../evidence/lookalike-signs.ts';
import { docs } from '../../openclaw/docs.ts';
import { ASK_VERSION, code, NOT_DEVICE_COMMANDS } from './lookalike/advice.ts';
import { fires, PAIRING_FIXTURE, silent } from './lookalike/examples.ts';
import { PRINTED_AUTH_FAILURE } from './lookalike/printed.ts';
import { lookalikeRule } from './lookalike/rule.ts';

declare module '../../evidence/facts.ts' {
  interface LookalikeCauses {
    'control-ui-insecure-context': true;
  }
}

/** The break-glass switches someone flips to get a browser past the secure-context gate. */
const BREAK_GLASS =
  /allowInsecureAuth\W{0,3}\s*[:=]\s*"?true|dangerouslyDisableDeviceAuth\W{0,3}\s*[:=]\s*"?true|DANGEROUSLY_DISABLE_DEVICE_AUTH\W{0,3}\s*[:=]\s*"?true/i;
const STILL_FAILS = /\bnothing helps\b|\bstill\b|\bdoes(?:n'?t| not) work\b|\bcan'?t connect\b|依旧|仍然|还是|无法|不行|失败/i;

/** A break-glass switch set, and the message says it still fails: the browser is still not secure. */
const describedBreakGlass: Describer = {
  tier: 1,
  unlessPrinted: PRINTED_AUTH_FAILURE,
  find(paste, { lines }) {
    const head = paste.text.slice(0, 20_000);
    if (!STILL_FAILS.test(head)) return undefined;
    // A page on loopback is a secure context: then the switch is beside the point, not the cause.
    if (/\b(?:127\.0\.0\.1|localhost|loopback)\b/i.test(head)) return undefined;
    for (let n = 1; n <= lines; n++) {
      const line = paste.line(n);
      if (line.length > 400 || !BREAK_GLASS.test(line)) continue;
      const text = redactLine(line).trim();
      return {
        seenAt: n,
        fact: {
          kind: 'lookalike',
          cause: 'control-ui-insecure-context',
          detail: 'break-glass set',
          client: 'control-ui',
          text,
          at: { message: paste.message, line: n },
        },
      };
    }
    return undefined;
  },
};

/**
 * Reference §11.B2: a browser on plain HTTP from a non-localhost address has no WebCrypto, so no
 * device identity. `allowInsecureAuth` only ever helped local clients (4.x) and is retired in 9.x.
 */
export default lookalikeRule({
  id: 'control-ui-insecure-context',
  priority: 840,
  title: 'Control UI opened over plain HTTP from another machine (no secure context for device identity)',
  docs: [docs.controlUiConnectivity, docs.controlUi, docs.security],
  causes: ['control-ui-insecure-context'],
  phrases: [
    { needle: 'control ui requires device identity', client: 'control-ui' },
    // The Control UI short form `device identity required (use HTTPS…)`.
    {
      needle: 'device identity required (use https',
      client: 'control-ui',
      example: 'device identity required (use HTTPS/localhost or allow insecure auth explicitly)',
    },
    { needle: 'this page is http, so the browser blocks device identity', client: 'control-ui' },
    { needle: 'secure browser context required', client: 'control-ui' },
    // The same close in early-2026 builds' words, as pasted in justlovemaki/openclaw-china-docker#36.
    // The Chinese Control UI's translation: `断开连接（1008）：控制UI需要HTTPS或localhost（安全上下文）`.
    {
      needle: '控制ui需要https或localhost',
      client: 'control-ui',
      example: '断开连接（1008）：控制UI需要HTTPS或localhost（安全上下文）',
    },
    {
      needle: 'control ui requires https or localhost',
      client: 'control-ui',
      example: 'disconnected (1008): control ui requires HTTPS or localhost (secure context)',
    },
  ],
  closeCauses: { 'control-ui-insecure-auth': 'control-ui-insecure-context' },
  described: [describedBreakGlass],
  advise(m) {
    const described = m.fact.detail === 'break-glass set';
    return {
      summary: described
        ? 'From your config, the Control UI is opened over plain HTTP from another machine and the insecure-auth / device-auth switches are on, yet it still does not connect: those switches do not give the browser a device identity (newer builds ignore them). Use a secure context instead; this is not a pairing problem.'
        : `The Control UI is open over plain HTTP from another machine, so the browser cannot create its device identity (${code('control ui requires device identity (use HTTPS or localhost secure context)')}); this is not a pairing problem.`,
      steps: [
        {
          text: 'Best: serve the Control UI over HTTPS, e.g. with Tailscale Serve in front of the gateway, and open the `https://` address.',
        },
        {
          text: 'Or open it on the gateway host itself at http://127.0.0.1:18789, or from your machine through an SSH tunnel and then http://127.0.0.1:18789 locally:',
          command: 'ssh -N -L 18789:127.0.0.1:18789 <user>@<gateway-host>',
        },
        { text: 'Get a tokenized link to open (on the gateway host):', command: 'openclaw dashboard --no-open' },
      ],
      notFixes: [
        NOT_DEVICE_COMMANDS,
        '`gateway.controlUi.allowInsecureAuth: true` from a remote address: 2026.4.x honours it only for local clients, and 2026.9 retired it.',
        'Switching device auth off with the break-glass setting: it is retired and ignored in 2026.9, and a security hole where it still works.',
      ],
      asks: [ASK_VERSION, 'openclaw config get gateway.bind'],
    };
  },
  examples: {
    fires: [
      fires(
        'close reason',
        ['disconnected (1008): control ui requires device identity (use HTTPS or localhost secure context)'],
        ['Tailscale Serve', '127.0.0.1:18789'],
      ),
      fires(
        '4.14 hint box',
        [
          'This page is HTTP, so the browser blocks device identity. Use HTTPS (Tailscale Serve) or open http://127.0.0.1:18789 on the gateway host.',
        ],
        ['ssh -N -L 18789:127.0.0.1:18789'],
      ),
      fires('9.6 panel', ['Secure browser context required'], ['HTTPS']),
    ],
    silent: [
      silent('pairing', [PAIRING_FIXTURE]),
      silent('config mention only', [{ text: 'Config: gateway.auth.mode = "token", gateway.controlUi.allowInsecureAuth = true' }]),
    ],
  },
});
