/**
 * A thread of about 20 M characters is diagnosed off the main thread: the gateway's heartbeats are
 * sent and acknowledged while the engine works, and other threads are answered meanwhile.
 */
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Bot } from '../../src/discord/bot.ts';
import { alice, botMessages, eventually, launch, scriptedEngine, startWorld, type World } from './harness.ts';

const MB = 1024 * 1024;
/** Text of a gateway log's shape, `bytes` long: the bot reads it whole (under its 10 MB cap). */
const logOf = (bytes: number, tag: string) => {
  const line = `2026-04-19T16:40:58.123Z [gateway] ${tag} ws closed before connect conn=0a1b2c3d code=1008 reason=pairing required\n`;
  return line.repeat(Math.floor(bytes / line.length));
};

describe('a 20 MB thread', () => {
  let world: World;
  let bot: Bot | undefined;
  const dir = mkdtempSync(join(tmpdir(), 'claw-big-'));
  const script = scriptedEngine();

  beforeAll(async () => {
    // Heartbeats every 100 ms, so a few are due while the engine holds the thread.
    world = await startWorld({ heartbeatIntervalMs: 100 });
    bot = await launch(world, { engine: script.engine, engineModule: new URL('./blocking-engine.ts', import.meta.url) });
  });
  afterAll(async () => {
    await bot?.stop();
    await world.fake.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('is diagnosed in a worker while heartbeats are acknowledged and another thread is answered', async () => {
    const { fake, forum } = world;
    const release = join(dir, 'release');
    const { threadId } = await fake.createThread(forum.id, {
      name: 'huge logs',
      owner: alice,
      content: `openclaw logs attached release=${release}`,
      attachments: [
        { filename: 'gateway-1.log', contentType: 'text/plain', body: logOf(10 * MB - 4096, 'first') },
        { filename: 'gateway-2.log', contentType: 'text/plain', body: logOf(10 * MB - 4096, 'second') },
      ],
    });
    await eventually(() => expect(existsSync(`${release}.started`)).toBe(true), 20_000);

    // The engine is now blocked inside the worker. The main thread goes on: heartbeats…
    const beats = fake.heartbeats;
    await eventually(() => expect(fake.heartbeats).toBeGreaterThanOrEqual(beats + 3), 10_000);
    // …and a small thread, diagnosed inline, is answered before the big one.
    const { threadId: small } = await fake.createThread(forum.id, { name: 'small', owner: alice, content: 'openclaw stage=fresh-approve' });
    await eventually(() => expect(botMessages(fake, small)).toHaveLength(1));
    expect(botMessages(fake, threadId)).toHaveLength(0);

    writeFileSync(release, '');
    await eventually(() => expect(botMessages(fake, threadId)).toHaveLength(1), 20_000);
    const reply = botMessages(fake, threadId)[0]!.content;
    expect(reply).toMatch(/characters, released\./);
    const chars = Number(/Read (\d+) characters/.exec(reply)?.[1]);
    expect(chars).toBeGreaterThan(20 * MB - 20_000);
    expect(bot!.isReady()).toBe(true);
  });
});
