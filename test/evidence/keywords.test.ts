import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { KeywordIndex, keywords } from '../../src/evidence/keywords.ts';

/** The lines a plain reading finds: every line that includes one of the words. */
function naive(text: string, words: readonly string[]): number[] {
  return text
    .split('\n')
    .map((l, i) => (words.some((w) => l.includes(w)) ? i + 1 : 0))
    .filter((n) => n > 0);
}

const WORDS = keywords(['node', 'no', 'ode', 'pending approval', 'e-pair', '节点', '等待']);
const LATE = ['registered-late'];

describe('KeywordIndex', () => {
  it('finds each word on its lines, overlapping words included', () => {
    const text = 'node.pair\nnothing here\n[ws] pending approval\nre-pair 节点\n\n等待node';
    const ix = new KeywordIndex(text, 0);
    expect(ix.linesOf(WORDS)).toEqual(naive(text, WORDS.words));
    expect(ix.linesOfWord('ode')).toEqual([1, 6]);
    expect(ix.linesOfWord('no')).toEqual([1, 2, 6]);
  });

  it('answers for a word registered after the index was built', () => {
    const ix = new KeywordIndex('a\nregistered-late b\nregistered-late', 0);
    const late = keywords(LATE);
    expect(ix.linesOf(late)).toEqual([2, 3]);
  });

  it('refuses a word the pass cannot look for', () => {
    expect(() => keywords(['x'])).toThrow();
    expect(() => keywords(['a\nb'])).toThrow();
  });

  it('agrees with a plain reading on any text', () => {
    const alphabet = fc.constantFrom('n', 'o', 'd', 'e', ' ', '\n', '-', 'p', 'a', 'i', 'r', '节', '点', '等', '待', 'x');
    fc.assert(
      fc.property(
        fc.array(alphabet, { maxLength: 300 }).map((cs) => cs.join('')),
        (text) => {
          // With the one pass, and without it (a short paste is read word by word).
          for (const ix of [new KeywordIndex(text, 0), new KeywordIndex(text)]) {
            expect(ix.linesOf(WORDS)).toEqual(naive(text, WORDS.words));
            for (const w of WORDS.words) expect(ix.linesOfWord(w)).toEqual(naive(text, [w]));
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
