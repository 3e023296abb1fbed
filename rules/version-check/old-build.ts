import { defineRule } from '../../src/triage/rule.ts';
import type { BuildInfo } from '../../src/triage/build.ts';
import { docs } from '../docs.ts';
import { approveStep, listStep } from '../repairs.ts';
import { upgradeSentence } from '../common.ts';

/** Before 2026.3.28: the 2026.2.x scope-upgrade loops (reference §5.2); nothing here was verified on them. */
export default defineRule<{ build: BuildInfo }>({
  id: 'old-build',
  stage: 'version-check',
  title: 'The build predates 2026.3.28: upgrade first',
  docs: [docs.updating, docs.devicesCli],
  match(c) {
    const build = c.build;
    return build?.era === 'before-3.28' && c.hasPairingSignal ? { build } : undefined;
  },
  advise({ build }, c) {
    return {
      summary: `${upgradeSentence(c.failingDevice)}. OpenClaw ${build.version.raw} is older than the builds this advice was checked on, and its 2026.2.x-era pairing had several scope-upgrade loops since fixed: upgrade first.`,
      steps: [
        { text: 'Upgrade OpenClaw to 2026.4.25 or newer:', command: 'openclaw update' },
        listStep('If it still fails afterwards, list the pending requests:'),
        approveStep(undefined),
      ],
      asks: ['openclaw --version', 'openclaw devices list --json'],
    };
  },
  aside(m) {
    return `OpenClaw ${m.build.version.raw} is older than 2026.3.28: upgrading is the first fix.`;
  },
  examples: {
    fires: [{ thread: [{ text: 'OpenClaw 2026.2.21-2\ngateway closed (1008): pairing required' }], expect: { stage: 'version-check', mentions: ['upgrade first'] } }],
    silent: [{ thread: [{ text: 'OpenClaw 2026.2.21-2\nworks fine' }] }],
  },
});
