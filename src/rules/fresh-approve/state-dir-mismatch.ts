import { docs } from '../../openclaw/docs.ts';
import { defineRule } from '../../triage/rule.ts';
import { listStep } from '../repairs.ts';

export default defineRule<true>({
  id: 'state-dir-mismatch',
  stage: 'fresh-approve',
  priority: 840,
  title: "The CLI's local fallback reads a different state directory than the gateway",
  docs: [docs.devicesCli, docs.gatewayTroubleshooting],
  match(c) {
    return c.approveResults.at(-1)?.outcome === 'state-dir-mismatch' ? true : undefined;
  },
  advise(_m, c) {
    const docker = c.platforms.includes('docker');
    return {
      summary:
        'The CLI approved against its own pairing files, but the running gateway keeps its pairing somewhere else (another `OPENCLAW_STATE_DIR`, `--profile`, OS user or container).',
      steps: [
        {
          text: docker
            ? 'Run the CLI inside the gateway container: `docker exec -it <container> openclaw devices list --json`.'
            : 'Run the CLI as the same OS user as the gateway, with the same `OPENCLAW_STATE_DIR` / `--profile` (check the gateway service environment).',
        },
        listStep('Then list again and approve the id it shows, right away:'),
      ],
      asks: ['openclaw devices list --json'],
    };
  },
  examples: {
    fires: [
      {
        thread: [
          {
            text: 'openclaw devices approve 1f0e2d3c-4b5a-4687-9876-543210fedcba\nGateway requires device pairing, but local fallback pairing state does not contain the gateway request. Missing requestId: 1f0e2d3c-4b5a-4687-9876-543210fedcba.\nThe running gateway may be using a different OPENCLAW_PROFILE or OPENCLAW_STATE_DIR than this CLI.\n',
          },
        ],
        expect: { stage: 'fresh-approve', mentions: ['OPENCLAW_STATE_DIR'] },
      },
    ],
    silent: [{ thread: ['openclaw-2026.4.14/stale-baseline/approve-stale.txt'] }],
  },
});
