/**
 * The bot side of `npm run bench`: the real bot (discord.js, the real engine, main.ts's defaults)
 * against the fake Discord on 127.0.0.1. Figures, not assertions.
 *
 * Three processes, all this file: `npm run bench` (engine figures) forks the bot bench
 * (`--bot-bench`, with --expose-gc), so the bot's RSS is not the engine bench's leftovers; that forks
 * the fake Discord (`--fake-discord`), so the fake's work (HTTP, JSON, gateway frames) stays off the
 * bot's event loop and its store (every thread, message and recorded request) out of the bot's RSS.
 * The fake's process also sends the burst, so send times and the fake's `at` stamps share a clock.
 *
 *   burst     50 help threads, then 500 gateway events as fast as one sender can dispatch them:
 *             pastes that move the stage (a new reply), pastes and user edits that keep it (the reply
 *             edited in place), and chatter (no request at all). Latency = the fake's `at` of the bot's
 *             first POST/PATCH for that event − the time just before the fake dispatched the event.
 *             Run twice on fresh threads: with discord.js's 50 requests/s global limit (as on Discord),
 *             then with it lifted, which leaves the bot's own time.
 *             Which event a reply belongs to: a thread's messages are diagnosed one after the other, the
 *             bot logs `help thread diagnosed` {thread, plan} for each, and every reply (post or edit)
 *             ends with the one write carrying the buttons; so a thread's writes, cut after each button
 *             write, line up with its post/edit plans in order.
 *   loop      monitorEventLoopDelay over each burst, from the first send to the last reply.
 *   memory    10,000 new threads (one pairing paste each, each by a different user) through the full
 *             gateway path, fed 250 at a time with the global REST limit lifted; RSS and heapUsed after
 *             a forced GC before, at every 2,500, after, and after sweeping discord.js's message cache.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import type { Config } from '../src/config.ts';
import type { Bot } from '../src/discord/bot.ts';
import { makeFakeToken, startFakeDiscord, type FakeDiscord, type FakeUser, type RecordedRequest } from '../test/fake-discord/server.ts';

const FIXTURES = join(import.meta.dirname, '..', 'test', 'fixtures');
const fixture = (path: string) => readFileSync(join(FIXTURES, path), 'utf8');

export const burstThreads = 50;
export const burstEvents = 500;
export const memoryThreads = 10_000;
const memoryBatch = 250;
const checkpointEvery = 2_500;
/** monitorEventLoopDelay's timer period; each sample is this plus the delay. */
const loopResolutionMs = 1;
/** The bot bench is killed past this (it normally takes well under a minute). */
const botBenchDeadlineMs = 6 * 60_000;

// ───────────────────────────── texts (real 2026.4.14 captures and seed 000) ─────────────────────────────

type Flavour = 'stale' | 'seed' | 'chatter';

/** A pasted devices list is judged against its request's `ts`: make it a minute old at bench time. */
const fresh = (json: string, now: number) => json.replace(/("ts":\s*)\d+/g, (_m, key: string) => `${key}${now - 60_000}`);

const chatter = [
  'thanks, trying that now',
  'ok one sec',
  'sorry, was afk for a bit',
  'anyone around?',
  'here you go',
  'that did it, thank you so much!',
  'will mark this solved',
  'np, good luck',
  'same here',
  'brb',
];

function texts(now: number) {
  const stale = 'openclaw-2026.4.14/stale-baseline/';
  const auditLines = fixture(`${stale}gateway.log`)
    .split('\n')
    .filter((l) => l.includes('security audit') || l.includes('closed before connect'))
    .slice(0, 6)
    .join('\n');
  return {
    cliError: fixture(`${stale}cli-error.txt`),
    staleDevices: `openclaw devices list --json\n${fresh(fixture(`${stale}devices-list-after-supersede.json`), now)}`,
    audit: `logs:\n${auditLines}`,
    approveStale: fixture(`${stale}approve-stale.txt`),
    approveFresh: fixture(`${stale}approve-fresh.txt`),
    opening: fixture('seeds/000-1-opening-post.txt'),
    version: fixture('seeds/000-2-version.txt'),
    pleaseRespond: fixture('seeds/000-3-please-respond.txt'),
    seedLogs: fixture('seeds/000-4-logs.txt'),
    seedDevices: fresh(fixture('seeds/000-5-devices-list.txt'), now),
    approveUnknown: fixture('seeds/000-6-approve-unknown.txt'),
  };
}

