import { fixed, machine } from '../../evidence/lookalike-signs.ts';
import { docs } from '../../openclaw/docs.ts';
import type { Step } from '../../triage/rule.ts';
import { ASK_VERSION, code, NOT_DEVICE_COMMANDS } from './lookalike/advice.ts';
import { fires, PAIRING_FIXTURE, silent } from './lookalike/examples.ts';
import { clientOf, lookalikeRule } from './lookalike/rule.ts';

declare module '../../evidence/facts.ts' {
  interface LookalikeCauses {
    'handshake-timeout': true;
  }
}

/** Reference §11.B8: no `connect` within 10 s (4.x) / 15 s (9.x); the server closes 1000 with no reason. */
export default lookalikeRule({
  id: 'handshake-timeout',
  priority: 700,
  title: 'Connect handshake timed out (`handshake timeout`, close 1000 with no reason)',
  docs: [docs.gatewayTroubleshooting, docs.gatewayCli],
  causes: ['handshake-timeout'],
  phrases: [
    { needle: 'handshake timeout', guard: machine },
    // B8 seen from the client: the gateway closed 1000 with an empty reason before `connect` finished.
    { needle: '(1000 normal closure): no close reason', detail: fixed('empty 1000 close'), code: 1000 },
    {
      needle: 'gateway closed (1000):',
      detail: fixed('empty 1000 close'),
      code: 1000,
      example: 'Gateway call failed: Error: gateway closed (1000): ',
    },
    { needle: 'connect challenge timeout', detail: fixed('client connect challenge timeout') },
  ],
  closeCauses: { 'handshake-timeout': 'handshake-timeout' },
  advise(m, c) {
    const client = m.fact.detail === 'client connect challenge timeout';
    const empty = m.fact.detail === 'empty 1000 close';
    const remote = clientOf(m, c) === 'cli-remote';
    const steps: Step[] = [];
    // Builds before 2026.3.28 closed a local `devices list` this way instead of answering `pairing
    // required` with the local fallback (labelled corpus threads; upstream openclaw#47103).
    if (empty && !remote && c.build?.era === 'before-3.28') {
      steps.push({
        text: `On OpenClaw ${c.build.version.raw}, a local \`openclaw devices list\` was itself closed this way; newer builds answer it properly. Upgrade first (2026.4.25 or newer), then list the devices again.`,
      });
    }
    if (remote) {
      steps.push({
        text: 'Your CLI does not talk to the gateway directly: it follows `gateway.remote.url` (the `Source:` line), and that endpoint (a proxy, a sidecar, a forwarded port) drops the connection. See where it points:',
        command: 'openclaw config get gateway.remote.url',
      });
      steps.push({
        text: 'Test the gateway itself on its own host and port, bypassing that URL (with the gateway token; do not paste the token here):',
        command: 'openclaw gateway health --url ws://127.0.0.1:18789 --token <gateway token>',
      });
    }
    steps.push(
      { text: 'Check that the gateway is running and healthy:', command: 'openclaw gateway status' },
      {
        text: 'If a reverse proxy sits in front of the gateway, make sure it passes WebSocket upgrades (the `Upgrade`/`Connection` headers) and does not buffer frames.',
      },
      {
        text: "On a slow or busy host (many plugins loading), raise the limit with `OPENCLAW_HANDSHAKE_TIMEOUT_MS` (milliseconds) in the gateway's environment; the default is 10000 on 2026.4.x and 15000 on 2026.9, so a newer build also gives it more time.",
      },
    );
    return {
      summary: client
        ? `The client gave up waiting for the gateway's connect challenge (${code('gateway connect challenge timeout')}): the gateway is slow or a proxy is not passing WebSocket frames. This is not a pairing problem.`
        : empty
          ? `The gateway closed the connection with 1000 and no reason (${code('gateway closed (1000 normal closure): no close reason')}) before the connect handshake finished: that is the handshake timeout${remote ? ', or the endpoint in between dropping the WebSocket' : ''}. The call never got as far as auth or pairing, so this is not a pairing problem.`
          : `The connection opened but the connect handshake did not finish in time (${code('handshake timeout')}), so the gateway closed it with 1000 and no reason. This is not a pairing problem.`,
      steps: steps.slice(0, 4),
      notFixes: [NOT_DEVICE_COMMANDS, 'Changing tokens: the connection never got as far as auth.'],
      asks: [ASK_VERSION, 'openclaw gateway status', 'openclaw logs --follow'],
    };
  },
  examples: {
    fires: [
      fires(
        'gateway log',
        ['2026-04-05T10:00:00.000Z [ws] handshake timeout conn=abc peer=10.0.0.2:5000->10.0.0.1:18789 remote=10.0.0.2'],
        ['OPENCLAW_HANDSHAKE_TIMEOUT_MS'],
      ),
      fires(
        'empty 1000 close through gateway.remote.url',
        [
          'Error: gateway closed (1000 normal closure): no close reason\nGateway target: ws://127.0.0.1:18790\nSource: config gateway.remote.url',
        ],
        ['gateway.remote.url', 'handshake'],
      ),
      fires('client challenge timeout', ['gateway connect challenge timeout (waited 10000ms, limit 10000ms)'], ['openclaw gateway status']),
    ],
    silent: [silent('pairing', [PAIRING_FIXTURE]), silent('prose', [{ text: 'the handshake timeout setting, where is it documented?' }])],
  },
});
