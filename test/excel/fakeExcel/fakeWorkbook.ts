/**
 * The data model of the in-memory workbook double: sheets with cells, formats, charts and
 * conditional formats, tables, a selection, protection, and a log of every sync with its
 * request and response sizes. No Office, no DOM, no Node: it also runs in the browser
 * test host. The Office.js-shaped proxies are in fakeContext.ts.
 */

export type FakeValue = string | number | boolean;

/** Formatting of one cell (only what the add-in sets). */
export interface FakeCellFormat {
  numberFormat?: string;
  bold?: boolean;
  italic?: boolean;
  fontSize?: number;
  fontColor?: string;
  fill?: string;
  horizontalAlignment?: string;
  verticalAlignment?: string;
  wrapText?: boolean;
  borderTop?: string;
  borderBottom?: string;
}

/** A series of a chart: its name (the header cell) and the cells it draws. */
export interface FakeChartSeries {
  name: string;
  valuesAddress: string;
}

export interface FakeChart {
  name: string;
  type: string;
  sourceAddress: string;
  seriesBy: string;
  /**
   * As Excel makes them from a source with a text label column and a header row, series by
   * columns: one per column after the first (the categories), named by its header cell.
   */
  series: FakeChartSeries[];
  title: string;
  legendPosition: string;
  reversePlotOrder: boolean;
  topLeft: string;
  bottomRight: string;
}

/** A workbook-scoped name referring to a range; it follows its sheet through renames. */
export interface FakeName {
  name: string;
  sheetId: string;
  address: string;
  comment: string;
}

export interface FakeConditionalFormat {
  type: string;
  address: string;
  fillColor?: string;
  gradientFill?: boolean;
}

export interface FakeSheet {
  id: string;
  name: string;
  /** Row-major values; a missing row or cell is empty (''). */
  values: FakeValue[][];
  /** Formulas by "row:column" (text that Excel took for a formula). */
  formulas: Map<string, string>;
  formats: Map<string, FakeCellFormat>;
  columnWidths: Map<number, number>;
  charts: FakeChart[];
  conditionalFormats: FakeConditionalFormat[];
  frozenRows: number;
  protected: boolean;
  showGridlines: boolean;
  autoFilter: string | null;
  rowHeights: Map<number, number>;
}

export interface FakeTable {
  id: string;
  name: string;
  sheetId: string;
  /** A1 address of the whole table including the header row ("A1:T60001"). */
  address: string;
}

/** One context.sync(): how much went to and came from "Excel". */
export interface FakeSyncRecord {
  requestBytes: number;
  responseBytes: number;
  operations: number;
}

/** An error shaped like OfficeExtension.Error. */
export class FakeOfficeError extends Error {
  constructor(
    readonly code: string,
    message: string
  ) {
    super(message);
    this.name = "RichApi.Error";
  }
}

/** Excel on the web's limit on one request or response. */
export const PAYLOAD_LIMIT_BYTES = 5 * 1024 * 1024;

let nextId = 1;

/** The in-memory workbook. */
export class FakeWorkbook {
  sheets: FakeSheet[] = [];
  tables: FakeTable[] = [];
  names: FakeName[] = [];
  selection: { sheetId: string; address: string } | null = null;
  activeSheetId: string | null = null;
  structureProtected = false;
  /** When set, every sync fails as it does while the user edits a cell. */
  cellEditMode = false;
  syncs: FakeSyncRecord[] = [];
  /** Cells handed out by each `values` load, in order: how much of a sheet is read at once. */
  valueReads: number[] = [];
  payloadLimit = PAYLOAD_LIMIT_BYTES;

  /** Number of context.sync() calls so far. */
  get syncCount(): number {
    return this.syncs.length;
  }

