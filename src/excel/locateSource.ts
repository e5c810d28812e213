/**
 * Finds a data source in the workbook: an Excel table, a fixed range, or a sheet's used range.
 *
 * @module
 */
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
import { assertNotOwnedSheet } from "./assertNotOwnedSheet";
import type { ExcelRun } from "./excelHost";
import { queueOwnedSheets } from "./loadOwnedSheets";
import { UserFacingError } from "./officeErrorMessage";
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
