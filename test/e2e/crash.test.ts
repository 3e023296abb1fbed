/**
 * A bot killed mid-reply (SIGKILL: no shutdown, no drain) answers after its restart what it was
 * working on and what came in while it was down, exactly once; a third start changes nothing.
 * The real process and the real engine: only counts of replies are checked, never their wording.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FakeDiscord, makeFakeToken, startFakeDiscord } from '../../testkit/fake-discord/server.ts';
import { alice, botEdits, botMessages, botPosts, eventually } from './harness.ts';
import { type BotProcess, run } from './process-harness.ts';

const seed = (name: string) => readFileSync(new URL(`../fixtures/seeds/${name}`, import.meta.url), 'utf8');

describe('a bot killed mid-reply', () => {
  let fake: FakeDiscord;
  let forumId = '';
  const running: BotProcess[] = [];

  beforeAll(async () => {
    fake = await startFakeDiscord({ heartbeatIntervalMs: 1_000 });
    forumId = fake.createForum({ name: 'help' }).id;
  });
  afterAll(async () => {
    for (const p of running) p.child.kill('SIGKILL');
    await fake.close();
  });

  const start = async () => {
    const p = run({
      DISCORD_TOKEN: makeFakeToken(),
      HELP_FORUM_IDS: forumId,
      DISCORD_API_URL: fake.apiUrl,
      HEALTH_PORT: '0',
      LOG_LEVEL: 'info',
    });
    running.push(p);
    await eventually(() => expect(p.out()).toContain('"msg":"connected to Discord"'), 20_000);
    return p;
  };
  /** Replies, not messages: a long reply spans several, the buttons sit on its last one. */
  const replies = (threadId: string) => botMessages(fake, threadId).filter((m) => m.components.length > 0);
  const caughtUp = (p: BotProcess) => eventually(() => expect(p.out()).toContain('"msg":"catch-up done"'), 20_000);

  it('answers after the restart, once, what was in flight and what came in while it was down', async () => {
    const first = await start();
    const answered = await fake.createThread(forumId, { name: 'answered', owner: alice, content: seed('000-1-opening-post.txt') });
    await eventually(() => expect(replies(answered.threadId)).toHaveLength(1), 10_000);

    // Its log file's first download never answers: the bot is in the middle of this one when killed.
    const inFlight = await fake.createThread(forumId, {
      name: 'in flight',
      owner: alice,
      content: 'here are my gateway logs',
      attachments: [{ filename: 'gateway.log', contentType: 'text/plain', body: seed('000-4-logs.txt'), stall: 1 }],
    });
    await fake.waitForRequest((r) => r.path.startsWith('/attachments/') && r.status === 0, 10_000);
    first.child.kill('SIGKILL');
    await first.exited;
    expect(botMessages(fake, inFlight.threadId)).toHaveLength(0);

    const whileDown = await fake.createThread(forumId, { name: 'while down', owner: alice, content: seed('000-6-approve-unknown.txt') });

    const second = await start();
    await caughtUp(second);
    expect(replies(inFlight.threadId)).toHaveLength(1);
    expect(replies(whileDown.threadId)).toHaveLength(1);
    expect(replies(answered.threadId)).toHaveLength(1);
    const answeredMessages = botMessages(fake, answered.threadId).length;
    second.child.kill('SIGTERM');
    expect((await second.exited).code).toBe(0);

    // A third start: everything is answered, nothing is written.
    const mark = fake.requests.length;
    const third = await start();
    await caughtUp(third);
    const writes = fake.requests.slice(mark).filter((r) => {
      const channel = r.path.split('/')[2] ?? '';
      return botPosts(r, channel) || botEdits(r, channel);
    });
    expect(writes).toHaveLength(0);
    expect(botMessages(fake, answered.threadId)).toHaveLength(answeredMessages);
    third.child.kill('SIGTERM');
    expect((await third.exited).code).toBe(0);
  });
});
