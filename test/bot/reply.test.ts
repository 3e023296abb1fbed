import { describe, expect, it } from 'vitest';
import { addTag, findTag } from '../../src/discord/forum-tags.ts';
import {
  decodeMarker,
  dismissedLine,
  encodeMarker,
  isDismissedLine,
  isPointerLine,
  markerOf,
  pointerLine,
  replyButtons,
} from '../../src/discord/reply-marker.ts';
import { planReply } from '../../src/discord/reply-plan.ts';
import { stages } from '../../src/triage/stage.ts';

describe('reply markers', () => {
  it("round-trip every stage and action, within Discord's 100-character custom_id", () => {
    for (const stage of stages) {
      for (const action of ['fixed', 'failing', 'dismiss'] as const) {
        const id = encodeMarker({ action, stage, parts: 3 });
        expect(id.length).toBeLessThanOrEqual(100);
        expect(decodeMarker(id)).toEqual({ action, stage, parts: 3 });
      }
    }
  });

  it.each([
    'ct:solve',
    'ct:fixed:not-a-stage:1',
    'ct:fixed:fresh-approve:0',
    'other:fixed:fresh-approve:1',
    'ct:fixed:fresh-approve:1:x',
    '',
  ])('rejects %j', (id) => expect(decodeMarker(id)).toBeUndefined());

  it('are read back from the buttons, as built or as fetched JSON', () => {
    const row = replyButtons('remove-repair', 2);
    expect(markerOf([row])).toEqual({ action: 'fixed', stage: 'remove-repair', parts: 2 });
    expect(markerOf([row.toJSON()])).toEqual({ action: 'fixed', stage: 'remove-repair', parts: 2 });
    expect(markerOf([])).toBeUndefined();
  });

  it('a dismissed reply is one line and recognisable', () => {
    const line = dismissedLine('alice');
    expect(line.split('\n')).toHaveLength(1);
    expect(isDismissedLine(line)).toBe(true);
    expect(isDismissedLine('Your CLI device is paired at operator.read')).toBe(false);
  });

  it('a replaced reply is one line linking to the newer one, and recognisable', () => {
    const line = pointerLine('1', '2', '3');
    expect(line).toBe('-# Replaced by my newer reply below: https://discord.com/channels/1/2/3');
    expect(isPointerLine(line)).toBe(true);
    expect(isPointerLine(dismissedLine('alice'))).toBe(false);
    expect(isPointerLine('Replaced by my newer reply below')).toBe(false);
  });
});

describe('planReply', () => {
  const reply = (stage: (typeof stages)[number], ...contents: string[]) => ({
    stage,
    parts: contents.map((content, i) => ({ id: String(i + 1), content })),
  });
  const relevant = (stage: (typeof stages)[number]) => ({ stage, relevant: true });

  it('posts the first reply, and nothing at all when the thread is not relevant', () => {
    expect(planReply({ replies: 0, dismissed: false }, relevant('need-evidence'), ['x'], 3)).toEqual({ kind: 'post', parts: ['x'] });
    expect(planReply({ replies: 0, dismissed: false }, { stage: 'no-match', relevant: false }, ['x'], 3)).toEqual({
      kind: 'quiet',
      why: 'not-relevant',
    });
  });

  it('edits while the stage holds, and leaves an identical reply alone (Discord trims content)', () => {
    const state = { reply: reply('version-check', 'old'), replies: 1, dismissed: false };
    expect(planReply(state, relevant('version-check'), ['new'], 3)).toEqual({ kind: 'edit', parts: ['new'] });
    expect(planReply(state, relevant('version-check'), ['old\n'], 3)).toEqual({ kind: 'unchanged' });
  });

  it('posts anew when the stage moves, until the cap; then edits the last', () => {
    const state = { reply: reply('version-check', 'old'), replies: 2, dismissed: false };
    expect(planReply(state, relevant('fresh-approve'), ['new'], 3).kind).toBe('post');
    expect(planReply({ ...state, replies: 3 }, relevant('fresh-approve'), ['new'], 3).kind).toBe('edit');
  });

  it('follows up below a message posted after the reply (same stage), and edits while the reply is newest', () => {
    const state = { reply: reply('fresh-approve', 'old'), replies: 1, dismissed: false };
    // The reply's message is id 1: a human message 2 came after it, message 0 before it.
    expect(planReply({ ...state, newestHumanId: '2' }, relevant('fresh-approve'), ['new'], 3)).toEqual({
      kind: 'follow-up',
      parts: ['new'],
    });
    expect(planReply({ ...state, newestHumanId: '0' }, relevant('fresh-approve'), ['new'], 3)).toEqual({ kind: 'edit', parts: ['new'] });
    // Nothing new to say: a "thanks" below the reply changes nothing.
    expect(planReply({ ...state, newestHumanId: '2' }, relevant('fresh-approve'), ['old'], 3)).toEqual({ kind: 'unchanged' });
    // The cap holds: past it, the newest reply is edited even with messages below it.
    expect(planReply({ ...state, replies: 3, newestHumanId: '2' }, relevant('fresh-approve'), ['new'], 3).kind).toBe('edit');
    // A long reply ends at its last message: a human message between its parts is not "after" it.
    const long = { reply: reply('fresh-approve', 'a', 'b'), replies: 1, dismissed: false, newestHumanId: '2' };
    expect(planReply(long, relevant('fresh-approve'), ['a', 'c'], 3).kind).toBe('edit');
  });

  it('stays quiet in a dismissed thread', () => {
    expect(planReply({ replies: 1, dismissed: true }, relevant('fresh-approve'), ['x'], 3)).toEqual({ kind: 'quiet', why: 'dismissed' });
  });
});

describe('the Solved tag', () => {
  const tags = [
    { id: '10', name: 'pairing' },
    { id: '11', name: ' Solved ' },
  ];
  it('is found by id or by name, case-insensitively', () => {
    expect(findTag(tags, '11')?.id).toBe('11');
    expect(findTag(tags, 'solved')?.id).toBe('11');
    expect(findTag(tags, 'SOLVED')?.id).toBe('11');
    expect(findTag(tags, 'fixed')).toBeUndefined();
  });

  it('is added to the tags people chose, never past five', () => {
    expect(addTag(['10'], '11')).toEqual({ kind: 'add', tags: ['10', '11'] });
    expect(addTag(['10', '11'], '11')).toEqual({ kind: 'already', tags: ['10', '11'] });
    expect(addTag(['1', '2', '3', '4', '5'], '11')).toEqual({ kind: 'full', tags: ['1', '2', '3', '4', '5'] });
  });
});
