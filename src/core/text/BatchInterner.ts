import { KEY, LONG_MARK, StringInterner, computeKey, mixKey } from "./StringInterner";

/** Entries per partition the table of one partition is sized for (fits the CPU's L1/L2 cache). */
const PARTITION_TARGET = 1024;
/** Int32 words per scattered entry: three key words, the hash and the row. */
const ENTRY = 5;
/** Longest integer (in characters of its text) packed without building its text. */
const MAX_PACKED_DIGITS = 11;

/** Result of {@link BatchInterner.finish}. */
export interface BatchInternResult {
  /** Per row: index into `texts`, -1 for a row without an id. */
  readonly keys: Int32Array;
  /** The distinct ids in first-seen order. */
  readonly texts: string[];
}

/**
 * Interns one id per row for a whole column at once: rows record a compact key while the
 * table is read, and `finish` gives every distinct id a code in first-seen order, exactly
 * as a `Map` would.
 *
 * Why: a million client ids with hundreds of thousands of distinct values cost about
 * twice as much in a single large hash table (every lookup a cache miss) as when the keys
 * are first partitioned by hash and each partition is deduplicated in a small table that
 * stays in the CPU cache. Short ids (up to 11 characters below U+0100, and integers) are
 * packed exactly into three 32-bit words, so no string is compared or even kept; longer
 * ids go through a {@link StringInterner}. A number and its text are the same id
 * (123 ≡ "123").
 *
 * @example
 * const ids = new BatchInterner(3);
 * ids.addText(0, 'K-7');
 * ids.addNumber(1, 123);
 * ids.addText(2, '123');
 * ids.finish(3); //=> { keys: Int32Array [0, 1, 1], texts: ['K-7', '123'] }
 */
export class BatchInterner {
  /** Per row: 0 no id, 1 packed key in `words`, 2 long id in `longCodes`. */
  private readonly kinds: Int8Array;
  private readonly words: Int32Array;
  /** Per packed row: `mixKey` of its words (top bits pick the partition, low bits the slot). */
  private readonly hashes: Int32Array;
  private longCodes: Int32Array | undefined;
  private readonly long = new StringInterner();

  /** @param capacity - Maximum number of rows. */
  constructor(private readonly capacity: number) {
    this.kinds = new Int8Array(capacity);
    this.words = new Int32Array(capacity * 3);
    this.hashes = new Int32Array(capacity);
  }

  /**
   * Records the id of row `k` (a trimmed, non-empty text).
   *
   * @param k - Row position.
   * @param text - The id.
   */
  addText(k: number, text: string): void {
    computeKey(text);
    if ((KEY[2]! & LONG_MARK) === LONG_MARK) {
      this.longCodes ??= new Int32Array(this.capacity);
      this.longCodes[k] = this.long.intern(text);
      this.kinds[k] = 2;
      return;
    }
    this.setWords(k, KEY[0]!, KEY[1]!, KEY[2]!);
  }

  /**
   * Records a number as the id of row `k`: the same id as its text (`String(value)`).
   *
   * @param k - Row position.
   * @param value - A finite number.
   */
  addNumber(k: number, value: number): void {
    if (!Number.isInteger(value) || Math.abs(value) >= 10 ** (MAX_PACKED_DIGITS - 1)) {
      this.addText(k, String(value));
      return;
    }
    // Pack the decimal digits of String(value) without building the string.
    let digits = value < 0 ? -value : value;
    let length = 0;
    const bytes = DIGITS;
    do {
      bytes[length++] = 48 + (digits % 10);
      digits = Math.floor(digits / 10);
    } while (digits > 0);
    if (value < 0) bytes[length++] = 45;
    let k0 = 0;
    let k1 = 0;
    let k2 = length << 24;
    for (let index = 0; index < length; index++) {
      const shifted = bytes[length - 1 - index]! << ((index & 3) * 8);
      if (index < 4) k0 |= shifted;
      else if (index < 8) k1 |= shifted;
      else k2 |= shifted;
    }
    this.setWords(k, k0, k1, k2);
  }

