/**
 * A reply whose steps use a repair recipe the lab has not verified on the asker's build says so in
 * one line (src/openclaw/verified-repairs.ts); on a verified build, or an unknown one, it says nothing.
 */
import { describe, expect, it } from 'vitest';
import { parseVersion } from '../../src/evidence/version.ts';
import { verifiedOn } from '../../src/openclaw/verified-repairs.ts';
import { type ReplyModel, renderReply } from '../../src/reply/markdown.ts';
import type { Advice } from '../../src/triage/rule.ts';

const advice: Advice = {
  summary: 'Your CLI device is paired read-only.',
  steps: [
    { text: 'List the pending requests:', command: 'openclaw devices list --json' },
    {
      text: 'Approve the current request for that device, right after listing:',
      command: 'openclaw devices approve <requestId>',
      recipe: 'approveById',
    },
    {
      text: 'List and approve in one go, retrying until the approve sticks:',
      command: 'for i in 1 2 3 4 5; do …; done',
      recipe: 'approveNewestLoop',
    },
  ],
  ifFails: [
    {
      text: "On the gateway host (same user), move the CLI's device identity aside so it gets a new one:",
      command: 'mv a b',
      recipe: 'freshIdentity',
    },
  ],
};

const model = (build: string | undefined, a: Advice = advice, language: ReplyModel['language'] = 'en'): ReplyModel => ({
  stage: 'fresh-approve',
  advice: a,
  asides: [],
  docs: [],
  secrets: [],
  inputNotes: [],
  shell: 'sh',
  language,
  build: build ? parseVersion(build) : undefined,
});

const hedges = (md: string) => md.split('\n').filter((l) => /not been tested on|还没有在/.test(l));

describe("a recipe not verified on the asker's build", () => {
  it('is named in one line under the steps, by its step number', () => {
    expect(verifiedOn.approveById).toContain('2026.6.11');
    expect(verifiedOn.approveNewestLoop).not.toContain('2026.6.11');
    const r = renderReply(model('2026.6.11'));
    expect(hedges(r.reply)).toEqual(['-# Step 3 has not been tested on OpenClaw 2026.6.11 yet: if it fails, paste its output here.']);
    // Details carries the same one line, not a second for the fallback.
    expect(hedges(r.details.join('\n'))).toHaveLength(1);
  });

  it('says "some of these steps" when more than one is unverified', () => {
    const r = renderReply(model('2026.5.2'));
    expect(hedges(r.reply)).toEqual([
      '-# Some of these steps have not been tested on OpenClaw 2026.5.2 yet: if one fails, paste its output here.',
    ]);
  });

  it('hedges the fallback in Details when only the fallback is unverified', () => {
    const onlyApprove: Advice = { ...advice, steps: advice.steps.slice(0, 2) };
    const r = renderReply(model('2026.9.6', onlyApprove));
    expect(hedges(r.reply)).toEqual([]);
    expect(hedges(r.details.join('\n'))).toEqual([
      '-# Some of these steps have not been tested on OpenClaw 2026.9.6 yet: if one fails, paste its output here.',
    ]);
  });

  it('says nothing on a build where every recipe was verified, or when the build is unknown', () => {
    expect(hedges(renderReply(model('2026.4.14')).details.join('\n'))).toEqual([]);
    expect(hedges(renderReply(model(undefined)).details.join('\n'))).toEqual([]);
  });

  it('a prerelease is not the release the lab ran', () => {
    expect(hedges(renderReply(model('2026.4.14-beta.1')).reply)).toHaveLength(1);
  });

  it("is written in the asker's language", () => {
    const missing: string[] = [];
    const r = renderReply({ ...model('2026.6.11', advice, 'zh-Hans'), onMissingTranslation: (s) => missing.push(s) });
    expect(hedges(r.reply)).toEqual(['-# 第 3 步还没有在 OpenClaw 2026.6.11 上测试过：如果它失败了，把它的输出贴到这里。']);
    expect(missing.filter((s) => /tested on/.test(s))).toEqual([]);
  });
});