  /** Adds a sheet (as a user would) and returns it. */
  addSheet(name: string, values: FakeValue[][] = []): FakeSheet {
    if (this.findSheet(name))
      throw new FakeOfficeError("ItemAlreadyExists", `Sheet ${name} exists`);
    const sheet: FakeSheet = {
      id: `{${String(nextId++).padStart(8, "0")}-0000-4000-8000-000000000000}`,
      name,
      values: values.map((row) => [...row]),
      formulas: new Map(),
      formats: new Map(),
      columnWidths: new Map(),
      charts: [],
      conditionalFormats: [],
      frozenRows: 0,
      protected: false,
      showGridlines: true,
      autoFilter: null,
      rowHeights: new Map(),
    };
    this.sheets.push(sheet);
    this.activeSheetId ??= sheet.id;
    return sheet;
  }

  /** Adds a table over the given rows (header first), placed at A1 of a new sheet. */
  addTable(name: string, sheetName: string, rows: FakeValue[][]): FakeTable {
    const sheet = this.addSheet(sheetName, rows);
    const columns = Math.max(...rows.map((r) => r.length));
    const table: FakeTable = {
      id: String(nextId++),
      name,
      sheetId: sheet.id,
      address: `A1:${columnName(columns - 1)}${rows.length}`,
    };
    this.tables.push(table);
    return table;
  }

  findSheet(idOrName: string): FakeSheet | undefined {
    const lower = idOrName.toLowerCase();
    return this.sheets.find((s) => s.id === idOrName || s.name.toLowerCase() === lower);
  }

  sheet(name: string): FakeSheet {
    const sheet = this.findSheet(name);
    if (!sheet) throw new Error(`no sheet ${name}`);
    return sheet;
  }

  /** The value of one cell ("B3"), '' when empty. */
  cell(sheetName: string, address: string): FakeValue {
    const { row, column } = parseCell(address);
    return this.sheet(sheetName).values[row]?.[column] ?? "";
  }

  /** The formula of one cell, if text was taken for a formula. */
  formula(sheetName: string, address: string): string | undefined {
    const { row, column } = parseCell(address);
    return this.sheet(sheetName).formulas.get(`${row}:${column}`);
  }

  /** The format of one cell. */
  format(sheetName: string, address: string): FakeCellFormat {
    const { row, column } = parseCell(address);
    return this.sheet(sheetName).formats.get(`${row}:${column}`) ?? {};
  }

  /**
   * What a save and reopen may do: Excel hands out new worksheet ids (names, tables, the
   * selection and workbook names keep pointing at the same sheets).
   */
  reassignSheetIds(): void {
    for (const sheet of this.sheets) {
      const old = sheet.id;
      sheet.id = `{${String(nextId++).padStart(8, "0")}-1111-4000-8000-000000000000}`;
      for (const t of this.tables) if (t.sheetId === old) t.sheetId = sheet.id;
      for (const n of this.names) if (n.sheetId === old) n.sheetId = sheet.id;
      if (this.selection?.sheetId === old) this.selection.sheetId = sheet.id;
      if (this.activeSheetId === old) this.activeSheetId = sheet.id;
    }
  }

  /** The value Excel reports for a workbook name ("='Blad 1'!$A$1", or "#REF!"). */
  nameValue(name: FakeName): string {
    const sheet = this.sheets.find((s) => s.id === name.sheetId);
    if (!sheet) return "#REF!";
    const quoted = /^[A-Za-z_][A-Za-z0-9_.]*$/.test(sheet.name)
      ? sheet.name
      : `'${sheet.name.replace(/'/g, "''")}'`;
    const absolute = name.address.replace(/([A-Z]+)(\d+)/g, "$$$1$$$2");
    return `=${quoted}!${absolute}`;
  }

  /** A deep copy of a sheet's values, formulas and formats, for "untouched" checks. */
  snapshot(sheetName: string): string {
    const s = this.sheet(sheetName);
    return JSON.stringify({
      name: s.name,
      values: s.values,
      formulas: [...s.formulas],
      formats: [...s.formats],
      widths: [...s.columnWidths],
      charts: s.charts,
      cf: s.conditionalFormats,
      frozen: s.frozenRows,
      grid: s.showGridlines,
      filter: s.autoFilter,
      heights: [...s.rowHeights],
    });
  }
}

