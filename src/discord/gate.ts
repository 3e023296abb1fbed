/**
 * A cap on jobs in flight. The bot has two: engine runs (commands look at `full` first and tell the
 * user to retry, because an interaction must be answered within 3 seconds) and attachment downloads
 * (whose waiters give up when their deadline passes, so a stalled CDN cannot queue them forever).
 */
export class Gate {
  readonly #limit: number;
  #active = 0;
  readonly #waiting: Array<() => void> = [];

  constructor(limit: number) {
    this.#limit = Math.max(1, limit);
  }

  get active(): number {
    return this.#active;
  }

  /** Jobs waiting for a slot. */
  get queued(): number {
    return this.#waiting.length;
  }

  get full(): boolean {
    return this.#active >= this.#limit;
  }

  /** Runs `job` once a slot is free; rejects with the signal's reason if it aborts while waiting. */
  async run<T>(job: () => Promise<T>, signal?: AbortSignal): Promise<T> {
    signal?.throwIfAborted();
    if (this.full) await this.#wait(signal);
    else this.#active++;
    try {
      return await job();
    } finally {
      this.#release();
    }
  }

  #wait(signal: AbortSignal | undefined): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      const granted = () => {
        signal?.removeEventListener('abort', gaveUp);
        resolve();
      };
      const gaveUp = () => {
        const i = this.#waiting.indexOf(granted);
        if (i >= 0) this.#waiting.splice(i, 1);
        reject(signal!.reason);
      };
      this.#waiting.push(granted);
      signal?.addEventListener('abort', gaveUp, { once: true });
    });
  }

  #release(): void {
    const next = this.#waiting.shift();
    // The slot passes straight to the next waiter, so `active` stays counted for it.
    if (next) next();
    else this.#active--;
  }
}
