/**
 * Reads a data table from the workbook: an Excel table, a fixed range, or a sheet's used
 * range, in row chunks that stay under Excel on the web's 5 MB payload limit, reporting
 * progress. Each chunk is its own `Excel.run` batch with one sync: the payload limit is
 * per round trip, so a large read needs several, however it is written.
 *
 * @module
 */
import { isEmptyCell } from "../core";
import type { CellValue } from "../core";
import { assertNotOwnedSheet } from "./assertNotOwnedSheet";
import {
  intersectRects,
  rectOfRange,
  quoteSheetName,
  rectAddress,
  SHEET_COLUMNS,
  SHEET_ROWS,
  type CellRect,
  type RangePosition,
} from "./cellAddress";
import type { ExcelRun } from "./excelHost";
import { queueOwnedSheets } from "./loadOwnedSheets";
import { errorCode, UserFacingError } from "./officeErrorMessage";
import {
  chunkRowCount,
  DEFAULT_CHUNK_BUDGET_BYTES,
  estimateRowBytes,
  FIRST_CHUNK_ROWS,
  MAX_CHUNK_CELLS,
} from "./planChunks";
import type { DataSource, OwnedSheet } from "./storedSettings";

/** Where the data of a source is on its sheet. */
export interface SourceLocation {
  readonly sheet: string;
  /** 0-based sheet row and column of the top-left cell (the first row read). */
  readonly rowIndex: number;
  readonly columnIndex: number;
  readonly rowCount: number;
  readonly columnCount: number;
  /** The address as Excel gives it ("Export!A1:T5001"). */
  readonly address: string;
  /**
   * For a stored selection: its own number of rows. The location may reach further down
   * (the used range); rows past this are kept up to the first empty row.
   */
  readonly storedRowCount?: number;
}

/** The cells of a source and where they came from. */
export interface SourceData extends SourceLocation {
  readonly rows: CellValue[][];
  /** Rows read below a stored selection (next quarter's longer export); 0 when none. */
  readonly extendedRows?: number;
  /**
   * Non-empty rows further down, after the empty row that ended a stored selection's data:
   * not read (they may be a separate block), but worth a warning.
   */
  readonly skippedRowsBelow?: number;
}

/** Options of {@link readSource}. */
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

/**
 * Finds a source in the workbook: its sheet and rectangle.
 *
 * @param run - `Excel.run` (or a test double)
 * @param source - the table or range
 * @param owned - the sheets the settings say the add-in owns (a source there is refused)
 * @returns the location
 * @throws UserFacingError (Dutch) when the table or sheet is gone, the sheet is empty, or it
 *   is a sheet the add-in owns
 */
export async function locateSource(
  run: ExcelRun,
  source: DataSource,
  owned: readonly OwnedSheet[] = []
): Promise<SourceLocation> {
  return run(async (context) => {
    if (source.kind === "table") {
      const table = context.workbook.tables.getItemOrNullObject(source.name);
      table.load("name");
      const pending = queueOwnedSheets(context);
      await context.sync();
      const loaded = pending.resolve(owned);
      if (table.isNullObject) {
        throw new UserFacingError(
          `De tabel "${source.name}" staat niet (meer) in deze werkmap. Kies de gegevens opnieuw in het taakvenster.`
        );
      }
      const range = table.getRange();
      range.load("address,rowIndex,columnIndex,rowCount,columnCount");
      const sheet = table.worksheet;
      sheet.load("name");
      await context.sync();
      assertNotOwnedSheet(loaded, sheet.name, table.name);
      return {
        sheet: sheet.name,
        rowIndex: range.rowIndex,
        columnIndex: range.columnIndex,
        rowCount: range.rowCount,
        columnCount: range.columnCount,
        address: range.address,
      };
    }
    const sheet = context.workbook.worksheets.getItemOrNullObject(source.sheet);
    sheet.load("name");
    const pending = queueOwnedSheets(context);
    await context.sync();
    const loaded = pending.resolve(owned);
    if (sheet.isNullObject) {
      throw new UserFacingError(
        `Het blad "${source.sheet}" staat niet (meer) in deze werkmap. Kies de gegevens opnieuw in het taakvenster.`
      );
    }
    assertNotOwnedSheet(loaded, sheet.name);
    // A stored selection is its top-left cell and columns: next quarter's export is longer,
    // so the range grows down to the sheet's used range (trimmed after reading, see below).
    // Whole columns or rows ("A:F", "1:500") start as their used part, from the same sync.
    const fixed = source.address ? sheet.getRange(source.address) : null;
    const used = sheet.getUsedRangeOrNullObject(true);
    used.load("address,rowIndex,columnIndex,rowCount,columnCount");
    fixed?.load("address,rowIndex,columnIndex,rowCount,columnCount");
    await context.sync();
    const usedRect = used.isNullObject ? null : rectOfRange(used);
    if (fixed) {
      const start = storedStart(source.sheet, source.address, fixed, usedRect);
      const usedEnd = usedRect ? usedRect.row + usedRect.rowCount : 0;
      const rowCount = Math.max(start.rowCount, usedEnd - start.row);
      return {
        sheet: sheet.name,
        rowIndex: start.row,
        columnIndex: start.column,
        rowCount,
        columnCount: start.columnCount,
        address: `${quoteSheetName(sheet.name)}!${rectAddress({ ...start, rowCount })}`,
        storedRowCount: start.rowCount,
      };
    }
    if (used.isNullObject)
      throw new UserFacingError(
        `Het blad "${source.sheet}" is leeg. Plak de export op dit blad of kies een ander blad.`
      );
    const range = used;
    return {
      sheet: sheet.name,
      rowIndex: range.rowIndex,
      columnIndex: range.columnIndex,
      rowCount: range.rowCount,
      columnCount: range.columnCount,
      address: range.address,
    };
  });
}

