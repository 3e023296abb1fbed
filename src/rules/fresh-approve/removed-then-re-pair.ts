import type { CliResultFact } from '../../evidence/facts.ts';
import { docs } from '../../openclaw/docs.ts';
import { pairingNotFixes } from '../../openclaw/not-fixes.ts';
import { before } from '../../triage/case.ts';
import { defineRule } from '../../triage/rule.ts';
import { approveStep } from '../repairs.ts';

/** `Removed <deviceId>`: the next connect from that device is a first pairing, silent on loopback
 * (verified on 2026.4.14: remove-repair/), but a read-only probe first would pin it narrow again. */
export default defineRule<{ removed: CliResultFact }>({
  id: 'removed-then-re-pair',
  stage: 'fresh-approve',
  priority: 460,
  title: 'A device was removed: the next full call re-pairs it',
  docs: [docs.devicesCli],
  match(c) {
    const removed = c
      .all('cli-result')
      .filter((r) => r.command === 'remove' && r.outcome === 'ok')
      .at(-1);
    if (!removed) return undefined;
    const failure = c.lastPairingFailure;
    const healthyAfter = [...c.all('healthy-call'), ...c.all('devices-list')].some((f) => before(removed.at, f.at));
    if (healthyAfter || (failure && before(removed.at, failure))) return undefined;
    return { removed };
  },
  advise({ removed }, c) {
    return {
      summary: `\`${removed.deviceId ?? 'The device'}\` is removed. The next connect from it is a first pairing: on loopback the CLI is paired again silently with the scopes that call asks for.`,
      steps: [
        { text: 'Make the next call a full CLI call, so the new pairing gets the full CLI scopes:', command: 'openclaw devices list' },
        {
          text: 'Then retry what failed. If the device was not on this host (a browser, an app, another machine), approve its new request instead:',
        },
        approveStep(c.requestToApprove?.requestId),
      ],
      notFixes: [pairingNotFixes.statusFirst],
      asks: ['openclaw devices list --json'],
    };
  },
  examples: {
    fires: [{ thread: ['openclaw-2026.4.14/stale-baseline/remove.txt'], expect: { stage: 'fresh-approve', mentions: ['is removed'] } }],
    silent: [
      { thread: ['openclaw-2026.4.14/stale-baseline/remove.txt', 'openclaw-2026.4.14/stale-baseline/devices-list-after-remove.json'] },
    ],
  },
});
