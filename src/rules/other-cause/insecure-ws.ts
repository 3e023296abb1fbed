import { docs } from '../../openclaw/docs.ts';
import { ASK_VERSION, code, NOT_DEVICE_COMMANDS } from './lookalike/advice.ts';
import { setEnvStep } from './lookalike/env-steps.ts';
import { fires, PAIRING_FIXTURE, silent } from './lookalike/examples.ts';
import { lookalikeRule } from './lookalike/rule.ts';

declare module '../../evidence/facts.ts' {
  interface LookalikeCauses {
    'insecure-ws': true;
  }
}

/** Reference §11.D7: the client refuses `ws://` to a non-loopback host before any handshake. */
export default lookalikeRule({
  id: 'insecure-ws',
  priority: 870,
  title: 'CLI refused to connect over plaintext `ws://` to a remote host (`SECURITY ERROR`)',
  docs: [docs.remote, docs.security],
  causes: ['insecure-ws'],
  phrases: [
    { needle: 'over plaintext ws://', detail: (x) => /cannot connect to "([^"]{1,200})"/i.exec(x.line.text)?.[1] },
    // The 2026.2.x wording of the same client-side guard.
    { needle: 'uses plaintext ws:// to a non-loopback address', detail: (x) => /gateway url "([^"]{1,200})"/i.exec(x.line.text)?.[1] },
  ],
  advise(m, c) {
    const host = m.fact.detail;
    // A Docker bridge address (172.16/12): the caller runs in the gateway's own container with `bind: lan`,
    // where the gateway listens on loopback too, so loopback is the fix rather than TLS or a tunnel.
    const bridge = host !== undefined && /(?:^|\/\/)172\.(?:1[6-9]|2\d|3[01])\./.test(host);
    if (bridge) {
      return {
        summary: `The CLI and the gateway's own tools refused to send credentials over plaintext \`ws://\` to the container's bridge address ${code(host)} (${code('SECURITY ERROR … plaintext ws://')}); nothing reached the gateway, so this is not a pairing problem.`,
        steps: [
          {
            text: "Inside the container the gateway also listens on loopback. Point the callers there: set `gateway.remote.url` to `ws://127.0.0.1:18789` (with `gateway.remote.token` = the gateway's token) in the container's config, or pass both on a single command to test:",
            command: 'openclaw gateway health --url ws://127.0.0.1:18789 --token <gateway token>',
          },
          { text: 'Keep `bind: lan` for the published port: it is what lets your browser in from outside the container.' },
        ],
        notFixes: [NOT_DEVICE_COMMANDS, "`gateway.controlUi.allowInsecureAuth`: it is a Control UI setting, not the CLI's transport."],
        asks: [ASK_VERSION, 'openclaw config get gateway.remote.url'],
      };
    }
    return {
      summary: `The CLI refused to send credentials over plaintext \`ws://\`${host ? ` to ${code(host)}` : ''} (${code('SECURITY ERROR: Cannot connect … over plaintext ws://')}); nothing reached the gateway, so this is not a pairing problem.`,
      steps: [
        {
          text: 'Best: use `wss://` for the remote URL, e.g. with Tailscale Serve in front of the gateway, and set `gateway.remote.url` to that `wss://` address.',
        },
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
      notFixes: [NOT_DEVICE_COMMANDS, "`gateway.controlUi.allowInsecureAuth`: it is a Control UI setting, not the CLI's transport."],
      asks: [ASK_VERSION, 'openclaw config get gateway.remote.url'],
    };
  },
  examples: {
    fires: [
      fires(
        'security error',
        [
          'SECURITY ERROR: Cannot connect to "192.168.1.20" over plaintext ws://. Both credentials and chat data would be exposed to network interception. Use wss:// for remote URLs.',
        ],
        ['wss://', 'OPENCLAW_ALLOW_INSECURE_PRIVATE_WS'],
      ),
      fires(
        '2026.2 wording, Docker bridge address',
        ['SECURITY ERROR: Gateway URL "ws://172.18.0.2:18789" uses plaintext ws:// to a non-loopback address.'],
        ['ws://127.0.0.1:18789', 'bind: lan'],
      ),
    ],
    silent: [silent('pairing', [PAIRING_FIXTURE]), silent('loopback ws url', [{ text: 'Gateway target: ws://127.0.0.1:18789' }])],
  },
});
