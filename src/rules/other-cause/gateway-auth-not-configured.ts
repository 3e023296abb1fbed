import { docs } from '../../openclaw/docs.ts';
import { ASK_AUTH_MODE, ASK_VERSION, code, NOT_DEVICE_COMMANDS, RETRY_HEALTH } from './lookalike/advice.ts';
import { fires, PAIRING_FIXTURE, silent } from './lookalike/examples.ts';
import { lookalikeRule } from './lookalike/rule.ts';

declare module '../../evidence/facts.ts' {
  interface LookalikeCauses {
    'gateway-token-not-configured': true;
    'gateway-password-not-configured': true;
  }
}

/** Reference §11.A3/A4: the gateway is in token/password mode but has no secret of its own. */
export default lookalikeRule({
  id: 'gateway-auth-not-configured',
  priority: 980,
  title: 'Gateway is in token/password mode but has no token/password configured',
  docs: [docs.authentication, docs.doctor],
  causes: ['gateway-token-not-configured', 'gateway-password-not-configured'],
  phrases: [
    { needle: 'gateway token not configured', hint: true },
    { needle: 'gateway password not configured', cause: 'gateway-password-not-configured', hint: true },
  ],
  authReasons: { token_missing_config: 'gateway-token-not-configured', password_missing_config: 'gateway-password-not-configured' },
  advise(m) {
    const password = m.fact.cause === 'gateway-password-not-configured';
    const secret = password ? 'password' : 'token';
    return {
      summary: `The gateway is in ${secret} mode but has no ${secret} configured (${code(`unauthorized: gateway ${secret} not configured on gateway`)}), so no client can log in; this is not a pairing problem.`,
      steps: [
        { text: 'On the gateway host, confirm the auth mode:', command: ASK_AUTH_MODE },
        password
          ? {
              text: "Set `gateway.auth.password` in the gateway's `openclaw.json` (or `OPENCLAW_GATEWAY_PASSWORD` in the gateway service's environment).",
            }
          : { text: 'Generate a gateway token and store it as `gateway.auth.token`:', command: 'openclaw doctor --generate-gateway-token' },
        { text: 'Restart the gateway so it loads it:', command: 'openclaw gateway restart' },
        {
          text: `Give clients the ${secret}: the Control UI via a tokenized link (below), remote CLIs via \`gateway.remote.${secret}\`.`,
          ...(password ? {} : { command: 'openclaw dashboard --no-open' }),
        },
        RETRY_HEALTH,
      ],
      notFixes: [NOT_DEVICE_COMMANDS, `Changing the client's ${secret}: the gateway side is what is missing.`],
      asks: [ASK_VERSION, ASK_AUTH_MODE],
      notes: [`Do not paste the ${secret} here.`],
    };
  },
  examples: {
    fires: [
      fires(
        'token not configured',
        ['gateway closed (1008): unauthorized: gateway token not configured on gateway (set gateway.auth.token)'],
        ['openclaw doctor --generate-gateway-token'],
      ),
      fires(
        'password not configured',
        ['[openclaw] Reason: unauthorized: gateway password not configured on gateway (set gateway.auth.password)'],
        ['gateway.auth.password'],
      ),
    ],
    silent: [
      silent('pairing', [PAIRING_FIXTURE]),
      silent('token mismatch', [{ text: 'unauthorized: gateway token mismatch (provide gateway auth token)' }]),
    ],
  },
});
