/**
 * The bot process's Discord side: one client, its event wiring, and a stop that lets replies in
 * flight finish. `main` and the end-to-end tests both start the bot through `startBot`.
 */
import { availableParallelism } from 'node:os';
import {
  Client,
  Events,
  GatewayIntentBits,
  type Message,
  Options,
  type PartialMessage,
  Partials,
  Status,
  type ThreadChannel,
} from 'discord.js';
import type { Config } from '../config.ts';

import { threadBudgetChars } from '../intake/budget.ts';
import { createLogger, type Logger } from '../log.ts';
import { readAttachment } from './attachment.ts';
import { CaseStore } from './case-store.ts';
import { catchUp } from './catch-up.ts';
import { loadCommands } from './commands.ts';
import type { BotContext } from './context.ts';
import { Cooldown } from './cooldown.ts';
import { DownloadAbandoned, Downloads } from './downloads.ts';
import { createEngine, type InlineEngine } from './engine.ts';
import { EnginePool, engineModule } from './engine-pool.ts';
import { describeFatalClose, type FatalClose } from './fatal-close.ts';
import { Gate } from './gate.ts';
import { HelpThreads } from './help-threads.ts';
import { idleFor, missedMessageEvent } from './idle-threads.ts';
import { InFlight } from './in-flight.ts';
import { createInteractionRouter } from './interactions.ts';
import { logRateLimits, restOptions } from './rest-log.ts';
import type { ReadAttachment } from './thread-case.ts';
import { ThreadQueue } from './thread-queue.ts';

export interface BotOptions {
  logger?: Logger;
  /** Per-user wait between commands. */
  cooldownMs?: number;
  /** Engine runs in flight at once (inline and in workers); commands get "busy" past it. */
  maxInFlight?: number;
  /** Messages read back when a thread is not cached. */
  historyLimit?: number;
  /** Auto-replies per thread; after that the newest one is edited. */
  maxReplies?: number;
  /** How long stop() waits for replies in flight. */
  drainMs?: number;
  cacheThreads?: number;
  cacheChars?: number;
  readAttachment?: ReadAttachment;
  /** The engine run inline; tests of the Discord edge pass a scripted one (then, by default, no workers). */
  engine?: InlineEngine;
  /** A module exporting `diagnose`, run in the worker threads (default: the real engine). */
  engineModule?: URL;
  /** Threads of at least this many characters are diagnosed in a worker. */
  workerMinChars?: number;
  /** Worker threads at most (default: one less than the cores, at least one, at most two). */
  engineWorkers?: number;
}

export interface Bot {
  client: Client;
  /** Resolves on the first READY; rejects when login fails (bad token, unreachable API). */
  ready: Promise<void>;
  /** Resolves when Discord closed the gateway for good (bad token, disallowed intents, …). */
  fatal: Promise<FatalClose>;
  /** True while the gateway session is up and the bot is not shutting down. */
  isReady(): boolean;
  /** Takes thread channels idle for `idleMs` (default THREAD_IDLE_MINUTES) out of discord.js's cache. */
  sweepIdleThreads(idleMs?: number): number;
  /** Resolves when the catch-up of the latest gateway session is done (tests and the bench wait on it). */
  caughtUp(): Promise<void>;
  stop(): Promise<void>;
}

