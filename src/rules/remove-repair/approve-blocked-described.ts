import { docs } from '../../openclaw/docs.ts';
import { defineRule, type Step } from '../../triage/rule.ts';
import { buildNote } from '../build-note.ts';
import { freshIdentityMove, identityNote } from '../repairs.ts';
import { youSay } from '../said.ts';

/**
 * The asker says `devices approve` itself dies with the pairing error (`scope upgrade pending
 * approval`, `pairing required`) or that approve/reject need a scope the CLI lacks: the CLI they
 * approve with is the narrow device, so nothing on this host can approve, its own request included
 * (docs/openclaw-facts.md §11.E; §12: remove/clear/reject fail the same way while narrow). A fresh CLI identity
 * pairs silently on loopback with the full CLI scopes and can then approve the rest.
 */
export default defineRule<true>({
  id: 'approve-blocked-described',
  stage: 'remove-repair',
  priority: 680,
  title: 'Approve itself fails with the pairing error (the asker says so): re-pair the CLI, then approve',
  docs: [docs.devicesCli, docs.tokenDrift],
  match(c) {
    if (!c.said('approve-blocked')) return undefined;
    // A pasted answer to approve is read by the rules for pasted evidence.
    if (c.approveResults.length > 0) return undefined;
    return true;
  },
  advise(_m, c) {
    const heard = youSay(c, ['approve-blocked']);
    const where = c.platforms.includes('docker') ? ' (inside the gateway container: `docker exec -it <container> sh`)' : '';
    const steps: Step[] = [
      {
        text: `On the gateway host${where}, as the same user, move the CLI's device identity aside so it gets a new one:`,
        ...freshIdentityMove(c),
      },
      {
        text: 'Make the first call a full CLI call: on loopback the new identity is paired silently with the full CLI scopes (not `openclaw status`, whose probe pairs read-only):',
        command: 'openclaw devices list --json',
      },
      {
        text: 'Now approve what was waiting (a browser, an app) right away, by the requestId that list shows:',
        command: 'openclaw devices approve <requestId>',
        recipe: 'approveById',
      },
      {
        text: 'Then tidy up the old narrow CLI record, the paired row with the old `deviceId` and fewer scopes:',
        command: 'openclaw devices remove <old deviceId>',
        recipe: 'removeOldRecord',
      },
    ];
    return {
      summary: `${heard ? `${heard}: that is because the` : 'The'} CLI you approve with is itself paired too narrow, so its own connect needs the upgrade and it can approve nothing, not even its own request. If a Control UI or another device already holds \`operator.admin\`, approve from there; otherwise re-pair the CLI first.`,
      steps,
      notes: [identityNote(c), buildNote(c)].filter((n): n is string => n !== undefined),
      notFixes: [
        '`openclaw devices remove`/`clear`/`reject` from this same narrow CLI: they fail with the same pairing error.',
        '`openclaw devices rotate`: a token can never get more scopes than the approved baseline.',
      ],
    };
  },
  examples: {
    fires: [
      {
        name: 'approve inside the container dies with the pairing error',
        thread: [
          {
            text: 'Docker on my NAS. The browser says device pairing required. Running openclaw devices approve inside the container fails with: scope upgrade pending approval. So I cannot approve anything.',
          },
        ],
        expect: {
          stage: 'remove-repair',
          mentions: ['device.json', 'You say approve itself fails', 'openclaw devices approve <requestId>'],
        },
      },
    ],
    silent: [{ thread: [{ text: 'openclaw devices approve worked, thanks' }] }],
  },
});
