/**
 * A1-style addresses for the Office layer (pure, no Office globals): cells, rectangles,
 * whole columns and whole rows, as Excel reports them.
 *
 * @module
 */
import { columnLetters } from "../core";

/** A rectangle on a sheet, 0-based like Office.js `getRangeByIndexes`. */
export interface CellRect {
  readonly row: number;
  readonly column: number;
  readonly rowCount: number;
  readonly columnCount: number;
}

/** Where a loaded Office.js range stands (its `rowIndex`, `columnIndex` and counts). */
export interface RangePosition {
  readonly rowIndex: number;
  readonly columnIndex: number;
  readonly rowCount: number;
  readonly columnCount: number;
}

/**
 * The rectangle of a loaded range.
 *
 * @param range - a range with its position loaded
 * @returns its rectangle
 *
 * @example
 * rectOfRange({ rowIndex: 1, columnIndex: 0, rowCount: 10, columnCount: 6 });
 * // { row: 1, column: 0, rowCount: 10, columnCount: 6 }
 */
export function rectOfRange(range: RangePosition): CellRect {
  return {
    row: range.rowIndex,
    column: range.columnIndex,
    rowCount: range.rowCount,
    columnCount: range.columnCount,
  };
}

/** The column letters of a 0-based column index: the core's, for this module's importers. */
export { columnLetters };

/**
 * The A1 address of a cell.
 *
 * @param row - 0-based row
 * @param column - 0-based column
 * @returns the address ("B3")
 *
 * @example
 * cellAddress(2, 1) // 'B3'
 */
export function cellAddress(row: number, column: number): string {
  return `${columnLetters(column)}${row + 1}`;
}

/**
 * The A1 address of a rectangle ("A1:E12", or "B3" for one cell).
 *
 * @param rect - the rectangle (at least one row and column)
 * @returns the address
 *
 * @example
 * rectAddress({ row: 0, column: 0, rowCount: 12, columnCount: 5 }) // 'A1:E12'
 */
export function rectAddress(rect: CellRect): string {
  const first = cellAddress(rect.row, rect.column);
  if (rect.rowCount === 1 && rect.columnCount === 1) return first;
  return `${first}:${cellAddress(rect.row + rect.rowCount - 1, rect.column + rect.columnCount - 1)}`;
}

/** Rows of a worksheet (Excel 2007 and later, also Excel on the web). */
export const SHEET_ROWS = 1_048_576;

/** Columns of a worksheet (A to XFD). */
export const SHEET_COLUMNS = 16_384;

/**
 * What an address covers: a rectangle of cells ("A1:F500"), whole columns ("A:F") or
 * whole rows ("1:500").
 */
export type AddressKind = "cells" | "columns" | "rows";

/** A parsed address: its sheet ('' when absent), rectangle and kind. */
export interface ParsedAddress {
  readonly sheet: string;
  /** Whole columns reach all {@link SHEET_ROWS} rows; whole rows all {@link SHEET_COLUMNS} columns. */
  readonly rect: CellRect;
  readonly kind: AddressKind;
}

const CELLS = /^\$?([A-Za-z]{1,3})\$?(\d+)(?::\$?([A-Za-z]{1,3})\$?(\d+))?$/;
const COLUMNS = /^\$?([A-Za-z]{1,3}):\$?([A-Za-z]{1,3})$/;
const ROWS = /^\$?(\d+):\$?(\d+)$/;

/**
 * Parses one area of an address as Excel reports it: A1 cells or rectangles, whole
 * columns, whole rows, with or without a sheet name (quoted with doubled apostrophes when
 * needed) and `$` signs.
 *
 * @param address - "Blad1!$A$1:$E$12", "'Mijn blad'!B3", "C7", "Export!A:F", "'Jan''s blad'!1:500"
 * @returns the sheet name ('' when absent), the rectangle and what kind of area it is
 * @throws RangeError when the address is not one area of cells, columns or rows (a
 *   multi-area address "A1:B5,D1:D5" included: the caller checks the area count first)
 *
 * @example
 * parseAddress("Export!A1:T60001") // { sheet: 'Export', rect: { row: 0, column: 0, rowCount: 60001, columnCount: 20 }, kind: 'cells' }
 * parseAddress("'Mijn export'!B:D") // { sheet: 'Mijn export', rect: { row: 0, column: 1, rowCount: 1048576, columnCount: 3 }, kind: 'columns' }
 */
