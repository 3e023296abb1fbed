/**
 * A per-user cooldown on commands: one diagnosis per user per window. Entries older than the window
 * are swept as new ones arrive, so the map holds at most the users active in the last window.
 */
export class Cooldown {
  readonly #windowMs: number;
  readonly #last = new Map<string, number>();
  readonly #now: () => number;

  constructor(windowMs: number, now: () => number = Date.now) {
    this.#windowMs = windowMs;
    this.#now = now;
  }

  /** 0 when the user may go now (and starts their window), else the milliseconds left to wait. */
  take(userId: string): number {
    if (this.#windowMs <= 0) return 0;
    const now = this.#now();
    const last = this.#last.get(userId);
    if (last !== undefined && now - last < this.#windowMs) return this.#windowMs - (now - last);
    this.#sweep(now);
    // Re-inserted at the end, so the map stays in time order and the sweep can stop early.
    this.#last.delete(userId);
    this.#last.set(userId, now);
    return 0;
  }

  #sweep(now: number): void {
    for (const [user, at] of this.#last) {
      if (now - at < this.#windowMs) break;
      this.#last.delete(user);
    }
  }
}
