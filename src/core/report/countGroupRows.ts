import { OTHER_KEY } from "../kpis/arrangeGroupRows";
import type { ReportTable } from "../reportTable";

/**
 * Counts the leading rows of a table that are real groups: the rows before "Overig" and
 * "Totaal". Charts and data bars cover only these, since a remainder or a total would dwarf
 * the groups they are meant to compare.
 *
 * @param table - A report table.
 * @returns The number of leading group rows (all rows for a table without Overig or Totaal).
 * @example
 * countGroupRows(topDomainsTable); // 5: the top 5, not Overig and Totaal hulpvragen
 */
export function countGroupRows(table: ReportTable): number {
  const stop = table.rows.findIndex((row) => row.isTotal || row.key === OTHER_KEY);
  return stop < 0 ? table.rows.length : stop;
}
