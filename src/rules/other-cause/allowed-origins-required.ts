import { docs } from '../../openclaw/docs.ts';
import { ASK_VERSION, code, NOT_DEVICE_COMMANDS } from './lookalike/advice.ts';
import { fires, PAIRING_FIXTURE, silent } from './lookalike/examples.ts';
import { lookalikeRule } from './lookalike/rule.ts';

declare module '../../evidence/facts.ts' {
  interface LookalikeCauses {
    'allowed-origins-required': true;
  }
}

/**
 * The gateway refuses to START, not a client: bound beyond loopback (`bind: lan`, the default of
 * many Docker images) it will not serve the Control UI until its allowed origins are listed, and
 * says `Gateway failed to start: Error: non-loopback Control UI requires gateway.controlUi.allowedOrigins
 * (set explicit origins), or set gateway.controlUi.dangerouslyAllowHostHeaderOriginFallback=true …`
 * (as pasted in opensandbox-group/OpenSandbox#676 and quoted in many images' READMEs). Nothing can
 * connect, let alone pair, until it starts. A cause, so it leads over what follows from it.
 */
export default lookalikeRule({
  id: 'allowed-origins-required',
  priority: 940,
  title: 'The gateway does not start: a Control UI off loopback needs `gateway.controlUi.allowedOrigins`',
  docs: [docs.controlUi, docs.configReference],
  causes: ['allowed-origins-required'],
  phrases: [
    {
      needle: 'non-loopback control ui requires gateway.controlui.allowedorigins',
      example:
        'Gateway failed to start: Error: non-loopback Control UI requires gateway.controlUi.allowedOrigins (set explicit origins), or set gateway.controlUi.dangerouslyAllowHostHeaderOriginFallback=true to use Host-header origin fallback mode',
    },
  ],
  leadsOverPairing: () => true,
  advise() {
    return {
      summary: `The gateway itself does not start (${code('non-loopback Control UI requires gateway.controlUi.allowedOrigins')}): it listens beyond loopback, and then it wants the exact addresses the Control UI is opened at before it serves it. Nothing can connect or pair until it starts; this is not a pairing problem.`,
      steps: [
        {
          text:
            "List the exact origins you open the Control UI at (scheme, host and port) in the gateway's `openclaw.json` (in Docker, the file on the mounted state volume: the container does not stay up long enough to exec into):\n" +
            '```json5\n' +
            '{ gateway: { controlUi: { allowedOrigins: ["http://192.168.1.20:18789", "https://claw.example.com"] } } }\n' +
            '```',
        },
        { text: 'Start it again and check the log no longer says it:', command: 'openclaw gateway restart' },
        {
          text: 'Binding loopback instead (`gateway.bind: loopback`) only suits a gateway on the machine you browse from: inside a container, loopback cannot be reached through the port mapping (a proxy in front then answers 502).',
        },
      ],
      notFixes: [
        NOT_DEVICE_COMMANDS,
        '`gateway.controlUi.dangerouslyAllowHostHeaderOriginFallback=true`: it starts the gateway by trusting whatever Host header arrives; the explicit list is the safe fix.',
      ],
      asks: [ASK_VERSION],
    };
  },
  examples: {
    fires: [
      fires(
        'bind lan by default, the log line',
        [
          'openclaw默认lan 模式：\n2026-04-10T02:21:35.075+00:00 Gateway failed to start: Error: non-loopback Control UI requires gateway.controlUi.allowedOrigins (set explicit origins), or set gateway.controlUi.dangerouslyAllowHostHeaderOriginFallback=true to use Host-header origin fallback mode',
        ],
        ['gateway.controlUi.allowedOrigins', 'allowedOrigins: ['],
      ),
    ],
    silent: [
      silent('pairing', [PAIRING_FIXTURE]),
      silent('a browser origin refused at connect', [
        {
          text: 'disconnected (1008): origin not allowed (open the Control UI from the gateway host or allow it in gateway.controlUi.allowedOrigins)',
        },
      ]),
    ],
  },
});
