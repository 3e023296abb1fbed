import { docs } from '../../openclaw/docs.ts';
import { defineRule, type Step } from '../../triage/rule.ts';
import { describedClients, gatewayWrapper, wrapCommand } from '../wrappers.ts';

/**
 * A client (a Mac app, a Windows tray, a phone app, someone else's client) that makes a new device
 * identity on every start or connect: each approval is for a device that never connects again, so
 * approving, even in one breath, cannot stick and the pending list fills with dead rows. The fix is
 * the client's build (or whatever wipes its stored key), then one approval and a clean-up.
 */
export default defineRule<{ app: string }>({
  id: 'client-identity-not-kept',
  stage: 'version-check',
  priority: 880,
  title: 'The client makes a new device identity every time: update it, then approve once and clean up',
  docs: [docs.devicesCli, docs.updating],
  match(c) {
    if (!c.all('setup').some((f) => f.newIdentityEachStart)) return undefined;
    const clients = describedClients(c);
    const app = clients.includes('desktop-app')
      ? 'desktop app'
      : clients.includes('mobile-app')
        ? 'phone app'
        : clients.includes('third-party')
          ? 'client'
          : clients.includes('node-host')
            ? 'node'
            : 'client';
    return { app };
  },
  advise({ app }, c) {
    const w = gatewayWrapper(c);
    const steps: Step[] = [
      {
        text: `Update the ${app} to a build that keeps its device identity between starts (its own updater or download), and check that nothing (a cleanup tool, antivirus, a roaming profile) wipes the folder where it stores its device key.`,
      },
      {
        // Not `devices clear`: it unpairs every paired device, and `--pending` only rejects the
        // requests as well (docs/openclaw-facts.md §3.1).
        text: 'Then reject the stale requests it left, one per dead row of the list (by request id):',
        command: wrapCommand(w, 'openclaw devices reject <requestId>'),
      },
      {
        text: `Reconnect the ${app} once, list, and approve its one current request:`,
        command: wrapCommand(w, 'openclaw devices list --json'),
      },
      {
        text: 'Approve that request by its request id; remove the dead paired rows it left with `openclaw devices remove <deviceId>` (the rows of that app that never connect again):',
        command: wrapCommand(w, 'openclaw devices approve <requestId>'),
      },
    ];
    return {
      summary: `Your ${app} presents a new device identity every time it starts or connects, so each approval is for a device that never comes back: approving faster cannot fix it. The fix is a ${app} build that keeps its identity; then approve once.`,
      steps,
      notFixes: [
        'Approving again, or a list+approve loop: the next start brings yet another identity.',
        'Restarting the gateway: the new identities come from the app, not the gateway.',
        '`openclaw devices clear`: it unpairs every paired device (`--pending` rejects the requests as well, it does not narrow it).',
      ],
      asks: ['openclaw --version', wrapCommand(w, 'openclaw devices list --json')],
    };
  },
  aside({ app }) {
    return `Your ${app} seems to make a new device identity on every start: until its build keeps one, every approval is lost at the next start.`;
  },
  examples: {
    fires: [
      {
        thread: [
          {
            text: 'The Mac app creates a new deviceId on every launch, so the pending list keeps growing and pairing required never goes away.',
          },
        ],
        expect: { stage: 'version-check', mentions: ['identity', 'openclaw devices reject <requestId>'], absent: ['devices clear --yes'] },
      },
      {
        name: 'Chinese',
        thread: [{ text: 'Windows 托盘程序每次重启都会生成新的设备 ID，又要重新配对 pairing required' }],
        expect: { stage: 'version-check', mentions: ['identity'] },
      },
    ],
    silent: [{ thread: [{ text: 'the app asks for approval once after install: pairing required' }] }],
  },
});
