import { docs } from '../../openclaw/docs.ts';
import { defineRule } from '../../triage/rule.ts';

export default defineRule<true>({
  id: 'nothing-recognised',
  stage: 'no-match',
  priority: 0,
  title: 'Nothing OpenClaw-pairing-shaped found',
  docs: [docs.gatewayTroubleshooting, docs.faq],
  match(c) {
    return c.hasPairingSignal || c.has('lookalike') ? undefined : true;
  },
  advise(_m, c) {
    // A secret with nothing else to diagnose: the reply's warning is the point, so keep the rest short.
    if (c.has('secret')) {
      return {
        summary:
          'Nothing else in it looks like an OpenClaw pairing problem. If something fails, paste its output here, with the secret left out.',
        steps: [],
      };
    }
    // Never ask for what the thread already gave: a stated build is not asked for again.
    const known = c.build !== undefined;
    return {
      summary: "I didn't find OpenClaw pairing or gateway-connection evidence in this, so I won't guess.",
      steps: [
        {
          text: 'If a command or `sessions_spawn` fails, paste its full error output (the `gateway closed (…)` line and the `Gateway target:` block under it).',
        },
        ...(known ? [] : [{ text: 'Your OpenClaw build:', command: 'openclaw --version' }]),
        { text: 'The devices the gateway knows, run on the gateway host:', command: 'openclaw devices list --json' },
        { text: 'Gateway log lines around the failure help most: `security audit: …`, `closed before connect …`, `unauthorized …`.' },
      ],
      asks: known ? ['openclaw devices list --json'] : ['openclaw --version', 'openclaw devices list --json'],
    };
  },
  examples: {
    fires: [
      { thread: [{ text: 'hello, my cat walked on the keyboard' }], expect: { stage: 'no-match' } },
      {
        name: 'a stated build is not asked for again',
        thread: [{ text: 'OpenClaw 2026.8.1 here. The weather skill answers in the wrong units, any idea?' }],
        expect: { stage: 'no-match', absent: ['openclaw --version'] },
      },
    ],
    silent: [{ thread: [{ text: 'gateway closed (1008): pairing required' }] }],
  },
});
