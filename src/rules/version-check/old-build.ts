import { docs } from '../../openclaw/docs.ts';
import type { BuildInfo } from '../../triage/build.ts';
import { defineRule } from '../../triage/rule.ts';
import { upgradeSentence } from '../device-name.ts';
import { approveStep, listStep } from '../repairs.ts';
import { gatewayWrapper, upgradeStep, wrapCommand } from '../wrappers.ts';

/** Before 2026.3.28: the 2026.2.x scope-upgrade loops (docs/openclaw-facts.md §5.2); nothing here was verified on them. */
export default defineRule<{ build: BuildInfo }>({
  id: 'old-build',
  stage: 'version-check',
  priority: 480,
  title: 'The build predates 2026.3.28: upgrade first',
  docs: [docs.updating, docs.devicesCli],
  match(c) {
    const build = c.build;
    return build?.era === 'before-3.28' && c.hasPairingSignal ? { build } : undefined;
  },
  advise({ build }, c) {
    const w = gatewayWrapper(c);
    const list = listStep('If it still fails afterwards, list the pending requests:');
    list.command = wrapCommand(w, list.command!);
    const approve = approveStep(undefined);
    approve.command = wrapCommand(w, approve.command!);
    return {
      summary: `${upgradeSentence(c.failingDevice)}. OpenClaw ${build.version.raw} is older than the builds this advice was checked on, and its 2026.2.x-era pairing had several scope-upgrade loops since fixed: upgrade first.`,
      steps: [upgradeStep(w, '2026.4.25'), list, approve],
      asks: ['openclaw --version', 'openclaw devices list --json'],
    };
  },
  aside(m) {
    // Beside an approval (a new browser, app or node) the upgrade is worth doing but does not replace it.
    return `OpenClaw ${m.build.version.raw} is older than 2026.3.28 and had several pairing loops since fixed: upgrade it too, once this works.`;
  },
  examples: {
    fires: [
      {
        thread: [{ text: 'OpenClaw 2026.2.21-2\ngateway closed (1008): pairing required' }],
        expect: { stage: 'version-check', mentions: ['upgrade first', 'openclaw update'] },
      },
      {
        name: 'in a container the upgrade is a newer image',
        thread: [{ text: 'running it with docker compose\nOpenClaw 2026.2.19-2\nsessions_spawn: gateway closed (1008): pairing required' }],
        expect: {
          stage: 'version-check',
          mentions: ['docker compose pull', 'docker compose exec openclaw-gateway openclaw devices list --json'],
          absent: ['openclaw update'],
        },
      },
    ],
    silent: [{ thread: [{ text: 'OpenClaw 2026.2.21-2\nworks fine' }] }],
  },
});