/** One burst event: a new message in a thread, or the asker editing one of their earlier ones. */
interface BurstEvent {
  thread: number;
  kind: 'post' | 'edit';
  text: string;
  /** For an edit: which of this thread's earlier events (0-based) is edited. */
  edits?: number;
}

interface BurstPlan {
  /** `index`: the thread's number across the whole run (the fake keys threads and askers by it). */
  starters: { index: number; name: string; flavour: Flavour; content: string }[];
  /** Round-robin over the threads: every thread's 1st message, then every thread's 2nd, … */
  events: BurstEvent[];
}

/** 50 threads × 10 events. Every 5th thread is chatter only (never answered); the others alternate two real cases. */
export function burstPlan(now: number, offset = 0, threads = burstThreads, perThread = burstEvents / burstThreads): BurstPlan {
  const t = texts(now);
  const script: Record<Flavour, { starter: string; steps: Omit<BurstEvent, 'thread'>[] }> = {
    // stale-baseline: CLI error, fresh list, audit, stale approve (then edited), fresh approve.
    stale: {
      starter: t.cliError,
      steps: [
        { kind: 'post', text: chatter[0]! },
        { kind: 'post', text: t.staleDevices },
        { kind: 'post', text: chatter[1]! },
        { kind: 'post', text: t.audit },
        { kind: 'post', text: t.approveStale },
        { kind: 'edit', edits: 4, text: `${t.approveStale}\n(ran it twice, same output)` },
        { kind: 'post', text: chatter[2]! },
        { kind: 'post', text: t.approveFresh },
        { kind: 'post', text: chatter[5]! },
        { kind: 'post', text: chatter[6]! },
      ],
    },
    // seed 000: the opening post, version, "please respond", logs, the list (then re-pasted as an edit), approve.
    seed: {
      starter: t.opening,
      steps: [
        { kind: 'post', text: t.version },
        { kind: 'post', text: t.pleaseRespond },
        { kind: 'post', text: t.seedLogs },
        { kind: 'post', text: chatter[4]! },
        { kind: 'post', text: t.seedDevices },
        { kind: 'post', text: chatter[3]! },
        { kind: 'post', text: t.approveUnknown },
        { kind: 'edit', edits: 4, text: `\`\`\`json\n${t.seedDevices}\n\`\`\`` },
        { kind: 'post', text: chatter[0]! },
        { kind: 'post', text: chatter[7]! },
      ],
    },
    chatter: {
      starter: "How do I change my bot's nickname on my server? It keeps showing the old one.",
      steps: chatter.map((text) => ({ kind: 'post' as const, text })),
    },
  };
  const flavours: Flavour[] = [];
  for (let i = 0; i < threads; i++) flavours.push(i % 5 === 4 ? 'chatter' : i % 2 === 0 ? 'stale' : 'seed');
  const events: BurstEvent[] = [];
  for (let step = 0; step < perThread; step++) {
    for (const [thread, f] of flavours.entries()) {
      const s = script[f].steps[step % script[f].steps.length]!;
      events.push({ ...s, thread: offset + thread });
    }
  }
  return {
    starters: flavours.map((f, i) => ({ index: offset + i, name: `bench ${f} ${offset + i}`, flavour: f, content: script[f].starter })),
    events,
  };
}

const hex = (n: number, width: number) => (n >>> 0).toString(16).padStart(8, '0').repeat(Math.ceil(width / 8)).slice(0, width);

/** Thread `i`'s one paste for the memory run: the seed's devices list with ids of its own, a minute old. */
export function memoryPaste(i: number, now: number, devices: string): string {
  const request = `${hex(i * 2654435761, 8)}-ba50-427a-b3ff-${hex(i, 12)}`;
  const device = hex(i * 40503 + 7, 64);
  return `openclaw devices list --json\n${fresh(devices, now)
    .replace('8b796ecc-ba50-427a-b3ff-19c4c5377692', request)
    .replaceAll('a2db8970aba2b534c3ff841ad0f625450251c90e83de730f916a0d9aea153d60', device)}`;
}

// ───────────────────────────── the child: the fake Discord and the sender ─────────────────────────────

/** What the parent learns of one bot write (POST/PATCH of a channel message). */
interface Write {
  thread: string;
  method: string;
  at: number;
  /** Carries the buttons: the last write of one reply. */
  closes: boolean;
}

const isBotWrite = (r: RecordedRequest) =>
  !r.injected &&
  r.status < 300 &&
  ((r.method === 'POST' && /^\/channels\/\d+\/messages$/.test(r.path)) ||
    (r.method === 'PATCH' && /^\/channels\/\d+\/messages\/\d+$/.test(r.path)));

