import { describe, expect, it } from 'vitest';
import { toSkeleton } from '../../src/reply/skeleton.ts';

describe('skeleton', () => {
  it('a URL placeholder leaves the sentence punctuation after it in the sentence', () => {
    const s = toSkeleton('It is not approved automatically, even at http://127.0.0.1. It needs one approval.');
    expect(s.key).toBe('It is not approved automatically, even at {0}. It needs one approval.');
    expect(s.parts).toEqual(['http://127.0.0.1']);
  });
  it('a URL inside keeps its own dots and path', () => {
    expect(toSkeleton('Open https://docs.openclaw.ai/cli/devices, then approve.').parts).toEqual(['https://docs.openclaw.ai/cli/devices']);
  });
});
