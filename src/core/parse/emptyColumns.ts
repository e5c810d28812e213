/**
 * The columns of fields a case table does not map (no age, complexity or canContinueAlone
 * column in the export, …): one read-only column per kind, shared by every table and cut to
 * its length, instead of a filled column per field and table (at a million rows the empty
 * age column alone was 8 MB of fresh memory to fill). Nothing writes to a parsed table's
 * columns; the buffers grow to the largest table seen and are kept, like the recidive tuples.
 *
 * @module
 */

let noDays = new Float32Array(0);
let noNumbers = new Float64Array(0);
let noCodes = new Int32Array(0);
let noAnswers = new Int8Array(0);
let noStarts = new Int32Array(0);

/**
 * A day column of `n` empty days (NaN), shared: read it, never write to it.
 *
 * @param n - Rows.
 * @returns The column.
 * @example
 * emptyDayColumn(2); //=> Float32Array [NaN, NaN]
 */
export function emptyDayColumn(n: number): Float32Array {
  if (noDays.length < n) noDays = new Float32Array(n).fill(NaN);
  return noDays.subarray(0, n);
}

/**
 * A number column of `n` empty numbers (NaN), shared: read it, never write to it.
 *
 * @param n - Rows.
 * @returns The column.
 * @example
 * emptyNumberColumn(1); //=> Float64Array [NaN]
 */
export function emptyNumberColumn(n: number): Float64Array {
  if (noNumbers.length < n) noNumbers = new Float64Array(n).fill(NaN);
  return noNumbers.subarray(0, n);
}

/**
 * A code column of `n` empty codes (-1: no category, no client), shared: read it, never
 * write to it.
 *
 * @param n - Rows.
 * @returns The column.
 * @example
 * emptyCodeColumn(2); //=> Int32Array [-1, -1]
 */
export function emptyCodeColumn(n: number): Int32Array {
  if (noCodes.length < n) noCodes = new Int32Array(n).fill(-1);
  return noCodes.subarray(0, n);
}

/**
 * A yes/no column of `n` unknown answers (-1), shared: read it, never write to it.
 *
 * @param n - Rows.
 * @returns The column.
 * @example
 * emptyAnswerColumn(1); //=> Int8Array [-1]
 */
export function emptyAnswerColumn(n: number): Int8Array {
  if (noAnswers.length < n) noAnswers = new Int8Array(n).fill(-1);
  return noAnswers.subarray(0, n);
}

/**
 * The starts of `n - 1` empty lists (all 0), shared: read it, never write to it.
 *
 * @param n - Rows + 1.
 * @returns The column.
 * @example
 * emptyStartColumn(3); //=> Int32Array [0, 0, 0]
 */
export function emptyStartColumn(n: number): Int32Array {
  if (noStarts.length < n) noStarts = new Int32Array(n);
  return noStarts.subarray(0, n);
}
