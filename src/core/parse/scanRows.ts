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
 * a TOTAL_ROW warning.
 *
 * @param row - The row (may be missing).
 * @param r - Its index.
 * @param issues - Where TOTAL_ROW goes.
 * @returns `true` for a data row.
 * @example
 * isDataRow(['Totaal', 12], 40, issues); //=> false (and a TOTAL_ROW warning)
 */
export function isDataRow(
  row: readonly CellValue[] | null | undefined,
  r: number,
  issues: IssueCollector
): row is readonly CellValue[] {
  if (row === null || row === undefined) return false;
  for (let c = 0; c < row.length; c++) {
    const value = row[c];
    if (isEmptyCell(value)) continue;
    if (typeof value === "string" && isTotalRowLabel(value)) {
      issues.add("TOTAL_ROW", "warning", r, -1, "", MESSAGES.totalRow(value));
      return false;
    }
    return true;
  }
  return false;
}
