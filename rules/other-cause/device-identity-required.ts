import { docs } from '../docs.ts';
import { ASK_AUTH_MODE, ASK_VERSION, NOT_DEVICE_COMMANDS, PAIRING_FIXTURE, RETRY_HEALTH, code, fires, lookalikeRule, silent } from './shared.ts';

/** Reference §11.B3: a non-UI client without a device identity and without a valid shared secret. */
export default lookalikeRule({
  id: 'device-identity-required',
  title: 'Client connected with neither a device identity nor a valid gateway token (`device identity required`)',
  docs: [docs.authentication, docs.protocol],
  causes: ['device-identity-required'],
  advise(m) {
    const copilot = m.fact.detail === 'browser copilot';
    return {
      summary: copilot
        ? `The browser copilot needs its own paired device identity (${code('browser copilot requires a dedicated paired device identity')}); it cannot borrow another client's.`
        : `The client connected without a device identity and without a valid gateway token or password (${code('device identity required')}), so the gateway could not even create a pairing request. This is not a pairing problem.`,
      steps: [
        { text: 'On the gateway host, check the auth mode:', command: ASK_AUTH_MODE },
        {
          text: 'Give the client the shared gateway token (or password): with a valid shared secret it may connect without a device identity. Remote CLI: `gateway.remote.token` = the gateway\'s `gateway.auth.token`; other clients: their gateway settings or `OPENCLAW_GATEWAY_TOKEN`.',
        },
        RETRY_HEALTH,
      ],
      ifFails: [
        { text: 'If this is a browser, it needs HTTPS or http://127.0.0.1:18789 on the gateway host to create an identity; get a link with:', command: 'openclaw dashboard --no-open' },
      ],
      notFixes: [NOT_DEVICE_COMMANDS, '`dangerouslyDisableDeviceAuth`: it covers the Control UI only and never affected CLI or agent connections.'],
      asks: [ASK_VERSION, ASK_AUTH_MODE],
    };
  },
  examples: {
    fires: [fires('close reason', ['gateway closed (1008): device identity required\nGateway target: ws://127.0.0.1:18789\nSource: local loopback'], ['gateway.auth.token'])],
    silent: [
      silent('pairing', [PAIRING_FIXTURE]),
      silent('control ui short form is the insecure-context rule', [{ text: 'device identity required (use HTTPS or localhost)' }]),
    ],
  },
});
