import { docs } from '../docs.ts';
import { ASK_VERSION, NOT_DEVICE_COMMANDS, PAIRING_FIXTURE, RETRY_HEALTH, code, fires, lookalikeRule, silent } from './shared.ts';

/**
 * Reference §11.B5–B7/B9 and 9.6 `client version mismatch`: the handshake itself is not understood,
 * which is version skew (or a non-OpenClaw WebSocket client), never pairing.
 */
export default lookalikeRule({
  id: 'protocol-mismatch',
  title: 'Client and gateway disagree on the protocol or handshake (`protocol mismatch` / `invalid connect params`)',
  docs: [docs.protocol, docs.updating],
  causes: ['protocol-mismatch', 'invalid-handshake'],
  advise(m) {
    const f = m.fact;
    const reload = f.detail === 'Control UI updated; reload this page';
    const summary = reload
      ? `The gateway was updated while the Control UI page was open (${code('protocol mismatch: Control UI updated; reload this page')}): reload the page. This is not a pairing problem.`
      : f.cause === 'protocol-mismatch'
        ? `The client and the gateway speak different protocol versions (${code(f.detail ?? 'protocol mismatch')}): a version skew between them, not a pairing problem.`
        : `The gateway rejected the connect handshake itself (${code(f.detail ?? 'invalid handshake')}): usually a client from a different OpenClaw release, a wrong URL/path, or a non-OpenClaw WebSocket client. Not a pairing problem.`;
    return {
      summary,
      steps: reload
        ? [{ text: 'Reload the Control UI tab (a hard refresh), then connect again.' }]
        : [
            { text: 'Check the version on the client machine and on the gateway host:', command: ASK_VERSION },
            { text: 'Update the older side so both run the same release:', command: 'openclaw update' },
            { text: 'Restart the gateway after updating it, and reload any open Control UI tab:', command: 'openclaw gateway restart' },
            RETRY_HEALTH,
          ],
      notFixes: [NOT_DEVICE_COMMANDS, 'Changing tokens or `allowInsecureAuth`: the handshake fails before auth matters.'],
      asks: [ASK_VERSION, 'openclaw gateway status'],
    };
  },
  examples: {
    fires: [
      fires('4.14 protocol mismatch', ['gateway closed (1002): protocol mismatch'], ['openclaw update']),
      fires('invalid connect params', ['gateway closed (1008): invalid connect params: at root: unexpected property "foo"'], ['same release']),
      fires('9.6 reload', ['disconnected (1008): protocol mismatch: Control UI updated; reload this page to continue'], ['Reload']),
    ],
    silent: [silent('pairing', [PAIRING_FIXTURE]), silent('prose about roles', [{ text: 'what role should my node have?' }])],
  },
});
