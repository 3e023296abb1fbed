import { docs } from '../../openclaw/docs.ts';
import type { Case } from '../../triage/case.ts';
import { defineRule } from '../../triage/rule.ts';
import { gatewayWrapper, upgradeStep, whereStep, wrapCommand } from '../wrappers.ts';

interface Match {
  name: string;
  current: string;
  fixed: string;
}

function parts(v: string): number[] {
  return v.split('.').map(Number);
}

function older(a: string, b: string): boolean {
  const [x, y] = [parts(a), parts(b)];
  for (let i = 0; i < 3; i++) if ((x[i] ?? 0) !== (y[i] ?? 0)) return (x[i] ?? 0) < (y[i] ?? 0);
  return false;
}

/** The asker's wrapper is older than the wrapper release they say carries the fix. */
export function wrapperLagsFix(c: Case): Match | undefined {
  const facts = c.all('setup');
  const own = facts.filter((f) => f.wrapperVersion).at(-1);
  const fix = facts.filter((f) => f.fixedInVersion).at(-1);
  if (!own?.wrapperVersion || !fix?.fixedInVersion || !own.name) return undefined;
  return older(own.wrapperVersion, fix.fixedInVersion)
    ? { name: own.name, current: own.wrapperVersion, fixed: fix.fixedInVersion }
    : undefined;
}

/**
 * A wrapper (NemoClaw, a desktop bundle, a tray app) numbers its own releases and pins the OpenClaw
 * build inside it. When the asker says the fix is in a wrapper release newer than theirs, moving the
 * wrapper is the fix; the release claim is theirs, so the reply says so rather than vouching for it.
 */
export default defineRule<Match>({
  id: 'wrapper-build-lags',
  stage: 'version-check',
  priority: 860,
  title: 'The wrapper is older than the release that has the fix: update the wrapper',
  docs: [docs.devicesCli, docs.updating],
  match(c) {
    if (!c.hasPairingSignal && !c.all('setup').some((f) => f.awaitingApproval)) return undefined;
    return wrapperLagsFix(c);
  },
  advise({ name, current, fixed }, c) {
    const w = gatewayWrapper(c);
    const upgrade = upgradeStep(w, 'a newer OpenClaw');
    const where = whereStep(w);
    return {
      summary: `You are on ${name} ${current}, and by your account the pairing fix is in ${name} ${fixed}: move ${name} to ${fixed} or newer first (I can't check ${name}'s own releases; the OpenClaw build inside comes with it).`,
      steps: [
        {
          text: `Update ${name} to ${fixed} or newer with its own installer or updater; it pins the OpenClaw build inside, so an update run inside it does not stick.${w.kind === 'host' || upgrade.text.includes(name) ? '' : ` (${upgrade.text})`}`,
        },
        ...(where?.command ? [where] : []),
        {
          text: 'Meanwhile, the waiting device can be approved by hand where the gateway runs (list, then approve its newest request at once: ids change on every retry):',
          command: wrapCommand(w, 'openclaw devices list --json'),
        },
        { text: 'Approve it right after listing:', command: wrapCommand(w, 'openclaw devices approve <requestId>') },
      ],
      asks: [wrapCommand(w, 'openclaw devices list --json')],
    };
  },
  aside({ name, current, fixed }) {
    return `You say the fix is in ${name} ${fixed}; you are on ${current}: update ${name} so this stops coming back.`;
  },
  examples: {
    fires: [
      {
        thread: [
          { text: 'Our image ships NemoClaw v0.1.2 and the dashboard loops on pairing required; upstream says it was fixed in v0.1.5.' },
        ],
        expect: {
          stage: 'version-check',
          mentions: ['NemoClaw to 0.1.5 or newer', 'nemoclaw <sandbox> connect'],
          absent: ['openclaw update'],
        },
      },
    ],
    silent: [{ thread: [{ text: 'NemoClaw v0.2.0 here, the dashboard says pairing required; someone said it was fixed in v0.1.5' }] }],
  },
});