/** Column letters of a 0-based index. */
export function columnName(index: number): string {
  let n = index + 1;
  let s = "";
  while (n > 0) {
    s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** A 0-based rectangle. */
export interface Rect {
  row: number;
  column: number;
  rowCount: number;
  columnCount: number;
}

/** Rows and columns of a worksheet. */
export const MAX_ROWS = 1048576;
export const MAX_COLUMNS = 16384;

/** Parses one area: "A1", "$B$3", "A1:E12", whole columns "A:F", whole rows "1:500". */
export function parseRect(address: string): Rect {
  const bare = address
    .slice(address.lastIndexOf("!") + 1)
    .replace(/\$/g, "")
    .trim();
  const columns = /^([A-Z]+):([A-Z]+)$/i.exec(bare);
  if (columns) {
    const a = parseCell(`${columns[1]}1`).column;
    const b = parseCell(`${columns[2]}1`).column;
    return { row: 0, column: Math.min(a, b), rowCount: MAX_ROWS, columnCount: Math.abs(b - a) + 1 };
  }
  const rows = /^(\d+):(\d+)$/.exec(bare);
  if (rows) {
    const a = Number(rows[1]) - 1;
    const b = Number(rows[2]) - 1;
    return {
      row: Math.min(a, b),
      column: 0,
      rowCount: Math.abs(b - a) + 1,
      columnCount: MAX_COLUMNS,
    };
  }
  const [first, second] = bare.split(":");
  const a = parseCell(first as string);
  const b = second ? parseCell(second) : a;
  return {
    row: Math.min(a.row, b.row),
    column: Math.min(a.column, b.column),
    rowCount: Math.abs(b.row - a.row) + 1,
    columnCount: Math.abs(b.column - a.column) + 1,
  };
}

/** The areas of a selection address ("A1:B5,D1:D5"; no sheet names in the fake's selection). */
export function parseAreas(address: string): Rect[] {
  return address.split(",").map(parseRect);
}

/** The address as Excel reports it: "A:F" for whole columns, "1:500" for whole rows. */
export function excelAddress(rect: Rect): string {
  if (rect.row === 0 && rect.rowCount === MAX_ROWS)
    return `${columnName(rect.column)}:${columnName(rect.column + rect.columnCount - 1)}`;
  if (rect.column === 0 && rect.columnCount === MAX_COLUMNS)
    return `${rect.row + 1}:${rect.row + rect.rowCount}`;
  return rectToAddress(rect);
}

export function parseCell(address: string): { row: number; column: number } {
  const m = /^([A-Z]+)(\d+)$/i.exec(address.replace(/\$/g, "").trim());
  if (!m) throw new FakeOfficeError("InvalidArgument", `Bad address ${address}`);
  let column = 0;
  for (const ch of (m[1] as string).toUpperCase()) column = column * 26 + ch.charCodeAt(0) - 64;
  return { row: Number(m[2]) - 1, column: column - 1 };
}

export function rectToAddress(rect: Rect): string {
  const a = `${columnName(rect.column)}${rect.row + 1}`;
  if (rect.rowCount === 1 && rect.columnCount === 1) return a;
  return `${a}:${columnName(rect.column + rect.columnCount - 1)}${rect.row + rect.rowCount}`;
}

/** The bounding box of a sheet's non-empty cells, or null when it is empty. */
export function usedRect(sheet: FakeSheet): Rect | null {
  let top = -1;
  let bottom = -1;
  let left = Infinity;
  let right = -1;
  sheet.values.forEach((row, r) => {
    if (!row) return;
    row.forEach((v, c) => {
      if (v === "" || v === undefined || v === null) return;
      if (top < 0) top = r;
      bottom = r;
      left = Math.min(left, c);
      right = Math.max(right, c);
    });
  });
  if (top < 0) return null;
  return { row: top, column: left, rowCount: bottom - top + 1, columnCount: right - left + 1 };
}
