/**
 * The progress line while reading ("Casussen: 2.000 van 3.003 rijen gelezen").
 *
 * @module
 */
import { TABLE_LABELS } from "../excel/issueLabels";
import type { ReadProgress } from "../excel/reportWorkflow";

/**
 * The Dutch progress line. The reader counts sheet rows, header included; the line counts
 * data rows, as the "Gelezen: … rijen" message after it does.
 *
 * @param p - the table and the rows read so far (header included)
 * @returns the line
 *
 * @example
 * progressText({ table: 'cases', rowsRead: 3004, totalRows: 3004 }) // 'Casussen: 3.003 van 3.003 rijen gelezen'
 */
export function progressText(p: ReadProgress): string {
  const rows = (count: number) => Math.max(0, count - 1).toLocaleString("nl-NL");
  return `${TABLE_LABELS[p.table]}: ${rows(p.rowsRead)} van ${rows(p.totalRows)} rijen gelezen`;
}
