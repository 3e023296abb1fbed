import { afterRegex, ahead, type PhraseSite } from '../../evidence/lookalike-signs.ts';
import { docs } from '../../openclaw/docs.ts';
import type { Step } from '../../triage/rule.ts';
import { ASK_VERSION, code, NOT_DEVICE_COMMANDS } from './lookalike/advice.ts';
import { fires, PAIRING_FIXTURE, silent } from './lookalike/examples.ts';
import { lookalikeRule } from './lookalike/rule.ts';

declare module '../../evidence/facts.ts' {
  interface LookalikeCauses {
    'ws-upgrade-rejected': true;
  }
}

/** A redirect or 401/403 on the upgrade: an identity-aware proxy (trusted-proxy-auth owns that one). */
export function upgradeRefusedByProxy(x: PhraseSite): boolean {
  return /^(?:30[12378]|401|403)\b/.test(ahead(x, 40).slice(x.needle.length));
}

/** A TLS front for the gateway named in the paste: Tailscale Serve, port 443, an https/wss URL. */
const TLS_TARGET = /\.ts\.net\b|--port[ =]443\b|:443\b|\bwss:\/\/|tailscale serve|tailscale\.mode[ =:"]+serve/i;

/**
 * The WebSocket upgrade was answered with an HTTP status (`Unexpected server response: 400`) and the
 * socket closed 1006: the client never reached the gateway's handshake, so nothing can be pending.
 * The usual cause is plain `ws://` spoken to a TLS port (Tailscale Serve terminates TLS on 443); a
 * node host needs `--tls` there, like any client needs `wss://`.
 */
export default lookalikeRule({
  id: 'ws-upgrade-rejected',
  priority: 860,
  title: 'The WebSocket upgrade was refused at HTTP level (`Unexpected server response`), before any handshake',
  docs: [docs.remote, docs.nodesTroubleshooting],
  causes: ['ws-upgrade-rejected'],
  // The WebSocket upgrade was refused at HTTP level (a TLS port spoken to as plain ws, a wrong path):
  // the connection never reaches the handshake, let alone pairing.
  phrases: [{ needle: 'unexpected server response: ', guard: (x) => !upgradeRefusedByProxy(x), detail: afterRegex(/^(\d{3})\b/) }],
  refine(fact, text) {
    if (TLS_TARGET.test(text.slice(0, 200_000))) fact.tlsTarget = true;
  },
  advise(m, c) {
    const status = m.fact.detail;
    const node = m.facts.some((f) => /\bnode host\b/i.test(f.text)) || c.all('setup').some((f) => f.client === 'node-host');
    const tls = m.facts.some((f) => f.tlsTarget);
    const steps: Step[] = [];
    if (tls && node) {
      steps.push({
        text: 'That port speaks TLS (Tailscale Serve answers HTTPS on 443), so the node host must connect with TLS. Add `--tls` to the same command:',
        command: 'openclaw node run --host <your-gateway>.ts.net --port 443 --tls',
      });
      steps.push({
        text: 'Once it connects, the node shows up as a pending request on the gateway host; approve that one there (`openclaw devices list` / `openclaw nodes pending`, depending on your build).',
      });
    } else if (tls) {
      steps.push({
        text: 'That port speaks TLS: point the client at `wss://<host>` (not `ws://`), or at the plain gateway port through an SSH tunnel to `127.0.0.1:18789`.',
      });
    } else {
      steps.push({
        text: "Check that the URL and port are the gateway's WebSocket port (18789 by default), not a web server or proxy path in front of it; a proxy must pass the `Upgrade`/`Connection` headers.",
      });
      if (node)
        steps.push({
          text: "If the gateway sits behind HTTPS (a reverse proxy, Tailscale Serve), run the node host with `--tls` and the proxy's port.",
        });
    }
    return {
      summary: `The gateway${tls ? "'s HTTPS front" : ''} refused the WebSocket upgrade (${code(`Unexpected server response${status ? `: ${status}` : ''}`)}, then a 1006 close): the client never got as far as the handshake, so there is no pairing request yet.`,
      steps,
      notFixes: [NOT_DEVICE_COMMANDS, 'Changing tokens: the request is refused before auth is read.'],
      asks: [ASK_VERSION],
    };
  },
  examples: {
    fires: [
      fires(
        'node host to Tailscale Serve without TLS',
        [
          '$ openclaw node run --host gw.example-tail.ts.net --port 443\nnode host gateway connect failed: Unexpected server response: 400\nnode host gateway closed (1006):',
        ],
        ['--tls'],
      ),
      fires('plain client, unknown front', ['gateway connect failed: Error: Unexpected server response: 404'], ['Upgrade']),
    ],
    silent: [
      silent('pairing', [PAIRING_FIXTURE]),
      silent('proxy 401 is edge auth', [{ text: 'gateway connect failed: Unexpected server response: 401' }]),
    ],
  },
});
