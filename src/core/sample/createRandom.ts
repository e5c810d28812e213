/**
 * A small seeded pseudo-random generator for the sample data (never `Math.random`, so that
 * the same seed always gives the same export, byte for byte).
 *
 * @module
 */

/** Seeded random numbers with the few helpers the sample generators need. */
export interface Random {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [min, max] (both inclusive). */
  int(min: number, max: number): number;
  /** True with probability `p`. */
  chance(p: number): boolean;
  /** One element of a non-empty list, uniformly. */
  pick<T>(items: readonly T[]): T;
  /** One key of a weight table, with probability proportional to its weight. */
  weighted<T>(table: readonly (readonly [T, number])[]): T;
  /** A standard normal deviate (Box–Muller). */
  normal(): number;
}

/**
 * Creates a seeded generator: mulberry32, a 32-bit generator that is fast, has a period of
 * 2^32 and passes the usual statistical tests well enough for sample data.
 *
 * @param seed - any integer; equal seeds give equal sequences
 * @returns the generator
 *
 * @example
 * const random = createRandom(42);
 * random.int(1, 6); // the same die roll for every run with seed 42
 */
export function createRandom(seed: number): Random {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const pick = <T>(items: readonly T[]): T => {
    if (items.length === 0) throw new RangeError("pick: the list is empty");
    return items[Math.floor(next() * items.length)] as T;
  };
  const weighted = <T>(table: readonly (readonly [T, number])[]): T => {
    let total = 0;
    for (const [, weight] of table) total += weight;
    let target = next() * total;
    for (const [key, weight] of table) {
      target -= weight;
      if (target < 0) return key;
    }
    const last = table[table.length - 1];
    if (last === undefined) throw new RangeError("weighted: the table is empty");
    return last[0];
  };
  const normal = (): number => {
    const u = 1 - next(); // (0, 1]: log(u) is finite
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * next());
  };
  return {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    chance: (p) => next() < p,
    pick,
    weighted,
    normal,
  };
}
