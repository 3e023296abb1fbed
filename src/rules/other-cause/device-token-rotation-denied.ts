import { afterRegex } from '../../evidence/lookalike-signs.ts';
import { docs } from '../../openclaw/docs.ts';
import { releases } from '../../openclaw/releases.ts';
import { buildHas } from '../../triage/build.ts';
import { ASK_VERSION, code, NOT_DEVICE_COMMANDS } from './lookalike/advice.ts';
import { fires, PAIRING_FIXTURE, silent } from './lookalike/examples.ts';
import { lookalikeRule } from './lookalike/rule.ts';

declare module '../../evidence/facts.ts' {
  interface LookalikeCauses {
    'device-token-rotation-denied': true;
  }
}

/**
 * `openclaw devices rotate` refused (docs/openclaw-facts.md §1.3, §3.1): the gateway reissues a device token only
 * within the scopes that device was approved for, and only for a caller allowed to manage it; it logs
 * `device token rotation denied device=<id> role=<role> reason=<reason>`. Rotation never widens a
 * baseline, so it is never the fix for a scope upgrade; and `openclaw doctor` suggested such a
 * rotate until 2026.5.12 (#77688).
 */
export default lookalikeRule({
  id: 'device-token-rotation-denied',
  priority: 755,
  title: '`openclaw devices rotate` was refused (`device token rotation denied`): rotation never adds scopes',
  docs: [docs.devicesCli],
  causes: ['device-token-rotation-denied'],
  // The asker's attempted fix failing: when the thread shows the failure it was meant for, that leads.
  yields: true,
  phrases: [
    {
      needle: 'device token rotation denied',
      detail: afterRegex(/^.{0,200}?\breason=([a-z-]{3,60})/),
      example: '[openclaw] Reason: device token rotation denied',
    },
  ],
  aside: 'Your `devices rotate` was refused: a rotation never adds scopes; the steps above are what changes the device.',
  advise(m, c) {
    const reason = m.facts.map((f) => f.detail).find(Boolean);
    const build = c.build;
    const doctorOld = build !== undefined && !buildHas(build.version, releases.doctorRotateAdviceFixed);
    return {
      summary: `The gateway refused the token rotation (${code('device token rotation denied')}${reason ? `, reason \`${reason}\`` : ''}): a rotation only reissues a device's token within the scopes that device was approved for, from a session allowed to manage it. It never adds scopes, and this is not a pairing request.`,
      steps: [
        {
          text: 'The gateway log says why, on its `device token rotation denied … reason=` line (`caller-missing-scope`, `device-ownership-mismatch`, `scope-outside-approved-baseline`, …):',
          command: 'openclaw logs --follow',
        },
        {
          text: 'Check that the device id and role you passed are a paired device and a role it holds:',
          command: 'openclaw devices list --json',
        },
        {
          text: 'A device that needs more scopes than it was approved for gets them by approving its pending request, not by rotating its token.',
        },
      ],
      notes: doctorOld
        ? [
            `OpenClaw ${build.version.raw} is older than ${releases.doctorRotateAdviceFixed.version}, whose \`openclaw doctor\` stopped suggesting a rotation that cannot work (${releases.doctorRotateAdviceFixed.pr}): upgrade, then run \`openclaw doctor\` again.`,
          ]
        : [],
      notFixes: [NOT_DEVICE_COMMANDS, 'Rotating again with more `--scope` flags: a rotation cannot go past the approved baseline.'],
      asks: [ASK_VERSION, 'openclaw devices list --json'],
    };
  },
  examples: {
    fires: [
      fires(
        'doctor suggested it, on a build before its fix',
        [
          'ping@box:~$ openclaw devices rotate --device 9a182680adc766e2db15daa5b59faee9452de47df29859e6d373939ce70efe7a --role operator\n🦞 OpenClaw 2026.5.10-beta.2 (8287402)\n[openclaw] Could not start the CLI.\n[openclaw] Reason: device token rotation denied',
        ],
        ['#77688', 'openclaw logs --follow'],
      ),
      fires(
        'the gateway log with its reason',
        ['WARN device token rotation denied device=9a18 role=operator reason=scope-outside-approved-baseline scope=operator.admin'],
        ['scope-outside-approved-baseline'],
      ),
    ],
    silent: [
      silent('pairing', [PAIRING_FIXTURE]),
      silent('a rotation that worked', [{ text: 'device token rotated device=9a18 role=operator scopes=operator.read' }]),
    ],
  },
});
