import { redactLine } from '../../evidence/lookalike.ts';
import { ahead, type Describer, fixed, machine } from '../../evidence/lookalike-signs.ts';
import { docs } from '../../openclaw/docs.ts';
import type { Case } from '../../triage/case.ts';
import type { Step } from '../../triage/rule.ts';
import { describedClients } from '../wrappers.ts';
import { ASK_VERSION, code, NOT_DEVICE_COMMANDS, RETRY_HEALTH } from './lookalike/advice.ts';
import { fires, PAIRING_FIXTURE, silent } from './lookalike/examples.ts';
import { afterLastPairingFailure, lookalikeRule } from './lookalike/rule.ts';

/** The third-party client (panel, app, extension) the thread names: the side to update. */
function thirdPartyClient(c: Case): string | undefined {
  return c
    .all('setup')
    .filter((f) => f.name && (f.client === 'third-party' || f.wrapper === 'desktop-bundle'))
    .at(-1)?.name;
}

/** The mismatching client is the Control UI in a browser (its banner, or the asker's words), and no
 * third-party client is named. */
function browserTab(c: Case, facts: readonly { client?: string }[]): boolean {
  if (thirdPartyClient(c)) return false;
  return facts.some((f) => f.client === 'control-ui') || describedClients(c).includes('control-ui');
}

/** `at /device: must have required property 'nonce'`, `unexpected property 'nonce'`: the connect.challenge signature. */
function aboutNonce(text: string): boolean {
  return /'nonce'|"nonce"|\bnonce\b/i.test(text);
}

function aboutClientId(text: string): boolean {
  return /\/client\/id\b/.test(text);
}

/** The close told by its code only ("the gateway closes the WebSocket with close code 1002"): 1002
 * is the code the gateway closes a protocol mismatch with (docs/openclaw-facts.md §11.B5), and no pairing close uses it. */
