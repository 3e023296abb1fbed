import { fixed, onLineWith } from '../../evidence/lookalike-signs.ts';
import { docs } from '../../openclaw/docs.ts';
import { ASK_VERSION, code, NOT_DEVICE_COMMANDS } from './lookalike/advice.ts';
import { fires, PAIRING_FIXTURE, silent } from './lookalike/examples.ts';
import { lookalikeRule } from './lookalike/rule.ts';

declare module '../../evidence/facts.ts' {
  interface LookalikeCauses {
    'gateway-starting': true;
    'service-restart': true;
    'node-pairing-changed': true;
  }
}

/** Reference §11.C4/C5 and 9.6 B10(c)(d): closes that go away on their own; waiting is the fix. */
export default lookalikeRule({
  id: 'gateway-starting',
  priority: 680,
  title: 'Gateway was starting or restarting (1013 `gateway starting` / 1012 `service restart`): transient',
  docs: [docs.gatewayTroubleshooting, docs.gatewayCli],
  causes: ['gateway-starting', 'service-restart', 'node-pairing-changed'],
  phrases: [
    { needle: 'gateway starting', guard: onLineWith('1013', '4013', 'retry shortly', 'gateway starting;') },
    {
      needle: 'gateway restart in progress',
      detail: fixed('gateway restart in progress'),
      example: 'disconnected (1013): gateway restart in progress',
    },
    {
      needle: 'gateway suspension in progress',
      detail: fixed('gateway suspension in progress'),
      example: 'disconnected (1013): gateway suspension in progress',
    },
    {
      needle: 'connect unavailable during gateway',
      detail: fixed('gateway restart in progress'),
      example: 'gateway closed (1013): connect unavailable during gateway restart',
    },
    {
      needle: 'gateway message handler loading',
      detail: fixed('gateway message handler loading'),
      example: 'gateway closed (1013): gateway message handler loading',
    },
    // C5 `1012 service restart`.
    { needle: 'service restart', cause: 'service-restart', guard: onLineWith('1012') },
    // 9.6 B10(c)(d).
    {
      needle: 'node pairing changed during connect',
      cause: 'node-pairing-changed',
      example: 'gateway closed (1008): node pairing changed during connect',
    },
    {
      needle: 'authenticated node pairing identity unavailable',
      cause: 'node-pairing-changed',
      example: 'gateway closed (1008): authenticated node pairing identity unavailable',
    },
  ],
  closeCauses: { 'startup-sidecars-pending': 'gateway-starting', 'node-pairing-generation-changed': 'node-pairing-changed' },
  advise(m) {
    const f = m.fact;
    const summary =
      f.cause === 'service-restart'
        ? `The gateway was restarting (1012 ${code('service restart')}); this is transient, not a pairing problem.`
        : f.cause === 'node-pairing-changed'
          ? `The node's pairing record changed while it was connecting (${code('node pairing changed during connect')}); this is transient: retry.`
          : `The gateway was still starting up or restarting (${code(f.detail ?? 'gateway starting')}); this is transient, not a pairing problem.`;
    return {
      summary,
      steps: [
        { text: 'Wait a few seconds and retry; OpenClaw clients retry this on their own.' },
        { text: 'If it keeps happening for more than a minute, check the gateway state:', command: 'openclaw gateway status' },
        { text: 'and watch its log while you retry:', command: 'openclaw logs --follow' },
      ],
      notFixes: [NOT_DEVICE_COMMANDS, 'Restarting the gateway again while it is still starting.'],
      asks: [ASK_VERSION, 'openclaw gateway status'],
    };
  },
  examples: {
    fires: [
      fires('9.6 1013', ['gateway closed (1013): gateway starting'], ['transient']),
      fires('1012', ['gateway closed (1012): service restart'], ['openclaw gateway status']),
    ],
    silent: [
      silent('pairing', [PAIRING_FIXTURE]),
      silent('gateway log startup', [{ text: '2026-11-21T06:32:43.746+00:00 [gateway] starting...' }]),
    ],
  },
});
