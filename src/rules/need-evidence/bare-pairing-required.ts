import { docs } from '../../openclaw/docs.ts';
import { defineRule } from '../../triage/rule.ts';
import { statementNotes } from '../said.ts';

/** Only a bare `pairing required` (or a person saying so): pairing-shaped, but nothing to prescribe from. */
export default defineRule<true>({
  id: 'bare-pairing-required',
  stage: 'need-evidence',
  priority: 50,
  title: 'Pairing-shaped, but not enough evidence to prescribe: ask for the version and the device list',
  docs: [docs.devicesCli, docs.gatewayTroubleshooting],
  match(c) {
    return c.hasPairingSignal ? true : undefined;
  },
  advise(_m, c) {
    const asks = c.build ? ['openclaw devices list --json'] : ['openclaw --version', 'openclaw devices list --json'];
    // They asked where or which to approve: say it first, then what is needed to name it.
    const whereFirst =
      c.said('asks-where-approve') || c.said('asks-which-approve')
        ? 'You approve on the gateway host itself (inside its container when it runs in one), with `openclaw devices approve <requestId>` for the pending entry of the device that fails; the list below shows which one. '
        : '';
    return {
      summary: `${whereFirst}This looks like OpenClaw device pairing (\`gateway closed (1008): pairing required\`): a device on your gateway, often the host's own CLI identity, is asking for more scopes than it was paired with. Two outputs tell me which and give you the exact fix.`,
      steps: [
        ...(c.build
          ? []
          : [{ text: 'Your OpenClaw build (some builds need an upgrade, not an approval):', command: 'openclaw --version' }]),
        {
          text: 'The pending requests and paired devices, run on the gateway host as the same user (no `--url`):',
          command: 'openclaw devices list --json',
        },
        { text: 'If you have it, the gateway log line that starts `security audit: device access upgrade requested` helps too.' },
      ],
      notes: statementNotes(c),
      notFixes: [
        // Only what this thread makes likely: a Control UI switch they set, a restart they tried.
        ...(c.config('gateway.controlUi.allowInsecureAuth') !== undefined ||
        c.config('gateway.controlUi.dangerouslyDisableDeviceAuth') !== undefined
          ? ['`gateway.controlUi.allowInsecureAuth` and the other Control UI auth switches: they only affect the Control UI.']
          : []),
        ...(c.said('after-restart') ? [] : ['`openclaw gateway restart` on its own: pairing state survives it.']),
      ],
      asks,
    };
  },
  examples: {
    fires: [
      {
        name: 'seed 000 opening post',
        thread: ['seeds/000-1-opening-post.txt'],
        expect: { mentions: ['openclaw --version', 'openclaw devices list --json'] },
      },
      { thread: [{ text: 'sessions_spawn keeps failing: gateway closed (1008): pairing required' }], expect: { stage: 'need-evidence' } },
      {
        name: 'asked where to approve: answered first',
        thread: [{ text: 'My cron tool says gateway closed (1008): pairing required. Where do I approve it?' }],
        expect: { stage: 'need-evidence', mentions: ['You approve on the gateway host itself', 'openclaw devices list --json'] },
      },
    ],
    silent: [{ thread: [{ text: 'How do I change the model of my agent?' }] }],
  },
});