export function parseAddress(address: string): ParsedAddress {
  const { sheet, body } = splitSheet(address.trim());
  const cells = CELLS.exec(body);
  if (cells) {
    const c1 = letterIndex(cells[1] as string);
    const r1 = Number(cells[2]) - 1;
    const c2 = cells[3] ? letterIndex(cells[3]) : c1;
    const r2 = cells[4] ? Number(cells[4]) - 1 : r1;
    return { sheet, rect: span(address, r1, r2, c1, c2), kind: "cells" };
  }
  const columns = COLUMNS.exec(body);
  if (columns) {
    const c1 = letterIndex(columns[1] as string);
    const c2 = letterIndex(columns[2] as string);
    return { sheet, rect: span(address, 0, SHEET_ROWS - 1, c1, c2), kind: "columns" };
  }
  const rows = ROWS.exec(body);
  if (rows) {
    const r1 = Number(rows[1]) - 1;
    const r2 = Number(rows[2]) - 1;
    return { sheet, rect: span(address, r1, r2, 0, SHEET_COLUMNS - 1), kind: "rows" };
  }
  throw new RangeError(`parseAddress: geen adres van één gebied: ${address}`);
}

/**
 * The overlap of two rectangles, or null when they do not overlap (or one is null).
 *
 * @param a - a rectangle (a whole-column selection, say)
 * @param b - another rectangle (the sheet's used range), or null for none
 * @returns the overlap
 *
 * @example
 * intersectRects(
 *   { row: 0, column: 0, rowCount: 1048576, columnCount: 6 },
 *   { row: 2, column: 1, rowCount: 500, columnCount: 20 }
 * ) // { row: 2, column: 1, rowCount: 500, columnCount: 5 }
 */
export function intersectRects(a: CellRect, b: CellRect | null): CellRect | null {
  if (!b) return null;
  const row = Math.max(a.row, b.row);
  const column = Math.max(a.column, b.column);
  const rowEnd = Math.min(a.row + a.rowCount, b.row + b.rowCount);
  const columnEnd = Math.min(a.column + a.columnCount, b.column + b.columnCount);
  if (rowEnd <= row || columnEnd <= column) return null;
  return { row, column, rowCount: rowEnd - row, columnCount: columnEnd - column };
}

/**
 * A sheet name as it must be written in a reference: quoted when it is not a plain word.
 *
 * @param name - the sheet name
 * @returns the name, quoted with doubled apostrophes when needed
 *
 * @example
 * quoteSheetName('Rapportage t∕m Q3 2024') // "'Rapportage t∕m Q3 2024'"
 */
export function quoteSheetName(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

/** Splits "'Jan''s blad'!A:F" into the unquoted sheet name and "A:F". */
function splitSheet(address: string): { sheet: string; body: string } {
  if (address.startsWith("'")) {
    // A quoted name may hold "!" and "," itself; it ends at a quote that is not doubled.
    let i = 1;
    while (i < address.length) {
      if (address[i] === "'" && address[i + 1] === "'") i += 2;
      else if (address[i] === "'") break;
      else i += 1;
    }
    if (address[i + 1] !== "!")
      throw new RangeError(`parseAddress: geen adres van één gebied: ${address}`);
    return { sheet: address.slice(1, i).replace(/''/g, "'"), body: address.slice(i + 2) };
  }
  // Excel quotes a name with anything but letters, digits, "_" and ".": the first "!" ends it.
  const bang = address.indexOf("!");
  return bang >= 0
    ? { sheet: address.slice(0, bang), body: address.slice(bang + 1) }
    : { sheet: "", body: address };
}

/** The rectangle from two corners in any order; out-of-sheet corners are refused. */
function span(address: string, r1: number, r2: number, c1: number, c2: number): CellRect {
  const inside = (r: number, c: number): boolean =>
    r >= 0 && r < SHEET_ROWS && c >= 0 && c < SHEET_COLUMNS;
  if (!inside(r1, c1) || !inside(r2, c2))
    throw new RangeError(`parseAddress: buiten het werkblad: ${address}`);
  return {
    row: Math.min(r1, r2),
    column: Math.min(c1, c2),
    rowCount: Math.abs(r2 - r1) + 1,
    columnCount: Math.abs(c2 - c1) + 1,
  };
}

function letterIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}
