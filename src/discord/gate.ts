/**
 * A cap on diagnoses in flight (collecting a thread, downloading attachments, running the engine).
 * Everyone waits their turn in `run`; commands look at `full` first and tell the user to retry,
 * because an interaction must be answered within 3 seconds.
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

  get full(): boolean {
    return this.#active >= this.#limit;
  }

  async run<T>(job: () => Promise<T>): Promise<T> {
    if (this.full) await new Promise<void>((resolve) => this.#waiting.push(resolve));
    else this.#active++;
    try {
      return await job();
    } finally {
      this.#release();
    }
  }

  #release(): void {
    const next = this.#waiting.shift();
    // The slot passes straight to the next waiter, so `active` stays counted for it.
    if (next) next();
    else this.#active--;
  }
}
