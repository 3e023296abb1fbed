import { docs } from '../../openclaw/docs.ts';
import { ASK_VERSION, code, NOT_DEVICE_COMMANDS } from './lookalike/advice.ts';
import { unsetEnvStep } from './lookalike/env-steps.ts';
import { fires, PAIRING_FIXTURE, silent } from './lookalike/examples.ts';
import { lookalikeRule } from './lookalike/rule.ts';

declare module '../../evidence/facts.ts' {
  interface LookalikeCauses {
    'url-override-credentials': true;
  }
}

/** Reference §11.D8: with `--url` / `OPENCLAW_GATEWAY_URL` the CLI never reuses config credentials. */
export default lookalikeRule({
  id: 'url-override-credentials',
  priority: 880,
  title: '`--url` given without `--token`/`--password` (`gateway url override requires explicit credentials`)',
  docs: [docs.remote, docs.devicesCli],
  causes: ['url-override-credentials'],
  phrases: [{ needle: 'gateway url override requires explicit credentials' }],
  advise(_m, c) {
    return {
      summary: `With \`--url\` (or \`OPENCLAW_GATEWAY_URL\`) the CLI does not reuse the token from your config (${code('gateway url override requires explicit credentials')}); nothing was sent to the gateway, so this is not a pairing problem.`,
      steps: [
        {
          text: 'Add `--token <token>` (or `--password <password>`) to the same command you ran with `--url`. Type the real value only in your terminal, never here.',
        },
        {
          text: 'Or, for a gateway you use all the time, drop `--url` and put both in the CLI\'s `openclaw.json` instead:\n```json5\n{ gateway: { remote: { url: "wss://<gateway-host>", token: "<the gateway\'s token>" } } }\n```',
        },
        unsetEnvStep(
          c,
          'If `OPENCLAW_GATEWAY_URL` is set in this shell and you did not mean to override the target, clear it:',
          'OPENCLAW_GATEWAY_URL',
        ),
      ],
      notFixes: [NOT_DEVICE_COMMANDS],
      asks: [ASK_VERSION],
      notes: [
        'On the gateway host itself, leave out `--url`: the local target also lets the pairing commands fall back to the local store when they need to.',
      ],
    };
  },
  examples: {
    fires: [
      fires(
        '4.14',
        ['Error: gateway url override requires explicit credentials\nFix: pass --token or --password (or gatewayToken in tools).'],
        ['--token'],
      ),
    ],
    silent: [silent('pairing', [PAIRING_FIXTURE])],
  },
});
