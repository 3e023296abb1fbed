/**
 * The real bot (discord.js and all) against the fake Discord. Tests that check the Discord edge's
 * own behaviour (edit or post, markers, dismiss, attachments, commands) use a scripted engine, so
 * they do not move when the rules change; the seed-thread test uses the real engine.
 */
import { Writable } from 'node:stream';
import { afterAll, beforeAll } from 'vitest';
import { type Config, loadConfig } from '../../src/config.ts';
import type { Diagnosis, ThreadMessage } from '../../src/diagnose.ts';
import { type Bot, type BotOptions, startBot } from '../../src/discord/bot.ts';
import { createLogger } from '../../src/log.ts';
import { type Stage, stages } from '../../src/triage/stage.ts';
import {
  type FakeDiscord,
  type FakeDiscordOptions,
  type FakeUser,
  makeFakeToken,
  Perm,
  type RecordedRequest,
  type StoredMessage,
  startFakeDiscord,
} from '../../testkit/fake-discord/server.ts';

export const alice: FakeUser = { id: '300000000000000001', username: 'alice' };
export const bob: FakeUser = { id: '300000000000000002', username: 'bob' };
export const moderator: FakeUser = { id: '300000000000000003', username: 'mod' };
export const otherBot: FakeUser = { id: '300000000000000004', username: 'helper-bot', bot: true };
export const webhookUser: FakeUser = { id: '300000000000000005', username: 'GitHub', bot: true };

/**
 * The scripted engine: a thread is relevant when a message mentions `openclaw`; the stage is the
 * last `stage=<name>` written; the reply names the stage and counts the relevant messages, so a new
 * message in the same stage changes the text and a new stage posts anew; every `note=<word>` is
 * echoed, so editing a message can change the reply too. `LONG` splits the reply in two messages;
 * `VERIFIED` confirms the fix. Every call is recorded.
 */
export function scriptedEngine() {
  const calls: ThreadMessage[][] = [];
  const engine = (messages: readonly ThreadMessage[]): Diagnosis => {
    calls.push([...messages]);
    const texts = messages.map((m) => m.text);
    const relevantCount = texts.filter((t) => /openclaw/i.test(t)).length;
    let stage: Stage = 'need-evidence';
    for (const t of texts) {
      for (const m of t.matchAll(/stage=([a-z-]+)/g)) if (stages.includes(m[1] as Stage)) stage = m[1] as Stage;
    }
    const notes = texts.flatMap((t) => [...t.matchAll(/note=(\w+)/g)].map((m) => m[1]));
    const reply = `Stage ${stage}: ${relevantCount} message(s) with OpenClaw output.${notes.length ? ` Notes: ${notes.join(', ')}.` : ''} Hi @everyone <@${alice.id}>`;
    const long = texts.some((t) => t.includes('LONG'));
    const confirmed = texts.some((t) => t.includes('VERIFIED'));
    return {
      stage,
      findings: [],
      asks: [],
      reply,
      messages: long ? [reply, `${reply} (part 2)`] : [reply],
      details: [`Details for stage ${stage}.`],
      relevant: relevantCount > 0,
      secrets: [],
      verification: {
        confirmed,
        evidence: confirmed ? ['device a2db8970 now holds operator.admin'] : [],
        missing: confirmed ? [] : ['`openclaw devices list --json` after the approve'],
        summary: 'Cause: stale narrow CLI pairing. Fix: approved the repair request. OpenClaw 2026.4.14.',
      },
    };
  };
  return { engine, calls };
}

/** Log lines kept in memory, so tests can assert on what was (and was not) logged. */
export function memoryLog() {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk, _enc, done) {
      lines.push(...String(chunk).split('\n').filter(Boolean));
      done();
    },
  });
  return { logger: createLogger({ level: 'debug', destination: stream }), lines, text: () => lines.join('\n') };
}

export interface World {
  fake: FakeDiscord;
  forum: { id: string; tags: { id: string; name: string }[] };
  config: Config;
}

export async function startWorld(opts: FakeDiscordOptions = {}): Promise<World> {
  const fake = await startFakeDiscord({ heartbeatIntervalMs: 1_000, ...opts });
  const forum = fake.createForum({ name: 'help', tags: [{ name: 'pairing' }, { name: 'Solved' }] });
  fake.addMember(alice);
  fake.addMember(bob);
  fake.addMember(moderator, { permissions: Perm.ViewChannel | Perm.SendMessages | Perm.ManageThreads });
  // Through the real schema, so every setting not named here has its documented default.
  const config: Config = loadConfig({
    DISCORD_TOKEN: makeFakeToken(),
    HELP_FORUM_IDS: forum.id,
    SOLVED_TAG: 'solved',
    DISCORD_API_URL: fake.apiUrl,
    HEALTH_PORT: '0',
    LOG_LEVEL: 'debug',
  });
  return { fake, forum, config };
}

export async function launch(world: World, opts: BotOptions = {}): Promise<Bot> {
  const bot = await startBot(world.config, { cooldownMs: 0, drainMs: 2_000, logger: memoryLog().logger, ...opts });
  await bot.ready;
  return bot;
}

/** A fake Discord with the real bot on it, for the tests of one describe block: started before them, stopped after. */
export function worldWithBot(opts: BotOptions = {}): { readonly world: World; readonly bot: Bot } {
  let world: World | undefined;
  let bot: Bot | undefined;
  beforeAll(async () => {
    world = await startWorld();
    bot = await launch(world, opts);
  });
  afterAll(async () => {
    await bot?.stop();
    await world?.fake.close();
  });
  return {
    get world() {
      return world!;
    },
    get bot() {
      return bot!;
    },
  };
}

/** Requests that create or edit a message (where allowed_mentions belongs). */
export function isMessageWrite(r: RecordedRequest): boolean {
  if (r.injected) return false;
  if (/^\/channels\/\d+\/messages(\/\d+)?$/.test(r.path) && (r.method === 'POST' || r.method === 'PATCH')) return true;
  if (/^\/webhooks\/\d+\/[^/]+(\/messages\/[^/]+)?$/.test(r.path) && (r.method === 'POST' || r.method === 'PATCH')) return true;
  if (/^\/interactions\/\d+\/[^/]+\/callback$/.test(r.path)) return r.body?.type === 4 || r.body?.type === 7;
  return false;
}

export const botPosts = (r: RecordedRequest, channelId: string) =>
  r.method === 'POST' && r.path === `/channels/${channelId}/messages` && !r.injected && r.status < 300;
export const botEdits = (r: RecordedRequest, channelId: string) =>
  r.method === 'PATCH' && r.path.startsWith(`/channels/${channelId}/messages/`) && !r.injected && r.status < 300;

export function botMessages(fake: FakeDiscord, channelId: string): StoredMessage[] {
  return fake.messages(channelId).filter((m) => m.author.id === fake.botUser.id);
}

/** Polls until `check` stops throwing (the bot answers asynchronously to gateway events). */
export async function eventually<T>(check: () => T | Promise<T>, timeoutMs = 5_000): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    try {
      return await check();
    } catch (err) {
      if (Date.now() > until) throw err;
      await new Promise((r) => setTimeout(r, 25));
    }
  }
}

/** Lets the bot see and settle an event when the expectation is that nothing happens. */
export const settle = (ms = 400) => new Promise((r) => setTimeout(r, ms));

export function customIds(m: StoredMessage): string[] {
  return (m.components ?? []).flatMap((row: { components?: { custom_id?: string }[] }) =>
    (row.components ?? []).map((c) => c.custom_id ?? ''),
  );
}
