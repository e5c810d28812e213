import type { ReportRow } from "../reportTable";
import { HIDDEN_TEXT } from "./reportCell";

/** What publication mode needs to know about one row beyond its values. */
export interface PublicationRowInfo {
  /** The values count persons (cases, clients, participants): small ones become "<5". */
  readonly countsPersons: boolean;
  /**
   * For rates and means: the number of persons (cases) each value is computed over.
   * A value over fewer than the threshold is hidden; so is a percentage whose numerator
   * (value × n) is a small count, which the rate would otherwise give away.
   */
  readonly n?: { readonly previous: number | null; readonly current: number | null };
  /**
   * The quantity the row shows, the same key in every table that shows it (see
   * `publicationQuantity`): rows with one key are suppressed alike, report-wide.
   */
  readonly quantity?: string;
  /**
   * Quantities this row would (nearly) give away if it stayed visible while they are hidden:
   * a rate's numerator and denominator (n × rate), the recidive count behind the number of
   * recidivists (a lower bound that usually equals it). Hidden when any of them is.
   */
  readonly hiddenWith?: readonly string[];
}

/** An additive relation between rows: rows[total] = Σ rows[parts] (checked per column). */
export interface RowSum {
  readonly total: number;
  readonly parts: readonly number[];
}

/** A value column publication mode marks. */
export type ValueColumn = "previous" | "current";

/** 'small' shows "<5"; 'hidden' shows "–*". */
export type Mark = "small" | "hidden";

/**
 * The marks of SPEC §6's primary rules for one row: a person count from 1 to threshold − 1
 * is 'small'; a rate or mean over fewer than threshold persons, or a percentage whose
 * numerator is a small count, is 'hidden'.
 *
 * @param row - the report row
 * @param info - whether it counts persons, and the n behind a rate or mean
 * @param threshold - the publication threshold
 * @returns the marks per value column (absent: visible)
 *
 * @example
 * primaryMarks(countRow(3, 12), { countsPersons: true }, 5) // { previous: 'small' }
 */
export function primaryMarks(
  row: ReportRow,
  info: PublicationRowInfo,
  threshold: number
): Partial<Record<ValueColumn, Mark>> {
  const marks: Partial<Record<ValueColumn, Mark>> = {};
  for (const column of ["previous", "current"] as const) {
    const value = row[column];
    if (value === null) continue;
    if (info.countsPersons && value > 0 && value < threshold) {
      marks[column] = "small";
      continue;
    }
    const n = info.n?.[column];
    if (n === undefined || n === null) continue;
    const numerator = row.format === "percent" ? Math.round(value * n) : 0;
    if (n < threshold || (numerator > 0 && numerator < threshold)) marks[column] = "hidden";
  }
  return marks;
}

/**
 * The legend lines publication mode adds below a table.
 *
 * @param threshold - the publication threshold
 * @param small - whether "<threshold" occurs in the table
 * @param hidden - whether "–*" occurs in the table
 * @returns Dutch legend lines
 *
 * @example
 * publicationLegend(5, true, false) // ['<5: minder dan 5 personen; kleine aantallen zijn afgeschermd.']
 */
export function publicationLegend(threshold: number, small = true, hidden = true): string[] {
  const lines: string[] = [];
  if (small)
    lines.push(
      `<${threshold}: minder dan ${threshold} personen; kleine aantallen zijn afgeschermd.`
    );
  if (hidden) {
    lines.push(
      `${HIDDEN_TEXT}: afgeschermd, omdat het over minder dan ${threshold} personen gaat ` +
        "of omdat het anders uit een totaal, een andere tabel of een percentage af te leiden is."
    );
  }
  return lines;
}
