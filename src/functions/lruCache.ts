// A small least-recently-used cache: the shared runtime lives as long as the workbook is open,
// so everything the functions keep between calls must be bounded.

/**
 * A bounded map that forgets its least recently used entries: at most `maxEntries` entries and
 * at most `maxWeight` in total weight (a table's cell count), whichever is reached first.
 */
export class LruCache<K, V> {
  private readonly entries = new Map<K, { value: V; weight: number }>();
  private totalWeight = 0;

  /**
   * @param maxEntries - The most entries kept.
   * @param maxWeight - The most total weight kept (an entry heavier than this is not kept at all).
   */
  constructor(
    private readonly maxEntries: number,
    private readonly maxWeight: number = Number.POSITIVE_INFINITY
  ) {}

  /** The number of entries. */
  get size(): number {
    return this.entries.size;
  }

  /**
   * The value for a key, marking it as most recently used.
   *
   * @param key - The key.
   * @returns The value, or undefined.
   */
  get(key: K): V | undefined {
    const entry = this.entries.get(key);
    if (entry === undefined) return undefined;
    this.entries.delete(key);
    this.entries.set(key, entry);
    return entry.value;
  }

  /**
   * Stores a value as the most recently used, then forgets the oldest entries beyond the bounds.
   *
   * @param key - The key.
   * @param value - The value.
   * @param weight - Its weight (default 1).
   */
  set(key: K, value: V, weight = 1): void {
    const old = this.entries.get(key);
    if (old !== undefined) {
      this.totalWeight -= old.weight;
      this.entries.delete(key);
    }
    if (weight > this.maxWeight) return;
    this.entries.set(key, { value, weight });
    this.totalWeight += weight;
    for (const [oldest, entry] of this.entries) {
      if (this.entries.size <= this.maxEntries && this.totalWeight <= this.maxWeight) break;
      this.entries.delete(oldest);
      this.totalWeight -= entry.weight;
    }
  }

  /** Entries from the most to the least recently used. */
  entriesByRecency(): [K, V][] {
    const list: [K, V][] = [];
    for (const [key, entry] of this.entries) list.push([key, entry.value]);
    return list.reverse();
  }

  /** Forgets everything. */
  clear(): void {
    this.entries.clear();
    this.totalWeight = 0;
  }
}