interface ChildState {
  fake?: FakeDiscord;
  forumId: string;
  threadIds: string[];
}

function childOps(state: ChildState) {
  const fake = () => {
    if (!state.fake) throw new Error('fake not started');
    return state.fake;
  };
  const asker = (i: number): FakeUser => ({ id: String(400000000000000000n + BigInt(i)), username: `asker${i}` });
  let writesSeen = 0;
  let closesSeen = 0;
  const countWrites = () => {
    const reqs = fake().requests;
    for (; writesSeen < reqs.length; writesSeen++) {
      const r = reqs[writesSeen]!;
      if (isBotWrite(r) && Array.isArray(r.body?.components) && r.body.components.length > 0) closesSeen++;
    }
    return closesSeen;
  };
  return {
    async start() {
      state.fake = await startFakeDiscord();
      state.forumId = state.fake.createForum({ name: 'help', tags: [{ name: 'pairing' }, { name: 'Solved' }] }).id;
      return { apiUrl: state.fake.apiUrl, forumId: state.forumId };
    },
    async createThreads(a: { from: number; items?: { name: string; content: string }[]; memory?: { count: number; now: number } }) {
      const devices = a.memory ? fixture('seeds/000-5-devices-list.txt') : '';
      const n = a.items?.length ?? a.memory?.count ?? 0;
      for (let k = 0; k < n; k++) {
        const i = a.from + k;
        const item = a.items?.[k] ?? { name: `memory ${i}`, content: memoryPaste(i, a.memory!.now, devices) };
        const { threadId } = await fake().createThread(state.forumId, { name: item.name, owner: asker(i), content: item.content });
        state.threadIds[i] = threadId;
      }
      return n;
    },
    /** Sends every event, in order, each as soon as the previous one was written to the gateway socket. */
    async burst(a: { events: BurstEvent[] }) {
      const f = fake();
      const mark = f.requests.length;
      const ids = new Map<number, string[]>();
      const sent: { thread: string; at: number }[] = [];
      for (const e of a.events) {
        const thread = state.threadIds[e.thread]!;
        const own = ids.get(e.thread) ?? [];
        ids.set(e.thread, own);
        const at = Date.now();
        if (e.kind === 'edit') {
          const id = own[e.edits ?? -1];
          if (!id) throw new Error(`burst: thread ${e.thread} has no message ${e.edits} to edit`);
          await f.editMessage(thread, id, e.text);
          own.push(id);
        } else {
          own.push((await f.postMessage(thread, { author: asker(e.thread), content: e.text })).id);
        }
        sent.push({ thread, at });
      }
      return { mark, sent };
    },
    /** Reply-closing writes so far (the parent compares them with the post/edit plans it logged). */
    closes: () => countWrites(),
    requestCount: () => fake().requests.length,
    writes(a: { from: number }): Write[] {
      return fake()
        .requests.slice(a.from)
        .filter(isBotWrite)
        .map((r) => ({
          thread: r.path.split('/')[2]!,
          method: r.method,
          at: r.at,
          closes: Array.isArray(r.body?.components) && r.body.components.length > 0,
        }));
    },
    async close() {
      await state.fake?.close();
      return true;
    },
  };
}

type Ops = ReturnType<typeof childOps>;

function serveFakeDiscord(): void {
  const state: ChildState = { forumId: '', threadIds: [] };
  const ops = childOps(state);
  process.on('message', (m: { id: number; op: keyof Ops; arg?: unknown }) => {
    void (async () => {
      try {
        const result = await (ops[m.op] as (a: unknown) => unknown)(m.arg);
        process.send?.({ id: m.id, ok: true, result });
        if (m.op === 'close') process.disconnect();
      } catch (err) {
        process.send?.({ id: m.id, ok: false, error: err instanceof Error ? (err.stack ?? err.message) : String(err) });
      }
    })();
  });
  // The parent went away (crash, Ctrl-C): stop serving and let the process end.
  process.on('disconnect', () => void state.fake?.close());
}

/** The parent's handle on the child: `call('op', arg)` resolves with what the op returned. */
class FakeProcess {
  readonly #child: ChildProcess;
  readonly #pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
  readonly exited: Promise<void>;
  #next = 0;

