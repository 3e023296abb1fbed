import { docs } from '../../openclaw/docs.ts';
import { ASK_VERSION, code, NOT_DEVICE_COMMANDS } from './lookalike/advice.ts';
import { fires, PAIRING_FIXTURE, silent } from './lookalike/examples.ts';
import { lookalikeRule } from './lookalike/rule.ts';

declare module '../../evidence/facts.ts' {
  interface LookalikeCauses {
    'bootstrap-token-invalid': true;
  }
}

/** Reference §11.A8: a setup (QR / bootstrap) code that is expired, revoked or already used. */
export default lookalikeRule({
  id: 'bootstrap-token-invalid',
  priority: 800,
  title: 'Setup code (QR / bootstrap token) is invalid, expired or already used',
  docs: [docs.gatewayPairing, docs.devicesCli],
  causes: ['bootstrap-token-invalid'],
  phrases: [{ needle: 'bootstrap token invalid or expired' }, { needle: 'setup code invalid, expired, revoked, or already used' }],
  authReasons: { bootstrap_token_invalid: 'bootstrap-token-invalid' },
  advise(m) {
    const v96 = m.fact.text.toLowerCase().includes('setup code invalid');
    return {
      summary: `The setup code the app or node used is no longer valid (${code(v96 ? 'unauthorized: setup code invalid, expired, revoked, or already used' : 'unauthorized: bootstrap token invalid or expired')}); setup codes are one-time and short-lived. This is not a pending pairing request.`,
      steps: [
        { text: 'On the gateway host, create a fresh setup code and scan it right away:', command: 'openclaw qr' },
        { text: 'Afterwards, check that the app or node shows up as paired:', command: 'openclaw devices list' },
      ],
      notFixes: [NOT_DEVICE_COMMANDS, 'Re-scanning the old code or screenshot: a code works once.'],
      asks: [ASK_VERSION],
      notes: ['A setup code is a secret until it is used: do not post it or its QR here.'],
    };
  },
  examples: {
    fires: [
      fires('4.14', ['gateway closed (1008): unauthorized: bootstrap token invalid or expired (scan a fresh setup code)'], ['openclaw qr']),
      fires(
        '9.6',
        ['unauthorized: setup code invalid, expired, revoked, or already used (create a new code; review `openclaw devices list`)'],
        ['one-time'],
      ),
    ],
    silent: [silent('pairing', [PAIRING_FIXTURE])],
  },
});
