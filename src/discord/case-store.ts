/**
 * Thread cases in memory, bounded: an LRU by thread count and by characters held, so 10,000 busy
 * threads cost a fixed budget. A miss rebuilds the case from Discord, which is the real store.
 * History reads have a cap of their own: a burst of new threads would otherwise hold hundreds of
 * pages of messages at once, and the heap V8 grows for that peak is not given back.
 */
import type { AnyThreadChannel, Message } from 'discord.js';
import { LRUCache } from 'lru-cache';
import { Gate } from './gate.ts';
import {
  caseFromHistory,
  caseWeight,
  fetchHistory,
  historyAwaitsAnswer,
  newestFirst,
  type ReadAttachment,
  readMessage,
  type ThreadCase,
} from './thread-case.ts';

export interface CaseStoreOptions {
  botId: () => string;
  /** Messages read back on a miss. */
  historyLimit: number;
  /** Characters of attachment text read per thread. */
  threadBudget: number;
  maxThreads: number;
  maxChars: number;
  /** Thread histories read at once (attachments download apart from this, under their own cap). */
  maxReads?: number;
  read?: ReadAttachment;
}

/**
 * Cases by thread id, the least recently used dropped first, bounded by count and by characters.
 * A case weighs its text plus one (lru-cache needs every size above zero); one heavier than the
 * whole budget is not kept.
 */
export function caseCache(maxThreads: number, maxChars: number): LRUCache<string, ThreadCase> {
  return new LRUCache({ max: maxThreads, maxSize: maxChars, sizeCalculation: (c) => caseWeight(c) + 1 });
}

/** lru-cache weighs a value when it is set, and setting the same object again keeps its old size:
 * after a case changes in place, it is taken out and set again. */
export function recount(cases: LRUCache<string, ThreadCase>, threadId: string): void {
  const c = cases.peek(threadId);
  if (c === undefined) return;
  cases.delete(threadId);
  cases.set(threadId, c);
}

export class CaseStore {
  readonly #cases: LRUCache<string, ThreadCase>;
  readonly #opts: CaseStoreOptions;
  readonly #reads: Gate;

  constructor(opts: CaseStoreOptions) {
    this.#opts = opts;
    this.#reads = new Gate(opts.maxReads ?? 4);
    this.#cases = caseCache(opts.maxThreads, opts.maxChars);
  }

  peek(threadId: string): ThreadCase | undefined {
    return this.#cases.get(threadId);
  }

  /** The case with `message` in it (new or edited): read just that message on a hit, the thread on a miss. */
  async withMessage(thread: AnyThreadChannel, message: Message): Promise<ThreadCase> {
    const cached = this.#cases.get(thread.id);
    if (cached) {
      cached.messages.set(message.id, await readMessage(message, this.#opts.read));
      recount(this.#cases, thread.id);
      return cached;
    }
    const built = await this.refresh(thread);
    // History can lag the gateway by a moment; the event's own copy is authoritative.
    if (!built.messages.has(message.id)) {
      built.messages.set(message.id, await readMessage(message, this.#opts.read));
      recount(this.#cases, thread.id);
    }
    return built;
  }

  /** The thread read afresh from Discord and cached: after missed events, the cached copy may be stale. */
  async refresh(thread: AnyThreadChannel): Promise<ThreadCase> {
    const built = await caseFromHistory(thread, await this.#fetch(thread), this.#opts.botId(), this.#history());
    this.#cases.set(thread.id, built);
    return built;
  }

  /**
   * For catch-up: the thread read afresh and cached, but only when a person's message in it has no
   * answer after it; otherwise undefined, and no attachment is downloaded.
   */
  async refreshUnanswered(thread: AnyThreadChannel): Promise<ThreadCase | undefined> {
    const history = await this.#fetch(thread);
    if (!historyAwaitsAnswer(history, this.#opts.botId())) return undefined;
    const built = await caseFromHistory(thread, history, this.#opts.botId(), this.#history());
    this.#cases.set(thread.id, built);
    return built;
  }

  /**
   * The whole thread read afresh (what /verify and the commands use), optionally only up to one
   * message. Not cached: commands run outside the thread's queue, and a copy they cached could
   * hide a reply the auto-reply is posting at that moment.
   */
  async read(thread: AnyThreadChannel, upTo?: string): Promise<ThreadCase> {
    let history = await this.#fetch(thread);
    if (upTo !== undefined) history = history.filter((m) => newestFirst(m.id, upTo) >= 0);
    return caseFromHistory(thread, history, this.#opts.botId(), this.#history());
  }

  #fetch(thread: AnyThreadChannel): Promise<Message[]> {
    return this.#reads.run(() => fetchHistory(thread, this.#opts.historyLimit));
  }

  #history() {
    return { limit: this.#opts.historyLimit, budget: this.#opts.threadBudget, read: this.#opts.read };
  }

  forgetMessage(threadId: string, messageId: string): void {
    const cached = this.#cases.get(threadId);
    if (cached?.messages.delete(messageId)) recount(this.#cases, threadId);
  }

  forget(threadId: string): void {
    this.#cases.delete(threadId);
  }
}
