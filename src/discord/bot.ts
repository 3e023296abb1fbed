/**
 * The bot process's Discord side: one client, its event wiring, and a stop that lets replies in
 * flight finish. `main` and the end-to-end tests both start the bot through `startBot`.
 */
import {
  Client,
  Events,
  GatewayIntentBits,
  Options,
  Partials,
  RESTEvents,
  Status,
  type Message,
  type PartialMessage,
} from 'discord.js';
import type { Config } from '../config.ts';
import type { diagnose as engineDiagnose } from '../diagnose.ts';
import { createLogger, type Logger } from '../log.ts';
import { readAttachment } from './attachment.ts';
import { CaseStore } from './case-store.ts';
import { loadCommands } from './commands.ts';
import type { BotContext } from './context.ts';
import { Cooldown } from './cooldown.ts';
import { createEngine } from './engine.ts';
import { Gate } from './gate.ts';
import { HelpThreads } from './help-threads.ts';
import { InFlight } from './in-flight.ts';
import { createInteractionRouter } from './interactions.ts';
import type { ReadAttachment } from './thread-case.ts';
import { ThreadQueue } from './thread-queue.ts';

export interface BotOptions {
  logger?: Logger;
  /** Per-user wait between commands. */
  cooldownMs?: number;
  /** Diagnoses (thread reads, downloads, engine runs) in flight at once. */
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
  /** The engine itself; tests of the Discord edge pass a scripted one. */
  engine?: typeof engineDiagnose;
}

export interface Bot {
  client: Client;
  /** Resolves on the first READY; rejects when login fails (bad token, unreachable API). */
  ready: Promise<void>;
  /** True while the gateway session is up and the bot is not shutting down. */
  isReady(): boolean;
  stop(): Promise<void>;
}

export async function startBot(config: Config, opts: BotOptions = {}): Promise<Bot> {
  const log = opts.logger ?? createLogger({ level: config.LOG_LEVEL });
  const commands = await loadCommands();

  const client = new Client({
    // Message Content is privileged: without it in the Developer Portal, content arrives empty.
    intents: [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages, GatewayIntentBits.MessageContent],
    // Events for threads and messages not in cache (after a restart, edits of old messages) still arrive.
    partials: [Partials.Channel, Partials.Message],
    allowedMentions: { parse: [] },
    rest: config.DISCORD_API_URL ? { api: config.DISCORD_API_URL } : {},
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
      threads: { interval: 3600, lifetime: 3600 },
    },
  });

  const readText = opts.readAttachment ?? readAttachment;
  const queue = new ThreadQueue();
  const gate = new Gate(opts.maxInFlight ?? 4);
  const inFlight = new InFlight();
  const cases = new CaseStore({
    botId: () => client.user?.id ?? '',
    historyLimit: opts.historyLimit ?? 200,
    threadBudget: 20 * 1024 * 1024,
    maxThreads: opts.cacheThreads ?? 2_000,
    maxChars: opts.cacheChars ?? 64 * 1024 * 1024,
    read: readText,
  });
  const diagnose = createEngine(log, opts.engine);
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
    gate,
    queue,
    cases,
    maxReplies: opts.maxReplies ?? 3,
  });
  const route = createInteractionRouter(commands, ctx);

  let closing = false;
  const handle = (event: string, work: () => Promise<void>) => {
    if (closing) return;
    inFlight.track(work()).catch((err: unknown) => log.error({ err, event }, 'event handler failed'));
  };

  const { promise: ready, resolve: becameReady, reject: loginFailed } = Promise.withResolvers<void>();
  client.once(Events.ClientReady, (c) => {
    log.info({ user: c.user.id, guilds: c.guilds.cache.size, forums: config.HELP_FORUM_IDS, commands: [...commands.keys()] }, 'connected to Discord');
    becameReady();
  });
  client.on(Events.MessageCreate, (m) => handle('messageCreate', () => help.onMessage(m)));
  client.on(Events.MessageUpdate, (before: Message | PartialMessage, after: Message | PartialMessage) => {
    // Link previews also arrive as updates: only a changed text is a new paste.
    if (!before.partial && !after.partial && before.content === after.content) return;
    handle('messageUpdate', () => help.onMessage(after));
  });
  client.on(Events.MessageDelete, (m) => help.onDelete(m));
  client.on(Events.ThreadDelete, (t) => cases.forget(t.id));
  client.on(Events.InteractionCreate, (i) => handle('interactionCreate', () => route(i)));
  client.on(Events.Error, (err) => log.error({ err }, 'discord client error'));
  client.on(Events.Warn, (message) => log.warn({ message }, 'discord client warning'));
  client.on(Events.ShardReconnecting, (shard) => {
    if (!closing) log.warn({ shard }, 'gateway reconnecting');
  });
  client.on(Events.ShardResume, (shard, replayed) => log.info({ shard, replayed }, 'gateway resumed'));
  client.on(Events.ShardDisconnect, (event, shard) => log.error({ shard, code: event.code }, 'gateway disconnected for good'));
  client.rest.on(RESTEvents.RateLimited, (info) =>
    log.warn({ route: info.route, retryAfter: info.retryAfter, global: info.global }, 'rate limited by Discord'),
  );

  client.login(config.DISCORD_TOKEN).catch((err: unknown) => loginFailed(err));
  // A failed login is reported through `ready`; keep it from also counting as unhandled.
  ready.catch(() => undefined);

  let stopped: Promise<void> | undefined;
  return {
    client,
    ready,
    isReady: () =>
      !closing && client.isReady() && client.ws.shards.size > 0 && client.ws.shards.every((s) => s.status === Status.Ready),
    stop: () =>
      (stopped ??= (async () => {
        closing = true;
        const finished = await inFlight.drain(opts.drainMs ?? 5_000);
        if (!finished) log.warn({ pending: inFlight.size }, 'stopping with replies still in flight');
        await client.destroy();
        log.info('disconnected from Discord');
      })()),
  };
}
