import { docs } from '../../openclaw/docs.ts';
import { pairingNotFixes } from '../../openclaw/not-fixes.ts';
import { before } from '../../triage/case.ts';
import { defineRule, type Step } from '../../triage/rule.ts';
import { buildNote } from '../build-note.ts';
import { youSay } from '../said.ts';

/**
 * The asker removed a device (the remove half of remove/re-pair) and says it now cannot pair again.
 * Removing deletes the record and its device token, so the device's next connect is a first-time
 * pairing: it needs the shared gateway token to get that far and an approval from a device that
 * still holds admin (docs/openclaw-facts.md §11.C2: `device removed`, then a real not-paired request). Only a
 * loopback CLI on the gateway host is paired again silently.
 */
export default defineRule<true>({
  id: 'removed-cannot-re-pair',
  stage: 'remove-repair',
  priority: 640,
  title: 'A removed device cannot pair again (the asker says so): connect with the shared token, then approve',
  docs: [docs.devicesCli, docs.authentication],
  match(c) {
    const said = c.said('removed-cannot-re-pair');
    if (!said) return undefined;
    if ([...c.all('healthy-call'), ...c.approveResults.filter((r) => r.outcome === 'ok')].some((f) => before(said.at, f.at)))
      return undefined;
    return true;
  },
  advise(_m, c) {
    const docker = c.platforms.includes('docker');
    const steps: Step[] = [
      {
        text: "From the removed device, connect once with the gateway's shared token (it has no device token any more; `gateway.remote.token` in its config, or `--token` with `--url`), so the gateway files a new pending request. The connect itself still fails with pairing required: that is expected.",
      },
      {
        text: docker
          ? 'Inside the gateway container (`docker exec -it <container> …`, loopback there, so the CLI can approve), list the pending requests:'
          : 'On the gateway host (same user, no `--url`), or from the Control UI, list the pending requests:',
        command: 'openclaw devices list --json',
      },
      {
        text: "Approve the removed device's new request right away (ids expire after 5 minutes):",
        command: 'openclaw devices approve <requestId>',
        recipe: 'approveById',
      },
    ];
    const heard = youSay(c, ['removed-cannot-re-pair']);
    return {
      summary: `${heard ? `${heard}: that` : 'That'} is how removal works. It deletes the device's pairing and its token, so the next connect is a first-time pairing that someone who still holds admin must approve; only a CLI on the gateway host itself, over loopback, is paired again silently.`,
      steps,
      notes: [buildNote(c)].filter((n): n is string => n !== undefined),
      notFixes: [pairingNotFixes.rotate, pairingNotFixes.restart],
    };
  },
  examples: {
    fires: [
      {
        thread: [
          {
            text: 'My laptop CLI only had operator.read. After I removed the device with openclaw devices remove it cannot pair again, it just says not connected to gateway. Gateway runs in Docker.',
          },
        ],
        expect: { stage: 'remove-repair', mentions: ['openclaw devices approve <requestId>', 'docker exec'] },
      },
    ],
    silent: [{ thread: [{ text: 'I removed the old phone from the device list, all good now.' }] }],
  },
});
