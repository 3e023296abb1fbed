import { docs } from '../../openclaw/docs.ts';
import { releases } from '../../openclaw/releases.ts';
import type { BuildInfo } from '../../triage/build.ts';
import { defineRule } from '../../triage/rule.ts';
import { approveStep, listStep } from '../repairs.ts';

/** 2026.8.1+: trusted-local scope upgrades are silent again (#124589) unless
 * gateway.nodes.pairing.autoApproveLocal=false, which asks for exactly this approval. */
export default defineRule<{ build: BuildInfo; autoApproveLocal?: string }>({
  id: 'local-approval-required',
  stage: 'version-check',
  priority: 420,
  title: 'On 2026.8.1+ local upgrades are silent unless autoApproveLocal=false',
  docs: [docs.gatewayPairing, docs.devicesCli, docs.configReference],
  match(c) {
    const build = c.build;
    if (build?.era !== 'silent-local' || !c.lastPairingFailure) return undefined;
    return { build, autoApproveLocal: c.config('gateway.nodes.pairing.autoApproveLocal') };
  },
  advise({ build, autoApproveLocal }) {
    const off = autoApproveLocal === 'false';
    return {
      summary: off
        ? `You set \`gateway.nodes.pairing.autoApproveLocal: false\`, so on ${build.version.raw} every local pairing and scope upgrade waits for an explicit approval: that is this.`
        : `On ${build.version.raw} local scope upgrades are approved silently (${releases.silentLocalScopeUpgrade.pr}), so this connection is not being treated as local, or \`gateway.nodes.pairing.autoApproveLocal\` is \`false\`.`,
      steps: [
        ...(off
          ? []
          : [
              {
                text: 'Check whether the client connects through a proxy, `--url`, or a non-loopback address; and the setting:',
                command: 'openclaw config get gateway.nodes.pairing.autoApproveLocal',
              },
            ]),
        listStep(),
        approveStep(undefined),
      ],
      notes: off ? ['Set it back to `true` (the default) if you want local upgrades to go through without approval.'] : [],
      asks: ['openclaw devices list --json'],
    };
  },
  aside(m) {
    return `On ${m.build.version.raw} local upgrades are normally silent; \`gateway.nodes.pairing.autoApproveLocal: false\` turns that off.`;
  },
  examples: {
    fires: [
      {
        thread: [
          {
            text: 'OpenClaw 2026.8.1\n"gateway": { "nodes": { "pairing": { "autoApproveLocal": false } } }\ngateway connect failed: GatewayClientRequestError: scope upgrade pending approval (requestId: 6d1c2b3a-4e5f-4a6b-8c7d-9e0f1a2b3c4d)',
          },
        ],
        expect: { stage: 'fresh-approve', mentions: ['openclaw devices approve 6d1c2b3a-4e5f-4a6b-8c7d-9e0f1a2b3c4d'] },
      },
      {
        thread: [
          {
            text: 'OpenClaw 2026.8.1\ngateway.nodes.pairing.autoApproveLocal = false\ngateway closed (1008): pairing required: device is asking for more scopes than currently approved',
          },
        ],
        expect: { stage: 'version-check', mentions: ['autoApproveLocal'] },
      },
    ],
    silent: [{ thread: [{ text: 'OpenClaw 2026.4.14\ngateway closed (1008): pairing required' }] }],
  },
});
