import { afterRegex, fixed, machine } from '../../evidence/lookalike-signs.ts';
import { docs } from '../../openclaw/docs.ts';
import { ASK_VERSION, code, NOT_DEVICE_COMMANDS, RETRY_HEALTH } from './lookalike/advice.ts';
import { fires, PAIRING_FIXTURE, silent } from './lookalike/examples.ts';
import { lookalikeRule } from './lookalike/rule.ts';

declare module '../../evidence/facts.ts' {
  interface LookalikeCauses {
    'gateway-auth-changed': true;
    'client-invalidated': true;
  }
}

/**
 * Reference §11.C1/C3: a 4001 close after connect because the shared secret (or, on 9.x, a policy,
 * role or access grant) changed. Reconnecting with current credentials is the fix.
 */
export default lookalikeRule({
  id: 'gateway-auth-changed',
  priority: 770,
  title: "Gateway's shared secret or access policy changed and it dropped the session (4001)",
  docs: [docs.authentication, docs.dashboardUnauthorized],
  causes: ['gateway-auth-changed', 'client-invalidated'],
  phrases: [
    { needle: 'gateway auth changed', guard: machine },
    // 9.6 C3 4001 closes: policy or role changed, the client invalidated, access revoked.
    {
      needle: 'gateway policy changed',
      cause: 'client-invalidated',
      detail: fixed('gateway policy changed'),
      guard: machine,
      example: 'disconnected (4001): gateway policy changed',
    },
    {
      needle: 'operator role changed',
      cause: 'client-invalidated',
      detail: fixed('operator role changed'),
      guard: machine,
      example: 'disconnected (4001): operator role changed',
    },
    {
      needle: 'client invalidated:',
      cause: 'client-invalidated',
      detail: afterRegex(/^\s*([^"\n]{1,80})/),
      example: 'disconnected (4001): client invalidated: session revoked',
    },
    {
      needle: 'agent runtime authority closed',
      cause: 'client-invalidated',
      detail: fixed('agent runtime authority closed'),
      example: 'gateway closed (4001): agent runtime authority closed',
    },
    { needle: 'gateway access is no longer active', cause: 'client-invalidated', detail: fixed('gateway access is no longer active') },
  ],
  closeCauses: {
    'gateway-auth-rotated': 'gateway-auth-changed',
    'client-invalidated': 'client-invalidated',
    'operator-access*': 'client-invalidated',
  },
  advise(m) {
    if (m.fact.cause === 'client-invalidated') {
      const what = m.fact.detail ?? 'client invalidated';
      return {
        summary: `The gateway ended this session because its policy, your role or your access changed (4001 ${code(what)}); this is not a pairing problem.`,
        steps: [
          { text: 'Reconnect (retry the command or reload the app/page); most of these only need a fresh connection.' },
          {
            text: "If it says `Gateway access is no longer active`, ask the gateway's administrator to restore your access: nothing on your side can.",
          },
          RETRY_HEALTH,
        ],
        notFixes: [NOT_DEVICE_COMMANDS],
        asks: [ASK_VERSION],
      };
    }
    return {
      summary: `The gateway's shared token or password changed, so it dropped connections that used the old one (4001 ${code('gateway auth changed')}); this is not a pairing problem.`,
      steps: [
        {
          text: 'On the gateway host, get the current token (2026.8 and newer; on older builds read `gateway.auth.token` in `openclaw.json`). Do not paste it here:',
          command: 'openclaw gateway auth-token --show',
        },
        {
          text: 'Update every client that had the old one: `gateway.remote.token` on remote CLIs, `OPENCLAW_GATEWAY_TOKEN` wherever it is set, and the Control UI via a fresh link:',
          command: 'openclaw dashboard --no-open',
        },
        RETRY_HEALTH,
      ],
      ifFails: [
        {
          text: 'If you did not change the token on purpose, check what rewrote `openclaw.json` (a second `openclaw doctor --generate-gateway-token`, a config sync, or two gateways sharing one state dir).',
        },
      ],
      notFixes: [NOT_DEVICE_COMMANDS, 'Restarting the gateway: the new token stays; the clients must learn it.'],
      asks: [ASK_VERSION, 'openclaw config get gateway.auth.mode'],
    };
  },
  examples: {
    fires: [
      fires('4001', ['gateway closed (4001): gateway auth changed'], ['gateway.remote.token']),
      fires(
        '9.6 access revoked',
        ['disconnected (4001): Gateway access is no longer active; ask a Gateway administrator to restore it.'],
        ['administrator'],
      ),
    ],
    silent: [silent('pairing', [PAIRING_FIXTURE])],
  },
});
