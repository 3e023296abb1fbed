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
 *   stall     five threads whose attachment never downloads (the CDN holds the request open), then a
 *             plain thread a second later: the time from posting it to the bot's reply.
 *   big       one thread with two 10 MB gateway logs attached (about 20 M characters): the event-loop
 *             delay from posting it to the reply, and the heartbeats the fake acknowledged meanwhile.
 *   start     (in the parent) `npm start` and the bot's entry points as their own processes: the time
 *             from spawn to the `connected to Discord` log line, against a fake Discord in the parent.
 */
import { type ChildProcess, fork, spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import type { Config } from '../src/config.ts';
import type { Bot } from '../src/discord/bot.ts';
import {
  type FakeAttachment,
  type FakeDiscord,
  type FakeUser,
  makeFakeToken,
  type RecordedRequest,
  startFakeDiscord,
} from '../testkit/fake-discord/server.ts';

const FIXTURES = join(import.meta.dirname, '..', 'test', 'fixtures');
const fixture = (path: string) => readFileSync(join(FIXTURES, path), 'utf8');
const ROOT = join(import.meta.dirname, '..');

export const burstThreads = 50;
export const burstEvents = 500;
export const memoryThreads = 10_000;
export const stalledDownloads = 5;
/** The plain thread is given up on after this (before issue 8 it waited about 29 s). */
const stallPatienceMs = 45_000;
const bigThreadMb = 20;
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

const hex = (n: number, width: number) =>
  (n >>> 0)
    .toString(16)
    .padStart(8, '0')
    .repeat(Math.ceil(width / 8))
    .slice(0, width);

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

/** A replaced reply shrinking to its pointer line: part of the reply posted just before, not a reply of its own. */
const isPointerEdit = (r: RecordedRequest) =>
  r.method === 'PATCH' && typeof r.body?.content === 'string' && r.body.content.startsWith('-# Replaced by my newer reply below');

const isBotWrite = (r: RecordedRequest) =>
  !r.injected &&
  r.status < 300 &&
  !isPointerEdit(r) &&
  ((r.method === 'POST' && /^\/channels\/\d+\/messages$/.test(r.path)) ||
    (r.method === 'PATCH' && /^\/channels\/\d+\/messages\/\d+$/.test(r.path)));

interface ChildState {
  fake?: FakeDiscord;
  forumId: string;
  threadIds: string[];
  bigLog?: string;
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
      // Heartbeats every 2 s (Discord's are ~41 s): a few fall within the 20 MB diagnosis, and a fake
      // process busy creating 250 threads still acknowledges each in time.
      state.fake = await startFakeDiscord({ heartbeatIntervalMs: 2_000 });
      state.forumId = state.fake.createForum({ name: 'help', tags: [{ name: 'pairing' }, { name: 'Solved' }] }).id;
      return { apiUrl: state.fake.apiUrl, forumId: state.forumId };
    },
    async createThreads(a: {
      from: number;
      items?: { name: string; content: string; attachments?: FakeAttachment[] }[];
      memory?: { count: number; now: number };
    }) {
      const devices = a.memory ? fixture('seeds/000-5-devices-list.txt') : '';
      const n = a.items?.length ?? a.memory?.count ?? 0;
      const ids: string[] = [];
      for (let k = 0; k < n; k++) {
        const i = a.from + k;
        const item = a.items?.[k] ?? { name: `memory ${i}`, content: memoryPaste(i, a.memory!.now, devices) };
        const { threadId } = await fake().createThread(state.forumId, {
          name: item.name,
          owner: asker(i),
          content: item.content,
          ...(item.attachments ? { attachments: item.attachments } : {}),
        });
        state.threadIds[i] = threadId;
        ids.push(threadId);
      }
      return ids;
    },
    /** The big thread's log, built ahead: building it blocks this process for a while, heartbeat ACKs included. */
    async prepareBig(a: { mb: number }) {
      const { gatewayLog } = await import('./engine.ts');
      state.bigLog = gatewayLog((a.mb / 2) * 1024 * 1024 - 4096);
      return state.bigLog.length;
    },
    /** A thread with two ~10 MB gateway logs attached (built here, so the bot's process never holds them twice). */
    async bigThread(a: { index: number }) {
      const half = state.bigLog ?? '';
      const { threadId } = await fake().createThread(state.forumId, {
        name: `big ${a.index}`,
        owner: asker(a.index),
        content: 'openclaw gateway logs attached, pairing required keeps coming back',
        attachments: [
          { filename: 'gateway-1.log', contentType: 'text/plain', body: half },
          { filename: 'gateway-2.log', contentType: 'text/plain', body: half },
        ],
      });
      state.threadIds[a.index] = threadId;
      return { threadId, heartbeats: fake().heartbeats, chars: half.length * 2 };
    },
    /** Downloads the fake is holding open (`stall`). */
    stalledDownloads: () => fake().requests.filter((r) => r.path.startsWith('/attachments/') && r.status === 0).length,
    heartbeats: () => fake().heartbeats,
    /** When the bot's first message in a thread arrived (the fake's clock), or null. */
    firstPostAt(a: { thread: string }) {
      const r = fake().requests.find(
        (q) => q.method === 'POST' && q.path === `/channels/${a.thread}/messages` && !q.injected && q.status < 300,
      );
      return r ? r.at : null;
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
  /** What V8 has reserved for the heap (heapUsed is what is live in it). */
  heapTotalMb: number;
  /** Memory outside the JS heap that V8 knows about (Buffers, ArrayBuffers, WASM). */
  externalMb: number;
  arrayBuffersMb: number;
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

export interface StallFigures {
  /** Downloads the fake held open when the plain thread was posted. */
  stalled: number;
  /** From posting the plain thread to the bot's reply; NaN when none came within `stallPatienceMs`. */
  plainReplyMs: number;
}

export interface BigFigures {
  chars: number;
  /** From posting the thread to the bot's reply. */
  replyMs: number;
  /** Net of the sampling interval, like the bursts'. */
  loop: { p50: number; p99: number; max: number };
  heartbeatsAcked: number;
}

export interface BotFigures {
  bursts: { limited: BurstFigures; unlimited: BurstFigures };
  stall: StallFigures;
  big: BigFigures;
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

/** Plans that write a reply (each ends with the write carrying the buttons). */
const writesReply = (plan: string) => plan === 'post' || plan === 'edit' || plan === 'follow-up';
const replyPlans = (xs: readonly Diagnosed[]) => xs.filter((x) => writesReply(x.plan)).length;

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
      if (!writesReply(p)) continue;
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
  const { loadConfig } = await import('../src/config.ts');
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
    // Through the real schema: every other setting at its production default.
    const config: Config = loadConfig({
      DISCORD_TOKEN: makeFakeToken(),
      HELP_FORUM_IDS: forumId,
      DISCORD_API_URL: apiUrl,
      HEALTH_PORT: '0',
    });
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
        heapTotalMb: m.heapTotal / 2 ** 20,
        externalMb: m.external / 2 ** 20,
        arrayBuffersMb: m.arrayBuffers / 2 ** 20,
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
    // What the sweepers leave once the threads have been idle for THREAD_IDLE_MINUTES (and discord.js's
    // message sweeper has run): the steady state of a bot that saw 10,000 threads over a day.
    client.sweepers.sweepMessages(() => true);
    bot.sweepIdleThreads(0);
    await gcNow();
    samples.push(sample('swept'));
    const memory = { threads: memoryThreads, seconds, samples, gc, plans: count(diagnosed.slice(memStart)) };
    threadsUsed += memoryThreads;

    // ── big: a 20 MB thread, with the event loop watched from posting it to the reply. Before the
    // stalls, whose downloads would hold every download slot for their deadline.
    rest.globalRequestsPerSecond = 1_000_000;
    await fake.call('prepareBig', { mb: bigThreadMb });
    await sleep(1_500);
    await gcNow();
    const bigLoop = monitorEventLoopDelay({ resolution: loopResolutionMs });
    const bigPosted = Date.now();
    bigLoop.enable();
    const { threadId: bigThread, heartbeats: beatsBefore, chars: bigChars } = await fake.call('bigThread', { index: threadsUsed++ });
    let bigReplyAt = 0;
    await until(
      'the 20 MB thread',
      async () => {
        const at = await fake.call('firstPostAt', { thread: bigThread });
        if (at !== null) bigReplyAt = at;
        return at !== null;
      },
      120_000,
    );
    bigLoop.disable();
    const net = (ns: number) => Math.max(0, ns / 1e6 - loopResolutionMs);
    const big: BigFigures = {
      chars: bigChars,
      replyMs: bigReplyAt - bigPosted,
      loop: { p50: net(bigLoop.percentile(50)), p99: net(bigLoop.percentile(99)), max: net(bigLoop.max) },
      heartbeatsAcked: (await fake.call('heartbeats')) - beatsBefore,
    };
    // ── stall: five threads whose one attachment never downloads, then a plain thread a second later.
    const stallFrom = threadsUsed;
    await fake.call('createThreads', {
      from: stallFrom,
      items: Array.from({ length: stalledDownloads }, (_, k) => ({
        name: `stalled ${k}`,
        content: 'openclaw: pairing required, my gateway log is attached',
        attachments: [{ filename: 'gateway.log', contentType: 'text/plain', body: 'never sent', stall: true }],
      })),
    });
    threadsUsed += stalledDownloads;
    // Before issue 8 only four of them ever started (they held every diagnosis slot): wait for the first, then a second.
    await until('the stalled downloads', async () => (await fake.call('stalledDownloads')) >= 1, 30_000);
    await sleep(1_000);
    const stalled = await fake.call('stalledDownloads');
    const plainPosted = Date.now();
    const [plainThread] = await fake.call('createThreads', {
      from: threadsUsed++,
      items: [{ name: 'plain after stalls', content: texts(Date.now()).cliError }],
    });
    let plainReplyMs = Number.NaN;
    await until(
      'the plain thread',
      async () => {
        const at = await fake.call('firstPostAt', { thread: plainThread! });
        if (at !== null) plainReplyMs = at - plainPosted;
        return at !== null || Date.now() - plainPosted > stallPatienceMs;
      },
      stallPatienceMs + 5_000,
    );
    const stall = { stalled, plainReplyMs };

    rest.globalRequestsPerSecond = defaultGlobal;
    return { bursts: { limited, unlimited }, memory, stall, big, errors };
  } catch (err) {
    throw new Error(`${err instanceof Error ? err.message : String(err)}${errors.length ? `; bot log: ${errors.join(' | ')}` : ''}`, {
      cause: err,
    });
  } finally {
    await bot?.stop();
    await fake.close();
  }
}

// ───────────────────────────── start-to-ready (in the parent) ─────────────────────────────

export interface StartFigure {
  label: string;
  /** From spawn to the `connected to Discord` log line; NaN when it never came. */
  ms: number;
}

/** The Node flags `npm start` runs the bot with (the Docker image's CMD uses the same; test/bot/start.test.ts checks). */
export function startFlags(): string[] {
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: { start: string } };
  return pkg.scripts.start.split(/\s+/).filter((t) => t.startsWith('--'));
}

