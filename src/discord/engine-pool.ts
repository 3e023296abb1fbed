/**
 * Big diagnoses off the main thread. The engine is pure and synchronous, and a 20 MB thread takes it
 * most of a second, during which heartbeats, other threads and interactions would all wait. So big
 * threads go to a few worker threads instead. Workers start on first use and end after a while idle:
 * each holds a heap of its own, which a bot that rarely sees a big paste should not pay for.
 * Hand-rolled rather than piscina: one kind of task and a few dozen lines, no dependency to track.
 */
import { Worker } from 'node:worker_threads';
import type { Diagnosis, ThreadMessage } from '../diagnose.ts';
import type { FromWorker, ToWorker } from './engine-worker.ts';

const ext = import.meta.url.endsWith('.ts') ? '.ts' : '.js';
/** The real engine; tests pass a module of their own with the same `diagnose` export. */
export const engineModule = new URL(`../diagnose${ext}`, import.meta.url);
const workerScript = new URL(`./engine-worker${ext}`, import.meta.url);

export interface EnginePoolOptions {
  size: number;
  /** A worker with nothing to do for this long is ended. */
  idleMs: number;
  engine?: URL;
  /** Text is posted in slices this long, so each copy to the worker blocks the main thread briefly. */
  sliceChars?: number;
}

interface Task {
  id: number;
  messages: readonly ThreadMessage[];
  title?: string;
  resolve: (d: Diagnosis) => void;
  reject: (err: Error) => void;
}

interface Slot {
  worker: Worker;
  task?: Task;
  idle?: NodeJS.Timeout;
}

export class EnginePool {
  readonly #opts: Required<EnginePoolOptions>;
  readonly #slots = new Set<Slot>();
  readonly #queue: Task[] = [];
  #next = 0;
  #closed = false;

  constructor(opts: EnginePoolOptions) {
    this.#opts = { engine: engineModule, sliceChars: 1 << 20, ...opts, size: Math.max(1, opts.size) };
  }

  /** Workers alive now (busy or idle). */
  get workers(): number {
    return this.#slots.size;
  }

  run(messages: readonly ThreadMessage[], context: { title?: string } = {}): Promise<Diagnosis> {
    if (this.#closed) return Promise.reject(new Error('the engine pool is closed'));
    return new Promise((resolve, reject) => {
      this.#queue.push({ id: this.#next++, messages, title: context.title, resolve, reject });
      this.#pump();
    });
  }

  async close(): Promise<void> {
    this.#closed = true;
    for (const task of this.#queue.splice(0)) task.reject(new Error('the engine pool is closed'));
    const slots = [...this.#slots];
    this.#slots.clear();
    for (const slot of slots) {
      clearTimeout(slot.idle);
      slot.task?.reject(new Error('the engine pool is closed'));
    }
    await Promise.all(slots.map((s) => s.worker.terminate()));
  }

  #pump(): void {
    while (this.#queue.length > 0) {
      let slot = [...this.#slots].find((s) => !s.task);
      if (!slot) {
        if (this.#slots.size >= this.#opts.size) return;
        slot = this.#spawn();
      }
      void this.#assign(slot, this.#queue.shift()!);
    }
  }

  #spawn(): Slot {
    const worker = new Worker(workerScript, { workerData: { engine: this.#opts.engine.href } });
    // An idle worker must not keep a stopping process alive; the gateway socket keeps the bot up.
    worker.unref();
    const slot: Slot = { worker };
    this.#slots.add(slot);
    worker.on('message', (m: FromWorker) => {
      const task = slot.task;
      if (!task || task.id !== m.id) return;
      slot.task = undefined;
      if ('error' in m) task.reject(new Error(`engine failed in its worker: ${m.error}`));
      else task.resolve(m.diagnosis);
      slot.idle = setTimeout(() => this.#retire(slot), this.#opts.idleMs).unref();
      this.#pump();
    });
    // A worker that crashed (or could not load the engine) fails its task; the next task gets a new one.
    const lost = (err: Error) => {
      if (!this.#slots.delete(slot)) return;
      clearTimeout(slot.idle);
      slot.task?.reject(err);
      this.#pump();
    };
    worker.on('error', lost);
    worker.on('exit', (code) => lost(new Error(`engine worker exited with code ${code}`)));
    return slot;
  }

  #retire(slot: Slot): void {
    if (slot.task || !this.#slots.delete(slot)) return;
    void slot.worker.terminate();
  }

  async #assign(slot: Slot, task: Task): Promise<void> {
    clearTimeout(slot.idle);
    slot.task = task;
    const { sliceChars } = this.#opts;
    const post = (m: ToWorker) => slot.worker.postMessage(m);
    for (const [i, m] of task.messages.entries()) {
      for (let at = 0; at < m.text.length; at += sliceChars) {
        post({ id: task.id, kind: 'slice', message: i, text: m.text.slice(at, at + sliceChars) });
        // Between slices, whatever else is waiting (a heartbeat, another thread) gets its turn.
        await new Promise((resolve) => setImmediate(resolve));
        if (slot.task !== task) return;
      }
    }
    post({ id: task.id, kind: 'run', postedAt: task.messages.map((m) => m.postedAt), title: task.title });
  }
}
