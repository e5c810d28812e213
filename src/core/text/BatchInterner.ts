import { IntegerIndex } from "./IntegerIndex";
import { integerIdOf, isIntegerId } from "./integerIdOf";
import { KEY, LONG_MARK, StringInterner, computeKey, mixKey } from "./StringInterner";

/** Entries per partition the table of one partition is sized for (fits the CPU's L1/L2 cache). */
const PARTITION_TARGET = 1024;
/** Int32 words per scattered entry: three key words, the hash and the row. */
const ENTRY = 5;
/** Row markers (integer ids are stored as themselves, ≥ 0). */
const NO_ID = -1;
const PACKED = -2;
const LONG = -3;
/** Extra slots allowed in a direct table beyond twice the rows (small columns). */
const DIRECT_SLACK = 1 << 16;

/** Result of {@link BatchInterner.finish}. */
export interface BatchInternResult {
  /** Per row: index into `texts`, -1 for a row without an id. */
  readonly keys: Int32Array;
  /** Number of distinct ids (`texts.length`, without building the texts). */
  readonly size: number;
  /** The distinct ids in first-seen order (built on first access). */
  readonly texts: readonly string[];
  /** Per code: the integer id, or -1 - its index in `textIds` (the ids without building texts). */
  readonly codeIds: Int32Array;
  /** The distinct ids that are not integers, in first-seen order. */
  readonly textIds: readonly string[];
}

/**
 * Interns one id per row for a whole column at once: rows record a compact key while the
 * table is read, and `finish` gives every distinct id a code in first-seen order, exactly
 * as a `Map` would.
 *
 * Integer ids (`isIntegerId`, and texts such as "123": 123 ≡ "123") are recorded as
 * numbers and numbered through a direct table indexed by the id when they are the only ids
 * and their range is at most about twice the rows (client numbers), else through an
 * {@link IntegerIndex}; their texts are only built when `texts` is read. Other ids: a million ids with hundreds of
 * thousands of distinct values cost about twice as much in a single large hash table
 * (every lookup a cache miss) as when the keys are first partitioned by hash and each
 * partition is deduplicated in a small table that stays in the CPU cache. Short ids (up to
 * 11 characters below U+0100) are packed exactly into three 32-bit words, so no string is
 * compared or even kept; longer ids go through a {@link StringInterner}.
 *
 * @example
 * const ids = new BatchInterner(3);
 * ids.addText(0, 'K-7');
 * ids.addNumber(1, 123);
 * ids.addText(2, '123');
 * ids.finish(3); //=> { keys: Int32Array [0, 1, 1], size: 2, texts: ['K-7', '123'] }
 */
export class BatchInterner {
  /** Per row: the integer id, or NO_ID, PACKED (key in `words`) or LONG (code in `longCodes`). */
  private rows: Int32Array;
  private words: Int32Array | undefined;
  /** Per packed row: `mixKey` of its words (top bits pick the partition, low bits the slot). */
  private hashes: Int32Array | undefined;
  private longCodes: Int32Array | undefined;
  private readonly long = new StringInterner();
  private minInteger = Infinity;
  private maxInteger = -1;

  /**
   * @param capacity - Maximum number of rows.
   * @param rows - Where the rows are recorded and the keys computed (at least `capacity`
   *   entries; a new array when absent).
   */
  constructor(
    private capacity: number,
    rows: Int32Array = new Int32Array(capacity)
  ) {
    this.rows = rows.fill(NO_ID, 0, capacity);
    // Every field exists from the start: a field added later (when the first text id comes)
    // would give the interner a new hidden class that dies with it, and with it the
    // optimised code of `finish`, rebuilt for every table of text ids.
    this.words = undefined;
    this.hashes = undefined;
    this.longCodes = undefined;
  }

  /**
   * Makes room for `capacity` rows, keeping the rows recorded (a column read in chunks that
   * outgrew its first guess).
   *
   * @param capacity - The new maximum number of rows (more than before).
   * @param rows - Where the rows go from now on (at least `capacity` entries).
   */
  grow(capacity: number, rows: Int32Array = new Int32Array(capacity)): void {
    rows.set(this.rows.subarray(0, this.capacity));
    rows.fill(NO_ID, this.capacity, capacity);
    this.rows = rows;
    if (this.words) this.words = grown(this.words, capacity * 3);
    if (this.hashes) this.hashes = grown(this.hashes, capacity);
    if (this.longCodes) this.longCodes = grown(this.longCodes, capacity);
    this.capacity = capacity;
  }

