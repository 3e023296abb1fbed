import { docs } from '../../openclaw/docs.ts';
import { releases } from '../../openclaw/releases.ts';
import type { BuildInfo } from '../../triage/build.ts';
import { defineRule } from '../../triage/rule.ts';
import { upgradeSentence } from '../device-name.ts';
import { approveStep, listStep } from '../repairs.ts';

/** 2026.4.25 – 2026.6.11 (and later builds where silence is unverified): internal loopback calls with
 * the shared token no longer carry the device identity, so a failure means one of the cases the fix
 * deliberately leaves to normal approval (docs/openclaw-facts.md §10 step 2, issue #72857). */
export default defineRule<{ build: BuildInfo; source?: string; authMode?: string }>({
  id: 'fixed-build-still-failing',
  stage: 'version-check',
  priority: 440,
  title: 'The build has the loopback fix but pairing still fails: check what is different, then approve',
  docs: [docs.gatewayTroubleshooting, docs.devicesCli, docs.remote],
  match(c) {
    const build = c.build;
    if (!build || (build.era !== 'loopback-fixed' && build.era !== 'silent-unverified')) return undefined;
    if (!c.lastPairingFailure) return undefined;
    const source = c
      .all('gateway-closed')
      .map((g) => g.source)
      .filter(Boolean)
      .at(-1);
    return { build, source, authMode: c.config('gateway.auth.mode') };
  },
  advise({ build, source, authMode }, c) {
    const checks: string[] = [];
    if (source && source !== 'local loopback')
      checks.push(
        `Your call went through \`${source}\`, not local loopback: remote and \`--url\` connections always need normal approval.`,
      );
    if (authMode === 'none')
      checks.push(
        '`gateway.auth.mode` is `none`: the fix covers token/password auth; with no shared secret the CLI pairs with its device identity as before.',
      );
    if (c.config('gateway.remote.url') || c.config('OPENCLAW_GATEWAY_URL'))
      checks.push('`gateway.remote.url` / `OPENCLAW_GATEWAY_URL` points the CLI at a non-local URL: that path keeps normal pairing.');
    const client = c.failingDevice?.client;
    if (client && client !== 'gateway-client' && client !== 'cli')
      checks.push(`The failing client is \`${client}\`: browser, app and node connections still need approval by design.`);
    const unverified =
      build.era === 'silent-unverified'
        ? ` Whether ${build.version.raw} approves local scope upgrades silently again (${releases.silentLocalScopeUpgrade.pr}, in ${releases.silentLocalScopeUpgrade.version}) is unverified.`
        : '';
    return {
      summary: `${upgradeSentence(c.failingDevice)}. OpenClaw ${build.version.raw} already has the loopback fix (${releases.loopbackBackendFix.pr}), so this is the normal approval a non-internal or non-token connection still needs.${unverified}`,
      steps: [...checks.map((text) => ({ text })), listStep(), approveStep(undefined)],
      notes: checks.length
        ? []
        : [
            'Check `gateway.auth.mode` (token or password), and that nothing sets `gateway.remote.url` or `OPENCLAW_GATEWAY_URL` on the gateway host.',
          ],
      asks: ['openclaw devices list --json', 'openclaw config get gateway.auth.mode'],
    };
  },
  aside(m) {
    return `On ${m.build.version.raw} internal loopback calls should not need this; if it comes back, check \`gateway.auth.mode\` and any \`gateway.remote.url\`/\`OPENCLAW_GATEWAY_URL\`.`;
  },
  examples: {
    fires: [
      {
        thread: [
          {
            text: 'OpenClaw 2026.5.28 (e932160)\ngateway closed (1008): pairing required: device is asking for more scopes than currently approved\nGateway target: wss://claw.example.net\nSource: config gateway.remote.url\nConfig: /home/me/.openclaw/openclaw.json\n',
          },
        ],
        expect: { stage: 'version-check', mentions: ['config gateway.remote.url'] },
      },
    ],
    silent: [{ thread: [{ text: 'OpenClaw 2026.4.14 (323493f)\ngateway closed (1008): pairing required' }] }],
  },
});
