/**
 * What the task pane offers as data: every Excel table, every sheet with data (its used
 * range, which grows with next quarter's paste), and the current selection.
 *
 * @module
 */
import type { ExcelRun } from "./excelHost";
import { assertNotOwnedSheet } from "./assertNotOwnedSheet";
import { columnLetters, parseAddress } from "./cellAddress";
import { queueOwnedSheets } from "./loadOwnedSheets";
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
 * The current selection as a source. A single selected cell stands for the whole used
 * range of its sheet (the usual case: the cursor somewhere in a pasted export). A larger
 * selection stands for its columns from its first row down: rows pasted below it later
 * are read too (see readSource). A selection on a sheet the add-in owns is refused: the
 * next write would clear it.
 *
 * @param run - `Excel.run` (or a test double)
 * @param owned - the sheets the settings say the add-in owns
 * @returns the source and a Dutch label
 * @throws UserFacingError (Dutch) when the selection is on a sheet the add-in owns
 */
export async function selectionSource(
  run: ExcelRun,
  owned: readonly OwnedSheet[]
): Promise<DataSourceOption> {
  return run(async (context) => {
    const range = context.workbook.getSelectedRange();
    range.load("address,rowCount,columnCount");
    const pending = queueOwnedSheets(context);
    await context.sync();
    // Excel's address names the sheet ("Export!A1:C101"); one sync for it and the owned sheets.
    const { sheet, rect } = parseAddress(range.address);
    assertNotOwnedSheet(pending.resolve(owned), sheet);
    if (range.rowCount === 1 && range.columnCount === 1) {
      return {
        source: { kind: "range", sheet, address: "" },
        label: `${sheet} (blad)`,
        rowCount: 0,
      };
    }
    const address = range.address.slice(range.address.lastIndexOf("!") + 1);
    // Stored as sheet + top-left + columns: reading goes on below it (readSource), so the
    // label names the columns and first row, not a row count that next quarter outgrows.
    const source: DataSource = { kind: "range", sheet, address };
    return { source, label: sourceLabel(source), rowCount: rect.rowCount };
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
 */
export function sourceLabel(source: DataSource): string {
  if (source.kind === "table") return `${source.name} (tabel)`;
  if (!source.address) return `${source.sheet} (blad)`;
  try {
    const { rect } = parseAddress(source.address);
    const first = columnLetters(rect.column);
    const last = columnLetters(rect.column + rect.columnCount - 1);
    return `${source.sheet}: kolom ${first === last ? first : `${first}–${last}`} vanaf rij ${rect.row + 1} (selectie)`;
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

function rowsText(count: number): string {
  const n = Math.max(0, count);
  return `${n.toLocaleString("nl-NL")} ${n === 1 ? "rij" : "rijen"}`;
}
