/**
 * What the task pane offers as data: every Excel table, every sheet with data (its used
 * range, which grows with next quarter's paste), and the current selection (one area:
 * cells, whole columns or whole rows).
 *
 * @module
 */
import type { ExcelRun } from "./excelHost";
import { assertNotOwnedSheet } from "./assertNotOwnedSheet";
import {
  columnLetters,
  intersectRects,
  rectOfRange,
  parseAddress,
  SHEET_COLUMNS,
  SHEET_ROWS,
  type CellRect,
  type ParsedAddress,
} from "./cellAddress";
import { queueOwnedSheets } from "./loadOwnedSheets";
import { UserFacingError } from "./officeErrorMessage";
import type { DataSource, OwnedSheet } from "./storedSettings";

/** One choice in the data dropdowns. */
export interface DataSourceOption {
  readonly source: DataSource;
  /** Dutch label ("Casussen (tabel, 5.000 rijen)", "Export (blad, 5.000 rijen)"). */
  readonly label: string;
  /** Rows including the header row. */
  readonly rowCount: number;
}

/**
 * Lists the tables and the sheets with data (two syncs), leaving out the sheets the add-in
 * owns (report, Toelichting, Controle, recognised by id or marker as a write would) and the
 * tables on them.
 *
 * @param run - `Excel.run` (or a test double)
 * @param owned - the sheets the settings say the add-in owns
 * @returns the options, tables first
 */
export async function listDataSources(
  run: ExcelRun,
  owned: readonly OwnedSheet[]
): Promise<DataSourceOption[]> {
  return run(async (context) => {
    const tables = context.workbook.tables;
    tables.load("items/name");
    const pending = queueOwnedSheets(context);
    await context.sync();
    const { worksheets: sheets, ownedNames: excluded } = pending.resolve(owned);
    const tableInfo = tables.items.map((table) => {
      const range = table.getRange();
      range.load("rowCount");
      const sheet = table.worksheet;
      sheet.load("name");
      return { name: table.name, range, sheet };
    });
    const sheetInfo = sheets.items
      .filter((sheet) => !excluded.has(sheet.name.toLocaleLowerCase("nl")))
      .map((sheet) => {
        const used = sheet.getUsedRangeOrNullObject(true);
        used.load("rowCount");
        return { name: sheet.name, used };
      });
    await context.sync();
    const options: DataSourceOption[] = tableInfo
      .filter((t) => !excluded.has(t.sheet.name.toLocaleLowerCase("nl")))
      .map((t) => ({
        source: { kind: "table", name: t.name },
        label: `${t.name} (tabel, ${rowsText(t.range.rowCount - 1)})`,
        rowCount: t.range.rowCount,
      }));
    for (const s of sheetInfo) {
      if (s.used.isNullObject) continue;
      options.push({
        source: { kind: "range", sheet: s.name, address: "" },
        label: `${s.name} (blad, ${rowsText(s.used.rowCount - 1)})`,
        rowCount: s.used.rowCount,
      });
    }
    return options;
  });
}

/**
 * Shown for a selection of several areas (Ctrl+click) or one Welzijnsmonitor cannot read.
 */
export const SELECT_ONE_RANGE_MESSAGE =
  "Kies één aaneengesloten bereik: Welzijnsmonitor kan een selectie uit meer delen (met Ctrl geselecteerd) niet lezen. " +
  "Selecteer de export met kopregel als één blok, hele kolommen of één cel erin, en klik opnieuw op Huidige selectie gebruiken.";

/**
 * The current selection as a source. A single selected cell (or the whole sheet) stands
 * for the whole used range of its sheet (the usual case: the cursor somewhere in a pasted
 * export). Whole columns ("A:F") or whole rows ("1:500") stand for their used part, which
 * is looked up on every read. A larger selection stands for its columns from its first
 * row down: rows pasted below it later are read too (see readSource). One sync.
 *
 * @param run - `Excel.run` (or a test double)
 * @param owned - the sheets the settings say the add-in owns
 * @returns the source, a Dutch label and the rows it has now (0 for a whole sheet)
 * @throws UserFacingError (Dutch) when the selection has several areas, holds no data
 *   (whole columns or rows that are empty), or is on a sheet the add-in owns
 */
