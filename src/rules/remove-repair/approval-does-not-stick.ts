import type { StatementKind } from '../../evidence/facts.ts';
import { isHostClient } from '../../openclaw/clients.ts';
import { docs } from '../../openclaw/docs.ts';
import { pairingNotFixes } from '../../openclaw/not-fixes.ts';
import type { FailingDevice } from '../../triage/case.ts';
import { defineRule, type Step } from '../../triage/rule.ts';
import { buildNote } from '../build-note.ts';
import { deviceName } from '../device-name.ts';
import { freshIdentityMove, identityNote, identityStore } from '../repairs.ts';
import { youSay } from '../said.ts';

const HEARD: readonly StatementKind[] = [
  'one-line-approve-failed',
  'approved-still-asks',
  'after-restart',
  'duplicate-devices',
  'request-id-churns',
];

/**
 * Approving does not hold: the asker already listed and approved in one go and it still churns, or
 * every approval is followed by the same request again (after a reboot, with the device list growing).
 * Then the paired record itself is stale (an old platform pin, a dead token, duplicates), and the
 * next approval will not hold either: remove the stale record and pair once (docs/openclaw-facts.md §12; the flow's
 * step 4). A remote request is never removed as stale here: the rule names the device to look for.
 */
export default defineRule<{ failing?: FailingDevice; host?: boolean }>({
  id: 'approval-does-not-stick',
  stage: 'remove-repair',
  priority: 660,
  title: 'Approving does not hold (the asker says so): remove the stale record and pair once',
  docs: [docs.devicesCli, docs.tokenDrift],
  match(c) {
    if (c.approveResults.some((r) => r.outcome === 'ok') && c.has('healthy-call')) return undefined;
    const triedOneLine = c.said('one-line-approve-failed') !== undefined;
    const keepsAsking =
      c.said('approved-still-asks') !== undefined && (c.said('after-restart') !== undefined || c.said('duplicate-devices') !== undefined);
    if (!triedOneLine && !keepsAsking) return undefined;
    const failing = c.failingDevice;
    const clients = c.all('setup').map((s) => s.client);
    const host = failing?.client ? isHostClient(failing.client) : clients.includes('host-call') ? true : undefined;
    return { failing, host };
  },
  advise(m, c) {
    const f = m.failing;
    const who = f ? `your ${deviceName(f.client, f.deviceId, f.deviceIdPrefix)}` : 'that device';
    const heard = youSay(c, HEARD);
    const oldId = f?.deviceId;
    const removeText = oldId
      ? `Remove its stale record (from the Control UI or another device that holds \`operator.admin\`; a narrow CLI cannot remove itself):`
      : 'Remove the stale record: the paired row for that device with the old details (old platform, fewer scopes, oldest `approvedAtMs`), from the Control UI or another device that holds `operator.admin`:';
    const steps: Step[] = [
      {
        text: 'On the gateway host (same user, no `--url`), list every entry for that device, paired and pending, with their ids:',
        command: 'openclaw devices list --json',
      },
      { text: removeText, command: `openclaw devices remove ${oldId ?? '<deviceId>'}`, recipe: 'removeOldRecord' },
    ];
    // The identity files exist only on file-store builds (docs/openclaw-facts.md §8.2): on 2026.8+ the move is not
    // offered, and with the build unknown the step says when it applies.
    const store = identityStore(c);
    if (m.host !== false && store !== 'sqlite') {
      const when =
        store === 'file'
          ? ''
          : ' (builds before 2026.8, where `~/.openclaw/identity/device.json` exists; newer builds keep it in `state/openclaw.sqlite`: ask here first)';
      steps.push({
        text: `If the stale record is this host's own CLI identity (\`clientId\` \`cli\` or \`gateway-client\`) and nothing else holds admin, give the CLI a fresh identity instead${when}, then make a full call such as \`openclaw devices list\` (not \`openclaw status\`):`,
        ...freshIdentityMove(c),
      });
    }
    if (m.host !== true) {
      steps.push({
        text: 'Pair the app or client once more (a fresh setup code if it uses one, since the old one is spent) and approve its single new request right after listing it:',
        command: 'openclaw devices approve <requestId>',
        recipe: 'approveById',
      });
    }
    const notes = [identityNote(c), buildNote(c)].filter((n): n is string => n !== undefined);
    return {
      summary: `${heard ? `${heard}, so the` : 'The'} pairing record of ${who} is stale, and approving the next request will not hold either. Remove the stale record and pair it once, cleanly.`,
      steps,
      notes,
      notFixes: [
        'Another approve of the newest id: the record it lands on is the stale one.',
        pairingNotFixes.rotate,
        ...(c.said('after-restart') ? [pairingNotFixes.restart] : []),
      ],
      asks: c.devicesList ? [] : ['openclaw devices list --json'],
    };
  },
  examples: {
    fires: [
      {
        name: 'tried the one-line list+approve already',
        thread: [
          {
            text: 'After moving the gateway to a new machine every connect asks to re-pair. approve always says unknown requestId. I scripted list+approve in one pipeline: same result. Dashboard is paired with admin.',
          },
        ],
        expect: { stage: 'remove-repair', mentions: ['openclaw devices remove <deviceId>', 'openclaw devices list --json'] },
      },
      {
        name: 'approval does not stick after a reboot',
        thread: [
          {
            text: 'After a reboot the tray app asks for pairing again. I approved it but it keeps asking, and the device list keeps growing with duplicate entries.',
          },
        ],
        expect: { stage: 'remove-repair', mentions: ['You say', 'openclaw devices approve <requestId>'] },
      },
    ],
    silent: [{ thread: [{ text: 'I approved the request and now it works, thanks!' }] }],
  },
});
