// Reading a range argument: Excel passes a fresh 2D array per call (for A:A a million rows,
// mostly empty). A snapshot is the trimmed, normalised copy the cache keeps and the parser reads.
import type { CellValue } from "../core";
import { FunctionInputError } from "./functionError";

/** A trimmed, normalised copy of a range argument. Never mutated after creation. */
export interface TableSnapshot {
  /** Rows up to the last non-empty one, each exactly `width` cells (trailing empty columns cut). */
  readonly rows: readonly (readonly CellValue[])[];
  readonly width: number;
  /** rows × width, for the cache's size bound. */
  readonly cells: number;
}

/**
 * Whether a raw cell counts as empty: null, undefined, '' or only white space.
 *
 * @param value - A raw cell value.
 * @returns True for an empty cell.
 * @example
 * isEmptyCell('  ') // true
 */
export function isEmptyCell(value: unknown): boolean {
  if (value === "" || value === null || value === undefined) return true;
  return typeof value === "string" && value.trim() === "";
}

/**
 * A raw cell as the core reads it: primitives and Dates as they are; an error value (a
 * `CustomFunctions.Error`, or an error cell value `{ type: 'Error', basicValue: '#N/A' }`) as
 * its error text, which the core reports as an invalid value; other objects (linked data
 * types) as their basic value or text.
 *
 * @param value - A raw cell value from Excel or a caller.
 * @returns The cell value.
 * @example
 * normalizeCell({ code: '#N/A' }) // '#N/A'
 */
export function normalizeCell(value: unknown): CellValue {
  if (value === null || value === undefined) return value;
  const type = typeof value;
  if (type === "string" || type === "number" || type === "boolean") return value as CellValue;
  if (value instanceof Date) return new Date(value.getTime());
  if (type === "object") {
    const record = value as { code?: unknown; basicValue?: unknown; errorType?: unknown };
    if (typeof record.code === "string") return record.code;
    if (
      typeof record.basicValue === "string" ||
      typeof record.basicValue === "number" ||
      typeof record.basicValue === "boolean"
    ) {
      return record.basicValue;
    }
  }
  return String(value);
}

/**
 * Checks that a range argument is a 2D array and returns its rows.
 *
 * @param value - The argument.
 * @param what - Dutch name of the argument for the message ("de casustabel").
 * @returns The rows.
 * @throws {@link FunctionInputError} when it is not a 2D array or its rows differ in length.
 * @example
 * requireRows([[1, 2]], 'de casustabel') // [[1, 2]]
 */
export function requireRows(value: unknown, what: string): readonly (readonly unknown[])[] {
  if (!Array.isArray(value) || !value.every((row) => Array.isArray(row))) {
    throw new FunctionInputError(
      `Geef voor ${what} een bereik op (bijvoorbeeld Export!A1:P5000 of Tabel1[#Alles]).`
    );
  }
  const rows = value as unknown[][];
  const width = rows[0]?.length ?? 0;
  for (let i = 1; i < rows.length; i++) {
    if ((rows[i] as unknown[]).length !== width) {
      throw new FunctionInputError(
        `De rijen van ${what} zijn niet even lang (rij 1 heeft ${width} cellen, rij ${i + 1} heeft ${(rows[i] as unknown[]).length}). ` +
          "Geef een rechthoekig bereik op."
      );
    }
  }
  return rows;
}

/**
 * Whether a raw cell is #N/A as Excel passes it (the error value, or its English or Dutch
 * text): what HSTACK, VSTACK and CHOOSE pad a shorter range with.
 *
 * @param value - A raw cell value.
 * @returns True for #N/A (#N/B).
 * @example
 * isNotAvailable({ code: '#N/A' }) // true
 */
export function isNotAvailable(value: unknown): boolean {
  if (value === null || value === undefined || typeof value === "number") return false;
  const cell = typeof value === "string" ? value : normalizeCell(value);
  if (typeof cell !== "string" || cell.length > 8) return false;
  const text = cell.trim().toUpperCase();
  return text === "#N/A" || text === "#N/B";
}

