import { docs } from '../../openclaw/docs.ts';
import { ASK_AUTH_MODE, ASK_VERSION, NOT_DEVICE_COMMANDS } from './lookalike/advice.ts';
import { fires, PAIRING_FIXTURE, silent } from './lookalike/examples.ts';
import { lookalikeRule } from './lookalike/rule.ts';

declare module '../../evidence/facts.ts' {
  interface LookalikeCauses {
    'http-unauthorized': true;
  }
}

/** Reference §11.D6: a gateway HTTP endpoint's 401. HTTP calls use a bearer token, never device pairing. */
export default lookalikeRule({
  id: 'http-unauthorized',
  priority: 710,
  title: 'Gateway HTTP endpoint answered 401 `Unauthorized` (bearer token missing or wrong)',
  docs: [docs.authentication],
  causes: ['http-unauthorized'],
  // The HTTP API's 401 body: `{"error":{"type":"unauthorized","message":"unauthorized"}}`.
  phrases: [
    {
      needle: 'unauthorized',
      guard: (x) =>
        /"type"\s*:\s*"$/.test(x.low.slice(Math.max(0, x.col - 20), x.col)) &&
        /"message"\s*:\s*"unauthorized"/.test(x.low.slice(Math.max(0, x.col - 300), x.col + 300)),
      code: 401,
    },
  ],
  advise() {
    return {
      summary:
        'A gateway HTTP endpoint answered 401 `Unauthorized`: the request carried no bearer token or the wrong one. HTTP calls do not use device pairing, so this is not a pairing problem.',
      steps: [
        { text: 'Check the auth mode on the gateway host:', command: ASK_AUTH_MODE },
        {
          text: 'Send the gateway token as `Authorization: Bearer <token>` (for the hooks endpoint, `hooks.token` instead). Do not paste the token here.',
        },
      ],
      notFixes: [NOT_DEVICE_COMMANDS],
      asks: [ASK_VERSION, ASK_AUTH_MODE],
    };
  },
  examples: {
    fires: [fires('401 body', ['HTTP/1.1 401\n{"error":{"message":"Unauthorized","type":"unauthorized"}}'], ['Authorization: Bearer'])],
    silent: [
      silent('pairing', [PAIRING_FIXTURE]),
      silent('provider 401', [{ text: '401 {"type":"error","error":{"type":"authentication_error","message":"invalid x-api-key"}}' }]),
    ],
  },
});
