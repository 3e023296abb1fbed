import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractThread } from '../../src/evidence/thread.ts';
import { OC414, only, read, SEED_000 } from './devices-fixtures.ts';

const FULL = read(`${OC414}/stale-baseline/devices-list.json`);
const SEED_LINE = read(SEED_000)
  .split('\n')
  .find((l) => l.startsWith('{"pending"'))!;

function jsonLists(facts: ReturnType<typeof extractThread>) {
  return only(facts, 'devices-list').filter((f) => f.format === 'json');
}

describe('extractThread', () => {
  it('reads each message on its own with its index', () => {
    const facts = extractThread([{ text: 'hello' }, { text: FULL }]);
    const lists = jsonLists(facts);
    expect(lists).toHaveLength(1);
    expect(lists[0]!.at.message).toBe(1);
    expect(lists[0]!.complete).toBe(true);
  });

  it('joins a list split at an arbitrary point into one list credited to the second message', () => {
    fc.assert(
      fc.property(fc.constantFrom(FULL, SEED_LINE), fc.integer({ min: 1, max: 10_000 }), (text, n) => {
        const cut = 1 + (n % (text.length - 2));
        const facts = extractThread([
          { text: `here is my list:\n\`\`\`json\n${text.slice(0, cut)}` },
          { text: `${text.slice(cut)}\n\`\`\`` },
        ]);
        const lists = jsonLists(facts);
        expect(lists).toHaveLength(1);
        expect(lists[0]!.at.message).toBe(1);
        expect(lists[0]!.complete).toBe(true);
        expect(only(facts, 'input-note').filter((n) => n.note === 'truncated-json')).toEqual([]);
      }),
      { numRuns: 150 },
    );
  });

  it('gives the same entries as the unsplit paste', () => {
    const whole = jsonLists(extractThread([{ text: SEED_LINE }]))[0]!;
    const cut = SEED_LINE.indexOf('"paired"') + 30;
    const split = jsonLists(extractThread([{ text: SEED_LINE.slice(0, cut) }, { text: SEED_LINE.slice(cut) }]))[0]!;
    expect(split.pending).toEqual(whole.pending);
    expect(split.paired).toEqual(whole.paired);
  });

  it('joins a list split over three messages', () => {
    const a = 400;
    const b = 900;
    const lists = jsonLists(extractThread([{ text: FULL.slice(0, a) }, { text: FULL.slice(a, b) }, { text: FULL.slice(b) }]));
    expect(lists).toHaveLength(1);
    expect(lists[0]!.at.message).toBe(2);
    expect(lists[0]!.complete).toBe(true);
  });

  it('leaves what came before a split list in its own message', () => {
    const cut = FULL.indexOf('"paired"') + 30;
    const facts = extractThread([{ text: `OpenClaw 2026.4.14 (323493f)\n${FULL.slice(0, cut)}` }, { text: FULL.slice(cut) }]);
    expect(only(facts, 'version').map((v) => v.at.message)).toEqual([0]);
    expect(jsonLists(facts).map((l) => [l.at.message, l.at.line, l.complete])).toEqual([[1, 1, true]]);
  });

  it('keeps a cut list that nobody continued, and notes it', () => {
    const facts = extractThread([{ text: FULL.slice(0, 1000) }, { text: 'is that enough?' }]);
    const lists = jsonLists(facts);
    expect(lists).toHaveLength(1);
    expect(lists[0]!.at.message).toBe(0);
    expect(lists[0]!.complete).toBe(false);
    expect(only(facts, 'input-note').map((n) => [n.note, n.at.message])).toEqual([['truncated-json', 0]]);
  });

  it('handles empty and odd threads', () => {
    expect(extractThread([])).toEqual([]);
    expect(() => extractThread([{ text: '' }, { text: '{' }, { text: '}' }])).not.toThrow();
  });
});
