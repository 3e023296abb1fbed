import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readAttachment } from '../../src/discord/attachment.ts';
import type { Bot } from '../../src/discord/bot.ts';
import {
  alice,
  botEdits,
  botMessages,
  botPosts,
  customIds,
  eventually,
  launch,
  scriptedEngine,
  settle,
  startWorld,
  type World,
} from './harness.ts';

/** Discord is the store: a new process finds its earlier replies from the thread itself. */
describe('a restarted bot', () => {
  let world: World;
  let bot: Bot | undefined;
  const script = scriptedEngine();

  beforeAll(async () => {
    world = await startWorld();
  });
  afterAll(async () => {
    await bot?.stop();
    await world.fake.close();
  });

  const restart = async () => {
    await bot?.stop();
    bot = await launch(world, { engine: script.engine });
  };

  it('never answers the same evidence twice; after a restart it still edits its reply in place, or follows up below', async () => {
    const { fake, forum } = world;
    await restart();
    const { threadId, messageId } = await fake.createThread(forum.id, {
      name: 'restart',
      owner: alice,
      content: 'openclaw stage=fresh-approve',
    });
    await eventually(() => expect(botMessages(fake, threadId)).toHaveLength(1));
    const reply = botMessages(fake, threadId)[0]!;

    await restart();
    // The same evidence delivered again (an edit that changes nothing the engine reads, as after a replay).
    const before = fake.requests.length;
    await fake.editMessage(threadId, messageId, 'openclaw stage=fresh-approve ');
    await settle(600);
    const since = fake.requests.slice(before);
    expect(since.some((r) => r.method === 'GET' && r.path === `/channels/${threadId}/messages`)).toBe(true);
    expect(since.filter((r) => botPosts(r, threadId))).toHaveLength(0);
    expect(since.filter((r) => botEdits(r, threadId))).toHaveLength(0);
    expect(botMessages(fake, threadId)).toHaveLength(1);

    // New evidence in the same stage, after another restart, while the reply is still the newest
    // message (the post was edited): the old reply is found and edited.
    await restart();
    const mark = fake.requests.length;
    await fake.editMessage(threadId, messageId, 'openclaw stage=fresh-approve note=edited');
    await eventually(() => expect(fake.message(reply.id)!.content).toContain('Notes: edited.'));
    expect(fake.requests.slice(mark).filter((r) => botPosts(r, threadId))).toHaveLength(0);
    expect(botMessages(fake, threadId)).toHaveLength(1);
    expect(customIds(fake.message(reply.id)!)[0]).toBe('ct:fixed:fresh-approve:1');

    // And a message below it, after yet another restart: the new advice goes below, the old reply
    // (found in the history) shrinks to the pointer.
    await restart();
    await fake.postMessage(threadId, { author: alice, content: 'openclaw devices list again' });
    await eventually(() => expect(botMessages(fake, threadId)).toHaveLength(2));
    const newer = botMessages(fake, threadId)[1]!;
    expect(newer.content).toContain('2 message(s)');
    await eventually(() => expect(fake.message(reply.id)!.content).toContain(`/${threadId}/${newer.id}`));
    expect(fake.message(reply.id)!.content).toMatch(/^-# Replaced by my newer reply below: /);
  });

  it('counts replaced replies after a restart: the cap of three holds', async () => {
    const { fake, forum } = world;
    await restart();
    const { threadId } = await fake.createThread(forum.id, { name: 'cap restart', owner: alice, content: 'openclaw stage=version-check' });
    await eventually(() => expect(botMessages(fake, threadId)).toHaveLength(1));
    await fake.postMessage(threadId, { author: alice, content: 'openclaw stage=baseline-inspection' });
    await eventually(() => expect(botMessages(fake, threadId)).toHaveLength(2));
    await fake.postMessage(threadId, { author: alice, content: 'openclaw stage=fresh-approve' });
    await eventually(() => expect(botMessages(fake, threadId)).toHaveLength(3));
    const last = botMessages(fake, threadId)[2]!;
    await restart();
    await fake.postMessage(threadId, { author: alice, content: 'openclaw stage=remove-repair' });
    await eventually(() => expect(fake.message(last.id)!.content).toContain('Stage remove-repair'));
    expect(botMessages(fake, threadId)).toHaveLength(3);
  });

  it('finds every message of a long reply after a restart and edits them in place', async () => {
    const { fake, forum } = world;
    await restart();
    const { threadId, messageId } = await fake.createThread(forum.id, {
      name: 'long restart',
      owner: alice,
      content: 'openclaw LONG stage=remove-repair',
    });
    await eventually(() => expect(botMessages(fake, threadId)).toHaveLength(2));
    const ids = botMessages(fake, threadId).map((m) => m.id);

    await restart();
    const mark = fake.requests.length;
    await fake.editMessage(threadId, messageId, 'openclaw LONG stage=remove-repair note=again');
    await eventually(() => expect(fake.message(ids[0]!)!.content).toContain('Notes: again.'));
    await eventually(() => expect(fake.message(ids[1]!)!.content).toContain('Notes: again.'));
    expect(fake.requests.slice(mark).filter((r) => botPosts(r, threadId))).toHaveLength(0);
    expect(botMessages(fake, threadId).map((m) => m.id)).toEqual(ids);
    expect(customIds(fake.message(ids[1]!)!)[0]).toBe('ct:fixed:remove-repair:2');
  });

  it('stays quiet in a dismissed thread after a restart', async () => {
    const { fake, forum } = world;
    await restart();
    const { threadId } = await fake.createThread(forum.id, { name: 'dismissed', owner: alice, content: 'openclaw stage=fresh-approve' });
    await eventually(() => expect(botMessages(fake, threadId)).toHaveLength(1));
    const reply = botMessages(fake, threadId)[0]!;
    await fake.interact({ type: 3, user: alice, channelId: threadId, data: { custom_id: customIds(reply)[2] }, message: { id: reply.id } });
    expect(fake.message(reply.id)!.content).toMatch(/^Dismissed by alice/);

    await restart();
    const before = fake.requests.length;
    await fake.postMessage(threadId, { author: alice, content: 'openclaw stage=remove-repair' });
    await settle(600);
    // It did look (a fresh process reads the thread) and found the dismissal there.
    expect(fake.requests.slice(before).some((r) => r.method === 'GET' && r.path === `/channels/${threadId}/messages`)).toBe(true);
    expect(botMessages(fake, threadId)).toHaveLength(1);
    expect(fake.message(reply.id)!.content).toMatch(/^Dismissed by alice/);
  });

  it('stop() lets a reply in flight finish before disconnecting', async () => {
    const { fake, forum } = world;
    await bot?.stop();
    let entered!: () => void;
    const downloading = new Promise<void>((r) => (entered = r));
    bot = await launch(world, {
      engine: script.engine,
      readAttachment: async (ref, opts) => {
        entered();
        await new Promise((r) => setTimeout(r, 300));
        return readAttachment(ref, opts);
      },
    });
    const { threadId } = await fake.createThread(forum.id, {
      name: 'in flight',
      owner: alice,
      content: 'openclaw slow',
      attachments: [{ filename: 'a.log', contentType: 'text/plain', body: 'openclaw' }],
    });
    await downloading;
    const stopping = bot.stop();
    await stopping;
    expect(botMessages(fake, threadId)).toHaveLength(1);
    expect(bot.isReady()).toBe(false);
    bot = undefined;
  });
});
