import type { ApprovePreviewFact } from '../../evidence/facts.ts';
import { docs } from '../../openclaw/docs.ts';
import { releases } from '../../openclaw/releases.ts';
import { before } from '../../triage/case.ts';
import { defineRule } from '../../triage/rule.ts';
import { approveNewestLoop, approveStep } from '../repairs.ts';
import { standardNotFixes } from '../standard-not-fixes.ts';

export default defineRule<{ preview: ApprovePreviewFact; usable: boolean }>({
  id: 'latest-preview-only',
  stage: 'fresh-approve',
  priority: 780,
  title: '`devices approve --latest` only previewed the request: nothing was approved',
  docs: [docs.devicesCli],
  match(c) {
    const preview = c.latest('approve-preview');
    if (!preview) return undefined;
    if (c.approveResults.some((r) => r.outcome === 'ok' && before(preview.at, r.at))) return undefined;
    const state = preview.requestId ? c.requests.get(preview.requestId)?.state : undefined;
    return { preview, usable: !!preview.requestId && state !== 'stale' && state !== 'expired' && state !== 'approved' };
  },
  advise({ preview, usable }, c) {
    return {
      summary: `\`openclaw devices approve --latest\` only shows the newest request (since ${releases.approveLatestPreviewOnly.version}, ${releases.approveLatestPreviewOnly.pr}) and exits 1: nothing was approved yet.`,
      steps: usable
        ? [approveStep(preview.requestId, 'Run the exact command it printed, right away:')]
        : [approveNewestLoop(c, preview.deviceId)],
      ifFails: [
        { text: 'If that answers `unknown requestId`, the request was replaced in the meantime: use the one-line list-and-approve above.' },
      ],
      notFixes: standardNotFixes(c),
    };
  },
  examples: {
    fires: [
      {
        name: 'real 2026.4.14 preview',
        thread: ['openclaw-2026.4.14/stale-baseline/approve-latest.txt'],
        expect: { stage: 'fresh-approve', mentions: ['openclaw devices approve de643165-0dae-4f4b-a583-870e06ee9eda'] },
      },
    ],
    silent: [
      {
        name: 'preview followed by the real approve',
        thread: ['openclaw-2026.4.14/stale-baseline/approve-latest.txt', 'openclaw-2026.4.14/stale-baseline/approve-latest-followup.txt'],
      },
    ],
  },
});
