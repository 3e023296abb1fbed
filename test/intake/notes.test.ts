import { describe, expect, it } from 'vitest';
import { skipped } from '../../src/intake/file.ts';
import { messageOf } from '../../src/intake/message.ts';
import { noteOf, withNotes } from '../../src/intake/notes.ts';

describe('noteOf', () => {
  it('says why a file was skipped, in one wording for every reason', () => {
    const advice = 'Paste its text, or attach it as a .txt or .log file.';
    expect(noteOf(skipped('a.png', { why: 'not-text', type: 'image/png' }))).toBe(
      `I skipped a.png: not a text file (image/png). ${advice}`,
    );
    expect(noteOf(skipped('a.bin', { why: 'not-text' }))).toBe(`I skipped a.bin: not a text file (binary content). ${advice}`);
    expect(noteOf(skipped('a.log', { why: 'download-failed', detail: 'HTTP 404' }))).toBe(
      `I skipped a.log: could not be downloaded (HTTP 404). ${advice}`,
    );
    expect(noteOf(skipped('a.log', { why: 'late', seconds: 5 }))).toBe(`I skipped a.log: it did not download within 5 s. ${advice}`);
    expect(noteOf(skipped('a.log', { why: 'over-budget' }))).toContain('I skipped a.log: the thread already holds');
  });

  it('says when only the head and tail were read, and nothing for a file read whole', () => {
    expect(noteOf({ kind: 'text', name: 'big.log', text: '', bytes: 1, cut: true })).toBe(
      'big.log is large: I read only its beginning and its end.',
    );
    expect(noteOf({ kind: 'text', name: 'a.log', text: '', bytes: 1, cut: false })).toBeUndefined();
  });
});

describe('messageOf', () => {
  it('puts the typed text first, then each file read, and a note for each file skipped', () => {
    const m = messageOf('see attached', [
      { kind: 'text', name: 'a.log', text: 'log line', bytes: 8, cut: false },
      skipped('shot.png', { why: 'not-text', type: 'image/png' }),
      { kind: 'text', name: 'b.json', text: '{}', bytes: 2, cut: false },
    ]);
    expect(m.text).toBe('see attached\nlog line\n{}');
    expect(m.notes).toEqual([noteOf(skipped('shot.png', { why: 'not-text', type: 'image/png' }))]);
    expect(messageOf('', [{ kind: 'text', name: 'a.log', text: 'x', bytes: 1, cut: false }]).text).toBe('x');
  });
});

describe('withNotes', () => {
  it('puts notes under the last message as subtext, once each', () => {
    expect(withNotes(['a', 'b'], ['skipped x.png', 'skipped x.png'])).toEqual(['a', 'b\n-# skipped x.png']);
  });

  it('gives the notes their own message when the last one is full', () => {
    const full = 'x'.repeat(1995);
    expect(withNotes([full], ['note'])).toEqual([full, '-# note']);
  });

  it("leaves the engine's messages alone without notes", () => {
    expect(withNotes(['a'], [])).toEqual(['a']);
  });
});
