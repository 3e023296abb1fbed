/**
 * The one place the bot calls the engine. Every path (auto-replies, /diagnose, the message menu,
 * /verify, Mark solved) comes through here, so the cap on engine runs, the choice of thread and the
 * logging are the same everywhere. Small threads run inline (a few milliseconds, less than copying
 * them to a worker); big ones in the worker pool, so the event loop keeps answering meanwhile.
 */
import { type Diagnosis, diagnose, type ThreadMessage } from '../diagnose.ts';
import type { Logger } from '../log.ts';
import type { EnginePool } from './engine-pool.ts';
import type { Gate } from './gate.ts';

/** What the engine reads besides the messages: the forum post's title. */
export interface ThreadContext {
  title?: string;
}

export type Diagnose = (messages: readonly ThreadMessage[], context?: ThreadContext) => Promise<Diagnosis>;
/** The real engine is synchronous; a test's scripted one may take its time to hold a slot. */
export type InlineEngine = (messages: readonly ThreadMessage[], context?: ThreadContext) => Diagnosis | Promise<Diagnosis>;

/** About 10 ms of engine time on a busy 2-core machine: past this, a worker is cheaper than the wait. */
export const workerMinChars = 256 * 1024;

export interface EngineOptions {
  log: Logger;
  /** Engine runs in flight at once, inline and in workers together. */
  gate: Gate;
  /** The inline engine; tests of the Discord edge pass a scripted one. */
  run?: InlineEngine;
  /** Without a pool everything runs inline. */
  pool?: EnginePool;
  minChars?: number;
}

export function createEngine(opts: EngineOptions): Diagnose {
  const { log, gate, pool } = opts;
  const run = opts.run ?? diagnose;
  const minChars = opts.minChars ?? workerMinChars;
  return (messages, context = {}) =>
    gate.run(async () => {
      const chars = messages.reduce((n, m) => n + m.text.length, 0);
      const worker = pool !== undefined && chars >= minChars;
      // A freed slot passes to the next waiter in a microtask: without this turn of the event loop a
      // burst would run one inline diagnosis after another with no heartbeat or event in between.
      if (!worker) await new Promise((resolve) => setImmediate(resolve));
      const started = performance.now();
      const diagnosis = await (worker ? pool.run(messages, context) : run(messages, context));
      log.debug(
        {
          stage: diagnosis.stage,
          rules: diagnosis.findings.map((f) => f.rule),
          relevant: diagnosis.relevant,
          secrets: diagnosis.secrets,
          messages: messages.length,
          chars,
          worker,
          ms: Math.round(performance.now() - started),
        },
        'diagnosed',
      );
      return diagnosis;
    });
}
