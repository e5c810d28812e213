/**
 * "Ga naar cel": from a data issue to the cell it is about, and selecting that cell.
 *
 * @module
 */
import type { DataIssue } from "../core";
import type { ExcelRun } from "./excelHost";
import type { SourceLocation } from "./readSource";

/** Where an input table is and what its header row says. */
export interface IssueSourceInfo {
  readonly location: SourceLocation;
  /** Header texts, index = column within the source. */
  readonly headers: readonly string[];
}

/** A cell on a sheet, 0-based. */
export interface SheetCell {
  readonly sheet: string;
  readonly row: number;
  readonly column: number;
}

/**
 * The cell an issue is about: its sheet row (issues carry 1-based sheet rows) and the
 * column whose header the issue names (the first column of the table for whole-row
 * issues and unknown headers).
 *
 * @param issue - the issue
 * @param info - where the issue's table is and its headers
 * @returns the cell, or null when the row is outside the sheet
 *
 * @example
 * issueCell({ row: 12, column: 'Einddatum', ... }, { location: { sheet: 'Export', rowIndex: 0, columnIndex: 0, ... }, headers: ['Casusnummer', 'Einddatum'] })
 * // { sheet: 'Export', row: 11, column: 1 }
 */
export function issueCell(
  issue: Pick<DataIssue, "row" | "column">,
  info: IssueSourceInfo
): SheetCell | null {
  if (!Number.isInteger(issue.row) || issue.row < 1) return null;
  let index = issue.column === "" ? 0 : info.headers.indexOf(issue.column);
  if (index < 0) {
    const wanted = issue.column.trim().toLocaleLowerCase("nl");
    index = Math.max(
      0,
      info.headers.findIndex((h) => h.trim().toLocaleLowerCase("nl") === wanted)
    );
  }
  return {
    sheet: info.location.sheet,
    row: issue.row - 1,
    column: info.location.columnIndex + index,
  };
}

/**
 * Selects a cell and shows its sheet (one sync).
 *
 * @param run - `Excel.run` (or a test double)
 * @param cell - the cell
 */
export async function selectCell(run: ExcelRun, cell: SheetCell): Promise<void> {
  await run(async (context) => {
    const sheet = context.workbook.worksheets.getItem(cell.sheet);
    sheet.activate();
    sheet.getRangeByIndexes(cell.row, cell.column, 1, 1).select();
    await context.sync();
  });
}