  /**
   * Records the id of row `k` (a trimmed, non-empty text).
   *
   * @param k - Row position.
   * @param text - The id.
   */
  addText(k: number, text: string): void {
    const integer = integerIdOf(text);
    if (integer >= 0) {
      this.addInteger(k, integer);
      return;
    }
    computeKey(text);
    if ((KEY[2]! & LONG_MARK) === LONG_MARK) {
      this.longCodes ??= new Int32Array(this.capacity);
      this.longCodes[k] = this.long.intern(text);
      this.rows[k] = LONG;
      return;
    }
    const words = (this.words ??= new Int32Array(this.capacity * 3));
    const hashes = (this.hashes ??= new Int32Array(this.capacity));
    words[k * 3] = KEY[0]!;
    words[k * 3 + 1] = KEY[1]!;
    words[k * 3 + 2] = KEY[2]!;
    hashes[k] = mixKey(KEY[0]!, KEY[1]!, KEY[2]!);
    this.rows[k] = PACKED;
  }

  /**
   * Records a number as the id of row `k`: the same id as its text (`String(value)`).
   *
   * @param k - Row position.
   * @param value - A finite number.
   */
  addNumber(k: number, value: number): void {
    if (isIntegerId(value)) this.addInteger(k, value);
    else this.addText(k, String(value));
  }

  /**
   * Records an integer id (see `isIntegerId`) for row `k`.
   *
   * @param k - Row position.
   * @param value - The id.
   */
  addInteger(k: number, value: number): void {
    this.rows[k] = value;
    if (value < this.minInteger) this.minInteger = value;
    if (value > this.maxInteger) this.maxInteger = value;
  }

  /**
   * Records the ids of rows numbered by another interner (the rows after those recorded
   * here, read elsewhere): row `at + k` gets the id of code `keys[k]` there, recorded as
   * {@link BatchInterner.addInteger} or {@link BatchInterner.addText} records it, so that
   * `finish` numbers them as if they had been added here. Each distinct id is keyed once; its
   * other rows copy the first one's record.
   *
   * @param at - Row position of the first key.
   * @param ids - The other interner's `finish`: `keys`, `codeIds` and `textIds`.
   */
  appendKeys(at: number, ids: Pick<BatchInternResult, "keys" | "codeIds" | "textIds">): void {
    const { keys, codeIds, textIds } = ids;
    const firstRow = new Int32Array(codeIds.length).fill(-1);
    for (let k = 0; k < keys.length; k++) {
      const code = keys[k]!;
      if (code < 0) continue;
      const row = at + k;
      const first = firstRow[code]!;
      if (first < 0) {
        firstRow[code] = row;
        const id = codeIds[code]!;
        if (id >= 0) this.addInteger(row, id);
        else this.addText(row, textIds[-1 - id]!);
        continue;
      }
      const value = this.rows[first]!;
      this.rows[row] = value;
      if (value === PACKED) {
        const words = this.words!;
        words[row * 3] = words[first * 3]!;
        words[row * 3 + 1] = words[first * 3 + 1]!;
        words[row * 3 + 2] = words[first * 3 + 2]!;
        this.hashes![row] = this.hashes![first]!;
      } else if (value === LONG) this.longCodes![row] = this.longCodes![first]!;
    }
  }

  /**
   * Codes for rows 0..n-1, in first-seen order. Call once: the keys are computed in the
   * interner's own row array.
   *
   * @param n - Number of rows recorded (rows without an id get -1).
   * @returns The keys, the number of distinct ids and their texts.
   */
  finish(n: number): BatchInternResult {
    // Per code: the integer id, or -1 - its index in `textIds`.
    const codeIds = new Int32Array(n);
    const textIds: string[] = [];
    const size =
      this.hashes === undefined && this.longCodes === undefined
        ? this.numberIntegers(n, codeIds)
        : this.numberAll(n, codeIds, textIds);
    let texts: string[] | undefined;
    return {
      keys: this.rows.subarray(0, n),
      size,
      codeIds: codeIds.subarray(0, size),
      textIds,
      get texts(): readonly string[] {
        if (texts === undefined) {
          texts = new Array<string>(size);
          for (let code = 0; code < size; code++) {
            const id = codeIds[code]!;
            texts[code] = id >= 0 ? String(id) : textIds[-1 - id]!;
          }
        }
        return texts;
      },
    };
  }

  /** Numbers a column of integer ids only (the usual case), in place; returns the count. */
  private numberIntegers(n: number, codeIds: Int32Array): number {
    const rows = this.rows;
    const min = this.maxInteger >= 0 ? this.minInteger : 0;
    const range = this.maxInteger - min + 1;
    let distinct = 0;
    if (range <= 2 * n + DIRECT_SLACK) {
      const direct = new Int32Array(range);
      // In chunks, so that the loop is optimised as a function rather than only on the stack.
      for (let from = 0; from < n; from += CHUNK)
        distinct = numberDirect(
          rows,
          direct,
          codeIds,
          min,
          from,
          Math.min(n, from + CHUNK),
          distinct
        );
      return distinct;
    }
    const integers = new IntegerIndex(n);
    for (let k = 0; k < n; k++) {
      const value = rows[k]!;
      if (value < 0) continue;
      let code = integers.findOrAdd(value, distinct);
      if (code < 0) {
        code = distinct++;
        codeIds[code] = value;
      }
      rows[k] = code;
    }
    return distinct;
  }

