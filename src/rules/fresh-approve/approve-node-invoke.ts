import type { OtherPairingFact } from '../../evidence/facts.ts';
import { docs } from '../../openclaw/docs.ts';
import { defineRule } from '../../triage/rule.ts';

/** A node invoke waiting for the node's pairing (docs/openclaw-facts.md §1.8): approved as a node, not a device. */
export default defineRule<{ fact: OtherPairingFact }>({
  id: 'approve-node-invoke',
  stage: 'fresh-approve',
  priority: 360,
  title: 'A node invoke waits for the node to be approved',
  docs: [docs.nodesCli, docs.gatewayPairing, docs.nodesTroubleshooting],
  match(c) {
    const fact = c
      .all('other-pairing')
      .filter((f) => f.what === 'node-invoke')
      .at(-1);
    return fact ? { fact } : undefined;
  },
  advise({ fact }) {
    return {
      summary: `The agent tried to use a node that is not approved yet: the gateway is holding its pairing request${fact.requestId ? ` \`${fact.requestId}\`` : ''}, and the invoke runs once it is approved.`,
      steps: [
        {
          text: 'On the gateway host, approve the node (nodes have their own pairing commands):',
          command: `openclaw nodes approve ${fact.requestId ?? '<requestId>'}`,
        },
        { text: 'Then let the agent retry the invoke.' },
      ],
      notes: [
        'If your build answers that it knows no such node request, the id is a device request instead: `openclaw devices approve` with the same id (the pending list shows which: `openclaw nodes pending` / `openclaw devices list`).',
      ],
      safety: ['Approving lets that machine run what the agent asks of it: approve only nodes you set up yourself.'],
      asks: ['openclaw --version'],
    };
  },
  examples: {
    fires: [
      {
        thread: [
          {
            text: 'agent tried to use my macbook node and got:\npairing required before node invoke. Approve pairing request fff8376c-ce6e-4352-8a6b-298f8e8c4c35 and retry.\n',
          },
        ],
        expect: { stage: 'fresh-approve', mentions: ['openclaw nodes approve fff8376c-ce6e-4352-8a6b-298f8e8c4c35'] },
      },
    ],
    silent: [{ thread: ['seeds/000-5-devices-list.txt'] }],
  },
});
