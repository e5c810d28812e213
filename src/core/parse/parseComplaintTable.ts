import { MappingError } from "../errors";
import type { ColumnMapping } from "../mapping/columnMapping";
import { missingRequiredMessage, wrongTableMessage } from "../mapping/mappingMessages";
import type { ComplaintTable } from "../types";
import { DateCellReader } from "./DateCellReader";
import { resolveEarliestDate } from "./earliestDate";
import { IssueCollector } from "./IssueCollector";
import { CONSEQUENCES, MESSAGES } from "./messages";
import { isDataRow } from "./scanRows";
import type { CellRows, ParseOptions, ParseResult } from "./types";

/**
 * Reads the complaints table: only the date matters (SPEC §2). Empty rows are skipped,
 * totals rows skipped with TOTAL_ROW; every other row is a complaint. An empty date is
 * MISSING_VALUE, an unreadable one INVALID_DATE or ERROR_VALUE, one after `asOf`
 * FUTURE_DATE, one before `earliestDate` (default 1-1-1990) EARLY_DATE: the date becomes
 * NaN and the complaint counts in no period.
 *
 * @param rows - The sheet's cells, header row included.
 * @param mapping - A complaints mapping with the date mapped.
 * @param options - `asOf`, `earliestDate` and the sheet row of `rows[0]`.
 * @returns The table and its issues.
 * @throws {MappingError} When the mapping is not for complaints or has no date column.
 * @example
 * const { table } = parseComplaintTable(rows, proposeMapping(rows, 'complaints'));
 */
export function parseComplaintTable(
  rows: CellRows,
  mapping: ColumnMapping,
  options: ParseOptions = {}
): ParseResult<ComplaintTable> {
  if (mapping.table !== "complaints")
    throw new MappingError(wrongTableMessage("complaints", mapping.table));
  const dateColumn = mapping.fields.date;
  if (dateColumn === undefined)
    throw new MappingError(missingRequiredMessage("complaints", ["Datum"]));
  const issues = new IssueCollector("complaints", options.sheetRowOffset ?? 1);
  const firstRow = mapping.headerRowIndex + 1;
  const capacity = Math.max(0, rows.length - firstRow);
  const asOf = options.asOf !== undefined && !Number.isNaN(options.asOf) ? options.asOf : Infinity;
  const earliest = resolveEarliestDate(options.earliestDate);
  const date = new DateCellReader(
    { column: dateColumn.column, header: dateColumn.header, consequence: CONSEQUENCES.complaint },
    issues,
    new Float32Array(capacity),
    asOf,
    earliest,
    MESSAGES.missingComplaintDate()
  );
  const src = new Int32Array(capacity);
  let n = 0;
  for (let r = firstRow; r < rows.length; r++) {
    const row = rows[r];
    if (!isDataRow(row, r, issues, options.fieldLimit)) continue;
    src[n] = r;
    date.read(row[date.column], n, r);
    n++;
  }
  return {
    table: {
      size: n,
      sheetRow: src.subarray(0, n).map((r) => issues.sheetRow(r)),
      date: date.out.subarray(0, n),
    },
    issues: issues.issues(),
  };
}
