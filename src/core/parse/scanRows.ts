import type { CellValue } from "../types";
import type { IssueCollector } from "./IssueCollector";
import { isTotalRowLabel } from "./isTotalRowLabel";
import { MESSAGES } from "./messages";

/**
 * Whether a cell is empty: '', whitespace, null, undefined or NaN.
 *
 * @param value - The cell.
 * @returns `true` when empty.
 * @example
 * isEmptyCell('  '); //=> true
 */
export function isEmptyCell(value: CellValue): boolean {
  if (typeof value === "number") return value !== value;
  if (typeof value === "string") {
    if (value.length === 0) return true;
    const first = value.charCodeAt(0);
    return (first <= 32 || first === 160) && value.trim().length === 0;
  }
  return value === null || value === undefined;
}

/**
 * Decides whether a row below the header is data: a fully empty row is skipped silently;
 * a totals row ("Totaal", "Eindtotaal", "Total" as its first filled cell) is skipped with
 * a TOTAL_ROW warning; in delimited text, a row with a filled field beyond the header's
 * `fieldLimit` fields is skipped with a ROW_TOO_LONG error at that field (its values are
 * shifted, so none of them can be trusted), and one with more fields, all empty, is read with
 * a ROW_TOO_LONG warning.
 *
 * @param row - The row (may be missing).
 * @param r - Its index.
 * @param issues - Where TOTAL_ROW and ROW_TOO_LONG go.
 * @param fieldLimit - The header row's number of fields in delimited text (see
 *   `ParseOptions.fieldLimit`); undefined for a workbook.
 * @returns `true` for a data row.
 * @example
 * isDataRow(['Totaal', 12], 40, issues); //=> false (and a TOTAL_ROW warning)
 * isDataRow(['C1', 'Verhuisd', ' buiten gemeente', 'Zuid'], 41, issues, 3); //=> false (ROW_TOO_LONG)
 */
export function isDataRow(
  row: readonly CellValue[] | null | undefined,
  r: number,
  issues: IssueCollector,
  fieldLimit?: number
): row is readonly CellValue[] {
  if (row === null || row === undefined) return false;
  for (let c = 0; c < row.length; c++) {
    const value = row[c];
    if (isEmptyCell(value)) continue;
    if (typeof value === "string" && isTotalRowLabel(value)) {
      issues.add("TOTAL_ROW", "warning", r, -1, "", MESSAGES.totalRow(value));
      return false;
    }
    return !(
      fieldLimit !== undefined &&
      row.length > fieldLimit &&
      isTooLong(row, r, issues, fieldLimit)
    );
  }
  return false;
}

/**
 * Whether a row with more fields than `fieldLimit` is left out: yes, with a ROW_TOO_LONG error
 * at its first filled field beyond them; a row whose extra fields are all empty (trailing
 * delimiters, or a shift whose last value was empty) is read, with a ROW_TOO_LONG warning.
 */
function isTooLong(
  row: readonly CellValue[],
  r: number,
  issues: IssueCollector,
  fieldLimit: number
): boolean {
  // The fields have no header: the issue names them by their place, as the file counts them.
  for (let c = fieldLimit; c < row.length; c++) {
    if (isEmptyCell(row[c])) continue;
    issues.add(
      "ROW_TOO_LONG",
      "error",
      r,
      c,
      `veld ${c + 1}`,
      MESSAGES.rowTooLong(row.length, fieldLimit)
    );
    return true;
  }
  issues.add(
    "ROW_TOO_LONG",
    "warning",
    r,
    fieldLimit,
    `veld ${fieldLimit + 1}`,
    MESSAGES.rowLongerEmpty(row.length, fieldLimit)
  );
  return false;
}
