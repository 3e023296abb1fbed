import { describe, expect, it } from 'vitest';
import { describeFatalClose, fatalCloseMessage } from '../../src/discord/fatal-close.ts';
import { idleFor, missedMessageEvent } from '../../src/discord/idle-threads.ts';

describe('fatal gateway closes', () => {
  it.each([
    [4004, /token/, /Reset Token.*DISCORD_TOKEN/],
    [4014, /privileged intent/, /Message Content Intent/],
    [4013, /intents/, /report it/],
    [4012, /API version/, /update discord.js/],
    [4011, /sharding/, /shard/],
    [4010, /shard/, /shard/],
    [4999, /cannot be resumed/, /token and intents/],
  ])('%i is explained with its fix, in one line', (code, cause, fix) => {
    const f = describeFatalClose(code);
    expect(f.cause).toMatch(cause);
    expect(f.fix).toMatch(fix);
    const line = fatalCloseMessage(f);
    expect(line).toContain(`(${code})`);
    expect(line.split('\n')).toHaveLength(1);
  });
});

describe('idle threads', () => {
  const at = (ms: number) => (((BigInt(ms) - 1420070400000n) << 22n) | 1n).toString();
  const now = Date.parse('2026-04-19T12:00:00Z');

  it('are the ones with no message (nor archiving) within the idle time', () => {
    const idle = idleFor(60 * 60_000, now);
    expect(idle({ id: at(now - 3 * 3_600_000), lastMessageId: at(now - 2 * 3_600_000), archiveTimestamp: null })).toBe(true);
    expect(idle({ id: at(now - 3 * 3_600_000), lastMessageId: at(now - 10 * 60_000), archiveTimestamp: null })).toBe(false);
    expect(idle({ id: at(now - 10 * 60_000), lastMessageId: null, archiveTimestamp: null })).toBe(false);
    expect(idle({ id: at(now - 3 * 3_600_000), lastMessageId: null, archiveTimestamp: now - 60_000 })).toBe(false);
  });

  const cached = new Set(['10']);
  const isCached = (id: string) => cached.has(id);
  const packet = (t: string, d: Record<string, unknown>) => ({ t, d: { guild_id: '1', channel_id: '20', id: '30', ...d } });

  it("spot a person's message in a thread discord.js no longer caches", () => {
    expect(missedMessageEvent(packet('MESSAGE_CREATE', { type: 0, author: { id: '5' }, content: 'x' }), isCached)).toEqual({
      kind: 'create',
      channelId: '20',
      messageId: '30',
    });
    expect(missedMessageEvent(packet('MESSAGE_UPDATE', { content: 'y' }), isCached)?.kind).toBe('update');
    expect(missedMessageEvent(packet('MESSAGE_DELETE', {}), isCached)?.kind).toBe('delete');
  });

  it('ignore cached channels, bots, webhooks, system messages, embed-only updates and DMs', () => {
    expect(missedMessageEvent(packet('MESSAGE_CREATE', { channel_id: '10', author: {} }), isCached)).toBeUndefined();
    expect(missedMessageEvent(packet('MESSAGE_CREATE', { author: { bot: true } }), isCached)).toBeUndefined();
    expect(missedMessageEvent(packet('MESSAGE_CREATE', { author: {}, webhook_id: '9' }), isCached)).toBeUndefined();
    expect(missedMessageEvent(packet('MESSAGE_CREATE', { author: {}, type: 7 }), isCached)).toBeUndefined();
    expect(missedMessageEvent(packet('MESSAGE_UPDATE', { embeds: [] }), isCached)).toBeUndefined();
    expect(missedMessageEvent({ t: 'MESSAGE_CREATE', d: { channel_id: '20', id: '30', author: {} } }, isCached)).toBeUndefined();
    expect(missedMessageEvent({ t: 'GUILD_CREATE', d: {} }, isCached)).toBeUndefined();
  });
});
