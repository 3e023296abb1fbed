/**
 * Attachments whose CDN never answers: downloads have their own slots and a deadline, so a thread
 * without attachments is answered while they stall, and the stalled threads are answered once the
 * deadline passes, with a note about the file that could not be read.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Bot } from '../../src/discord/bot.ts';
import { alice, botMessages, eventually, launch, scriptedEngine, startWorld, type World } from './harness.ts';

describe('stalled downloads', () => {
  let world: World;
  let bot: Bot | undefined;
  const script = scriptedEngine();

  beforeAll(async () => {
    world = await startWorld();
    world.config.DOWNLOAD_TIMEOUT_SECONDS = 5;
    bot = await launch(world, { engine: script.engine });
  });
  afterAll(async () => {
    await bot?.stop();
    await world.fake.close();
  });

  it('never make a plain thread wait; they are skipped with a note at their deadline', async () => {
    const { fake, forum } = world;
    const stalled: string[] = [];
    for (let i = 0; i < 5; i++) {
      const { threadId } = await fake.createThread(forum.id, {
        name: `stalled ${i}`,
        owner: alice,
        content: `openclaw log attached ${i}`,
        attachments: [{ filename: 'gateway.log', contentType: 'text/plain', body: 'never sent', stall: true }],
      });
      stalled.push(threadId);
    }
    // Four download slots (DOWNLOAD_CONCURRENCY): four downloads hang, the fifth waits for a slot.
    const hanging = () => fake.requests.filter((r) => r.path.startsWith('/attachments/') && r.status === 0).length;
    await eventually(() => expect(hanging()).toBe(world.config.DOWNLOAD_CONCURRENCY));

    const { threadId: plain } = await fake.createThread(forum.id, { name: 'plain', owner: alice, content: 'openclaw stage=fresh-approve' });
    await eventually(() => expect(botMessages(fake, plain)).toHaveLength(1));
    for (const t of stalled) expect(botMessages(fake, t)).toHaveLength(0);

    for (const t of stalled) {
      await eventually(() => expect(botMessages(fake, t)).toHaveLength(1), 15_000);
      expect(botMessages(fake, t)[0]!.content).toContain('I skipped gateway.log: it did not download within 5 s.');
    }
  });
});
