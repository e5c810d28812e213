/**
 * Reads a data source chunk by chunk, each chunk handed over as it arrives: for a reader that
 * parses the rows into columns at once and keeps no copy of the sheet.
 *
 * @module
 */
import { isEmptyCell } from "../core";
import type { CellValue } from "../core";
import { quoteSheetName, rectAddress } from "./cellAddress";
import type { ExcelRun } from "./excelHost";
import { errorCode } from "./officeErrorMessage";
import {
  chunkRowCount,
  DEFAULT_CHUNK_BUDGET_BYTES,
  estimateRowBytes,
  FIRST_CHUNK_ROWS,
  MAX_CHUNK_CELLS,
} from "./planChunks";
import { locateSource, type SourceLocation } from "./locateSource";
import type { DataSource, OwnedSheet } from "./storedSettings";

/** Options of {@link openSource} and `readSource`. */
export interface ReadSourceOptions {
  /** Estimated JSON bytes per chunk; default 3 MB. */
  readonly budgetBytes?: number;
  /** At most this many cells per chunk; default 400,000. */
  readonly maxCells?: number;
  /** Called after every chunk with the rows read so far and the total. */
  readonly onProgress?: (rowsRead: number, totalRows: number) => void;
  /**
   * The sheets the settings say the add-in owns: a source on one of them is refused (the
   * next write clears it). Every read that precedes a write passes them.
   */
  readonly owned?: readonly OwnedSheet[];
}

/** Where a source's data was, once it is read (a stored selection's rows below it counted). */
export interface SourceSummary extends SourceLocation {
  /** Rows read below a stored selection (next quarter's longer export); absent when none. */
  readonly extendedRows?: number;
  /** Non-empty rows after the empty row that ended a stored selection's data: not read. */
  readonly skippedRowsBelow?: number;
}

/** A source being read: its chunks one at a time, and at the end where its data was. */
export interface OpenedSource {
  readonly location: SourceLocation;
  /**
   * The next chunk of rows (the first one holds the source's first row), or undefined at the
   * end. Below a stored selection, the rows from the first empty row on are not handed over
   * (they may be a separate block), only counted.
   */
  next(): Promise<CellValue[][] | undefined>;
  /** Where the data was: call after the last chunk. */
  summary(): SourceSummary;
}

/**
 * Finds a source and reads its cells in chunks under the payload budget, one `Excel.run`
 * batch with one sync per chunk: the first chunk measures the row size; a chunk Excel still
 * finds too large is retried at half the size. Nothing keeps a chunk after handing it over.
 *
 * @param run - `Excel.run` (or a test double)
 * @param source - the table or range
 * @param options - budget, progress callback, the sheets the add-in owns
 * @returns the source, to read chunk by chunk
 * @throws UserFacingError (Dutch) as `locateSource`
 * @example
 * const opened = await openSource(host.run, source);
 * for (let rows = await opened.next(); rows; rows = await opened.next()) parser.push(rows);
 */
export async function openSource(
  run: ExcelRun,
  source: DataSource,
  options: ReadSourceOptions = {}
): Promise<OpenedSource> {
  const location = await locateSource(run, source, options.owned);
  const budget = options.budgetBytes ?? DEFAULT_CHUNK_BUDGET_BYTES;
  const maxCells = options.maxCells ?? MAX_CHUNK_CELLS;
  const total = location.rowCount;
  // Rows below a stored selection are kept up to the first empty one.
  const stored = location.storedRowCount ?? total;
  const trims = total > stored;
  let read = 0;
  let rowBytes = 0;
  /** Index of the first empty row at or below a stored selection's end, -1 until found. */
  let end = -1;
  let skipped = 0;
  let next = Math.max(
    1,
    Math.min(total, FIRST_CHUNK_ROWS, Math.floor(maxCells / Math.max(1, location.columnCount)))
  );
  options.onProgress?.(0, total);

  const fetch = async (): Promise<CellValue[][] | undefined> => {
    while (read < total) {
      const count = Math.min(next, total - read);
      try {
        return await readChunk(run, location, read, count);
      } catch (error) {
        if (errorCode(error) === "ResponsePayloadSizeLimitExceeded" && count > 1) {
          next = Math.ceil(count / 2);
          continue;
        }
        throw error;
      }
    }
    return undefined;
  };

  return {
    location,
    async next() {
      for (;;) {
        const values = await fetch();
        if (values === undefined) return undefined;
        const base = read;
        read += values.length;
        rowBytes = Math.max(rowBytes, estimateRowBytes(values));
        next = chunkRowCount({
          rowBytes,
          budgetBytes: budget,
          columnCount: location.columnCount,
          remaining: total - read,
          maxCells,
        });
        options.onProgress?.(read, total);
        const kept = trims ? keepAboveGap(values, base, stored) : values;
        if (kept.length > 0) return kept;
      }
    },
    summary() {
      if (!trims) return location;
      const rowCount = end >= 0 ? end : read;
      const address = `${quoteSheetName(location.sheet)}!${rectAddress({
        row: location.rowIndex,
        column: location.columnIndex,
        rowCount,
        columnCount: location.columnCount,
      })}`;
      return {
        ...location,
        rowCount,
        address,
        extendedRows: rowCount - stored,
        skippedRowsBelow: skipped,
      };
    },
  };

  /**
   * Below a stored selection, the rows up to the first empty one: the pasted rest of the
   * export, not a separate block further down or the empty tail of the used range. The
   * non-empty rows after the gap are counted for a warning.
   */
  function keepAboveGap(values: CellValue[][], base: number, first: number): CellValue[][] {
    let cut = values.length;
    if (end < 0) {
      for (let index = Math.max(0, first - base); index < values.length; index++) {
        if ((values[index] ?? []).every(isEmptyCell)) {
          cut = index;
          end = base + index;
          break;
        }
      }
    } else {
      cut = 0;
    }
    for (let index = cut; index < values.length; index++)
      if (!(values[index] ?? []).every(isEmptyCell)) skipped += 1;
    return cut === values.length ? values : values.slice(0, cut);
  }
}

/** One chunk: `count` rows from `offset`, in its own batch. */
async function readChunk(
  run: ExcelRun,
  location: SourceLocation,
  offset: number,
  count: number
): Promise<CellValue[][]> {
  return run(async (context) => {
    const range = context.workbook.worksheets
      .getItem(location.sheet)
      .getRangeByIndexes(
        location.rowIndex + offset,
        location.columnIndex,
        count,
        location.columnCount
      );
    range.load("values");
    await context.sync();
    return range.values as CellValue[][];
  });
}