  constructor() {
    this.#child = fork(fileURLToPath(import.meta.url), ['--fake-discord'], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    this.#child.on('message', (m: { id: number; ok: boolean; result?: unknown; error?: string }) => {
      const p = this.#pending.get(m.id);
      this.#pending.delete(m.id);
      if (m.ok) p?.resolve(m.result);
      else p?.reject(new Error(`fake Discord: ${m.error}`));
    });
    this.exited = new Promise((resolve) =>
      this.#child.once('exit', () => {
        for (const p of this.#pending.values()) p.reject(new Error('fake Discord process exited'));
        this.#pending.clear();
        resolve();
      }),
    );
  }

  call<K extends keyof Ops>(op: K, ...arg: Parameters<Ops[K]>): Promise<Awaited<ReturnType<Ops[K]>>> {
    const id = this.#next++;
    return new Promise((resolve, reject) => {
      this.#pending.set(id, { resolve: resolve as (v: unknown) => void, reject });
      this.#child.send({ id, op, arg: arg[0] });
    });
  }

  /** Closes the fake and waits for the child to end; kills it (by its own handle) if it hangs. */
  async close(): Promise<void> {
    if (this.#child.exitCode === null && this.#child.connected) await this.call('close').catch(() => undefined);
    const timer = setTimeout(() => this.#child.kill(), 5_000);
    await this.exited;
    clearTimeout(timer);
  }
}

// ───────────────────────────── the bot's process ─────────────────────────────

export interface MemorySample {
  label: string;
  rssMb: number;
  heapMb: number;
  /** discord.js's own caches (not the bot's LRU): threads in client.channels, messages in their managers. */
  cachedThreads: number;
  cachedMessages: number;
  /** Users and guild members discord.js keeps from message payloads (no sweeper by default). */
  cachedUsers: number;
  cachedMembers: number;
}

export interface BurstFigures {
  events: number;
  threads: number;
  sendMs: number;
  doneMs: number;
  /** Every REST request the bot made from the first send to the last reply; `writes` of them POST/PATCH. */
  requests: number;
  writes: number;
  plans: Record<string, number>;
  replies: number;
  noReply: number;
  latency: { p50: number; p99: number; max: number; n: number };
  /** Net of the sampling interval (`loopResolutionMs`), which the histogram also counts. */
  loop: { p50: number; p99: number; max: number };
  /** Waits discord.js logged on its 50 requests/s global limit. */
  rateLimited: number;
  unmatched: number;
}

export interface BotFigures {
  bursts: { limited: BurstFigures; unlimited: BurstFigures };
  memory: { threads: number; seconds: number; samples: MemorySample[]; gc: boolean; plans: Record<string, number> };
  errors: string[];
}

interface Diagnosed {
  thread: string;
  plan: string;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function until(what: string, check: () => boolean | Promise<boolean>, timeoutMs: number, everyMs = 20): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`bot bench: timed out waiting for ${what}`);
    await sleep(everyMs);
  }
}

function percentile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]!;
}

const count = (xs: readonly Diagnosed[]) => {
  const out: Record<string, number> = {};
  for (const x of xs) out[x.plan] = (out[x.plan] ?? 0) + 1;
  return out;
};

const replyPlans = (xs: readonly Diagnosed[]) => xs.filter((x) => x.plan === 'post' || x.plan === 'edit').length;

async function gcNow(): Promise<boolean> {
  if (!globalThis.gc) return false;
  for (let i = 0; i < 3; i++) {
    globalThis.gc();
    await sleep(20);
  }
  return true;
}

/** A thread's writes cut after each button-carrying write, paired in order with its post/edit plans. */
export function replyLatencies(
  sent: readonly { thread: string; at: number }[],
  plans: readonly Diagnosed[],
  writes: readonly Write[],
): { latencies: number[]; unmatched: number } {
  const byThread = new Map<string, { sent: number[]; plans: string[]; replies: Write[][] }>();
  const entry = (t: string) => {
    let e = byThread.get(t);
    if (!e) byThread.set(t, (e = { sent: [], plans: [], replies: [[]] }));
    return e;
  };
  for (const s of sent) entry(s.thread).sent.push(s.at);
  for (const d of plans) entry(d.thread).plans.push(d.plan);
  for (const w of writes) {
    const r = entry(w.thread).replies;
    r[r.length - 1]!.push(w);
    if (w.closes) r.push([]);
  }
  const latencies: number[] = [];
  let unmatched = 0;
  for (const e of byThread.values()) {
    let reply = 0;
    for (const [i, p] of e.plans.entries()) {
      if (p !== 'post' && p !== 'edit') continue;
      const first = e.replies[reply++]?.[0];
      const at = e.sent[i];
      if (first && at !== undefined) latencies.push(first.at - at);
      else unmatched++;
    }
    // Writes the plans do not account for would mean the pairing is off.
    unmatched += e.replies.slice(reply).filter((r) => r.length > 0).length;
  }
  return { latencies: latencies.sort((a, b) => a - b), unmatched };
}

