/**
 * Hands out the typed-array columns of one table from a single ArrayBuffer.
 *
 * Why: V8 runs a young-generation GC for about every 32 MB of new typed arrays and starts
 * marking the whole heap for every 64 MB or so; a million-row case table has some twenty
 * columns of 4–8 MB, and with the sheet's rows in the heap each of those collections is
 * slow. One allocation per table triggers at most one. The columns of a table live and die
 * together, so sharing a buffer keeps nothing alive longer. A request that does not fit
 * (the plan was short) gets an array of its own, so a wrong plan costs speed, not results.
 *
 * The buffer is a SharedArrayBuffer where the platform has one (Node; a browser only when
 * cross-origin isolated), else an ArrayBuffer. Why: V8 counts an ArrayBuffer as external
 * memory and a SharedArrayBuffer not. A buffer of more than 64 MB over the count at the last
 * full collection starts marking the heap, and from then on every typed array allocated
 * while the count stays that high (the parser's and the report's small scratch arrays) makes
 * V8 finish the marking at once on the main thread: about 0.1 s inside a million-row parse,
 * to mark the sheet's rows, which are all live. The memory is freed the same way (when the
 * columns are collected); V8 just no longer schedules a collection on its account. A case
 * table part read in a worker thread (`CaseTableParser.takePart`) is posted with its columns
 * shared, not copied.
 *
 * @example
 * const arena = new ColumnArena(ColumnArena.bytesFor({ float64: 1, int32: 2 }, 1000));
 * const days = arena.float64(1000);
 * const codes = arena.int32(1000);
 */
export class ColumnArena {
  private readonly buffer: ArrayBufferLike;
  private offset = 0;

  /** @param bytes - Size of the buffer (see {@link ColumnArena.bytesFor}). */
  constructor(bytes: number) {
    this.buffer =
      typeof SharedArrayBuffer === "function"
        ? new SharedArrayBuffer(bytes)
        : new ArrayBuffer(bytes);
  }

  /**
   * The bytes needed for columns of `length` entries, alignment included.
   *
   * @param columns - Number of columns per element type (fractions allowed).
   * @param length - Entries per column.
   * @returns The buffer size.
   * @example
   * ColumnArena.bytesFor({ float64: 2, int8: 1 }, 10); //=> 2 * 80 + 10 + 7 * 3
   */
  static bytesFor(
    columns: {
      readonly float64?: number;
      readonly float32?: number;
      readonly int32?: number;
      readonly int8?: number;
    },
    length: number
  ): number {
    const float64 = columns.float64 ?? 0;
    const float32 = columns.float32 ?? 0;
    const int32 = columns.int32 ?? 0;
    const int8 = columns.int8 ?? 0;
    const alignment = 7 * Math.ceil(float64 + float32 + int32 + int8);
    return Math.ceil((float64 * 8 + (float32 + int32) * 4 + int8) * length) + alignment;
  }

  /** @param length - Entries. @returns A zeroed column. */
  float64(length: number): Float64Array {
    const at = this.take(length, 8);
    return at < 0 ? new Float64Array(length) : new Float64Array(this.buffer, at, length);
  }

  /** @param length - Entries. @returns A zeroed column. */
  float32(length: number): Float32Array {
    const at = this.take(length, 4);
    return at < 0 ? new Float32Array(length) : new Float32Array(this.buffer, at, length);
  }

  /** @param length - Entries. @returns A zeroed column. */
  int32(length: number): Int32Array {
    const at = this.take(length, 4);
    return at < 0 ? new Int32Array(length) : new Int32Array(this.buffer, at, length);
  }

  /** @param length - Entries. @returns A zeroed column. */
  uint32(length: number): Uint32Array {
    const at = this.take(length, 4);
    return at < 0 ? new Uint32Array(length) : new Uint32Array(this.buffer, at, length);
  }

  /** @param length - Entries. @returns A zeroed column. */
  int8(length: number): Int8Array {
    const at = this.take(length, 1);
    return at < 0 ? new Int8Array(length) : new Int8Array(this.buffer, at, length);
  }

  /** Byte offset of the next `length` entries of `size` bytes, or -1 when they do not fit. */
  private take(length: number, size: number): number {
    const at = Math.ceil(this.offset / size) * size;
    const end = at + length * size;
    if (end > this.buffer.byteLength) return -1;
    this.offset = end;
    return at;
  }
}
