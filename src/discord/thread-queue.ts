/**
 * One promise chain per thread, so two quick messages in the same thread are diagnosed one after
 * the other and cannot race into two replies. A chain is dropped once it runs dry, so the map only
 * holds threads with work pending.
 */
export class ThreadQueue {
  readonly #tails = new Map<string, Promise<void>>();

  get pending(): number {
    return this.#tails.size;
  }

  run<T>(threadId: string, job: () => Promise<T>): Promise<T> {
    const previous = this.#tails.get(threadId) ?? Promise.resolve();
    const result = previous.then(job);
    const tail = result.then(
      () => undefined,
      () => undefined,
    );
    this.#tails.set(threadId, tail);
    void tail.then(() => {
      if (this.#tails.get(threadId) === tail) this.#tails.delete(threadId);
    });
    return result;
  }
}