/** How the bot is started: `npm start`, and the compiled entry point the Docker image runs (when built). */
export function startCommands(): { label: string; command: string; args: string[] }[] {
  const out = [{ label: 'npm start', command: 'npm', args: ['start'] }];
  if (existsSync(join(ROOT, 'dist', 'src', 'main.js'))) {
    out.push({ label: 'node dist/src/main.js', command: process.execPath, args: [...startFlags(), 'dist/src/main.js'] });
  }
  return out;
}

/**
 * Each command `runs` times against one fake Discord in this process, as a container would start
 * it (NODE_ENV=production: a developer's .env is never read). Each run is its own process group,
 * stopped with SIGTERM once ready; the median is reported.
 */
export async function measureStartToReady(runs = 3): Promise<StartFigure[]> {
  const fake = await startFakeDiscord();
  const forumId = fake.createForum({ name: 'help' }).id;
  const figures: StartFigure[] = [];
  try {
    for (const c of startCommands()) {
      const times: number[] = [];
      for (let r = 0; r < runs; r++) {
        const started = performance.now();
        const child = spawn(c.command, c.args, {
          cwd: ROOT,
          detached: true,
          stdio: ['ignore', 'pipe', 'pipe'],
          env: {
            PATH: process.env.PATH ?? '',
            HOME: process.env.HOME ?? '',
            NODE_ENV: 'production',
            DISCORD_TOKEN: makeFakeToken(),
            HELP_FORUM_IDS: forumId,
            DISCORD_API_URL: fake.apiUrl,
            HEALTH_PORT: '0',
            LOG_LEVEL: 'info',
          },
        });
        const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
        const ready = await new Promise<boolean>((resolve) => {
          let out = '';
          const timer = setTimeout(() => resolve(false), 120_000);
          child.stdout.on('data', (d: Buffer) => {
            out += d.toString();
            if (out.includes('"msg":"connected to Discord"')) {
              clearTimeout(timer);
              resolve(true);
            }
          });
          child.stderr.resume();
          void exited.then(() => resolve(false));
        });
        times.push(ready ? performance.now() - started : Number.NaN);
        // The whole group: `npm start` runs the bot as npm's grandchild.
        if (child.pid !== undefined && child.exitCode === null) {
          try {
            process.kill(-child.pid, 'SIGTERM');
          } catch {
            // already gone
          }
        }
        await exited;
      }
      times.sort((a, b) => a - b);
      figures.push({ label: c.label, ms: times[Math.floor(times.length / 2)]! });
    }
  } finally {
    await fake.close();
  }
  return figures;
}

/**
 * The bot bench in a process of its own (with --expose-gc), so its RSS is not the engine bench's
 * leftovers; it starts the fake's process in turn. Resolves with the figures.
 */
export function runBotBenchProcess(): Promise<BotFigures> {
  // The bot's process runs with npm start's Node flags, as in production.
  const child = fork(fileURLToPath(import.meta.url), ['--bot-bench'], {
    execArgv: [...process.execArgv.filter((a) => a !== '--expose-gc'), '--expose-gc', ...startFlags()],
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
