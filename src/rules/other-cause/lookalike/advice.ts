/** Advice lines several look-alike rules give in the same words. */
import type { Case } from '../../../triage/case.ts';
import type { Step } from '../../../triage/rule.ts';
import { gatewayWrapper } from '../../wrappers.ts';

/** Every look-alike reply says this: the pairing commands are the wrong tool here. */
export const NOT_DEVICE_COMMANDS =
  'Approving, removing or clearing devices: no pairing request is behind this error, and removing a device only adds a real pairing problem on top.';

export const ASK_VERSION = 'openclaw --version';

export const ASK_AUTH_MODE = 'openclaw config get gateway.auth.mode';

export const RETRY_HEALTH: Step = { text: 'Retry a simple gateway call to confirm:', command: 'openclaw gateway call health' };

export function code(s: string): string {
  return `\`${s}\``;
}

/**
 * "Update the older side" as the asker can do it: `openclaw update` only for a plain install; a
 * gateway in a container, template, sandbox or bundle moves with its wrapper (an update inside it is
 * lost on the next recreate), and a third-party client updates itself.
 */
export function updateOlderSideStep(c: Case): Step {
  const client = c
    .all('setup')
    .filter((f) => f.name && f.client === 'third-party')
    .at(-1)?.name;
  if (client)
    return {
      text: `Update ${client} (its own updater or releases page) to a release made for your gateway's version, or the gateway if it is the older side.`,
    };
  const w = gatewayWrapper(c);
  if (w.kind === 'host') return { text: 'Update the older side so both run the same release:', command: 'openclaw update' };
  return {
    text: `Update the older side so both run the same release: the gateway through ${w.kind === 'desktop-bundle' ? `${w.name ?? 'the bundle'}'s own updater` : w.kind === 'nemoclaw' ? 'a NemoClaw update' : 'a newer image or redeploy'} (an update run inside it is lost on the next recreate), a client app through its own updater.`,
  };
}
