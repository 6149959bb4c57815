/** What a cache did since it started: the bench and the health answer report it. */
export interface CacheStats {
  entries: number;
  /** The sum of the entries' costs (for snapshots: approximate bytes). */
  cost: number;
  maxCost: number;
  hits: number;
  misses: number;
  evictions: number;
}

/**
 * A map that holds at most `maxCost` (bytes, or entries when each costs 1) and drops the least
 * recently used entries first. Memory then stays bounded however many families or accounts one
 * process touches (issue 12); a dropped entry is only read again from the database.
 */
export class LruCache<K, V> {
  readonly maxCost: number;
  // A Map keeps insertion order: the first entry is the least recently used.
  #entries = new Map<K, { value: V; cost: number }>();
  #cost = 0;
  #hits = 0;
  #misses = 0;
  #evictions = 0;

  constructor(maxCost: number) {
    if (!(maxCost > 0)) throw new Error(`A cache needs room: maxCost ${maxCost}`);
    this.maxCost = maxCost;
  }

  /** The value, now the most recently used; counted as a hit or a miss. */
  get(key: K): V | undefined {
    const entry = this.#entries.get(key);
    if (!entry) {
      this.#misses += 1;
      return undefined;
    }
    this.#hits += 1;
    this.#entries.delete(key);
    this.#entries.set(key, entry);
    return entry.value;
  }

  /** The value without counting or reordering (e.g. to mark it stale). */
  peek(key: K): V | undefined {
    return this.#entries.get(key)?.value;
  }

  /** Stores the value as the most recently used; one that alone costs more than the room is not kept. */
  set(key: K, value: V, cost: number): void {
    this.delete(key);
    if (cost > this.maxCost) return;
    this.#entries.set(key, { value, cost });
    this.#cost += cost;
    this.#evict();
  }

  /** A new cost for an entry (a snapshot's size is known once it has loaded); its place stays. */
  resize(key: K, cost: number): void {
    const entry = this.#entries.get(key);
    if (!entry) return;
    if (cost > this.maxCost) {
      this.delete(key);
      return;
    }
    this.#cost += cost - entry.cost;
    entry.cost = cost;
    this.#evict(key);
  }

  /** Every key and value, without counting or reordering. */
  *entries(): IterableIterator<[K, V]> {
    for (const [key, entry] of this.#entries) yield [key, entry.value];
  }

  delete(key: K): boolean {
    const entry = this.#entries.get(key);
    if (!entry) return false;
    this.#entries.delete(key);
    this.#cost -= entry.cost;
    return true;
  }

  clear(): void {
    this.#entries.clear();
    this.#cost = 0;
  }

  get size(): number {
    return this.#entries.size;
  }

  stats(): CacheStats {
    return { entries: this.#entries.size, cost: this.#cost, maxCost: this.maxCost, hits: this.#hits, misses: this.#misses, evictions: this.#evictions };
  }

  /** Drops the least recently used entries until the rest fits; `keep` (just resized) goes last. */
  #evict(keep?: K): void {
    for (const [key, entry] of this.#entries) {
      if (this.#cost <= this.maxCost) return;
      if (key === keep) continue;
      this.#entries.delete(key);
      this.#cost -= entry.cost;
      this.#evictions += 1;
    }
  }
}
