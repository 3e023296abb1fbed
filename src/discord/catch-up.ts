/**
 * Catch-up: answering what the bot missed. A message that came in just before a crash or a kill,
 * or while the gateway session was lost (a new session replays nothing), would otherwise never get
 * a reply. So at every new session the help forums' active threads with a message in the window are
 * looked at, and those whose newest human message has no message of the bot's after it go through
 * the normal auto-reply path. It is idempotent because Discord is the store: the reply markers say
 * what was already said, an identical reply is left alone, and a dismissed thread stays quiet.
 */
import { type AnyThreadChannel, type Client, SnowflakeUtil } from 'discord.js';
import type { Logger } from '../log.ts';
import type { CatchUpResult, HelpThreads } from './help-threads.ts';
import { isOwnAutoReply } from './thread-case.ts';

export interface CatchUpOptions {
  forumIds: readonly string[];
  /** How far back a thread's newest message may be; 0 turns catch-up off. */
  windowMs: number;
  help: Pick<HelpThreads, 'catchUp'>;
  log: Logger;
  /** Threads looked at in parallel: live events keep most of the REST budget. */
  concurrency?: number;
  now?: () => number;
  /** True once the bot is shutting down: the rest is left for the next start. */
  stopping?: () => boolean;
}

export interface CatchUpSummary {
  /** Help threads active within the window. */
  threads: number;
  /** Threads where catch-up posted or edited a reply. */
  answered: number;
  failed: number;
}

const answers = new Set<CatchUpResult>(['post', 'follow-up', 'edit']);

export async function catchUp(client: Client<true>, opts: CatchUpOptions): Promise<CatchUpSummary> {
  const summary: CatchUpSummary = { threads: 0, answered: 0, failed: 0 };
  if (opts.forumIds.length === 0 || opts.windowMs <= 0) return summary;
  const since = (opts.now ?? Date.now)() - opts.windowMs;

  const threads: AnyThreadChannel[] = [];
  for (const guild of client.guilds.cache.values()) {
    // Not cached: a thread that gets a message later is cached then; the rest stay out of memory.
    const { threads: active } = await guild.channels.fetchActiveThreads(false);
    for (const thread of active.values()) {
      if (thread.parentId === null || !opts.forumIds.includes(thread.parentId)) continue;
      if (SnowflakeUtil.timestampFrom(thread.lastMessageId ?? thread.id) < since) continue;
      threads.push(thread);
    }
  }
  summary.threads = threads.length;
  if (threads.length === 0) return summary;
  opts.log.info({ threads: threads.length, hours: opts.windowMs / 3_600_000 }, 'catching up on recent help threads');

  const queue = [...threads];
  const worker = async () => {
    for (let thread = queue.shift(); thread && !opts.stopping?.(); thread = queue.shift()) {
      try {
        if (await newestIsOwn(thread, client.user.id)) continue;
        const result = await opts.help.catchUp(thread);
        if (answers.has(result)) {
          summary.answered++;
          opts.log.info({ thread: thread.id, plan: result }, 'caught up on a thread');
        }
      } catch (err) {
        // Cut short by shutdown (an abandoned download): the next start picks the thread up again.
        if (opts.stopping?.()) return;
        summary.failed++;
        opts.log.warn({ thread: thread.id, err }, 'catch-up failed for a thread');
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, opts.concurrency ?? 2) }, worker));
  opts.log.info(summary, 'catch-up done');
  return summary;
}

/** One cheap read first: when the newest message is the bot's own, the thread was answered. */
async function newestIsOwn(thread: AnyThreadChannel, botId: string): Promise<boolean> {
  const newest = (await thread.messages.fetch({ limit: 1, cache: false })).first();
  return newest !== undefined && isOwnAutoReply(newest, botId);
}
