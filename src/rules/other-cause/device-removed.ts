import { machine } from '../../evidence/lookalike-signs.ts';
import { docs } from '../../openclaw/docs.ts';
import { ASK_VERSION, code } from './lookalike/advice.ts';
import { fires, PAIRING_FIXTURE, silent } from './lookalike/examples.ts';
import { lookalikeRule } from './lookalike/rule.ts';

declare module '../../evidence/facts.ts' {
  interface LookalikeCauses {
    'device-removed': true;
  }
}

/**
 * Reference §11.C2: the device was removed (or its token revoked) while connected; 4001. Here a new
 * pairing is the honest fix: the next connect becomes a real `pairing required` (not-paired). The
 * reply lists pending requests and asks for the list rather than naming an id it cannot know yet.
 */
export default lookalikeRule({
  id: 'device-removed',
  priority: 760,
  title: 'This device was removed from the gateway while connected (4001 `device removed`)',
  docs: [docs.devicesCli, docs.gatewayPairing],
  causes: ['device-removed'],
  phrases: [{ needle: 'device removed', guard: machine }],
  advise() {
    return {
      summary: `This device was removed from the gateway's paired devices (4001 ${code('device removed')}), so its connection was closed; its next connect will be a new pairing request.`,
      steps: [
        {
          text: 'Reconnect the client once (retry the command, reload the app or page). It will fail with `pairing required` and leave a new pending request on the gateway.',
        },
        { text: 'On the gateway host, list the pending requests:', command: 'openclaw devices list' },
        { text: 'Paste that list here: I will point at the request from this device. Approve only a request you recognise.' },
      ],
      notFixes: [
        'Removing the device again or clearing the pairing table: it is already removed.',
        'Changing the gateway token: the device record is what is gone.',
      ],
      asks: [ASK_VERSION, 'openclaw devices list --json'],
      safety: [
        'If you did not remove this device yourself, someone with pairing rights on the gateway did: check who before approving it again.',
      ],
    };
  },
  examples: {
    fires: [fires('4001 close', ['gateway disconnected: 4001 device removed'], ['openclaw devices list', 'new pairing request'])],
    silent: [
      silent('pairing log line is not the close', [
        {
          text: '2026-04-05T10:00:00.000Z [gateway] device pairing removed device=a2db8970aba2b534c3ff841ad0f625450251c90e83de730f916a0d9aea153d60',
        },
      ]),
      silent('prose', [{ text: 'I think my device removed itself?' }]),
      silent('pairing', [PAIRING_FIXTURE]),
    ],
  },
});