const CLOSE_1002 = /\b(?:close code|closes?(?: the [\w ]{0,20})? with(?: close)?(?: code)?|closed with(?: code)?|code[ =:]+)\s*\(?1002\b/i;
const describedClose1002: Describer = {
  tier: 1,
  find(paste, { lines }) {
    for (let n = 1; n <= lines; n++) {
      const line = paste.line(n);
      if (line.length > 600 || !CLOSE_1002.test(line)) continue;
      return {
        seenAt: n,
        fact: {
          kind: 'lookalike',
          cause: 'protocol-mismatch',
          code: 1002,
          detail: 'close code 1002',
          text: redactLine(line).trim(),
          described: true,
          at: { message: paste.message, line: n },
        },
      };
    }
    return undefined;
  },
};

declare module '../../evidence/facts.ts' {
  interface LookalikeCauses {
    'protocol-mismatch': true;
    'invalid-handshake': true;
  }
}

/**
 * Reference §11.B5–B7/B9 and 9.6 `client version mismatch`: the handshake itself is not understood,
 * which is version skew (or a non-OpenClaw WebSocket client), never pairing. When a third-party
 * client is the one out of step, updating OpenClaw is no help (it is usually what moved ahead):
 * that client needs its own update.
 */
export default lookalikeRule({
  id: 'protocol-mismatch',
  priority: 810,
  title: 'Client and gateway disagree on the protocol or handshake (`protocol mismatch` / `invalid connect params`)',
  docs: [docs.protocol, docs.updating],
  causes: ['protocol-mismatch', 'invalid-handshake'],
  phrases: [
    {
      needle: 'protocol mismatch',
      guard: machine,
      detail: (x) => (ahead(x, 200).includes('control ui updated') ? 'Control UI updated; reload this page' : undefined),
    },
    // A Chinese UI's own words for the same close (`协议不匹配` / `协议版本不匹配`).
    { needle: '协议不匹配', example: '连接失败：协议不匹配' },
    { needle: '协议版本不匹配', example: '断开连接：协议版本不匹配' },
    {
      needle: 'client version mismatch',
      detail: fixed('client version mismatch'),
      guard: machine,
      example: 'disconnected (1002): client version mismatch',
    },
    // B6/B7/B9: invalid role / connect params / handshake frame, oversized preauth.
    {
      needle: 'invalid role',
      cause: 'invalid-handshake',
      detail: fixed('invalid role'),
      guard: machine,
      example: 'disconnected (1008): invalid role',
    },
    { needle: 'invalid connect params', cause: 'invalid-handshake', detail: fixed('invalid connect params'), guard: machine },
    {
      needle: 'invalid handshake',
      cause: 'invalid-handshake',
      detail: fixed('invalid handshake'),
      guard: machine,
      example: 'gateway closed (1008): invalid handshake: first request must be connect',
    },
    {
      needle: 'invalid request frame',
      cause: 'invalid-handshake',
      detail: fixed('invalid request frame'),
      guard: machine,
      example: 'gateway closed (1008): invalid request frame',
    },
    {
      needle: 'too many pending handshake frames',
      cause: 'invalid-handshake',
      detail: fixed('too many pending handshake frames'),
      example: 'gateway closed (1008): too many pending handshake frames',
    },
    {
      needle: 'preauth payload too large',
      cause: 'invalid-handshake',
      detail: fixed('preauth payload too large'),
      example: 'gateway closed (1009): preauth payload too large',
    },
  ],
  closeCauses: {
    'protocol-mismatch': 'protocol-mismatch',
    'invalid-handshake': 'invalid-handshake',
    'invalid-role': 'invalid-handshake',
    'preauth-payload-too-large': 'invalid-handshake',
  },
  described: [describedClose1002],
  // A handshake the gateway cannot parse, after the last pairing failure, is what stops the client now:
  // it never reaches the pairing check again, so approving would not help until the client is fixed.
  leadsOverPairing: afterLastPairingFailure,
  advise(m, c) {
    const f = m.fact;
    const reload = f.detail === 'Control UI updated; reload this page';
    const client = thirdPartyClient(c);
    const texts = m.facts.map((x) => x.text).join('\n');
    const nonce = f.cause === 'invalid-handshake' && aboutNonce(texts);
    const clientId = f.cause === 'invalid-handshake' && aboutClientId(texts);
    const who = client ?? 'the client';
    let summary: string;
    if (reload) {
      summary = `The gateway was updated while the Control UI page was open (${code('protocol mismatch: Control UI updated; reload this page')}): reload the page. This is not a pairing problem.`;
    } else if (f.detail === 'close code 1002') {
      summary = `The gateway closed the connection with code 1002, its code for a protocol mismatch: ${client ? `${client} and the gateway most likely speak` : 'the client and the gateway most likely run'} different OpenClaw releases (or the client is not an OpenClaw one). Not a pairing problem.`;
    } else if (f.cause === 'protocol-mismatch') {
      summary = `${client ? `${client} and the gateway` : 'The client and the gateway'} speak different protocol versions (${code(f.detail ?? 'protocol mismatch')}): a version skew between them, not a pairing problem.`;
    } else if (nonce) {
      summary = `The gateway rejected the connect frame (${code('invalid connect params')}) because ${who} does not answer the gateway's connect challenge the way this gateway expects: the device block must carry the challenge \`nonce\` and its signature. That happens before auth or pairing, so there is nothing to approve.`;
    } else if (clientId) {
      summary = `The gateway rejected the connect frame (${code('invalid connect params')}) because ${who} sends a \`client.id\` this gateway does not know: a client built for another OpenClaw release. That happens before auth or pairing, so there is nothing to approve.`;
    } else {
      summary = `The gateway rejected the connect handshake itself (${code(f.detail ?? 'invalid handshake')}): usually a client from a different OpenClaw release, a wrong URL/path, or a non-OpenClaw WebSocket client. Not a pairing problem.`;
    }
    let steps: Step[];
    if (reload) steps = [{ text: 'Reload the Control UI tab (a hard refresh), then connect again.' }];
    else if (client) {
      steps = [
        {
          text: `Update ${client} to a release built for your gateway's version (its releases page or built-in updater); if there is none yet, report the error to its authors with your gateway version:`,
          command: ASK_VERSION,
        },
        {
          text: "Meanwhile use the gateway's own Control UI in a browser on the gateway host (http://127.0.0.1:18789), or keep the gateway on the last release that client supports.",
        },
      ];
    } else if (f.cause === 'protocol-mismatch' && browserTab(c, m.facts)) {
      // A tab opened before the gateway was updated keeps the old page's protocol until it reloads.
      steps = [
        {
          text: 'Hard-reload the Control UI tab (Ctrl+Shift+R, or Cmd+Shift+R on a Mac; on a phone, clear the site data): a page loaded before the gateway was updated keeps speaking the old protocol.',
        },
        { text: 'If it still says so, compare the gateway build with what the page reports:', command: ASK_VERSION },
        RETRY_HEALTH,
      ];
    } else {
      steps = [
        { text: 'Check the version on the client machine and on the gateway host:', command: ASK_VERSION },
        {
          text: 'Update the older side so both run the same release (a client app or extension through its own updater; a gateway in a container through a newer image).',
        },
        { text: 'Restart the gateway after updating it, and reload any open Control UI tab:', command: 'openclaw gateway restart' },
        RETRY_HEALTH,
      ];
    }
    return {
      summary,
      steps,
      notFixes: [NOT_DEVICE_COMMANDS, 'Changing tokens or `allowInsecureAuth`: the handshake fails before auth matters.'],
      asks: [ASK_VERSION, 'openclaw gateway status'],
    };
  },
  examples: {
    fires: [
      fires('4.14 protocol mismatch', ['gateway closed (1002): protocol mismatch'], ['same release']),
      fires(
        'invalid connect params',
        ['gateway closed (1008): invalid connect params: at root: unexpected property "foo"'],
        ['same release'],
      ),
      fires('9.6 reload', ['disconnected (1008): protocol mismatch: Control UI updated; reload this page to continue'], ['Reload']),
      {
        ...fires('a third-party panel behind', ['My ClawPanel shows: disconnected (1002): protocol mismatch'], ['Update ClawPanel']),
        expect: { stage: 'other-cause', mentions: ['Update ClawPanel'], absent: ['openclaw update', 'devices approve', 'devices remove'] },
      },
      fires(
        'client without the challenge nonce',
        ["code=1008 reason=invalid connect params: at /device: must have required property 'nonce'"],
        ['nonce'],
      ),
      fires(
        'the close told by its code',
        ['After sending the signed proof response, the Gateway closes the WebSocket connection with close code 1002.'],
        ['code 1002', 'openclaw --version'],
      ),
      fires(
        'the Control UI after the gateway was updated',
        [
          'After the gateway auto-updated to 2026.6.8 the Control UI webchat intermittently shows Protocol Mismatch (frontend v3, gateway v4).',
        ],
        ['Hard-reload the Control UI tab'],
      ),
    ],
    silent: [silent('pairing', [PAIRING_FIXTURE]), silent('prose about roles', [{ text: 'what role should my node have?' }])],
  },
});
