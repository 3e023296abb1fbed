import { docs } from '../../openclaw/docs.ts';
import { releases } from '../../openclaw/releases.ts';
import type { BuildInfo } from '../../triage/build.ts';
import { defineRule } from '../../triage/rule.ts';
import { upgradeSentence } from '../device-name.ts';
import { approveStep, listStep } from '../repairs.ts';

export default defineRule<{ build: BuildInfo }>({
  id: 'newer-than-known',
  stage: 'version-check',
  priority: 400,
  title: 'The build is newer than the release knowledge covers: say so rather than guess',
  docs: [docs.devicesCli, docs.changelog],
  match(c) {
    const build = c.build;
    return build?.era === 'newer-than-known' && c.lastPairingFailure ? { build } : undefined;
  },
  advise({ build }, c) {
    return {
      summary: `${upgradeSentence(c.failingDevice)}. You are on ${build.version.raw}, newer than the newest release I know (${releases.newestKnown.version}), so I can't tell whether this build treats it differently: here is what works on the builds I know.`,
      steps: [listStep(), approveStep(undefined)],
      notes: [
        'Check the release notes of your build for pairing changes, and paste `openclaw devices list --json` if the approve does not stick.',
      ],
      asks: ['openclaw devices list --json'],
    };
  },
  aside(m) {
    return `You are on ${m.build.version.raw}, newer than the newest release I know (${releases.newestKnown.version}): check its release notes too.`;
  },
  examples: {
    fires: [
      {
        thread: [{ text: 'OpenClaw 2026.11.3 (abc1234)\ngateway closed (1008): pairing required' }],
        expect: { stage: 'version-check', mentions: ['newer than the newest release I know'] },
      },
    ],
    silent: [{ thread: [{ text: 'OpenClaw 2026.11.3 (abc1234)\nhello' }] }],
  },
});
