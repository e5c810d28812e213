import type { ColumnMapping } from "../mapping/columnMapping";
import { cellToText } from "../text/cellToText";
import { collapseWhitespace } from "../text/collapseWhitespace";
import { fitCellText } from "../text/fitCellText";
import type { DataIssue, TableName } from "../types";
import { issuePrefix } from "./messages";
import type { TableInput } from "./types";

/**
 * Turns the issues a file reader found in a table's cells into data issues: sheet row from
 * the row index, the column's header from the mapping's header row ('' above it), the message prefixed
 * as every other issue of the table.
 *
 * @param input - The table, with its `readIssues`.
 * @param table - Which table it is.
 * @param mapping - The mapping used to read it (for the header row).
 * @returns The data issues, in the reader's order.
 * @example
 * readIssuesToDataIssues(
 *   { rows: [['Casusnummer', 'Team'], ['1', 'Noordé']],
 *     readIssues: [{ rowIndex: 1, column: 1, code: 'INVALID_ENCODING', severity: 'warning', body: '…' }] },
 *   'cases', mapping
 * ); //=> [{ table: 'cases', row: 2, column: 'Team', message: 'Casussen, rij 2, kolom "Team": …', … }]
 */
export function readIssuesToDataIssues(
  input: TableInput,
  table: TableName,
  mapping: ColumnMapping
): DataIssue[] {
  const offset = input.sheetRowOffset ?? 1;
  const headers = input.rows[mapping.headerRowIndex] ?? [];
  return (input.readIssues ?? []).map((issue) => {
    const row = offset + issue.rowIndex;
    // Above the header row (a title line) a column has no header.
    const header = issue.rowIndex < mapping.headerRowIndex ? "" : headers[issue.column];
    // Cut as `fitMappingHeaders` cuts the mapping's headers.
    const column = fitCellText(collapseWhitespace(cellToText(header ?? "")));
    return {
      table,
      row,
      column,
      code: issue.code,
      severity: issue.severity,
      message: issuePrefix(table, row, column) + issue.body,
    };
  });
}
