import { CELL_TEXT_LIMIT } from "../text/fitCellText";
import type { DataIssue } from "../types";

function thousands(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ".");
}

/**
 * The data issues with, after each issue whose text a cell cannot hold (a column header or a
 * message echoing a very long value), a warning about the same cell that the writers cut
 * that text (`fitCellText`): nothing is shortened without a word on the Controle sheet.
 *
 * @param issues - the data issues found while reading the input
 * @returns the issues, each followed by its TEXT_TRUNCATED warning when it needs one
 * @example
 * withTruncationIssues([{ table: 'cases', row: 7, column: 'Team', code: 'MISSING_VALUE',
 *   severity: 'warning', message: 'x'.repeat(40000) }])[1].message
 * // 'Te lange tekst (40.000 tekens) uit deze cel: tekst ingekort tot 32.767 tekens.'
 */
export function withTruncationIssues(issues: readonly DataIssue[]): readonly DataIssue[] {
  if (!issues.some(isOverlong)) return issues;
  return issues.flatMap((issue) => {
    if (!isOverlong(issue)) return [issue];
    const length = Math.max(issue.column.length, issue.message.length);
    return [
      issue,
      {
        table: issue.table,
        row: issue.row,
        column: issue.column,
        code: "TEXT_TRUNCATED",
        severity: "warning",
        message: `Te lange tekst (${thousands(length)} tekens) uit deze cel: tekst ingekort tot ${thousands(CELL_TEXT_LIMIT)} tekens.`,
      },
    ];
  });
}

function isOverlong(issue: DataIssue): boolean {
  return issue.column.length > CELL_TEXT_LIMIT || issue.message.length > CELL_TEXT_LIMIT;
}
