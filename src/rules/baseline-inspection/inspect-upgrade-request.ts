import { docs } from '../../openclaw/docs.ts';
import { pairingNotFixes } from '../../openclaw/not-fixes.ts';
import type { FailingDevice } from '../../triage/case.ts';
import { defineRule } from '../../triage/rule.ts';
import { upgradeSentence } from '../device-name.ts';
import { approveStep, listStep } from '../repairs.ts';
import { statementNotes } from '../said.ts';

/** An upgrade is visible (audit line, close reason, narrow paired record) but no request id is:
 * ask for the list that holds it, and the version that decides the rest. */
export default defineRule<{ failing?: FailingDevice; described?: boolean }>({
  id: 'inspect-upgrade-request',
  stage: 'baseline-inspection',
  priority: 480,
  title: 'An upgrade request is visible but not its request id: ask for the device list',
  docs: [docs.devicesCli, docs.operatorScopes],
  match(c) {
    const failing = c.failingDevice;
    const upgradeClose =
      c.all('closed-before-connect').some((f) => f.pairingReason === 'scope-upgrade' || f.pairingReason === 'role-upgrade') ||
      c.all('gateway-closed').some((f) => f.pairing?.reason === 'scope-upgrade' || f.pairing?.reason === 'role-upgrade') ||
      c.all('connect-failed').some((f) => f.pairing?.reason === 'scope-upgrade' || f.pairing?.reason === 'role-upgrade');
    if (failing || upgradeClose) {
      // A paraphrased audit line often names the scopes in words ("from operator.read to operator.admin").
      const said = c.said('scope-upgrade-described');
      if (failing && said && !failing.scopesTo)
        return { failing: { ...failing, scopesFrom: failing.scopesFrom ?? said.scopesFrom, scopesTo: said.scopesTo } };
      return { failing };
    }
    // Described, not pasted: "the scope upgrade still requires approval", "from operator.read to operator.admin".
    const said = c.said('scope-upgrade-described');
    if (!said) return undefined;
    return { failing: { reason: 'scope-upgrade', scopesFrom: said.scopesFrom, scopesTo: said.scopesTo, at: said.at }, described: true };
  },
  advise({ failing, described }, c) {
    const asks = c.build ? ['openclaw devices list --json'] : ['openclaw --version', 'openclaw devices list --json'];
    const sentence = upgradeSentence(failing);
    return {
      summary: `${described ? `You describe a scope upgrade rather than paste it: ${sentence.charAt(0).toLowerCase()}${sentence.slice(1)}` : sentence}. The gateway is holding a pending request for it: I need its id to give you the exact command.`,
      steps: [
        ...(c.build
          ? []
          : [{ text: 'Which build is this? Some builds need an upgrade rather than an approval:', command: 'openclaw --version' }]),
        listStep('On the gateway host (same user, no `--url`), list the pending requests and paste the output here:'),
        approveStep(
          undefined,
          'Or approve it yourself right away: the entry whose `deviceId` matches the failing device, with `isRepair: true`:',
        ),
      ],
      notes: [
        ...statementNotes(c),
        ...(c.has('closed-before-connect')
          ? ['Never take a requestId from a `closed before connect … reason=` line: it is cut at 120 bytes.']
          : []),
      ],
      notFixes:
        c.config('gateway.controlUi.allowInsecureAuth') !== undefined ||
        c.config('gateway.controlUi.dangerouslyDisableDeviceAuth') !== undefined
          ? [pairingNotFixes.insecureAuth]
          : [],
      asks,
    };
  },
  examples: {
    fires: [
      {
        thread: [
          {
            text: '17:42:10 [gateway] security audit: device access upgrade requested reason=scope-upgrade device=a2db8970aba2b534c3ff841ad0f625450251c90e83de730f916a0d9aea153d60 ip=unknown-ip auth=token roleFrom=operator roleTo=operator scopesFrom=operator.read scopesTo=operator.admin client=cli conn=6faf72c8-34a2-4149-ae2b-3436fd1c83a0',
          },
        ],
        expect: { stage: 'baseline-inspection', mentions: ['openclaw --version', 'openclaw devices list --json'] },
      },
    ],
    silent: [{ thread: [{ text: 'gateway closed (1008): pairing required' }] }],
  },
});
