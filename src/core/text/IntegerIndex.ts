/** Golden-ratio multiplier of the Fibonacci hash. */
const GOLDEN = 0x9e3779b1;

/**
 * Maps non-negative 32-bit integers to values (positions, codes) with an open-addressing hash
 * table in two typed arrays: no objects, no boxing, one or two cache lines per lookup. For
 * numeric ids, where a `Map<number, number>` would allocate an entry per key.
 *
 * @example
 * const index = new IntegerIndex();
 * index.findOrAdd(1234, 0); //=> -1 (added)
 * index.findOrAdd(1234, 5); //=> 0 (the value stored first)
 */
export class IntegerIndex {
  private keys: Int32Array;
  /** Value + 1 per slot; 0 marks an empty slot. */
  private values: Int32Array;
  private shift: number;
  private count = 0;

  /** @param expected - Expected number of keys (sizes the table up front). */
  constructor(expected = 64) {
    let bits = 4;
    while (1 << bits < expected * 2) bits++;
    this.keys = new Int32Array(1 << bits);
    this.values = new Int32Array(1 << bits);
    this.shift = 32 - bits;
  }

  /** Number of keys. */
  get size(): number {
    return this.count;
  }

  /**
   * The value of a key, adding the key with `value` when it is new.
   *
   * @param key - A non-negative integer.
   * @param value - A non-negative value for a new key.
   * @returns The key's earlier value, or -1 when it was added now.
   */
  findOrAdd(key: number, value: number): number {
    const { keys, values } = this;
    const mask = keys.length - 1;
    let slot = Math.imul(key, GOLDEN) >>> this.shift;
    for (;;) {
      const stored = values[slot]!;
      if (stored === 0) break;
      if (keys[slot] === key) return stored - 1;
      slot = (slot + 1) & mask;
    }
    keys[slot] = key;
    values[slot] = value + 1;
    if (++this.count * 2 > keys.length) this.grow();
    return -1;
  }

  private grow(): void {
    const oldKeys = this.keys;
    const oldValues = this.values;
    const slots = oldKeys.length * 2;
    const mask = slots - 1;
    this.shift--;
    this.keys = new Int32Array(slots);
    this.values = new Int32Array(slots);
    for (let from = 0; from < oldKeys.length; from++) {
      const value = oldValues[from]!;
      if (value === 0) continue;
      const key = oldKeys[from]!;
      let slot = Math.imul(key, GOLDEN) >>> this.shift;
      while (this.values[slot] !== 0) slot = (slot + 1) & mask;
      this.keys[slot] = key;
      this.values[slot] = value;
    }
  }
}
