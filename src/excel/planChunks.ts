/**
 * Sizing of chunked reads: Excel on the web refuses a response over 5 MB, so a large
 * table is read in row chunks whose estimated JSON size stays under a budget. Pure.
 *
 * @module
 */

/** Excel on the web's limit on one request or response. */
export const PAYLOAD_LIMIT_BYTES = 5 * 1024 * 1024;

/** Default budget per chunk: well below the limit, since later rows may be wider than the sample. */
export const DEFAULT_CHUNK_BUDGET_BYTES = 3 * 1024 * 1024;

/** Rows of the first chunk, which measures how wide the rows are. */
export const FIRST_CHUNK_ROWS = 2000;

/** At most this many cells per chunk, whatever their size (keeps each round trip short). */
export const MAX_CHUNK_CELLS = 400_000;

/** Margin on the measured row size. */
const SAFETY = 1.25;

/**
 * Estimates the JSON size of rows of cell values from an even sample of them.
 *
 * @param rows - the rows (as `range.values`)
 * @param sampleSize - how many rows to measure (default 200)
 * @returns the estimated bytes per row (at least 2)
 *
 * @example
 * estimateRowBytes([['abc', 1], ['de', 22]]) // 10.5 (the JSON of a row plus its comma)
 */
export function estimateRowBytes(rows: readonly (readonly unknown[])[], sampleSize = 200): number {
  if (rows.length === 0) return 2;
  const step = Math.max(1, Math.floor(rows.length / sampleSize));
  let bytes = 0;
  let measured = 0;
  for (let i = 0; i < rows.length; i += step) {
    bytes += utf8Length(JSON.stringify(rows[i])) + 1;
    measured++;
  }
  return Math.max(2, bytes / measured);
}

/**
 * How many rows the next chunk may have.
 *
 * @param input - bytes per row measured so far, the budget, the column count and the rows left
 * @returns a row count from 1 to `remaining`
 *
 * @example
 * chunkRowCount({ rowBytes: 250, budgetBytes: 3 * 1024 * 1024, columnCount: 20, remaining: 60000 }) // 10066
 */
export function chunkRowCount(input: {
  readonly rowBytes: number;
  readonly budgetBytes: number;
  readonly columnCount: number;
  readonly remaining: number;
  readonly maxCells?: number;
}): number {
  const byBytes = Math.floor(input.budgetBytes / (input.rowBytes * SAFETY));
  const byCells = Math.floor((input.maxCells ?? MAX_CHUNK_CELLS) / Math.max(1, input.columnCount));
  return Math.max(1, Math.min(input.remaining, byBytes, byCells));
}

function utf8Length(text: string): number {
  let bytes = text.length;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0x80) bytes += code >= 0x800 && (code < 0xd800 || code > 0xdfff) ? 2 : 1;
  }
  return bytes;
}
