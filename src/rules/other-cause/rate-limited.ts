import { machine } from '../../evidence/lookalike-signs.ts';
import { docs } from '../../openclaw/docs.ts';
import { ASK_AUTH_MODE, ASK_VERSION, code, NOT_DEVICE_COMMANDS, RETRY_HEALTH } from './lookalike/advice.ts';
import { fires, PAIRING_FIXTURE, silent } from './lookalike/examples.ts';
import { lookalikeRule } from './lookalike/rule.ts';

const CREDENTIAL_CAUSES = new Set([
  'gateway-token-mismatch',
  'gateway-token-missing',
  'gateway-password-mismatch',
  'gateway-password-missing',
  'device-token-mismatch',
]);

declare module '../../evidence/facts.ts' {
  interface LookalikeCauses {
    'rate-limited': true;
  }
}

/**
 * Reference §11.A7: ≥10 failed logins per client IP in 60 s → 5 min lockout. The lockout is a symptom:
 * a wrong credential retried in a loop causes it, so that is fixed first.
 */
export default lookalikeRule({
  id: 'rate-limited',
  priority: 890,
  title: 'Gateway locked the client out after too many failed logins (`too many failed authentication attempts`)',
  docs: [docs.authentication, docs.security],
  causes: ['rate-limited'],
  phrases: [
    { needle: 'too many failed authentication attempts' },
    { needle: 'gateway authentication is temporarily rate-limited' },
    // The Control UI's login panel.
    { needle: 'too many failed attempts', client: 'control-ui', guard: machine, example: 'Too many failed attempts' },
  ],
  authReasons: { rate_limited: 'rate-limited' },
  advise(m, c) {
    const http = m.fact.code === 429;
    const earlier = c.all('lookalike').find((f) => CREDENTIAL_CAUSES.has(f.cause));
    const first = earlier
      ? `Fix the credential that keeps failing first: your paste also shows ${code(earlier.cause.replace(/^gateway-/, 'gateway ').replace(/-/g, ' '))}. Until that is fixed, the lockout comes straight back.`
      : 'Find and fix the credential that keeps failing first (usually a wrong gateway token or password, e.g. an old `OPENCLAW_GATEWAY_TOKEN` or a stale Control UI tab retrying). The gateway log names it in `[ws] unauthorized … reason=…` lines:';
    return {
      summary: `The gateway has temporarily locked this client out after too many failed logins (${code(http ? 'HTTP 429 Too many failed authentication attempts' : 'unauthorized: too many failed authentication attempts')}); this is not a pairing problem.`,
      steps: [
        earlier ? { text: first } : { text: first, command: 'openclaw logs --follow' },
        {
          text: 'Then wait for the lockout to end (5 minutes by default, `gateway.auth.rateLimit.lockoutMs`), or restart the gateway, which clears it because the limiter lives in memory:',
          command: 'openclaw gateway restart',
        },
        RETRY_HEALTH,
      ],
      notFixes: [NOT_DEVICE_COMMANDS, 'Retrying quickly: every failed attempt counts towards the next lockout.'],
      asks: [ASK_VERSION, ASK_AUTH_MODE],
      notes: [
        'Loopback clients are exempt from this limit, except browser ones: the Control UI and web chat on 127.0.0.1 are still limited.',
      ],
    };
  },
  examples: {
    fires: [
      fires('4.14 text', ['gateway closed (1008): unauthorized: too many failed authentication attempts (retry later)'], ['lockoutMs']),
      fires(
        'HTTP 429',
        ['{"error":{"message":"Too many failed authentication attempts. Please try again later.","type":"rate_limited"}}'],
        ['openclaw gateway restart'],
      ),
      fires(
        '9.6 health probe',
        ['Gateway authentication is temporarily rate-limited. Wait for the temporary lockout to expire, then retry.'],
        ['5 minutes'],
      ),
    ],
    silent: [silent('pairing', [PAIRING_FIXTURE]), silent('prose', [{ text: 'I tried too many times, is there a limit?' }])],
  },
});
