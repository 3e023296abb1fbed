import { docs } from '../../openclaw/docs.ts';
import { ASK_AUTH_MODE, ASK_VERSION, code, NOT_DEVICE_COMMANDS, RETRY_HEALTH } from './lookalike/advice.ts';
import { fires, PAIRING_FIXTURE, silent } from './lookalike/examples.ts';
import { lookalikeRule } from './lookalike/rule.ts';

declare module '../../evidence/facts.ts' {
  interface LookalikeCauses {
    'redaction-sentinel': true;
  }
}

/**
 * Reference §11.A12 (2026.9): the gateway's own token/password is literally `__OPENCLAW_REDACTED__`,
 * copied back from redacted `config get` output. doctor repairs it; clients then need the new secret.
 */
export default lookalikeRule({
  id: 'redaction-sentinel',
  priority: 990,
  title: "Gateway's token/password is the redaction placeholder `__OPENCLAW_REDACTED__`",
  docs: [docs.doctor, docs.authentication],
  causes: ['redaction-sentinel'],
  phrases: [{ needle: 'gateway credential is a redaction sentinel' }],
  authReasons: { token_redacted_config: 'redaction-sentinel', password_redacted_config: 'redaction-sentinel' },
  advise() {
    return {
      summary: `The gateway's own token or password is literally the placeholder \`__OPENCLAW_REDACTED__\` (${code('gateway credential is a redaction sentinel')}), usually copied back from redacted \`openclaw config get\` output; this is not a pairing problem.`,
      steps: [
        { text: 'On the gateway host, let doctor repair the config:', command: 'openclaw doctor --fix' },
        { text: 'If that leaves no token, generate a new one:', command: 'openclaw doctor --generate-gateway-token' },
        { text: 'Restart the gateway:', command: 'openclaw gateway restart' },
        {
          text: 'Give clients the new token: a fresh Control UI link (below), `gateway.remote.token` on remote CLIs.',
          command: 'openclaw dashboard --no-open',
        },
        RETRY_HEALTH,
      ],
      ifFails: [
        {
          text: 'If a client then reports `pairing required`, that is a real pairing request: paste the output of `openclaw devices list` here.',
        },
      ],
      notFixes: [NOT_DEVICE_COMMANDS, 'Copying values from `openclaw config get` output into the config: sensitive values print redacted.'],
      asks: [ASK_VERSION, ASK_AUTH_MODE],
    };
  },
  examples: {
    fires: [
      fires(
        '9.6',
        [
          '[openclaw] Reason: gateway credential is a redaction sentinel (run openclaw doctor --fix on the Gateway, then restart and re-pair)',
        ],
        ['openclaw doctor --fix'],
      ),
    ],
    silent: [
      silent('pairing', [PAIRING_FIXTURE]),
      silent('redacted config get output', [{ text: '$ openclaw config get gateway.auth.token\n__OPENCLAW_REDACTED__' }]),
    ],
  },
});
