import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Bot } from '../../src/discord/bot.ts';
import { startHealthServer } from '../../src/health.ts';
import { alice, botMessages, botPosts, eventually, launch, memoryLog, scriptedEngine, startWorld, type World } from './harness.ts';

describe('when Discord misbehaves', () => {
  let world: World;
  let bot: Bot | undefined;
  const script = scriptedEngine();
  const log = memoryLog();

  beforeAll(async () => {
    world = await startWorld();
    bot = await launch(world, { engine: script.engine, logger: log.logger });
  });
  afterAll(async () => {
    await bot?.stop();
    await world.fake.close();
  });

  it('waits out a 429 and retries the reply', async () => {
    const { fake, forum } = world;
    fake.failNext('POST', /^\/channels\/\d+\/messages$/, 429, { times: 1, retryAfterSeconds: 0.3 });
    const { threadId } = await fake.createThread(forum.id, { name: 'rate limited', owner: alice, content: 'openclaw 429' });
    await eventually(() => expect(botMessages(fake, threadId)).toHaveLength(1));
    const attempts = fake.requests.filter((r) => r.method === 'POST' && r.path === `/channels/${threadId}/messages`);
    expect(attempts.map((r) => r.status)).toEqual([429, 200]);
    expect(attempts[1]!.at - attempts[0]!.at).toBeGreaterThanOrEqual(250);
    // The 429 itself leaves a line (discord.js only reports the waits it schedules itself).
    const hit = log.lines
      .map((l) => JSON.parse(l) as Record<string, unknown>)
      .find((l) => String(l.msg).startsWith('Discord answered 429'));
    expect(hit).toMatchObject({
      level: 40,
      method: 'POST',
      route: `/api/v10/channels/${threadId}/messages`,
      retryAfterSeconds: 0.3,
      scope: 'user',
    });
    expect(log.text()).toContain('rate limited by Discord');
  });

  it('retries a 500', async () => {
    const { fake, forum } = world;
    fake.failNext('POST', /^\/channels\/\d+\/messages$/, 500, { times: 1 });
    const { threadId } = await fake.createThread(forum.id, { name: 'server error', owner: alice, content: 'openclaw 500' });
    await eventually(() => expect(botMessages(fake, threadId)).toHaveLength(1));
    const attempts = fake.requests.filter((r) => r.method === 'POST' && r.path === `/channels/${threadId}/messages`);
    expect(attempts.map((r) => r.status)).toEqual([500, 200]);
  });

  it('survives a 403 Missing Permissions on the reply: logs it and answers the next thread', async () => {
    const { fake, forum } = world;
    fake.failNext('POST', /^\/channels\/\d+\/messages$/, 403, { times: 1 });
    const { threadId: locked } = await fake.createThread(forum.id, { name: 'no perms', owner: alice, content: 'openclaw 403' });
    await eventually(() => expect(log.text()).toContain('not allowed to reply in this thread'));
    expect(botMessages(fake, locked)).toHaveLength(0);
    expect(log.text()).not.toContain('event handler failed');

    const { threadId } = await fake.createThread(forum.id, { name: 'after 403', owner: alice, content: 'openclaw next' });
    await eventually(() => expect(botMessages(fake, threadId)).toHaveLength(1));
  });

  it('resumes after a gateway drop and answers what comes next', async () => {
    const { fake, forum } = world;
    expect(fake.identifies).toBe(1);
    await fake.dropGateway();
    expect(fake.resumes).toBe(1);
    expect(fake.identifies).toBe(1);
    const { threadId } = await fake.createThread(forum.id, { name: 'after resume', owner: alice, content: 'openclaw resumed' });
    await eventually(() => expect(botMessages(fake, threadId)).toHaveLength(1));
    expect(fake.requests.filter((r) => botPosts(r, threadId))).toHaveLength(1);
    await eventually(() => expect(bot!.isReady()).toBe(true));
  });

  it('answers in a thread swept from the cache while idle', async () => {
    const { fake, forum } = world;
    const { threadId } = await fake.createThread(forum.id, { name: 'idle', owner: alice, content: 'openclaw stage=version-check' });
    await eventually(() => expect(botMessages(fake, threadId)).toHaveLength(1));
    expect(bot!.sweepIdleThreads(60_000)).toBe(0);
    expect(bot!.sweepIdleThreads(0)).toBeGreaterThan(0);
    expect(bot!.client.channels.cache.has(threadId)).toBe(false);

    // discord.js drops a message for a channel it does not know; the bot fetches both itself.
    await fake.postMessage(threadId, { author: alice, content: 'openclaw stage=fresh-approve' });
    await eventually(() => expect(botMessages(fake, threadId)).toHaveLength(2));
    expect(botMessages(fake, threadId)[1]!.content).toContain('Stage fresh-approve');
    expect(bot!.client.channels.cache.has(threadId)).toBe(true);
  });

  it('reports readiness on /readyz and liveness on /healthz', async () => {
    const health = await startHealthServer({ port: 0, host: '127.0.0.1', isReady: bot!.isReady, log: log.logger });
    try {
      const get = async (path: string) => {
        const res = await fetch(`http://127.0.0.1:${health.port}${path}`);
        await res.body?.cancel();
        return res.status;
      };
      expect(await get('/healthz')).toBe(200);
      expect(await get('/readyz')).toBe(200);
      expect(await get('/nope')).toBe(404);
    } finally {
      await health.close();
    }
  });
});
