import { docs } from '../../openclaw/docs.ts';
import { ASK_VERSION, code, NOT_DEVICE_COMMANDS } from './lookalike/advice.ts';
import { fires, PAIRING_FIXTURE, silent } from './lookalike/examples.ts';
import { lookalikeRule } from './lookalike/rule.ts';

declare module '../../evidence/facts.ts' {
  interface LookalikeCauses {
    'device-token-mismatch': true;
    'device-token-rejected': true;
  }
}

/**
 * Reference §11.A5/A6: the device is known but its stored device token does not verify (rotated,
 * revoked, another gateway or state dir). On 4.14 the client then deletes its stored token, so the
 * next try can turn into a real `pairing required`; the reply warns about that instead of pairing now.
 */
export default lookalikeRule({
  id: 'device-token-mismatch',
  priority: 960,
  title: "Client's stored device token was rejected (`unauthorized: device token mismatch`)",
  docs: [docs.tokenDrift, docs.devicesCli, docs.authentication],
  causes: ['device-token-mismatch', 'device-token-rejected'],
  phrases: [
    { needle: 'device token mismatch', hint: true },
    { needle: 'device token rejected', cause: 'device-token-rejected', hint: true },
  ],
  authReasons: { device_token_mismatch: 'device-token-mismatch' },
  aside:
    'Your paste also shows `device token mismatch`: the pairing request may have come from the client dropping its rejected device token.',
  advise(m) {
    const rejected = m.fact.cause === 'device-token-rejected';
    const summary = rejected
      ? `The gateway rejected this client's device token and no gateway token was sent (${code('unauthorized: device token rejected')}); this is an auth problem, not a pending pairing request.`
      : `The gateway rejected this client's stored device token (${code('unauthorized: device token mismatch')}); the token was rotated or revoked, or belongs to another gateway or state dir. No pairing request was created.`;
    return {
      summary,
      steps: [
        {
          text: "Connect with the shared gateway token (or password): a client that has it does not depend on the device token. For a local CLI that is `gateway.auth.token` in its `openclaw.json`; for a remote gateway set `gateway.remote.token` to the gateway's `gateway.auth.token`. Then retry:",
          command: 'openclaw gateway call health',
        },
        { text: "Find this client's `deviceId` in the paired list (on the gateway host):", command: 'openclaw devices list' },
        {
          text: 'Issue that device a fresh operator token, putting its id in place of `<deviceId>`, then reconnect the client:',
          command: 'openclaw devices rotate --device <deviceId> --role operator',
        },
      ],
      ifFails: [
        {
          text: 'If the device is no longer in the paired list, it was removed: its next connect becomes a new pairing request. Paste `openclaw devices list` and the new error here and I will point at the right request.',
        },
      ],
      notFixes: [
        NOT_DEVICE_COMMANDS,
        '`devices rotate` to gain more scopes: rotation cannot go beyond what the device was approved for.',
        '`gateway.controlUi.allowInsecureAuth`: it does not affect device tokens.',
      ],
      asks: [ASK_VERSION, 'openclaw devices list --json'],
      notes: rejected
        ? undefined
        : [
            'On 2026.4.x the CLI/backend client deletes its stored device token after this error when it has no gateway token or password, so the next attempt can fail with a real `pairing required`. If that happens, paste that new error: it needs the pairing steps, not these.',
          ],
    };
  },
  examples: {
    fires: [
      fires(
        '4.14 mismatch',
        ['gateway connect failed: GatewayClientRequestError: unauthorized: device token mismatch (rotate/reissue device token)'],
        ['openclaw devices rotate --device <deviceId> --role operator', 'pairing required'],
      ),
      fires(
        'rejected',
        ['gateway closed (1008): unauthorized: device token rejected (pair/repair this device, or provide gateway token)'],
        ['gateway.remote.token'],
      ),
      fires(
        'close context authReason',
        [
          '2026-04-05T10:00:00.000Z [ws] {"cause":"unauthorized","handshake":"failed","authReason":"device_token_mismatch"} closed before connect conn=1 code=1008 reason=connect failed',
        ],
        ['device token'],
      ),
    ],
    silent: [
      silent('pairing', [PAIRING_FIXTURE]),
      silent('scope mismatch is its own rule', [{ text: 'unauthorized: device token scope mismatch (re-pair or approve scope upgrade)' }]),
    ],
  },
});
