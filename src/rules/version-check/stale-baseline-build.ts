import { docs } from '../../openclaw/docs.ts';
import { releases } from '../../openclaw/releases.ts';
import type { BuildInfo } from '../../triage/build.ts';
import { defineRule, type Step } from '../../triage/rule.ts';
import { approveSafety } from '../approve-safety.ts';
import { buildNote } from '../build-note.ts';
import { upgradeSentence } from '../device-name.ts';
import { approveStep, listStep } from '../repairs.ts';
import { standardNotFixes } from '../standard-not-fixes.ts';
import { describedClients, gatewayWrapper, upgradeStep, wrapCommand } from '../wrappers.ts';

/** 2026.3.28 – 2026.4.24: scope upgrades are never silent and internal calls still use the host's
 * device identity, so a read-only first pairing breaks sessions_spawn (docs/openclaw-facts.md §0.2, §10). */
export default defineRule<{ build: BuildInfo }>({
  id: 'stale-baseline-build',
  stage: 'version-check',
  priority: 460,
  title: 'The build has the stale-baseline bug (2026.3.28 – 2026.4.24): approve now, upgrade to 2026.4.25+',
  docs: [docs.devicesCli, docs.updating, docs.changelog],
  match(c) {
    const build = c.build;
    if (!build || (build.era !== 'stale-baseline' && build.era !== 'no-admin-pin')) return undefined;
    return c.hasPairingSignal ? { build } : undefined;
  },
  advise({ build }, c) {
    const v = build.version.raw;
    const failing = c.failingDevice;
    const notes: string[] = [];
    if (build.era === 'no-admin-pin') {
      notes.push(
        `${releases.subagentAdminPin.pr} (pin sessions_spawn admin calls) shipped in ${releases.subagentAdminPin.version}: the changelog lists it under "2026.4.1-beta.1" by mistake, so ${v} does not have it.`,
      );
    } else {
      notes.push(
        `${releases.subagentAdminPin.pr} is in ${v}, but it only helps a device whose first pairing happens after it: it does not widen a device already paired at \`operator.read\`.`,
      );
    }
    if (failing?.deviceIdPrefix && !failing.deviceId) {
      notes.push(
        'Your log shows the device id cut or redacted, so pick the pending entry whose `deviceId` matches this host (the one with `isRepair: true` and the CLI scopes), not your Control UI.',
      );
    }
    const w = gatewayWrapper(c);
    if (w.kind === 'docker' || w.kind === 'nas-app' || w.kind === 'kubernetes') {
      notes.push(
        "In a container: run these inside the gateway container, as shown: the CLI must share the gateway's state directory for the local fallback to work.",
      );
    }
    const upgrade = upgradeStep(w, releases.loopbackBackendFix.version);
    upgrade.text = `Then ${upgrade.text.charAt(0).toLowerCase()}${upgrade.text.slice(1)} (${releases.loopbackBackendFix.pr}: internal loopback calls then stop using this pairing at all.)`;
    const steps: Step[] = [
      listStep('On the gateway host (same user, no `--url`), list the pending requests:'),
      approveStep(
        undefined,
        failing?.deviceId
          ? `Approve the pending request whose \`deviceId\` is \`${failing.deviceId}\` right after listing: ids expire after 5 minutes and change on retries:`
          : `Approve the pending request of this host's own device (\`isRepair: true\`, \`clientId\` ${
              // The TUI shares the host's identity, so its request carries its own client id.
              describedClients(c).includes('tui') ? '`openclaw-tui`, `cli`' : '`cli`'
            } or \`gateway-client\`; not your Control UI) right after listing: ids expire after 5 minutes and change on retries:`,
      ),
    ];
    for (const s of steps) if (s.command?.startsWith('openclaw devices')) s.command = wrapCommand(w, s.command);
    steps.push(upgrade);
    return {
      summary: `${upgradeSentence(failing)}, and OpenClaw ${v} never grants a scope upgrade silently, not even on loopback. Approve the pending request now; upgrade to ${releases.loopbackBackendFix.version} or newer so it stops coming back.`,
      steps,
      notes,
      notFixes: standardNotFixes(c),
      safety: approveSafety(c, failing?.scopesTo),
      asks: ['openclaw devices list --json'],
    };
  },
  aside(_m, c) {
    return buildNote(c);
  },
  examples: {
    fires: [
      {
        name: 'seed 004: 2026.4.12, wrapped audit line',
        thread: ['seeds/004_ace882d2ada0a49a.txt'],
        expect: { stage: 'version-check', mentions: ['#59555', 'openclaw devices approve <requestId>'] },
      },
      {
        name: 'seed 001: 2026.4.14, device=...',
        thread: ['seeds/001_663b5fa20a7db056.txt'],
        expect: { stage: 'version-check', mentions: ['openclaw devices approve <requestId>', 'openclaw devices list --json'] },
      },
      {
        name: 'seed 003: 2026.4.1',
        thread: ['seeds/003_d8192a1a40e8be2a.txt'],
        expect: { stage: 'version-check', mentions: ['2026.4.25', 'openclaw devices approve <requestId>'] },
      },
    ],
    silent: [
      { thread: [{ text: 'OpenClaw 2026.4.14 (323493f)\nall good, just saying hi' }] },
      { thread: [{ text: 'OpenClaw 2026.5.28\ngateway closed (1008): pairing required' }] },
    ],
  },
});
