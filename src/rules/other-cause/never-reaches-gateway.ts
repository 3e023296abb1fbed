import { redactLine } from '../../evidence/lookalike.ts';
import type { Describer } from '../../evidence/lookalike-signs.ts';
import { docs } from '../../openclaw/docs.ts';
import type { Case } from '../../triage/case.ts';
import type { Step } from '../../triage/rule.ts';
import { ASK_VERSION, NOT_DEVICE_COMMANDS } from './lookalike/advice.ts';
import { fires, PAIRING_FIXTURE, silent } from './lookalike/examples.ts';
import { PRINTED_AUTH_FAILURE } from './lookalike/printed.ts';
import { lookalikeRule } from './lookalike/rule.ts';

function thirdPartyClient(c: Case): string | undefined {
  return c
    .all('setup')
    .filter((f) => f.name && f.client === 'third-party')
    .at(-1)?.name;
}

declare module '../../evidence/facts.ts' {
  interface LookalikeCauses {
    'never-reaches-gateway': true;
  }
}

/** "no request is generated", "doesn't generate device request", "no WebSocket connection reaches the gateway". */
const NO_REQUEST =
  /\bno (?:device |pairing |node )?(?:request|requestid|request id)s? (?:is |are |was |were )?(?:found|generated|created|appears?|shows? up|reach(?:es)?)|\bdoes(?:n'?t| not) (?:generate|create) (?:a |any )?(?:device |pairing )?request|\b(?:request id|requestid) is not (?:getting )?(?:generated|created)|\bno websocket connection\b[^.]{0,40}\breach|\bnever reaches the gateway\b|没有(?:生成|产生|出现)?(?:任何)?(?:配对)?请求/i;
const TLS_FAILURE =
  /\bTLS (?:connection )?(?:failure|failed|error)\b|\bTLS fingerprint verification\b|\bcertificate (?:error|failed|not trusted)\b/i;
/** An app's own words for a failure after the gateway let it in, or its own HTTP call refused. */
const APP_ERROR = /\bCredentials save failed\b|\bError invoking remote method\b[^\n]{0,80}\bHTTP 4\d\d\b/i;

/** The asker says no request is ever created, or quotes a TLS failure or an app's own error. */
const describedNoRequest: Describer = {
  tier: 1,
  unlessPrinted: PRINTED_AUTH_FAILURE,
  find(paste, { lines }) {
    for (let n = 1; n <= lines; n++) {
      const prose = paste.line(n);
      if (prose.length === 0 || prose.length > 400) continue;
      const kind = APP_ERROR.test(prose)
        ? 'app-error'
        : TLS_FAILURE.test(prose)
          ? 'tls'
          : NO_REQUEST.test(prose)
            ? 'no-request'
            : undefined;
      if (!kind) continue;
      const text = redactLine(prose).trim();
      return {
        seenAt: n,
        fact: { kind: 'lookalike', cause: 'never-reaches-gateway', detail: kind, text, at: { message: paste.message, line: n } },
      };
    }
    return undefined;
  },
};

/**
 * The asker describes a client that fails before its connect reaches the gateway's pairing step: no
 * request is ever generated, a TLS failure on a phone, an app's own error. Nothing is pending, so the
 * next step is finding where the connection stops (the gateway log during one attempt), not approving.
 */
export default lookalikeRule({
  id: 'never-reaches-gateway',
  priority: 600,
  title: "The client fails before its connection reaches the gateway's pairing step (no request is created)",
  docs: [docs.gatewayTroubleshooting, docs.remote],
  causes: ['never-reaches-gateway'],
  described: [describedNoRequest],
  // With no pairing failure printed, "no request is ever created" is what stands between the asker
  // and an approval: there is nothing to approve until a request exists.
  leadsOverPairing: (_m, c) => c.lastPairingFailure === undefined,
  advise(m, c) {
    const kind = m.fact.detail;
    const client = thirdPartyClient(c);
    const steps: Step[] = [
      {
        text: 'On the gateway host, watch the log while the client tries once. A `closed before connect … reason=…` or `unauthorized …` line names the real cause (most often the gateway token, missing or wrong); no line at all means the connection never arrives:',
        command: 'openclaw logs --follow',
      },
    ];
    if (kind === 'tls') {
      steps.push({
        text: "If nothing arrives, it is the transport: give the phone or tablet an address with a certificate it trusts (a Tailscale Serve hostname, `wss://<host>.ts.net`, or a reverse proxy on 443) instead of a raw IP with the gateway's self-signed certificate, then make a fresh setup code:",
        command: 'openclaw qr',
      });
    }
    steps.push(
      client
        ? {
            text: `${client} is a separate client: compare its version with the gateway's and update it (or report the error to its authors with both versions).`,
            command: ASK_VERSION,
          }
        : {
            text: "Compare the client app's version with the gateway's (a client newer or older than the gateway is a common cause), and update the older side:",
            command: ASK_VERSION,
          },
    );
    steps.push({
      text: 'Once a connect does reach the gateway, a pending request shows up in `openclaw devices list`; that is the time to approve it, not before.',
    });
    return {
      summary:
        kind === 'app-error'
          ? `The error is the client app's own (${client ? `${client}, ` : ''}not a gateway pairing answer): it fails around its own setup or stored credentials, so nothing is waiting on the gateway to approve.`
          : `From what you describe, the client fails before its connection reaches the gateway's pairing step${kind === 'tls' ? ' (at TLS)' : ''}: no request was created, so there is nothing to approve yet.`,
      steps,
      notFixes: [NOT_DEVICE_COMMANDS],
      asks: [ASK_VERSION, 'openclaw logs --follow'],
    };
  },
  examples: {
    fires: [
      fires(
        'no request generated',
        ['My phone app throws an error and no pairing request is generated on the gateway.'],
        ['openclaw logs --follow', 'gateway token'],
      ),
      fires('TLS on the phone', ['The app shows a TLS connection failure after I trust the fingerprint.'], ['openclaw qr']),
      fires(
        'a node that never files a request leads over the node pairing words',
        ['The Android node cannot pair. No pairing request is generated on the gateway, the app says gateway error: not initialized.'],
        ['nothing to approve yet'],
      ),
    ],
    silent: [
      silent('pairing', [PAIRING_FIXTURE]),
      silent('a channel code that was not found', [{ text: 'No pending pairing request found for code ABCD1234' }]),
    ],
  },
});
