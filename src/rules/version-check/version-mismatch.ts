import type { VersionFact } from '../../evidence/facts.ts';
import { compareVersions } from '../../evidence/version.ts';
import { docs } from '../../openclaw/docs.ts';
import { defineRule } from '../../triage/rule.ts';
import { gatewayWrapper, upgradeStep } from '../wrappers.ts';

export default defineRule<{ cli: VersionFact; gateway: VersionFact }>({
  id: 'version-mismatch',
  stage: 'version-check',
  priority: 380,
  title: 'The CLI and the gateway are different builds',
  docs: [docs.updating],
  match(c) {
    return c.versionMismatch;
  },
  advise({ cli, gateway }, c) {
    const w = gatewayWrapper(c);
    const newer = compareVersions(cli.version, gateway.version) > 0 ? cli.version.raw : gateway.version.raw;
    const update = w.kind === 'host' ? { text: 'Update OpenClaw:', command: 'openclaw update' } : upgradeStep(w, newer);
    return {
      summary: `Your CLI is ${cli.version.raw} but the gateway runs ${gateway.version.raw}: update both to the same release (restart the gateway service after updating) before chasing pairing.`,
      steps: [
        update,
        { text: 'Restart the gateway so the service runs the new build:', command: 'openclaw gateway restart' },
        { text: 'Check both report the same version:', command: 'openclaw --version' },
      ],
      asks: ['openclaw --version'],
    };
  },
  aside({ cli, gateway }) {
    return `Your CLI (${cli.version.raw}) and gateway (${gateway.version.raw}) differ: update both to the same release.`;
  },
  examples: {
    fires: [
      {
        thread: [{ text: 'OpenClaw 2026.5.28 (e932160)\n  Gateway: host (127.0.0.1) · linux 6.8.0 · app 2026.4.14\n' }],
        expect: { stage: 'version-check', mentions: ['update both'] },
      },
    ],
    silent: [{ thread: ['openclaw-2026.4.14/stale-baseline/probe.txt', { text: 'OpenClaw 2026.4.14 (323493f)' }] }],
  },
});
