/** Int32 words per slot: three key words and code + 1 (0 = empty slot). */
const SLOT = 4;
/** Longest string whose Latin-1 characters are packed into the key words exactly. */
const MAX_PACKED = 11;
/** Marker in the high byte of the third key word of a hashed (long) string. */
export const LONG_MARK = 0xff << 24;
/**
 * Scratch space for the key of the string being looked up. A typed array rather than
 * object fields: key words exceed the small-integer range, and storing them in fields
 * would box a number on every lookup.
 */
export const KEY = new Int32Array(3);

/**
 * Interns strings into dense integer codes (0, 1, 2 … in first-seen order) with an
 * open-addressing hash table in one typed array.
 *
 * Why not a `Map`: with a million distinct ids a `Map<string, number>` costs several
 * hundred milliseconds on the target machine, nearly all of it cache misses while
 * chasing pointers to compare strings. Here a short string (up to 11 characters below
 * U+0100, which covers nearly every id) is packed exactly into three 32-bit key words
 * stored in the slot itself, so a lookup compares three integers in one cache line and
 * never touches the other string. Longer strings are keyed by two 32-bit hashes and their
 * length, and confirmed by comparing the strings.
 *
 * @example
 * const ids = new StringInterner();
 * ids.intern('K-1'); //=> 0
 * ids.intern('K-2'); //=> 1
 * ids.intern('K-1'); //=> 0
 * ids.texts; //=> ['K-1', 'K-2']
 */
export class StringInterner {
  /** The interned strings, index = code. */
  readonly texts: string[] = [];
  private table: Int32Array;
  private mask: number;

  /** @param expected - Expected number of distinct strings (sizes the table up front). */
  constructor(expected = 64) {
    let slots = 16;
    while (slots < expected * 2) slots *= 2;
    this.table = new Int32Array(slots * SLOT);
    this.mask = slots - 1;
  }

  /** Number of distinct strings interned. */
  get size(): number {
    return this.texts.length;
  }

  /**
   * The code of a string, adding it when new.
   *
   * @param text - The string.
   * @returns Its code.
   */
  intern(text: string): number {
    const slot = this.probe(text);
    const table = this.table;
    const entry = table[slot + 3]!;
    if (entry !== 0) return entry - 1;
    const code = this.texts.length;
    this.texts.push(text);
    table[slot] = KEY[0]!;
    table[slot + 1] = KEY[1]!;
    table[slot + 2] = KEY[2]!;
    table[slot + 3] = code + 1;
    if (this.texts.length * 2 > this.mask) this.grow();
    return code;
  }

  /**
   * The code of a string, or -1 when it was never interned.
   *
   * @param text - The string.
   * @returns Its code or -1.
   */
  find(text: string): number {
    return this.table[this.probe(text) + 3]! - 1;
  }

  /** Index of the slot holding `text`, or of the empty slot where it belongs. */
  private probe(text: string): number {
    computeKey(text);
    const k0 = KEY[0]!;
    const k1 = KEY[1]!;
    const k2 = KEY[2]!;
    const table = this.table;
    const mask = this.mask;
    const long = (k2 & LONG_MARK) === LONG_MARK;
    let index = mixKey(k0, k1, k2) & mask;
    for (;;) {
      const slot = index * SLOT;
      const entry = table[slot + 3]!;
      if (entry === 0) return slot;
      if (
        table[slot] === k0 &&
        table[slot + 1] === k1 &&
        table[slot + 2] === k2 &&
        (!long || this.texts[entry - 1] === text)
      )
        return slot;
      index = (index + 1) & mask;
    }
  }

  private grow(): void {
    const old = this.table;
    const slots = (this.mask + 1) * 2;
    const table = new Int32Array(slots * SLOT);
    const mask = slots - 1;
    for (let from = 0; from < old.length; from += SLOT) {
      if (old[from + 3] === 0) continue;
      let index = mixKey(old[from]!, old[from + 1]!, old[from + 2]!) & mask;
      while (table[index * SLOT + 3] !== 0) index = (index + 1) & mask;
      table.set(old.subarray(from, from + SLOT), index * SLOT);
    }
    this.table = table;
    this.mask = mask;
  }
}

/**
 * Computes the key words of a string into {@link KEY}: packed characters for a short
 * Latin-1 string, else two hashes and the length.
 */
export function computeKey(text: string): void {
  const length = text.length;
  if (length <= MAX_PACKED) {
    let k0 = 0;
    let k1 = 0;
    let k2 = length << 24;
    let packed = true;
    for (let index = 0; index < length; index++) {
      const code = text.charCodeAt(index);
      if (code > 0xff) {
        packed = false;
        break;
      }
      const shifted = code << ((index & 3) * 8);
      if (index < 4) k0 |= shifted;
      else if (index < 8) k1 |= shifted;
      else k2 |= shifted;
    }
    if (packed) {
      KEY[0] = k0;
      KEY[1] = k1;
      KEY[2] = k2;
      return;
    }
  }
  KEY[0] = hashString(text);
  KEY[1] = hashString2(text);
  KEY[2] = LONG_MARK | (length & 0xffffff);
}

/** Mixes the three key words into a well-spread slot hash. */
export function mixKey(k0: number, k1: number, k2: number): number {
  let hash = Math.imul(k0 ^ Math.imul(k1, 0x9e3779b1) ^ Math.imul(k2, 0x85ebca77), 0xc2b2ae3d);
  hash ^= hash >>> 15;
  hash = Math.imul(hash, 0x27d4eb2f);
  return hash ^ (hash >>> 13);
}

/**
 * 32-bit FNV-1a hash of a string's UTF-16 code units.
 *
 * @param text - The string.
 * @returns A signed 32-bit hash.
 * @example
 * hashString('a') === hashString('a'); //=> true
 */
export function hashString(text: string): number {
  let hash = 0x811c9dc5 | 0;
  for (let index = 0; index < text.length; index++)
    hash = Math.imul(hash ^ text.charCodeAt(index), 0x01000193);
  return hash;
}

/** A second, independent 32-bit string hash (multiply–xorshift). */
function hashString2(text: string): number {
  let hash = 0x9747b28c | 0;
  for (let index = 0; index < text.length; index++) {
    hash = Math.imul(hash ^ text.charCodeAt(index), 0x5bd1e995);
    hash ^= hash >>> 15;
  }
  return hash;
}
