/**
 * Every extractor (the look-alike ones built from the rules too) completes on text built to make it
 * quadratic or overflow its stack, and so do the secret redaction and a thread's join of split
 * lists. At 1 MB a pass that rescans the text for every position would run for hours, so the test
 * timeout is the check and no clock is read here; the same inputs at 5 MB, with their times and the
 * 5 MB / 1 MB ratio, are `npm run bench`'s.
 */
import { describe, it } from 'vitest';
import { extractors } from '../../src/evidence/index.ts';
import { makePaste } from '../../src/evidence/paste.ts';
import { redactSecrets } from '../../src/evidence/redact.ts';
import { extractThread } from '../../src/evidence/thread.ts';
import { lookalikeExtractors } from '../../src/rules/other-cause/index.ts';
import { adversarialInputs } from '../../testkit/adversarial.ts';

const SIZE = 1024 * 1024;

describe('adversarial 1 MB inputs complete', () => {
  it.each(adversarialInputs.map((a) => [a.name, a.make] as const))('%s', (_name, make) => {
    const text = make(SIZE);
    // Called one by one, not through extractEvidence, which would swallow a throw.
    const paste = makePaste(text);
    for (const e of [...extractors, ...lookalikeExtractors]) e.extract(paste);
    redactSecrets(text);
    extractThread([{ text: text.slice(0, 100_000) }, { text: text.slice(100_000, 200_000) }], lookalikeExtractors);
  });
});
