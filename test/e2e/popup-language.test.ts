/**
 * A click on a reply's buttons is answered in the reply's language (told by the buttons' own labels),
 * with the REAL engine writing a Chinese reply; a message without the bot's labels falls back to the
 * clicker's Discord locale.
 */
import { describe, expect, it } from 'vitest';
import { languageOfLocale } from '../../src/discord/reply-marker.ts';
import { alice, botMessages, customIds, eventually, worldWithBot } from './harness.ts';

describe('button pop-ups', () => {
  const running = worldWithBot();

  it("speak the reply's language", async () => {
    const { fake, forum } = running.world;
    const { threadId } = await fake.createThread(forum.id, {
      name: '配对问题',
      owner: alice,
      content: '控制台一直显示 disconnected (1008): pairing required，请问在哪里批准这个设备？',
    });
    await eventually(() => expect(botMessages(fake, threadId).length).toBeGreaterThan(0));
    const reply = botMessages(fake, threadId).at(-1)!;
    const [fixedId, failingId] = customIds(reply);
    const click = (custom_id: string) =>
      fake.interact({ type: 3, user: alice, channelId: threadId, data: { custom_id }, message: { id: reply.id } });
    expect((await click(failingId!)).callback.body.data.content).toContain('抱歉，还是失败');
    expect((await click(fixedId!)).callback.body.data.content).toContain('/verify');
    expect((await click(fixedId!)).callback.body.data.content).toContain('版主');
  });

  it("fall back to the clicker's locale", () => {
    expect(languageOfLocale('zh-CN')).toBe('zh-Hans');
    expect(languageOfLocale('zh-TW')).toBe('zh-Hant');
    expect(languageOfLocale('en-US')).toBe('en');
    expect(languageOfLocale(undefined)).toBe('en');
  });
});
