import { docs } from '../../openclaw/docs.ts';
import { releases } from '../../openclaw/releases.ts';
import type { BuildInfo } from '../../triage/build.ts';
import { buildHas } from '../../triage/build.ts';
import type { Case } from '../../triage/case.ts';
import { defineRule } from '../../triage/rule.ts';
import { gatewayWrapper, upgradeStep, wrapCommand } from '../wrappers.ts';

/**
 * 2026.4.27 – 2026.5.2: `devices approve` connects with least-privilege `operator.pairing` (#68634),
 * so approving a request that asks for `operator.admin` answers `missing scope: operator.admin` even
 * when the CLI's own pairing holds admin; 2026.5.3 (#76956) retries as admin (docs/openclaw-facts.md §5.2). On
 * these builds that answer is the build's, not a narrow approver to re-pair.
 */
export function leastPrivilegeApprove(c: Case): { build: BuildInfo } | undefined {
  const build = c.build;
  if (!build || !buildHas(build.version, releases.cliLeastPrivilege) || buildHas(build.version, releases.approveAdminRetry))
    return undefined;
  const denied = c.approveResults.some((r) => r.outcome === 'missing-scope' && (r.scope === undefined || r.scope === 'operator.admin'));
  return denied ? { build } : undefined;
}

export default defineRule<{ build: BuildInfo }>({
  id: 'approve-least-privilege',
  stage: 'version-check',
  priority: 840,
  title: 'On 2026.4.27 – 2026.5.2 approve connects least-privilege and cannot grant admin: upgrade to 2026.5.3+',
  docs: [docs.devicesCli, docs.operatorScopes, docs.updating],
  match: leastPrivilegeApprove,
  advise({ build }, c) {
    const w = gatewayWrapper(c);
    const fix = releases.approveAdminRetry;
    return {
      summary: `On ${build.version.raw}, \`openclaw devices approve\` connects with the least-privilege \`operator.pairing\` scope (${releases.cliLeastPrivilege.pr}), so it cannot approve a request that asks for \`operator.admin\`, even though your CLI device holds admin. ${fix.version} (${fix.pr}) retries as admin: upgrade, then approve again.`,
      steps: [
        upgradeStep(w, fix.version),
        {
          text: 'Then list and approve the pending request by its request id (not its device id), right after listing:',
          command: wrapCommand(w, 'openclaw devices list --json'),
        },
        { text: 'Approve:', command: wrapCommand(w, 'openclaw devices approve <requestId>') },
        {
          text: 'Until you can upgrade: approve it from a Control UI session on the gateway host (Nodes/Devices → Approve), which holds admin.',
        },
      ],
      notFixes: [
        "Reusing the CLI's own device token from `device-auth.json` as `--token`: a device-token session may only manage its own pairing entry (`device-ownership-mismatch`).",
        'Re-pairing or removing the CLI device: its pairing is fine; the approve call asks for too little.',
      ],
      asks: ['openclaw --version'],
    };
  },
  aside({ build }) {
    return `On ${build.version.raw} approve runs least-privilege; ${releases.approveAdminRetry.version} (${releases.approveAdminRetry.pr}) lets it approve admin requests.`;
  },
  examples: {
    fires: [
      {
        thread: [
          {
            text: 'OpenClaw 2026.4.29 (a448042)\nthe browser request is listed, but `openclaw devices approve <requestId>` fails with `missing scope: operator.admin`',
          },
        ],
        expect: { stage: 'version-check', mentions: ['2026.5.3', '#76956', 'openclaw devices approve <requestId>'] },
      },
    ],
    silent: [
      {
        name: 'a build that retries as admin',
        thread: [{ text: 'OpenClaw 2026.5.28\n`openclaw devices approve <requestId>` fails with `missing scope: operator.admin`' }],
      },
    ],
  },
});
