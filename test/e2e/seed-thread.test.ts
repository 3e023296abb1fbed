/**
 * The canonical thread played message by message through the real bot and the REAL engine. The
 * content assertions depend on the engine's rules (marked ENGINE below); the edit/post checks only
 * on the stage the engine reports, so they hold whatever the wording.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { diagnose } from '../../src/diagnose.ts';
import type { Bot } from '../../src/discord/bot.ts';
import { decodeMarker } from '../../src/discord/reply-marker.ts';
import type { StoredMessage } from '../../testkit/fake-discord/server.ts';
import { alice, botMessages, customIds, eventually, isMessageWrite, launch, startWorld, type World } from './harness.ts';
import { cliDeviceId, controlUiDevicePrefix, pendingRequestId, seedThread, snowflakeAt, threadTitle } from './seed-thread.ts';

const asThread = (n: number) => seedThread.slice(0, n).map((m) => ({ text: m.text, postedAt: m.at }));

/** The bot's newest auto-reply, all its messages joined (the marker says how many there are). */
function newestReply(messages: StoredMessage[]): { text: string; stage: string; firstId: string } {
  const own = messages.filter((m) => !m.interactionId);
  const lastIndex = own.findLastIndex((m) => customIds(m).length > 0);
  const marker = decodeMarker(customIds(own[lastIndex]!)[0]!)!;
  const parts = own.slice(lastIndex - marker.parts + 1, lastIndex + 1);
  return { text: parts.map((p) => p.content).join('\n'), stage: marker.stage, firstId: parts[0]!.id };
}

describe('seed thread 000 through the bot (ENGINE)', () => {
  let world: World;
  let bot: Bot | undefined;
  let threadId = '';
  const replies: { text: string; stage: string }[] = [];
  /** The bot's newest reply as it stood after each step. */
  const after = new Map<string, string>();

  beforeAll(async () => {
    world = await startWorld();
    bot = await launch(world);
  });
  afterAll(async () => {
    await bot?.stop();
    await world.fake.close();
  });

  it('answers each message: a new reply when the stage moves, an edit while it holds', async () => {
    const { fake, forum } = world;
    let previousStage: string | undefined;
    let previousReply: string | undefined;
    let previousParts = 0;
    let previousFirstId = '';
    for (const [i, step] of seedThread.entries()) {
      const expected = diagnose(asThread(i + 1));
      const mark = fake.requests.length;
      if (i === 0) {
        const created = await fake.createThread(forum.id, {
          id: snowflakeAt(step.at, 1),
          name: threadTitle,
          owner: alice,
          content: step.text,
        });
        threadId = created.threadId;
      } else {
        await fake.postMessage(threadId, { author: alice, content: step.text, timestamp: new Date(step.at).toISOString() });
      }
      await eventually(() => {
        const now = newestReply(botMessages(fake, threadId));
        expect(now.stage).toBe(expected.stage);
        expect(now.text.trim()).toBe(expected.messages.join('\n').trim());
      }, 10_000);
      const since = () => fake.requests.slice(mark).filter((r) => r.path.startsWith(`/channels/${threadId}/messages`) && r.status < 300);
      const posts = since().filter((r) => r.method === 'POST');
      if (previousStage === undefined || (previousStage !== expected.stage && replies.length < 3)) {
        expect(posts.length, `${step.name}: stage ${previousStage} → ${expected.stage} posts anew`).toBe(expected.messages.length);
        // The earlier reply, if any, shrinks to the line pointing down to the new one (just after it is posted).
        const shrunk = previousStage === undefined ? [] : [`/channels/${threadId}/messages/${previousFirstId}`];
        await eventually(() =>
          expect(
            since()
              .filter((r) => r.method === 'PATCH')
              .map((r) => r.path),
            `${step.name}: only the earlier reply edited`,
          ).toEqual(shrunk),
        );
      } else {
        const edits = since().filter((r) => r.method === 'PATCH');
        // Held: the reply is edited in place; only a reply that grew gets its extra message appended.
        const grown = Math.max(0, expected.messages.length - previousParts);
        expect(posts, `${step.name}: stage ${expected.stage} held, no new reply`).toHaveLength(grown);
        if (expected.messages.join('\n') === previousReply) expect(edits).toHaveLength(0);
        else expect(edits.length).toBeGreaterThan(0);
      }
      const reply = newestReply(botMessages(fake, threadId));
      after.set(step.name, reply.text);
      if (previousStage === undefined || (previousStage !== expected.stage && replies.length < 3)) replies.push(reply);
      else replies[replies.length - 1] = reply;
      previousStage = expected.stage;
      previousReply = expected.messages.join('\n');
      previousParts = expected.messages.length;
      previousFirstId = reply.firstId;
    }
    expect(replies.length).toBeLessThanOrEqual(3);
  });

  it('after the devices JSON the reply says to approve the CLI repair request, never the Control UI device (ENGINE)', () => {
    const reply = after.get('devices list')!;
    expect(reply).toContain(`openclaw devices approve ${pendingRequestId}`);
    expect(reply).not.toContain(controlUiDevicePrefix);
  });

  it('after unknown requestId the newest reply drops 8b796ecc and names the stale CLI device (ENGINE)', () => {
    const newest = after.get('approve: unknown requestId')!;
    expect(newest).toBe(newestReply(botMessages(world.fake, threadId)).text);
    expect(newest).not.toContain(`approve ${pendingRequestId.slice(0, 8)}`);
    expect(newest).toContain(cliDeviceId);
    expect(newest).not.toContain(controlUiDevicePrefix);
  });

  it('posted everything with allowed_mentions parse []', () => {
    const writes = world.fake.requests.filter(isMessageWrite);
    expect(writes.length).toBeGreaterThan(0);
    for (const w of writes) expect(w.body.allowed_mentions).toEqual({ parse: [] });
  });
});