  /**
   * Codes for rows 0..n-1, in first-seen order.
   *
   * @param n - Number of rows recorded (rows without an id get -1).
   * @param keys - Output array of at least `n` entries (a new one when absent).
   * @returns The keys and the distinct texts.
   */
  finish(n: number, keys: Int32Array = new Int32Array(n)): BatchInternResult {
    const { kinds, words, hashes } = this;
    let bits = 0;
    while (n >> bits > PARTITION_TARGET) bits++;
    const partitions = 1 << bits;
    // `>>> 32` would not shift at all, so a single partition masks the result to 0 instead.
    const shift = 32 - bits;
    const partitionMask = bits === 0 ? 0 : -1;

    // 1. Count packed rows per partition; 2. scatter their keys, hashes and row numbers.
    const bounds = new Int32Array(partitions + 1);
    for (let k = 0; k < n; k++)
      if (kinds[k] === 1) bounds[((hashes[k]! >>> shift) & partitionMask) + 1]!++;
    for (let p = 0; p < partitions; p++) bounds[p + 1]! += bounds[p]!;
    const next = bounds.slice(0, partitions);
    const entries = new Int32Array(bounds[partitions]! * ENTRY);
    for (let k = 0; k < n; k++) {
      if (kinds[k] !== 1) continue;
      const hash = hashes[k]!;
      const at = next[(hash >>> shift) & partitionMask]!++ * ENTRY;
      entries[at] = words[k * 3]!;
      entries[at + 1] = words[k * 3 + 1]!;
      entries[at + 2] = words[k * 3 + 2]!;
      entries[at + 3] = hash;
      entries[at + 4] = k;
    }

    // 3. Deduplicate each partition in a small table; `keys` gets provisional codes.
    let distinct = 0;
    let table = new Int32Array(64 * 4);
    for (let p = 0; p < partitions; p++) {
      const from = bounds[p]!;
      const to = bounds[p + 1]!;
      if (from === to) continue;
      let slots = 16;
      while (slots < (to - from) * 2) slots *= 2;
      if (table.length < slots * 4) table = new Int32Array(slots * 4);
      else table.fill(0, 0, slots * 4);
      const mask = slots - 1;
      for (let entry = from * ENTRY; entry < to * ENTRY; entry += ENTRY) {
        const k0 = entries[entry]!;
        const k1 = entries[entry + 1]!;
        const k2 = entries[entry + 2]!;
        let slot = entries[entry + 3]! & mask;
        let code: number;
        for (;;) {
          const stored = table[slot * 4 + 3]!;
          if (stored === 0) {
            code = distinct++;
            table[slot * 4] = k0;
            table[slot * 4 + 1] = k1;
            table[slot * 4 + 2] = k2;
            table[slot * 4 + 3] = code + 1;
            break;
          }
          if (table[slot * 4] === k0 && table[slot * 4 + 1] === k1 && table[slot * 4 + 2] === k2) {
            code = stored - 1;
            break;
          }
          slot = (slot + 1) & mask;
        }
        keys[entries[entry + 4]!] = code;
      }
    }

    // 4. Renumber in row order, so codes follow first appearance.
    const packedCode = new Int32Array(distinct).fill(-1);
    const longCode = new Int32Array(this.long.size).fill(-1);
    const texts: string[] = [];
    for (let k = 0; k < n; k++) {
      const kind = kinds[k];
      if (kind === 1) {
        const provisional = keys[k]!;
        let code = packedCode[provisional]!;
        if (code < 0) {
          code = texts.length;
          packedCode[provisional] = code;
          texts.push(unpack(words[k * 3]!, words[k * 3 + 1]!, words[k * 3 + 2]!));
        }
        keys[k] = code;
      } else if (kind === 2) {
        const provisional = this.longCodes![k]!;
        let code = longCode[provisional]!;
        if (code < 0) {
          code = texts.length;
          longCode[provisional] = code;
          texts.push(this.long.texts[provisional]!);
        }
        keys[k] = code;
      } else {
        keys[k] = -1;
      }
    }
    return { keys, texts };
  }

  private setWords(k: number, k0: number, k1: number, k2: number): void {
    this.words[k * 3] = k0;
    this.words[k * 3 + 1] = k1;
    this.words[k * 3 + 2] = k2;
    this.hashes[k] = mixKey(k0, k1, k2);
    this.kinds[k] = 1;
  }
}

/** Scratch digits for `addNumber` (least significant first). */
const DIGITS = new Uint8Array(MAX_PACKED_DIGITS + 1);

/** The text of a packed key. */
function unpack(k0: number, k1: number, k2: number): string {
  const length = k2 >>> 24;
  const codes: number[] = [];
  for (let index = 0; index < length; index++) {
    const word = index < 4 ? k0 : index < 8 ? k1 : k2;
    codes.push((word >>> ((index & 3) * 8)) & 0xff);
  }
  return String.fromCharCode(...codes);
}
