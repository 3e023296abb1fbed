/**
 * Catch-up: what arrived while the bot was down, or while its gateway session was lost, is answered
 * at the next session, exactly once; threads already answered, dismissed, outside the window or
 * outside the help forums are left alone.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Bot } from '../../src/discord/bot.ts';
import {
  alice,
  botEdits,
  botMessages,
  botPosts,
  customIds,
  eventually,
  launch,
  memoryLog,
  scriptedEngine,
  settle,
  startWorld,
  type World,
} from './harness.ts';

const hours = (n: number) => n * 3_600_000;

describe('catch-up', () => {
  let world: World;
  let bot: Bot | undefined;
  const script = scriptedEngine();
  const log = memoryLog();

  beforeAll(async () => {
    world = await startWorld();
  });
  afterAll(async () => {
    await bot?.stop();
    await world.fake.close();
  });

  const start = async () => {
    bot = await launch(world, { engine: script.engine, logger: log.logger });
    await bot.caughtUp();
  };
  const writesSince = (mark: number) =>
    world.fake.requests.slice(mark).filter((r) => botPosts(r, r.path.split('/')[2]!) || botEdits(r, r.path.split('/')[2]!));

  it('answers what came in while the bot was down, once, and nothing else', async () => {
    const { fake, forum } = world;
    await start();
    // Before the outage: one thread answered, one whose asker then only said thanks, one dismissed.
    const answered = await fake.createThread(forum.id, { name: 'answered', owner: alice, content: 'openclaw stage=fresh-approve' });
    const thanked = await fake.createThread(forum.id, { name: 'thanked', owner: alice, content: 'openclaw stage=version-check' });
    const dismissed = await fake.createThread(forum.id, { name: 'dismissed', owner: alice, content: 'openclaw stage=fresh-approve' });
    for (const t of [answered, thanked, dismissed]) await eventually(() => expect(botMessages(fake, t.threadId)).toHaveLength(1));
    await fake.postMessage(thanked.threadId, { author: alice, content: 'thanks, trying it' });
    const toDismiss = botMessages(fake, dismissed.threadId)[0]!;
    await fake.interact({
      type: 3,
      user: alice,
      channelId: dismissed.threadId,
      data: { custom_id: customIds(toDismiss)[2] },
      message: { id: toDismiss.id },
    });
    await settle(200);
    await bot!.stop();

    // The outage: a new thread, a follow-up in the answered one, more in the dismissed one, an old
    // thread (outside the 24 h window) and a thread in a forum the bot does not serve.
    const fresh = await fake.createThread(forum.id, { name: 'while down', owner: alice, content: 'openclaw stage=baseline-inspection' });
    const { id: followUp } = await fake.postMessage(answered.threadId, {
      author: alice,
      content: 'openclaw stage=fresh-approve note=tried',
    });
    await fake.postMessage(dismissed.threadId, { author: alice, content: 'openclaw stage=remove-repair' });
    const old = await fake.createThread(forum.id, {
      name: 'old',
      owner: alice,
      content: 'openclaw stage=fresh-approve',
      timestamp: new Date(Date.now() - hours(30)).toISOString(),
    });
    const elsewhere = await fake.createThread(fake.createForum({ name: 'showcase' }).id, {
      name: 'show',
      owner: alice,
      content: 'openclaw rocks',
    });

    const mark = fake.requests.length;
    await start();
    expect(botMessages(fake, fresh.threadId)).toHaveLength(1);
    expect(botMessages(fake, fresh.threadId)[0]!.content).toContain('Stage baseline-inspection');
    // The follow-up's answer goes below it, and the earlier reply points to it.
    const inAnswered = botMessages(fake, answered.threadId);
    expect(inAnswered).toHaveLength(2);
    expect(inAnswered[1]!.content).toContain('Notes: tried.');
    expect(BigInt(inAnswered[1]!.id)).toBeGreaterThan(BigInt(followUp));
    expect(inAnswered[0]!.content).toMatch(/^-# Replaced by my newer reply below: /);
    expect(botMessages(fake, thanked.threadId)).toHaveLength(1);
    expect(botMessages(fake, dismissed.threadId).map((m) => m.content)).toEqual([expect.stringMatching(/^Dismissed by alice/)]);
    expect(botMessages(fake, old.threadId)).toHaveLength(0);
    expect(botMessages(fake, elsewhere.threadId)).toHaveLength(0);
    const caughtUp = writesSince(mark);
    expect(caughtUp.filter((r) => r.method === 'POST')).toHaveLength(2);
    expect(log.text()).toContain('"msg":"catch-up done"');

    // Idempotent: the next start finds everything answered and writes nothing at all.
    await bot!.stop();
    const again = fake.requests.length;
    await start();
    expect(writesSince(again)).toHaveLength(0);
    // The answered threads were settled with one cheap read each: the newest message is the bot's.
    const reads = fake.requests.slice(again).filter((r) => r.method === 'GET' && r.path === `/channels/${fresh.threadId}/messages`);
    expect(reads.map((r) => r.query.get('limit'))).toEqual(['1']);
  });

  it('answers what came in while a lost gateway session could not be resumed', async () => {
    const { fake, forum } = world;
    // The session is invalidated; the thread is created before the bot has a new one, so its
    // events reach nobody: only catch-up at the new session can answer it.
    const dropping = fake.dropGateway({ resumable: false });
    const { threadId } = await fake.createThread(forum.id, {
      name: 'during the gap',
      owner: alice,
      content: 'openclaw stage=fresh-approve',
    });
    await dropping;
    await eventually(() => expect(botMessages(fake, threadId)).toHaveLength(1), 15_000);
    await bot!.caughtUp();
    await settle(200);
    expect(botMessages(fake, threadId)).toHaveLength(1);
    expect(fake.identifies).toBeGreaterThanOrEqual(2);
  });

  it('is off with CATCH_UP_HOURS=0', async () => {
    const { fake, forum } = world;
    await bot!.stop();
    const { threadId } = await fake.createThread(forum.id, { name: 'nobody home', owner: alice, content: 'openclaw stage=fresh-approve' });
    const previous = world.config.CATCH_UP_HOURS;
    world.config.CATCH_UP_HOURS = 0;
    try {
      await start();
      await settle(200);
      expect(botMessages(fake, threadId)).toHaveLength(0);
    } finally {
      world.config.CATCH_UP_HOURS = previous;
    }
  });
});