/**
 * The number of rows up to and including the last row with a value (a cell neither empty nor
 * #N/A): the rows below it, of only empty and #N/A cells, are padding (a lookup filled down past
 * the data, or HSTACK(A:A; F2:F3) padding F with a million #N/A), not cases. A #N/A in a row up
 * to that one is a cell of the data (a bad cell of its row). Found from the bottom so that a
 * whole-column reference (a million rows, nearly all empty) costs one pass over its empty tail
 * only.
 *
 * @param rows - The rows of a range argument.
 * @returns The used height (0 for an all-empty range).
 * @example
 * usedHeight([[1, 'a'], ['', '#N/A'], [null, '']]) // 1
 */
export function usedHeight(rows: readonly (readonly unknown[])[]): number {
  for (let i = rows.length - 1; i >= 0; i--) {
    const row = rows[i] as readonly unknown[];
    if (!Array.isArray(row)) return i + 1; // not a row: never trimmed, so a check sees it
    for (let j = 0; j < row.length; j++)
      if (!isEmptyCell(row[j]) && !isNotAvailable(row[j])) return i + 1;
  }
  return 0;
}

/**
 * Takes a snapshot of a range argument: trailing empty rows and columns cut, cells normalised
 * ({@link normalizeCell}), copied so that a caller changing its array later cannot change what
 * the cache holds.
 *
 * @param raw - The rows of a range argument (checked by {@link requireRows}).
 * @param height - The argument's used height ({@link usedHeight}).
 * @returns The snapshot.
 * @example
 * const rows = [['Casusnr', ''], ['1', ''], ['', '']];
 * takeSnapshot(rows, usedHeight(rows)).rows // [['Casusnr'], ['1']]
 */
export function takeSnapshot(raw: readonly (readonly unknown[])[], height: number): TableSnapshot {
  let width = 0;
  for (let i = 0; i < height; i++) {
    const row = raw[i] as readonly unknown[];
    for (let j = row.length - 1; j >= width; j--) {
      if (!isEmptyCell(row[j])) {
        width = j + 1;
        break;
      }
    }
  }
  const rows: CellValue[][] = new Array(height);
  for (let i = 0; i < height; i++) {
    const source = raw[i] as readonly unknown[];
    const copy: CellValue[] = new Array(width);
    for (let j = 0; j < width; j++) copy[j] = normalizeCell(source[j]);
    rows[i] = copy;
  }
  return { rows, width, cells: height * width };
}

/**
 * Whether a range argument holds exactly the cells of a snapshot (after the same trimming and
 * normalisation). Compares every cell, so a changed table is never taken for a cached one.
 *
 * @param snapshot - A snapshot.
 * @param raw - The rows of a range argument (rows that are not arrays, or of another length than
 *   the first, make it no match).
 * @param height - The argument's used height ({@link usedHeight}).
 * @returns True when every cell is equal.
 * @example
 * matchesSnapshot(takeSnapshot(rows, usedHeight(rows)), rows, usedHeight(rows)) // true
 */
export function matchesSnapshot(
  snapshot: TableSnapshot,
  raw: readonly (readonly unknown[])[],
  height: number
): boolean {
  if (height !== snapshot.rows.length) return false;
  const width = snapshot.width;
  const rawWidth = (raw[0] as readonly unknown[] | undefined)?.length;
  for (let i = 0; i < height; i++) {
    const row = raw[i] as readonly unknown[];
    // A ragged or malformed argument is never a hit: the miss path reports it.
    if (!Array.isArray(row) || row.length !== rawWidth) return false;
    const kept = snapshot.rows[i] as readonly CellValue[];
    for (let j = 0; j < width; j++) {
      const a = row[j];
      const b = kept[j];
      if (a === b) continue;
      if (!sameCell(a, b)) return false;
    }
    for (let j = width; j < row.length; j++) if (!isEmptyCell(row[j])) return false;
  }
  return true;
}

/** Equality for the cells `===` does not settle: Dates, error objects, and '' against null. */
function sameCell(raw: unknown, kept: CellValue): boolean {
  if (typeof raw === "object" && raw !== null) {
    const normal = normalizeCell(raw);
    if (normal instanceof Date) return kept instanceof Date && kept.getTime() === normal.getTime();
    return normal === kept;
  }
  // The snapshot copied raw primitives as they were, so only a changed cell differs here.
  return false;
}