export async function startBot(config: Config, opts: BotOptions = {}): Promise<Bot> {
  const log = opts.logger ?? createLogger({ level: config.LOG_LEVEL });
  const commands = await loadCommands();
  const idleMs = config.THREAD_IDLE_MINUTES * 60_000;

  const client = new Client({
    // Message Content is privileged: without it in the Developer Portal, content arrives empty.
    intents: [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages, GatewayIntentBits.MessageContent],
    // Events for threads and messages not in cache (after a restart, edits of old messages) still arrive.
    partials: [Partials.Channel, Partials.Message],
    allowedMentions: { parse: [] },
    rest: restOptions(config.DISCORD_API_URL ? { api: config.DISCORD_API_URL } : {}, log),
    // Our own LRU (case-store.ts) holds what diagnoses need. discord.js's caches grow with every
    // thread, user and message seen, so they are capped: no messages at all (events for uncached
    // ones arrive as partials), and users/members beyond the bot itself only up to a bound.
    makeCache: Options.cacheWithLimits({
      ...Options.DefaultMakeCacheSettings,
      MessageManager: 0,
      UserManager: { maxSize: 1000, keepOverLimit: (user) => user.id === user.client.user.id },
      GuildMemberManager: { maxSize: 1000, keepOverLimit: (member) => member.id === member.client.user.id },
    }),
    sweepers: {
      ...Options.DefaultSweeperSettings,
      // Every thread idle for THREAD_IDLE_MINUTES, archived or not (idle-threads.ts catches its later messages).
      threads: { interval: Math.min(3600, Math.max(60, idleMs / 2000)), filter: () => idleFor(idleMs) },
    },
  });

  const downloads = new Downloads({
    concurrency: config.DOWNLOAD_CONCURRENCY,
    deadlineMs: config.DOWNLOAD_TIMEOUT_SECONDS * 1000,
    read: opts.readAttachment ?? readAttachment,
  });
  const readText = downloads.read;
  const queue = new ThreadQueue();
  const gate = new Gate(opts.maxInFlight ?? 4);
  const inFlight = new InFlight();
  const cases = new CaseStore({
    botId: () => client.user?.id ?? '',
    historyLimit: opts.historyLimit ?? 200,
    threadBudget: threadBudgetChars,
    maxThreads: opts.cacheThreads ?? 2_000,
    maxChars: opts.cacheChars ?? 64 * 1024 * 1024,
    read: readText,
  });
  // A scripted inline engine means a test of the Discord edge: workers only when it asks for them.
  const pool =
    opts.engine && !opts.engineModule
      ? undefined
      : new EnginePool({
          size: opts.engineWorkers ?? Math.min(2, Math.max(1, availableParallelism() - 1)),
          idleMs: 60_000,
          engine: opts.engineModule ?? engineModule,
        });
  const diagnose = createEngine({ log, gate, run: opts.engine, pool, minChars: opts.workerMinChars });
  const ctx: BotContext = {
    client: client as Client<true>,
    config,
    log,
    diagnose,
    gate,
    cooldown: new Cooldown(opts.cooldownMs ?? 5_000),
    cases,
    readAttachment: readText,
  };
  const help = new HelpThreads({
    forumIds: config.HELP_FORUM_IDS,
    log,
    diagnose,
    queue,
    cases,
    maxReplies: opts.maxReplies ?? 3,
  });
  const route = createInteractionRouter(commands, ctx);

  let closing = false;
  const handle = (event: string, work: () => Promise<unknown>) => {
    if (closing) return;
    inFlight.track(work()).catch((err: unknown) => {
      // Cut short by shutdown: the next start's catch-up answers that thread.
      if (err instanceof DownloadAbandoned) log.info({ event }, 'reply abandoned at shutdown');
      else log.error({ err, event }, 'event handler failed');
    });
  };

  // Every new gateway session (the first, and any re-identify after a resume failed) may have missed
  // messages; one catch-up at a time, each after the previous.
  let catchingUp: Promise<void> = Promise.resolve();
  const startCatchUp = () => {
    const windowMs = config.CATCH_UP_HOURS * 3_600_000;
    catchingUp = catchingUp.then(() =>
      catchUp(client as Client<true>, { forumIds: config.HELP_FORUM_IDS, windowMs, help, log, stopping: () => closing }).then(
        () => undefined,
        (err: unknown) => log.warn({ err }, 'catch-up failed'),
      ),
    );
    inFlight.track(catchingUp);
  };

  const { promise: ready, resolve: becameReady, reject: loginFailed } = Promise.withResolvers<void>();
  const { promise: fatal, resolve: closedForGood } = Promise.withResolvers<FatalClose>();
  client.once(Events.ClientReady, (c) => {
    log.info(
      { user: c.user.id, guilds: c.guilds.cache.size, forums: config.HELP_FORUM_IDS, commands: [...commands.keys()] },
      'connected to Discord',
    );
    becameReady();
  });
  client.on(Events.ShardReady, () => {
    if (!closing) startCatchUp();
  });
  client.on(Events.MessageCreate, (m) => handle('messageCreate', () => help.onMessage(m)));
  client.on(Events.MessageUpdate, (before: Message | PartialMessage, after: Message | PartialMessage) => {
    // Link previews also arrive as updates: only a changed text is a new paste.
    if (!before.partial && !after.partial && before.content === after.content) return;
    handle('messageUpdate', () => help.onMessage(after));
  });
  client.on(Events.MessageDelete, (m) => help.onDelete(m));
  client.on(Events.Raw, (packet: { t?: string | null; d?: unknown }) => {
    const missed = missedMessageEvent(packet, (id) => client.channels.cache.has(id));
    if (!missed) return;
    if (missed.kind === 'delete') return cases.forgetMessage(missed.channelId, missed.messageId);
    // A thread swept from the cache while idle: fetch it (cached again) and the message, then as usual.
    handle('uncachedThreadMessage', async () => {
      const channel = await client.channels.fetch(missed.channelId).catch(() => null);
      if (!channel?.isThread()) return;
      const message = await channel.messages.fetch({ message: missed.messageId, cache: false }).catch(() => undefined);
      if (message) await help.onMessage(message);
    });
  });
  client.on(Events.ThreadDelete, (t) => cases.forget(t.id));
  client.on(Events.InteractionCreate, (i) => handle('interactionCreate', () => route(i)));
  client.on(Events.Error, (err) => log.error({ err }, 'discord client error'));
  client.on(Events.Warn, (message) => log.warn({ message }, 'discord client warning'));
  client.on(Events.ShardReconnecting, (shard) => {
    if (!closing) log.warn({ shard }, 'gateway reconnecting');
  });
  client.on(Events.ShardResume, (shard, replayed) => log.info({ shard, replayed }, 'gateway resumed'));
  // discord.js emits this only for closes it will not recover from; main.ts logs it and exits.
  client.on(Events.ShardDisconnect, (event) => {
    if (!closing) closedForGood(describeFatalClose(event.code));
  });
  logRateLimits(client.rest, log);

  client.login(config.DISCORD_TOKEN).catch((err: unknown) => loginFailed(err));
  // A failed login is reported through `ready`; keep it from also counting as unhandled.
  ready.catch(() => undefined);

  let stopped: Promise<void> | undefined;
  return {
    client,
    ready,
    fatal,
    isReady: () => !closing && client.isReady() && client.ws.shards.size > 0 && client.ws.shards.every((s) => s.status === Status.Ready),
    sweepIdleThreads: (ms = idleMs) => {
      const idle = idleFor(ms);
      return client.sweepers.sweepThreads((channel) => idle(channel as ThreadChannel));
    },
    caughtUp: () => catchingUp,
    stop: () =>
      (stopped ??= (async () => {
        closing = true;
        const drainMs = opts.drainMs ?? 5_000;
        let finished = await inFlight.drain(drainMs);
        if (!finished) {
          // Stalled downloads would outlive the connection; abandon them (catch-up answers those threads later).
          downloads.stop();
          finished = await inFlight.drain(Math.min(1_000, drainMs));
        }
        if (!finished) log.warn({ pending: inFlight.size }, 'stopping with replies still in flight');
        await pool?.close();
        await client.destroy();
        log.info('disconnected from Discord');
      })()),
  };
}