export async function selectionSource(
  run: ExcelRun,
  owned: readonly OwnedSheet[]
): Promise<DataSourceOption> {
  return run(async (context) => {
    // getSelectedRanges (ExcelApi 1.9, as autoFilter): getSelectedRange throws on a
    // multi-area selection, so the areas are counted here and refused in Dutch.
    const areas = context.workbook.getSelectedRanges();
    areas.load("address,areaCount");
    const used = areas.worksheet.getUsedRangeOrNullObject(true);
    used.load("rowIndex,columnIndex,rowCount,columnCount");
    const pending = queueOwnedSheets(context);
    await context.sync();
    if (areas.areaCount !== 1) throw new UserFacingError(SELECT_ONE_RANGE_MESSAGE);
    // Excel's address names the sheet ("Export!A1:C101", "'Mijn export'!A:F").
    let parsed: ParsedAddress;
    try {
      parsed = parseAddress(areas.address);
    } catch {
      throw new UserFacingError(SELECT_ONE_RANGE_MESSAGE);
    }
    const { sheet, rect, kind } = parsed;
    assertNotOwnedSheet(pending.resolve(owned), sheet);
    const wholeSheet = rect.rowCount === SHEET_ROWS && rect.columnCount === SHEET_COLUMNS;
    if ((rect.rowCount === 1 && rect.columnCount === 1) || wholeSheet) {
      return {
        source: { kind: "range", sheet, address: "" },
        label: `${sheet} (blad)`,
        rowCount: 0,
      };
    }
    // Stored as sheet + top-left + columns (or as whole columns or rows): reading goes on
    // below it (readSource), so the label names columns and first row, not a row count
    // that next quarter outgrows.
    const address = addressBody(areas.address);
    const source: DataSource = { kind: "range", sheet, address };
    if (kind === "cells") return { source, label: sourceLabel(source), rowCount: rect.rowCount };
    const usedRect = used.isNullObject ? null : rectOfRange(used);
    const data = intersectRects(rect, usedRect);
    if (!data) throw new UserFacingError(emptyLinesMessage(sheet, kind, rect));
    return { source, label: sourceLabel(source), rowCount: data.rowCount };
  });
}

/**
 * A Dutch label for a stored source ("Casussen (tabel)", "Export (blad)", a selection by
 * its columns and first row, since it grows down when rows are pasted below it).
 *
 * @param source - the source
 * @returns the label
 *
 * @example
 * sourceLabel({ kind: 'range', sheet: 'Export', address: 'A1:T500' }) // 'Export: kolom A–T vanaf rij 1 (selectie)'
 * sourceLabel({ kind: 'range', sheet: 'Export', address: 'A:F' }) // 'Export: kolom A–F (selectie)'
 */
export function sourceLabel(source: DataSource): string {
  if (source.kind === "table") return `${source.name} (tabel)`;
  if (!source.address) return `${source.sheet} (blad)`;
  try {
    const { rect, kind } = parseAddress(source.address);
    if (kind === "rows")
      return `${source.sheet}: alle kolommen vanaf rij ${rect.row + 1} (selectie)`;
    const columns = columnsText(rect);
    if (kind === "columns") return `${source.sheet}: ${columns} (selectie)`;
    return `${source.sheet}: ${columns} vanaf rij ${rect.row + 1} (selectie)`;
  } catch {
    return `${source.sheet}!${source.address}`;
  }
}

/**
 * A stable key for a source, to compare choices.
 *
 * @param source - the source
 * @returns the key
 *
 * @example
 * sourceKey({ kind: 'table', name: 'Casussen' }) // 'table:Casussen'
 */
export function sourceKey(source: DataSource): string {
  return source.kind === "table"
    ? `table:${source.name}`
    : `range:${source.sheet}!${source.address}`;
}

/** "kolom A–F" or "kolom C". */
function columnsText(rect: CellRect): string {
  const first = columnLetters(rect.column);
  const last = columnLetters(rect.column + rect.columnCount - 1);
  return `kolom ${first === last ? first : `${first}–${last}`}`;
}

/** The address without its sheet name ("A:F" of "'Jan''s blad'!A:F"). */
function addressBody(address: string): string {
  return address.slice(address.lastIndexOf("!") + 1).trim();
}

function emptyLinesMessage(sheet: string, kind: "columns" | "rows", rect: CellRect): string {
  const what =
    kind === "columns"
      ? rect.columnCount === 1
        ? `De geselecteerde kolom ${columnLetters(rect.column)} is`
        : `De geselecteerde kolommen ${columnLetters(rect.column)}–${columnLetters(rect.column + rect.columnCount - 1)} zijn`
      : rect.rowCount === 1
        ? `De geselecteerde rij ${rect.row + 1} is`
        : `De geselecteerde rijen ${rect.row + 1}–${rect.row + rect.rowCount} zijn`;
  return `${what} leeg op het blad "${sheet}". Selecteer de kolommen of cellen van de export en probeer het opnieuw.`;
}

function rowsText(count: number): string {
  const n = Math.max(0, count);
  return `${n.toLocaleString("nl-NL")} ${n === 1 ? "rij" : "rijen"}`;
}
