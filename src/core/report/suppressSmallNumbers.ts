import type { ReportTable } from "../reportTable";
import type { PublicationRowInfo, RowSum } from "./publicationMarks";
import { suppressReportSmallNumbers } from "./suppressReportSmallNumbers";

export { publicationLegend } from "./publicationMarks";
export type { PublicationRowInfo, RowSum } from "./publicationMarks";

/** Options of {@link suppressSmallNumbers}. */
export interface SuppressSmallNumbersOptions {
  /** Person counts below this are suppressed (SPEC §6: 5, or 10). */
  readonly threshold: number;
  /** One entry per row of the table, same order. */
  readonly rows: readonly PublicationRowInfo[];
  /** Additive relations in the table (a "Totaal" row and its parts, a breakdown). */
  readonly sums?: readonly RowSum[];
}

/**
 * Applies publication mode (SPEC §6 "small numbers") to one table on its own: small person
 * counts become "<5", rates and means over few persons are hidden, and secondary
 * suppression keeps every hidden cell from being worked out from the table's sums. A report
 * must use {@link suppressReportSmallNumbers} instead, so that the same number in another
 * table does not give a hidden cell away.
 *
 * @param table - the table with all values present
 * @param options - threshold, per-row information and the additive relations
 * @returns a new table with `suppressed` marks and the legend note
 * @throws RangeError when `options.rows` does not have one entry per row
 *
 * @example
 * suppressSmallNumbers(table, { threshold: 5, rows: table.rows.map(() => ({ countsPersons: true })),
 *   sums: [{ total: 3, parts: [0, 1, 2] }] })
 */
export function suppressSmallNumbers(
  table: ReportTable,
  options: SuppressSmallNumbersOptions
): ReportTable {
  const [out] = suppressReportSmallNumbers(
    [{ table, rows: options.rows, ...(options.sums === undefined ? {} : { sums: options.sums }) }],
    { threshold: options.threshold }
  );
  return out as ReportTable;
}
