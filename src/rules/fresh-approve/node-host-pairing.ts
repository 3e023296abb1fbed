import { isHostClient } from '../../openclaw/clients.ts';
import { docs } from '../../openclaw/docs.ts';
import { buildHas } from '../../triage/build.ts';
import type { Case } from '../../triage/case.ts';
import { defineRule, type Step } from '../../triage/rule.ts';
import { approveStep, listStep } from '../repairs.ts';
import { describedClients, gatewayWrapper, saysAwaitingApproval, whereStep, wrapCommand } from '../wrappers.ts';

/** 2026.7.1 (#98115) points node re-approvals to `openclaw nodes approve`, and 9.6's device list
 * warns `Node approval pending … Run openclaw nodes approve` (docs/openclaw-facts.md §2.2, §5.2). */
const NODE_LAYER = { version: '2026.7.1', pr: '#98115' };

interface Match {
  /** The asker describes the node layer's own prompt or list (`Allow node to connect?`, a request in
   * `nodes pending`), not only a device-pairing failure. */
  nodeLayer: boolean;
  /** The build has the node-layer approvals (true), lacks them (false), or is unknown. */
  newer?: boolean;
}

function nodeLayerSaid(c: Case): boolean {
  return c.all('setup').some((f) => f.client === 'node-host' && f.name !== undefined && /Allow node|node\.pair/.test(f.name));
}

/**
 * A node host or a node-role app (phone, Mac or Windows companion) asking to be paired. Its
 * WebSocket connect goes through device pairing with role `node`, so the request waits in
 * `openclaw devices list`, while `openclaw nodes pending` reads the separate node store and is
 * empty for it: a common dead end (issue 6 §3). Newer builds add a node-layer approval on top.
 */
export default defineRule<Match>({
  id: 'node-host-pairing',
  stage: 'fresh-approve',
  priority: 380,
  title: 'A node host (or node-role app) waits for its pairing approval in the device list',
  docs: [docs.devicesCli, docs.nodesCli, docs.gatewayPairing],
  match(c) {
    if (!c.hasPairingSignal && !saysAwaitingApproval(c)) return undefined;
    if (c.all('setup').some((f) => f.newIdentityEachStart)) return undefined;
    const clients = describedClients(c);
    const failing = c.failingDevice;
    const nodeRole = failing?.roleTo === 'node' || failing?.client === 'node-host';
    if (!nodeRole && !clients.includes('node-host')) return undefined;
    // The host's own CLI widening its operator scopes is the scope-upgrade flow, not a node.
    if (!nodeRole && failing && failing.reason === 'scope-upgrade' && isHostClient(failing.client)) return undefined;
    if (c.has('other-pairing')) return undefined;
    const b = c.build;
    return { nodeLayer: nodeLayerSaid(c), newer: b ? buildHas(b.version, NODE_LAYER) : undefined };
  },
  advise({ nodeLayer, newer }, c) {
    const w = gatewayWrapper(c);
    const where = whereStep(w);
    const steps: Step[] = [];
    if (where?.command) steps.push(where);
    const place = where && !where.command ? `${where.text} ` : 'On the gateway host, ';
    const live = c.requestToApprove?.requestId;
    if (nodeLayer) {
      // The node is paired as a device and asks again at the node layer: that list first.
      steps.push({ text: `${place}list the node-layer requests while the prompt is showing:`, command: 'openclaw nodes pending --json' });
      steps.push({ text: 'Allow the prompt, or approve that request by its id:', command: 'openclaw nodes approve <requestId>' });
      steps.push({
        text: 'If `openclaw devices list` also shows a pending row with role `node` for it, approve that too with `openclaw devices approve <requestId>` (its own id).',
      });
    } else {
      if (!live)
        steps.push(listStep(`${place}list the device requests while the node keeps trying to connect (the node's row has role \`node\`):`));
      steps.push(
        approveStep(
          live,
          live
            ? undefined
            : "Approve the node's newest row by its request id (not its device id), right after listing: ids expire after 5 minutes and change on retries:",
        ),
      );
      if (newer !== false) {
        steps.push({
          text: `On ${NODE_LAYER.version} and newer (${NODE_LAYER.pr}) a node can also need approval at the node layer: if \`openclaw devices list\` then says \`Node approval pending … Run openclaw nodes approve <requestId>\`, run that too:`,
          command: 'openclaw nodes approve <requestId>',
        });
      }
    }
    for (const s of steps) if (s.command?.startsWith('openclaw ')) s.command = wrapCommand(w, s.command);
    steps.push({ text: 'Then restart the node host (or reconnect the app): it connects once approved.' });
    const notes: string[] = [];
    const b = c.build;
    if (b && !buildHas(b.version, { version: '2026.4.20' })) {
      notes.push(
        'A node on the gateway host itself stops needing this on newer builds (2026.4.2 #59092 allows silent local role upgrades, 2026.4.20 #69431 treats a loopback node host as local); a node on another machine always needs one approval.',
      );
    }
    return {
      summary: nodeLayer
        ? 'Your node is asking to be approved at the node layer (`openclaw nodes`), besides its device pairing.'
        : 'Your node is asking to be paired: its connect is a *device* pairing request with role `node`, so it waits in `openclaw devices list` on the gateway, and `openclaw nodes pending` (a separate node list) can be empty meanwhile.',
      steps,
      notes,
      notFixes: [
        '`openclaw nodes approve` with an id from `openclaw devices list`: the two lists have their own ids, so it answers `unknown requestId`.',
        '`openclaw devices rotate --role node`: a token cannot get a role the pairing was never approved for.',
        'Editing `paired.json` by hand: the gateway owns it and rewrites it.',
      ],
      safety: [
        'Approving lets that machine run what agents ask of it: approve only nodes you set up yourself, and check the IP in the list.',
      ],
      asks: live ? [] : [wrapCommand(w, 'openclaw devices list --json')],
    };
  },
  examples: {
    fires: [
      {
        name: 'a remote node host, nodes pending empty',
        thread: [
          {
            text: 'OpenClaw 2026.3.2\nran `openclaw node run --host 10.1.2.3` on my laptop, gateway says pairing required but `openclaw nodes pending` is empty',
          },
        ],
        expect: {
          stage: 'fresh-approve',
          mentions: ['openclaw devices list --json', 'openclaw devices approve <requestId>', '2026.4.20'],
          absent: ['openclaw nodes approve <requestId>'],
        },
      },
      {
        name: 'Chinese: a node waiting for approval on an unknown build',
        thread: [{ text: '[node] 等待配对审批\n节点一直连不上' }],
        expect: { stage: 'fresh-approve', mentions: ['openclaw devices approve <requestId>', 'openclaw nodes approve <requestId>'] },
      },
    ],
    silent: [
      { thread: [{ text: 'OpenClaw 2026.4.14\nsessions_spawn: gateway closed (1008): pairing required' }] },
      {
        name: 'a node invoke has its own rule',
        thread: [{ text: 'pairing required before node invoke. Approve pairing request fff8376c-ce6e-4352-8a6b-298f8e8c4c35 and retry.' }],
      },
    ],
  },
});
