import { fixed, machine } from '../../evidence/lookalike-signs.ts';
import { docs } from '../../openclaw/docs.ts';
import { ASK_AUTH_MODE, ASK_VERSION, code, NOT_DEVICE_COMMANDS, RETRY_HEALTH } from './lookalike/advice.ts';
import { fires, PAIRING_FIXTURE, silent } from './lookalike/examples.ts';
import { lookalikeRule } from './lookalike/rule.ts';

declare module '../../evidence/facts.ts' {
  interface LookalikeCauses {
    'device-identity-required': true;
  }
}

/** Reference §11.B3: a non-UI client without a device identity and without a valid shared secret. */
export default lookalikeRule({
  id: 'device-identity-required',
  priority: 830,
  title: 'Client connected with neither a device identity nor a valid gateway token (`device identity required`)',
  docs: [docs.authentication, docs.protocol],
  causes: ['device-identity-required'],
  phrases: [
    {
      needle: 'device identity required',
      // `device identity required (use HTTPS…)` is the Control UI's insecure context (control-ui-insecure-context).
      guard: (x) => !/^\s*\(use https/.test(x.low.slice(x.col + x.needle.length, x.col + x.needle.length + 12)) && machine(x),
    },
    {
      needle: 'requires a dedicated paired device identity',
      detail: fixed('browser copilot'),
      example: 'browser copilot requires a dedicated paired device identity',
    },
  ],
  closeCauses: { 'device-required': 'device-identity-required' },
  advise(m, c) {
    const copilot = m.fact.detail === 'browser copilot';
    // A browser (the Control UI, a panel in a browser) on plain HTTP cannot make a device identity at
    // all: the durable fix is a secure context, the token only gets it through token-only auth.
    const browser =
      !copilot &&
      (m.facts.some((f) => f.client === 'control-ui') ||
        c.all('setup').some((f) => f.client === 'control-ui') ||
        c.config('gateway.controlUi.allowInsecureAuth') !== undefined ||
        c.config('gateway.controlUi.dangerouslyDisableDeviceAuth') !== undefined);
    if (browser) {
      return {
        summary: `The browser connected without a device identity and without the gateway token (${code('device identity required')}), so the gateway could not even create a pairing request. On plain HTTP from another machine a browser cannot make a device identity; this is not a pairing problem.`,
        steps: [
          {
            text: 'Open the Control UI in a secure context: over HTTPS (a reverse proxy with TLS, Tailscale Serve), or through an SSH tunnel and then http://127.0.0.1:18789 on your own machine:',
            command: 'ssh -N -L 18789:127.0.0.1:18789 <user>@<gateway-host>',
          },
          {
            text: 'Use a link that carries the gateway token in its `#token=` part (printed on the gateway host by the command below), or paste the token in Control UI settings:',
            command: 'openclaw dashboard --no-open',
          },
          { text: 'The browser then asks to be approved once, as a new device: that request is the normal next step, not this error.' },
        ],
        notFixes: [
          NOT_DEVICE_COMMANDS,
          'Switching device auth off with the break-glass setting: it is retired in newer builds and leaves the gateway open to anyone on the network.',
        ],
        asks: [ASK_VERSION, ASK_AUTH_MODE],
      };
    }
    const named = c
      .all('setup')
      .filter((f) => f.name && f.client === 'third-party')
      .at(-1)?.name;
    return {
      summary: copilot
        ? `The browser copilot needs its own paired device identity (${code('browser copilot requires a dedicated paired device identity')}); it cannot borrow another client's.`
        : `${named ?? 'The client'} connected without a device identity and without a valid gateway token or password (${code('device identity required')}), so the gateway could not even create a pairing request. This is not a pairing problem.`,
      steps: [
        { text: 'On the gateway host, check the auth mode:', command: ASK_AUTH_MODE },
        {
          text: "Give the client the shared gateway token (or password): with a valid shared secret it may connect without a device identity. Remote CLI: `gateway.remote.token` = the gateway's `gateway.auth.token`; other clients: their gateway settings or `OPENCLAW_GATEWAY_TOKEN`; a Control UI link must carry it as `#token=<token>` (the link `openclaw dashboard --no-open` prints).",
        },
        {
          text: `${named ?? 'A third-party app or client'} must send its own device identity (a key pair that signs the connect challenge); if it has none, ${named ? 'it' : 'that client'} needs an update before it can pair at all.`,
        },
        RETRY_HEALTH,
      ],
      ifFails: [
        {
          text: 'If this is a browser, it needs HTTPS or http://127.0.0.1:18789 on the gateway host to create an identity; get a link with:',
          command: 'openclaw dashboard --no-open',
        },
      ],
      notFixes: [
        NOT_DEVICE_COMMANDS,
        'The break-glass setting that switches device auth off: it covers the Control UI only and never affected CLI or agent connections.',
      ],
      asks: [ASK_VERSION, ASK_AUTH_MODE],
    };
  },
  examples: {
    fires: [
      fires(
        'Control UI on a LAN address',
        ['disconnected (1008): device identity required\nconfig: "controlUi": { "allowInsecureAuth": true }'],
        ['HTTPS', '#token='],
      ),
      fires(
        'close reason',
        ['gateway closed (1008): device identity required\nGateway target: ws://127.0.0.1:18789\nSource: local loopback'],
        ['gateway.auth.token'],
      ),
    ],
    silent: [
      silent('pairing', [PAIRING_FIXTURE]),
      silent('control ui short form is the insecure-context rule', [{ text: 'device identity required (use HTTPS or localhost)' }]),
    ],
  },
});
