import { docs } from '../docs.ts';
import { ASK_VERSION, NOT_DEVICE_COMMANDS, PAIRING_FIXTURE, code, fires, lookalikeRule, setEnvStep, silent } from './shared.ts';

/** Reference §11.D7: the client refuses `ws://` to a non-loopback host before any handshake. */
export default lookalikeRule({
  id: 'insecure-ws',
  title: 'CLI refused to connect over plaintext `ws://` to a remote host (`SECURITY ERROR`)',
  docs: [docs.remote, docs.security],
  causes: ['insecure-ws'],
  advise(m, c) {
    const host = m.fact.detail;
    return {
      summary: `The CLI refused to send credentials over plaintext \`ws://\`${host ? ` to ${code(host)}` : ''} (${code('SECURITY ERROR: Cannot connect … over plaintext ws://')}); nothing reached the gateway, so this is not a pairing problem.`,
      steps: [
        { text: 'Best: use `wss://` for the remote URL, e.g. with Tailscale Serve in front of the gateway, and set `gateway.remote.url` to that `wss://` address.' },
        {
          text: 'Or tunnel over SSH and point the CLI at the loopback end (`gateway.remote.url: "ws://127.0.0.1:18789"`):',
          command: 'ssh -N -L 18789:127.0.0.1:18789 <user>@<gateway-host>',
        },
        setEnvStep(
          c,
          'Break-glass for a private-network IP only (credentials still travel unencrypted on your LAN):',
          'OPENCLAW_ALLOW_INSECURE_PRIVATE_WS',
          '1',
        ),
      ],
      notFixes: [NOT_DEVICE_COMMANDS, '`gateway.controlUi.allowInsecureAuth`: it is a Control UI setting, not the CLI\'s transport.'],
      asks: [ASK_VERSION, 'openclaw config get gateway.remote.url'],
    };
  },
  examples: {
    fires: [
      fires('security error', [
        'SECURITY ERROR: Cannot connect to "192.168.1.20" over plaintext ws://. Both credentials and chat data would be exposed to network interception. Use wss:// for remote URLs.',
      ], ['wss://', 'OPENCLAW_ALLOW_INSECURE_PRIVATE_WS']),
    ],
    silent: [silent('pairing', [PAIRING_FIXTURE]), silent('loopback ws url', [{ text: 'Gateway target: ws://127.0.0.1:18789' }])],
  },
});