export async function runBotBench(): Promise<BotFigures> {
  // Loaded here, not at the top: the fake's process (this file with --fake-discord) has no use for discord.js.
  const { startBot } = await import('../src/discord/bot.ts');
  const { createLogger } = await import('../src/log.ts');

  const diagnosed: Diagnosed[] = [];
  const errors: string[] = [];
  let rateLimited = 0;
  // pino writes each line synchronously to anything with a `write`: `diagnosed` is in the bot's own order.
  const sink = {
    write(line: string) {
      if (line.includes('"msg":"help thread diagnosed"')) {
        const o = JSON.parse(line) as Diagnosed;
        diagnosed.push({ thread: o.thread, plan: o.plan });
      } else if (line.includes('"msg":"rate limited by Discord"')) {
        rateLimited++;
      } else if (/"level":(40|50|60)/.test(line) && errors.length < 5) {
        errors.push(line.slice(0, 300));
      }
    },
  };
  const logger = createLogger({ level: 'info', destination: sink as unknown as NodeJS.WritableStream });

  const fake = new FakeProcess();
  let bot: Bot | undefined;
  try {
    const { apiUrl, forumId } = await fake.call('start');
    const config: Config = {
      DISCORD_TOKEN: makeFakeToken(),
      HELP_FORUM_IDS: [forumId],
      MODERATOR_ROLE_IDS: [],
      SOLVED_TAG: 'Solved',
      DISCORD_API_URL: apiUrl,
      HEALTH_PORT: 0,
      LOG_LEVEL: 'info',
      DISCORD_GUILD_ID: undefined,
      DISCORD_APPLICATION_ID: undefined,
    };
    // The production defaults (main.ts passes only the logger): 4 diagnoses in flight, 2,000 cached threads.
    bot = await startBot(config, { logger });
    await bot.ready;
    const client = bot.client;

    const sample = (label: string): MemorySample => {
      const m = process.memoryUsage();
      let cachedThreads = 0;
      let cachedMessages = 0;
      for (const c of client.channels.cache.values()) {
        if (!c.isThread()) continue;
        cachedThreads++;
        cachedMessages += c.messages.cache.size;
      }
      const cachedMembers = client.guilds.cache.reduce((n, g) => n + g.members.cache.size, 0);
      return {
        label,
        rssMb: m.rss / 2 ** 20,
        heapMb: m.heapUsed / 2 ** 20,
        cachedThreads,
        cachedMessages,
        cachedUsers: client.users.cache.size,
        cachedMembers,
      };
    };
    const gc = await gcNow();
    const samples: MemorySample[] = [sample('ready')];

    /** Every expected message diagnosed and every post/edit plan's reply written. */
    const settled = async (expected: number) => {
      if (diagnosed.length < expected) return false;
      return (await fake.call('closes')) >= replyPlans(diagnosed);
    };

    let threadsUsed = 0;
    const burst = async (): Promise<BurstFigures> => {
      const plan = burstPlan(Date.now(), threadsUsed);
      threadsUsed += plan.starters.length;
      const from = diagnosed.length;
      await fake.call('createThreads', { from: plan.starters[0]!.index, items: plan.starters });
      await until('the starter posts', () => settled(from + plan.starters.length), 60_000);
      await sleep(200);
      const before = diagnosed.length;
      const limitedBefore = rateLimited;

      const loop = monitorEventLoopDelay({ resolution: loopResolutionMs });
      loop.enable();
      const started = Date.now();
      const { mark, sent } = await fake.call('burst', { events: plan.events });
      const sendMs = Date.now() - started;
      await until('the burst replies', () => settled(before + plan.events.length), 120_000, 10);
      loop.disable();
      const doneMs = Date.now() - started;
      const requests = (await fake.call('requestCount')) - mark;
      await sleep(200);

      const plans = diagnosed.slice(before, before + plan.events.length);
      const writes = await fake.call('writes', { from: mark });
      const { latencies, unmatched } = replyLatencies(sent, plans, writes);
      const net = (ns: number) => Math.max(0, ns / 1e6 - loopResolutionMs);
      return {
        events: plan.events.length,
        threads: plan.starters.length,
        sendMs,
        doneMs,
        requests,
        writes: writes.length,
        plans: count(plans),
        replies: replyPlans(plans),
        noReply: plans.length - replyPlans(plans),
        latency: {
          p50: percentile(latencies, 0.5),
          p99: percentile(latencies, 0.99),
          max: latencies.at(-1) ?? Number.NaN,
          n: latencies.length,
        },
        loop: { p50: net(loop.percentile(50)), p99: net(loop.percentile(99)), max: net(loop.max) },
        rateLimited: rateLimited - limitedBefore,
        unmatched,
      };
    };

    // ── the burst as Discord would pace it (discord.js spaces REST calls to 50 a second), then the same
    // burst on fresh threads with that limit lifted, to tell the bot's own time from the limit's.
    const limited = await burst();
    const rest = client.rest.options;
    const defaultGlobal = rest.globalRequestsPerSecond;
    rest.globalRequestsPerSecond = 1_000_000;
    const unlimited = await burst();

    // ── memory: 10,000 threads. At 50 requests a second their 20,000 calls would take 400 s; the
    // limit governs pace, not what is kept, so it stays lifted here.
    await gcNow();
    samples.push(sample('before'));
    const memStart = diagnosed.length;
    const memStarted = Date.now();
    const now = Date.now();
    for (let fed = 0; fed < memoryThreads; ) {
      const n = Math.min(memoryBatch, memoryThreads - fed);
      await fake.call('createThreads', { from: threadsUsed + fed, memory: { count: n, now } });
      fed += n;
      if (fed % checkpointEvery === 0 || fed === memoryThreads) {
        await until(`${fed} memory threads`, () => settled(memStart + fed), 120_000, 50);
        await gcNow();
        samples.push(sample(fed === memoryThreads ? 'after' : fed.toLocaleString('en-US')));
      } else {
        // One batch may still be in the bot while the next is created; at checkpoints everything settles.
        await until(`${fed - memoryBatch} memory threads`, () => diagnosed.length >= memStart + fed - memoryBatch, 120_000);
      }
    }
    const seconds = (Date.now() - memStarted) / 1000;
    rest.globalRequestsPerSecond = defaultGlobal;
    // What discord.js's message sweeper (every 15 min, messages older than 30 min) would free.
    client.sweepers.sweepMessages(() => true);
    await gcNow();
    samples.push(sample('swept'));
    const memory = { threads: memoryThreads, seconds, samples, gc, plans: count(diagnosed.slice(memStart)) };
    return { bursts: { limited, unlimited }, memory, errors };
  } catch (err) {
    throw new Error(`${err instanceof Error ? err.message : String(err)}${errors.length ? `; bot log: ${errors.join(' | ')}` : ''}`, { cause: err });
  } finally {
    await bot?.stop();
    await fake.close();
  }
}