  /** Numbers a column with text ids too, in place; returns the count. */
  private numberAll(n: number, codeIds: Int32Array, textIds: string[]): number {
    const rows = this.rows;
    const provisional = this.hashes ? this.dedupePacked(n) : undefined;
    const integers = new IntegerIndex();
    const packedCode = provisional ? new Int32Array(n).fill(-1) : undefined;
    const longCode = new Int32Array(this.long.size).fill(-1);
    let distinct = 0;
    for (let k = 0; k < n; k++) {
      const value = rows[k]!;
      if (value === NO_ID) continue;
      let code: number;
      if (value >= 0) {
        code = integers.findOrAdd(value, distinct);
        if (code < 0) {
          code = distinct++;
          codeIds[code] = value;
        }
      } else if (value === PACKED) {
        const first = provisional![k]!;
        code = packedCode![first]!;
        if (code < 0) {
          code = distinct++;
          packedCode![first] = code;
          const words = this.words!;
          codeIds[code] = -1 - textIds.length;
          textIds.push(unpack(words[k * 3]!, words[k * 3 + 1]!, words[k * 3 + 2]!));
        }
      } else {
        const first = this.longCodes![k]!;
        code = longCode[first]!;
        if (code < 0) {
          code = distinct++;
          longCode[first] = code;
          codeIds[code] = -1 - textIds.length;
          textIds.push(this.long.texts[first]!);
        }
      }
      rows[k] = code;
    }
    return distinct;
  }

  /**
   * Deduplicates the packed rows: 1. counts them per partition; 2. scatters their keys,
   * hashes and rows; 3. deduplicates each partition in a small table.
   *
   * @returns Per packed row, a provisional code shared by equal keys (in the `hashes` array).
   */
  private dedupePacked(n: number): Int32Array {
    const rows = this.rows;
    const words = this.words!;
    const hashes = this.hashes!;
    let bits = 0;
    while (n >> bits > PARTITION_TARGET) bits++;
    const partitions = 1 << bits;
    // `>>> 32` would not shift at all, so a single partition masks the result to 0 instead.
    const shift = 32 - bits;
    const partitionMask = bits === 0 ? 0 : -1;

    const bounds = new Int32Array(partitions + 1);
    for (let k = 0; k < n; k++)
      if (rows[k] === PACKED) bounds[((hashes[k]! >>> shift) & partitionMask) + 1]!++;
    for (let p = 0; p < partitions; p++) bounds[p + 1]! += bounds[p]!;
    const next = bounds.slice(0, partitions);
    const entries = new Int32Array(bounds[partitions]! * ENTRY);
    for (let k = 0; k < n; k++) {
      if (rows[k] !== PACKED) continue;
      const hash = hashes[k]!;
      const at = next[(hash >>> shift) & partitionMask]!++ * ENTRY;
      entries[at] = words[k * 3]!;
      entries[at + 1] = words[k * 3 + 1]!;
      entries[at + 2] = words[k * 3 + 2]!;
      entries[at + 3] = hash;
      entries[at + 4] = k;
    }

    // The hashes are in `entries` now, so `hashes` takes the provisional codes.
    const provisional = hashes;
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
        provisional[entries[entry + 4]!] = code;
      }
    }
    return provisional;
  }
}

/** A copy of `array` with room for `length` entries. */
function grown(array: Int32Array, length: number): Int32Array {
  const copy = new Int32Array(length);
  copy.set(array);
  return copy;
}

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

/** Rows per call of {@link numberDirect}. */
const CHUNK = 16384;

/**
 * Rows [from, to) of `numberIntegers`' direct table: each integer id (rows[k] ≥ 0) becomes its
 * code in first-seen order, `direct[id - min]` holding code + 1 of the ids seen.
 *
 * @returns The number of distinct ids so far.
 */
function numberDirect(
  rows: Int32Array,
  direct: Int32Array,
  codeIds: Int32Array,
  min: number,
  from: number,
  to: number,
  seen: number
): number {
  let distinct = seen;
  for (let k = from; k < to; k++) {
    const value = rows[k]!;
    if (value < 0) continue;
    let code = direct[value - min]! - 1;
    if (code < 0) {
      code = distinct++;
      direct[value - min] = code + 1;
      codeIds[code] = value;
    }
    rows[k] = code;
  }
  return distinct;
}
