/**
 * A least-recently-used cache on a Map (insertion order is recency order). Bounded by entry count
 * and, when `weigh` is given, by total weight, so a few huge pastes cannot hold memory either.
 */
export class Lru<K, V> {
  readonly #map = new Map<K, { value: V; weight: number }>();
  readonly #maxEntries: number;
  readonly #maxWeight: number;
  readonly #weigh: (value: V) => number;
  #weight = 0;

  constructor(opts: { maxEntries: number; maxWeight?: number; weigh?: (value: V) => number }) {
    this.#maxEntries = opts.maxEntries;
    this.#maxWeight = opts.maxWeight ?? Infinity;
    this.#weigh = opts.weigh ?? (() => 0);
  }

  get size(): number {
    return this.#map.size;
  }

  get weight(): number {
    return this.#weight;
  }

  get(key: K): V | undefined {
    const hit = this.#map.get(key);
    if (!hit) return undefined;
    this.#map.delete(key);
    this.#map.set(key, hit);
    return hit.value;
  }

  has(key: K): boolean {
    return this.#map.has(key);
  }

  /** Stores the value as most recent; a value heavier than the whole budget is simply not kept. */
  set(key: K, value: V): void {
    this.delete(key);
    const weight = this.#weigh(value);
    if (weight > this.#maxWeight || this.#maxEntries <= 0) return;
    this.#map.set(key, { value, weight });
    this.#weight += weight;
    this.#evict();
  }

  delete(key: K): boolean {
    const hit = this.#map.get(key);
    if (!hit) return false;
    this.#map.delete(key);
    this.#weight -= hit.weight;
    return true;
  }

  /** Call after mutating a stored value in place so its new weight counts. */
  reweigh(key: K): void {
    const hit = this.#map.get(key);
    if (hit) this.set(key, hit.value);
  }

  #evict(): void {
    for (const [key, hit] of this.#map) {
      if (this.#map.size <= this.#maxEntries && this.#weight <= this.#maxWeight) return;
      this.#map.delete(key);
      this.#weight -= hit.weight;
    }
  }
}