/**
 * The bot bench in a process of its own (with --expose-gc), so its RSS is not the engine bench's
 * leftovers; it starts the fake's process in turn. Resolves with the figures.
 */
export function runBotBenchProcess(): Promise<BotFigures> {
  const child = fork(fileURLToPath(import.meta.url), ['--bot-bench'], {
    execArgv: [...process.execArgv.filter((a) => a !== '--expose-gc'), '--expose-gc'],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  return new Promise((resolve, reject) => {
    let figures: BotFigures | undefined;
    let failure: string | undefined;
    child.on('message', (m: { figures?: BotFigures; error?: string }) => {
      figures = m.figures;
      failure = m.error;
    });
    // Bounded: a hung run is killed (its own child, by handle); the fake's process then sees the disconnect and ends.
    const deadline = setTimeout(() => child.kill(), botBenchDeadlineMs);
    child.once('error', reject);
    child.once('exit', (code) => {
      clearTimeout(deadline);
      if (figures) resolve(figures);
      else reject(new Error(`bot bench failed (exit ${code}): ${failure ?? 'no figures'}`));
    });
  });
}

if (import.meta.main && process.argv.includes('--fake-discord')) serveFakeDiscord();
if (import.meta.main && process.argv.includes('--bot-bench')) {
  runBotBench().then(
    (figures) => process.send?.({ figures }, () => process.disconnect()),
    (err: unknown) => {
      process.send?.({ error: err instanceof Error ? (err.stack ?? err.message) : String(err) }, () => process.disconnect());
      process.exitCode = 1;
    },
  );
}
