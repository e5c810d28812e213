/**
 * A table read from a file in chunks of rows, and the whole-sheet readers behind that interface.
 *
 * @module
 */
import type { CellReadIssue, CellRows } from "../core";
import type { TableRead } from "./TableRead";

/** The rows of a table as a file reader hands them over: consecutive chunks, as they are read. */
export interface TableChunks {
  /** The rows in chunks of consecutive rows, sheet row 1 (or line 1) first. */
  readonly chunks: AsyncIterable<CellRows> | Iterable<CellRows>;
  /**
   * The cells the reader repaired (bad bytes), for the dataset loader to report: complete only
   * once `chunks` is exhausted.
   */
  readIssues(): readonly CellReadIssue[];
  /** The rows expected in all (a guess, e.g. from the file size), to size the columns. */
  readonly expectedRows?: number;
}

/** Rows per chunk of {@link wholeSheetChunks}. */
export const WHOLE_SHEET_CHUNK_ROWS = 65_536;

/**
 * A sheet read whole (`readCsv`, `readXlsxSheet`) behind the chunk interface: its rows cut
 * into chunks. The rows are all in memory already; a streaming reader gives the same chunks
 * without that.
 *
 * @param read - The rows and the reader's issues.
 * @param chunkRows - Rows per chunk.
 * @returns The chunks, with the exact number of rows as `expectedRows`.
 * @example
 * const table = wholeSheetChunks(readCsv(bytes));
 * for await (const chunk of table.chunks) loader.push("cases", chunk);
 */
export function wholeSheetChunks(read: TableRead, chunkRows = WHOLE_SHEET_CHUNK_ROWS): TableChunks {
  const { rows, readIssues } = read;
  return {
    chunks: (function* slices(): Generator<CellRows> {
      for (let from = 0; from < rows.length; from += chunkRows)
        yield rows.slice(from, from + chunkRows);
    })(),
    readIssues: () => readIssues,
    expectedRows: rows.length,
  };
}
