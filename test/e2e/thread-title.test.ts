/**
 * The forum post's title reaches the engine: a post whose error is only in its title (a screenshot
 * in the body) gets the advice the title calls for, with the REAL engine; the same body under a title
 * that says nothing gets no auto-reply at all.
 */
import { describe, expect, it } from 'vitest';
import { alice, botMessages, eventually, settle, worldWithBot } from './harness.ts';

describe('the thread title', () => {
  const running = worldWithBot();

  it('is read when the body holds only a screenshot and a question', async () => {
    const { fake, forum } = running.world;
    const { threadId } = await fake.createThread(forum.id, {
      name: 'disconnected (1008): pairing required',
      owner: alice,
      content: '![screenshot](https://example.com/dashboard.png)\nWhat should I do?',
    });
    await eventually(() => expect(botMessages(fake, threadId).length).toBeGreaterThan(0));
    const reply = botMessages(fake, threadId)
      .map((m) => m.content)
      .join('\n');
    expect(reply).toContain('openclaw devices approve');
  });

  it('adds nothing when it says nothing', async () => {
    const { fake, forum } = running.world;
    const { threadId } = await fake.createThread(forum.id, {
      name: 'help please',
      owner: alice,
      content: '![screenshot](https://example.com/dashboard.png)\nWhat should I do?',
    });
    await settle();
    expect(botMessages(fake, threadId)).toHaveLength(0);
  });
});