/**
 * Where a stored selection starts: its own rectangle, or for whole columns or rows ("A:F",
 * "1:500") their used part now (a million empty rows are not data).
 */
function storedStart(
  sheet: string,
  address: string,
  fixed: RangePosition,
  used: CellRect | null
): CellRect {
  const rect = rectOfRange(fixed);
  if (rect.rowCount < SHEET_ROWS && rect.columnCount < SHEET_COLUMNS) return rect;
  const part = intersectRects(rect, used);
  if (!part)
    throw new UserFacingError(
      `De gekozen kolommen of rijen (${address}) op het blad "${sheet}" zijn leeg. Plak de export daar of kies de gegevens opnieuw in het taakvenster.`
    );
  return part;
}

/**
 * Reads all cells of a source in chunks under the payload budget. The first chunk
 * measures the row size; a chunk Excel still finds too large is retried at half the size.
 *
 * @param run - `Excel.run` (or a test double)
 * @param source - the table or range
 * @param options - budget and progress callback
 * @returns the rows (header included) and where they are
 */
export async function readSource(
  run: ExcelRun,
  source: DataSource,
  options: ReadSourceOptions = {}
): Promise<SourceData> {
  const location = await locateSource(run, source, options.owned);
  const budget = options.budgetBytes ?? DEFAULT_CHUNK_BUDGET_BYTES;
  const maxCells = options.maxCells ?? MAX_CHUNK_CELLS;
  const total = location.rowCount;
  const rows: CellValue[][] = [];
  let rowBytes = 0;
  let next = Math.max(
    1,
    Math.min(total, FIRST_CHUNK_ROWS, Math.floor(maxCells / Math.max(1, location.columnCount)))
  );
  options.onProgress?.(0, total);
  while (rows.length < total) {
    const count = Math.min(next, total - rows.length);
    let values: CellValue[][];
    try {
      values = await readChunk(run, location, rows.length, count);
    } catch (error) {
      if (errorCode(error) === "ResponsePayloadSizeLimitExceeded" && count > 1) {
        next = Math.ceil(count / 2);
        continue;
      }
      throw error;
    }
    for (const row of values) rows.push(row);
    rowBytes = Math.max(rowBytes, estimateRowBytes(values));
    next = chunkRowCount({
      rowBytes,
      budgetBytes: budget,
      columnCount: location.columnCount,
      remaining: total - rows.length,
      maxCells,
    });
    options.onProgress?.(rows.length, total);
  }
  return trimBelowSelection(location, rows);
}

/**
 * Keeps, below a stored selection, the rows up to the first empty one: the pasted rest of
 * the export, not a separate block further down or the empty tail of the used range.
 */
function trimBelowSelection(location: SourceLocation, rows: CellValue[][]): SourceData {
  const stored = location.storedRowCount;
  if (stored === undefined || rows.length <= stored) return { ...location, rows };
  let end = stored;
  while (end < rows.length && !(rows[end] ?? []).every(isEmptyCell)) end += 1;
  const kept = rows.slice(0, end);
  const skipped = rows.slice(end).filter((row) => !row.every(isEmptyCell)).length;
  const address = `${quoteSheetName(location.sheet)}!${rectAddress({
    row: location.rowIndex,
    column: location.columnIndex,
    rowCount: end,
    columnCount: location.columnCount,
  })}`;
  return {
    ...location,
    rowCount: end,
    address,
    rows: kept,
    extendedRows: end - stored,
    skippedRowsBelow: skipped,
  };
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
