import { fixed } from '../../evidence/lookalike-signs.ts';
import { docs } from '../../openclaw/docs.ts';
import { ASK_VERSION, code, NOT_DEVICE_COMMANDS, updateOlderSideStep } from './lookalike/advice.ts';
import { fires, PAIRING_FIXTURE, silent } from './lookalike/examples.ts';
import { lookalikeRule } from './lookalike/rule.ts';

declare module '../../evidence/facts.ts' {
  interface LookalikeCauses {
    'unauthorized-role': true;
  }
}

/** Reference §11.D4/C6: a method called with the wrong role (node vs operator); >10 in a row closes 1008. */
export default lookalikeRule({
  id: 'unauthorized-role',
  priority: 720,
  title: 'A method was called with the wrong role (`unauthorized role: …` / `repeated unauthorized calls`)',
  docs: [docs.protocol, docs.operatorScopes],
  causes: ['unauthorized-role'],
  phrases: [
    {
      needle: 'unauthorized role:',
      detail: (x) => /^\s*([a-z0-9._-]{1,40})/.exec(x.low.slice(x.col + x.needle.length, x.col + x.needle.length + 48))?.[1],
    },
    { needle: 'repeated unauthorized calls', detail: fixed('repeated unauthorized calls') },
  ],
  closeCauses: { 'repeated-unauthorized-requests': 'unauthorized-role' },
  advise(m, c) {
    const repeated = m.fact.detail === 'repeated unauthorized calls';
    const role = repeated ? undefined : m.fact.detail;
    return {
      summary: repeated
        ? `The gateway closed the connection after more than 10 calls its role may not make (${code('repeated unauthorized calls')}); this is a client using the wrong role, not a pairing problem.`
        : `The gateway refused a method for this connection's role (${code(`unauthorized role: ${role ?? '…'}`)}): a node connection called an operator method, or the other way round. Not a pairing problem.`,
      steps: [
        { text: 'Use an operator client (the CLI, the Control UI) for operator methods, and the node host for node methods.' },
        {
          text: "If it comes from OpenClaw's own clients, the client and gateway are probably different releases: compare them on both sides:",
          command: ASK_VERSION,
        },
        updateOlderSideStep(c),
      ],
      notFixes: [NOT_DEVICE_COMMANDS, 'Adding scopes: roles and scopes are different checks.'],
      asks: [ASK_VERSION],
    };
  },
  examples: {
    fires: [
      fires('rpc error', ['[openclaw] Reason: unauthorized role: node'], ['operator']),
      fires('close', ['gateway closed (1008): repeated unauthorized calls'], ['wrong role']),
    ],
    silent: [silent('pairing', [PAIRING_FIXTURE])],
  },
});
