import { docs } from '../../openclaw/docs.ts';
import { ASK_VERSION, code } from './lookalike/advice.ts';
import { fires, PAIRING_FIXTURE, silent } from './lookalike/examples.ts';
import { lookalikeRule } from './lookalike/rule.ts';

declare module '../../evidence/facts.ts' {
  interface LookalikeCauses {
    'device-token-scope-mismatch': true;
  }
}

/**
 * Reference §11.A11 (2026.9 only): the stored device token's scopes do not cover the connect. It says
 * "approve scope upgrade" but is not itself a pairing close; a pending upgrade may or may not exist,
 * so the reply checks the list instead of handing out an approve command.
 */
export default lookalikeRule({
  id: 'device-token-scope-mismatch',
  priority: 950,
  title: "Stored device token's scopes do not cover this connection (`device token scope mismatch`, 2026.9)",
  docs: [docs.operatorScopes, docs.tokenDrift],
  causes: ['device-token-scope-mismatch'],
  phrases: [{ needle: 'device token scope mismatch', hint: true }],
  authReasons: { scope_mismatch: 'device-token-scope-mismatch' },
  advise() {
    return {
      summary: `The gateway rejected this client's device token because its scopes do not cover this connection (${code('unauthorized: device token scope mismatch')}); the error itself did not create a pairing request.`,
      steps: [
        {
          text: "Reconnect with the shared gateway token or password instead of the stored device token: on 2026.8 and newer a local CLI using the shared token on loopback connects without the device identity, so the stored token's scopes stop mattering. Then retry:",
          command: 'openclaw gateway call health',
        },
        {
          text: 'If it still fails, check on the gateway host whether a scope upgrade for this device is pending:',
          command: 'openclaw devices list',
        },
        {
          text: 'If that list shows a pending request for this device, that one is a real pairing request: paste the list here and I will give you the exact command for it. If nothing is pending, there is nothing to approve.',
        },
      ],
      notFixes: [
        "Removing or clearing devices: the device is paired; only its token's scopes are short.",
        '`devices rotate` to add scopes: rotation cannot go beyond what the device was approved for.',
      ],
      asks: [ASK_VERSION, 'openclaw devices list --json'],
    };
  },
  examples: {
    fires: [
      fires(
        '9.6 text',
        ['[openclaw] Reason: unauthorized: device token scope mismatch (re-pair or approve scope upgrade)'],
        ['openclaw devices list'],
      ),
      fires(
        'authReason',
        ['[ws] unauthorized conn=9a remote=127.0.0.1 client=cli cli v2026.9.6 reason=scope_mismatch guidance=review'],
        ['scopes'],
      ),
    ],
    silent: [
      silent('pairing', [PAIRING_FIXTURE]),
      silent('device token mismatch', [{ text: 'unauthorized: device token mismatch (rotate/reissue device token)' }]),
    ],
  },
});
