import { machine } from '../../evidence/lookalike-signs.ts';
import { docs } from '../../openclaw/docs.ts';
import { ASK_VERSION, code, NOT_DEVICE_COMMANDS } from './lookalike/advice.ts';
import { fires, PAIRING_FIXTURE, silent } from './lookalike/examples.ts';
import { lookalikeRule } from './lookalike/rule.ts';

declare module '../../evidence/facts.ts' {
  interface LookalikeCauses {
    'slow-consumer': true;
  }
}

/** Reference §11.C7: the client stopped reading and the gateway's outbound buffer passed 50 MiB. */
export default lookalikeRule({
  id: 'slow-consumer',
  priority: 670,
  title: 'Gateway dropped a client that stopped reading (`slow consumer`)',
  docs: [docs.gatewayTroubleshooting],
  causes: ['slow-consumer'],
  phrases: [{ needle: 'slow consumer', guard: machine }],
  closeCauses: { 'outbound-buffer-exceeded': 'slow-consumer' },
  advise() {
    return {
      summary: `The gateway closed the connection because the client stopped reading and over 50 MiB piled up for it (${code('slow consumer')}); this is a client or network problem, not a pairing problem.`,
      steps: [
        { text: 'Reconnect the client (restart the app, reload the page, re-run the command).' },
        {
          text: 'If it repeats, check the network between client and gateway and whether the client machine is overloaded; watch the gateway log while it happens:',
          command: 'openclaw logs --follow',
        },
      ],
      notFixes: [NOT_DEVICE_COMMANDS, 'Changing tokens: authentication already succeeded.'],
      asks: [ASK_VERSION],
    };
  },
  examples: {
    fires: [fires('close', ['gateway closed (1008): slow consumer'], ['50 MiB'])],
    silent: [silent('pairing', [PAIRING_FIXTURE])],
  },
});
