/**
 * Thread channels leave discord.js's cache once idle. discord.js keeps every thread it has seen, and
 * its own sweeper takes only archived ones, so thousands of recent threads would stay in memory
 * for days. Sweeping a thread that is still open has a catch: discord.js drops message events for
 * a channel it does not know (MESSAGE_CREATE carries no channel type), so such events are spotted
 * raw here, and the bot fetches the thread (cached again from then on) and the message itself.
 */
import { type AnyThreadChannel, GatewayDispatchEvents, MessageType, SnowflakeUtil } from 'discord.js';

/** When the thread last saw a message (or was created, or archived), in ms. */
export function lastActivity(thread: Pick<AnyThreadChannel, 'id' | 'lastMessageId' | 'archiveTimestamp'>): number {
  const last = SnowflakeUtil.timestampFrom(thread.lastMessageId ?? thread.id);
  return Math.max(last, thread.archiveTimestamp ?? 0);
}

/** A sweep filter: threads idle for `idleMs`. */
export function idleFor(idleMs: number, now = Date.now()) {
  const cutoff = now - idleMs;
  return (thread: Pick<AnyThreadChannel, 'id' | 'lastMessageId' | 'archiveTimestamp'>) => lastActivity(thread) < cutoff;
}

export interface MissedMessageEvent {
  kind: 'create' | 'update' | 'delete';
  channelId: string;
  messageId: string;
}

const humanTypes = new Set<number>([MessageType.Default, MessageType.Reply]);

/**
 * A guild message event discord.js is about to drop because its channel is not cached; only the
 * ones that can matter (a person's new or edited text, a deletion), so bots' posts cost nothing.
 */
export function missedMessageEvent(
  packet: { t?: string | null; d?: unknown },
  isCached: (channelId: string) => boolean,
): MissedMessageEvent | undefined {
  const t = packet.t;
  if (t !== GatewayDispatchEvents.MessageCreate && t !== GatewayDispatchEvents.MessageUpdate && t !== GatewayDispatchEvents.MessageDelete) {
    return undefined;
  }
  const d = (packet.d ?? {}) as Record<string, unknown>;
  const channelId = typeof d.channel_id === 'string' ? d.channel_id : undefined;
  const messageId = typeof d.id === 'string' ? d.id : undefined;
  if (!channelId || !messageId || typeof d.guild_id !== 'string' || isCached(channelId)) return undefined;
  if (t === GatewayDispatchEvents.MessageDelete) return { kind: 'delete', channelId, messageId };
  const author = d.author as { bot?: boolean } | undefined;
  if (author?.bot || d.webhook_id) return undefined;
  if (typeof d.type === 'number' && !humanTypes.has(d.type)) return undefined;
  // An update without content is an embed or preview arriving, not a new paste.
  if (t === GatewayDispatchEvents.MessageUpdate && typeof d.content !== 'string') return undefined;
  return { kind: t === GatewayDispatchEvents.MessageCreate ? 'create' : 'update', channelId, messageId };
}
