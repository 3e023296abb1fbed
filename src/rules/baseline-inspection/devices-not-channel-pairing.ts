import { docs } from '../../openclaw/docs.ts';
import { pairingNotFixes } from '../../openclaw/not-fixes.ts';
import { defineRule, type Step } from '../../triage/rule.ts';
import { youSay } from '../said.ts';

/**
 * The asker looked for the pending request with `openclaw pairing` and found nothing. That command
 * lists chat-channel DM pairing codes (docs/openclaw-facts.md §10.3: a different concept); the `pairing required`
 * that tools, cron and `sessions_spawn` hit is device pairing, listed by `openclaw devices list`.
 * A thread that shows a real channel DM code is the channel rule's, not this one.
 */
export default defineRule<true>({
  id: 'devices-not-channel-pairing',
  stage: 'baseline-inspection',
  priority: 460,
  title: 'Looked in `openclaw pairing` (channel DM codes): device pairing is `openclaw devices list`',
  docs: [docs.devicesCli, docs.channelPairing],
  match(c) {
    if (!c.said('checked-channel-pairing')) return undefined;
    if (c.all('other-pairing').some((p) => p.what === 'channel-dm')) return undefined;
    return true;
  },
  advise(_m, c) {
    const steps: Step[] = [
      {
        text: "On the gateway host (same user, no `--url`), list the device pairing requests: look for your host's `cli` or `gateway-client` device with a pending request (`isRepair: true`) asking for `operator.admin`:",
        command: 'openclaw devices list --json',
      },
      {
        text: 'Approve that request right after listing it (ids change when a client retries and expire after 5 minutes):',
        command: 'openclaw devices approve <requestId>',
        recipe: 'approveById',
      },
    ];
    if (!c.build)
      steps.push({ text: 'And your build: some builds need an upgrade rather than an approval:', command: 'openclaw --version' });
    const notFixes: string[] = [];
    if (
      c.config('gateway.controlUi.allowInsecureAuth') !== undefined ||
      c.config('gateway.controlUi.dangerouslyDisableDeviceAuth') !== undefined
    ) {
      notFixes.push(pairingNotFixes.insecureAuth);
    }
    return {
      summary: `${youSay(c, ['checked-channel-pairing']) ?? '`openclaw pairing` shows nothing pending'}, but that command lists chat-channel DM pairing codes only. The pairing that tools, cron and \`sessions_spawn\` need is device pairing: your host's own device asks for more scopes than it was paired with, and its request is in \`openclaw devices list\`.`,
      steps,
      notFixes,
      asks: c.build ? ['openclaw devices list --json'] : ['openclaw --version', 'openclaw devices list --json'],
    };
  },
  examples: {
    fires: [
      {
        thread: [
          {
            text: 'Cron and sessions_spawn calls keep failing, the web chat works. I ran openclaw pairing list and it shows no pending requests, so nothing to approve?',
          },
        ],
        expect: { stage: 'baseline-inspection', mentions: ['openclaw devices list --json', 'chat-channel DM pairing codes'] },
      },
    ],
    silent: [{ thread: [{ text: 'openclaw pairing approve telegram ABCD1234 worked, my DM works now' }] }],
  },
});
