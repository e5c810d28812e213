/**
 * @module
 */
import { dayToIso } from "../dates/dayToIso";
import { subMonthsFromDay } from "../dates/subMonthsFromDay";
import { monthsInPeriod } from "../periods/monthsInPeriod";
import type { CellQuantity, CellSum, PublicationCell } from "../publication/publicationCell";
import { cellKind } from "../publication/cellKind";
import { cellRounding } from "../publication/cellRounding";
import type { ReportTable } from "../reportTable";
import type { Period } from "../types";
import {
  primaryMarks,
  type PublicationRowInfo,
  type RowSum,
  type ValueColumn,
} from "./publicationMarks";

/** One table of the standard report with what publication mode needs to know about it. */
export interface PublishedTableInput {
  readonly table: ReportTable;
  /** One entry per row of the table, same order. */
  readonly rows: readonly PublicationRowInfo[];
  /** Additive relations within the table (a "Totaal" row and its parts). */
  readonly sums?: readonly RowSum[];
}

/** The report's cells and sums, as the publication audit reads them. */
export interface ReportPublicationCells {
  readonly cells: readonly PublicationCell[];
  readonly sums: readonly CellSum[];
}

const VALUE_COLUMNS: readonly ValueColumn[] = ["previous", "current"];

/** Fields a group's quantity key names by the group rather than the case field. */
const GROUP_FIELDS: Readonly<Record<string, string>> = { byRating: "rating" };

/**
 * The id of a report cell: table index, row index and value column.
 *
 * @param table - index of the table in the report
 * @param row - index of the row in the table
 * @param column - "previous" or "current"
 * @returns the id
 *
 * @example
 * reportCellId(2, 0, "current") //=> "2:0:current"
 */
export function reportCellId(table: number, row: number, column: ValueColumn): string {
  return `${table}:${row}:${column}`;
}

/**
 * The published values of the standard report as cells for the audit: each value with its
 * primary mark (SPEC §6), the quantity it shows in its column's period (a "Per maand" row in
 * its month), and the sums of its tables, per column.
 *
 * @param tables - the report's tables with their publication info
 * @param periods - the comparison period and the current period
 * @param threshold - the publication threshold
 * @returns cells and sums
 *
 * @example
 * reportPublicationCells([{ table, rows: [{ countsPersons: true, quantity: "active" }] }],
 *   { previous, current }, 5).cells[1] // { id: "0:0:current", value: 40, kind: "persons", ... }
 */
export function reportPublicationCells(
  tables: readonly PublishedTableInput[],
  periods: { readonly previous: Period; readonly current: Period },
  threshold: number
): ReportPublicationCells {
  const cells: PublicationCell[] = [];
  const sums: CellSum[] = [];
  tables.forEach(({ table, rows, sums: rowSums = [] }, t) => {
    table.rows.forEach((row, r) => {
      const info = rows[r] as PublicationRowInfo;
      const marks = primaryMarks(row, info, threshold);
      for (const column of VALUE_COLUMNS) {
        const value = row[column];
        if (value === null) continue;
        const quantity =
          info.quantity === undefined
            ? undefined
            : parseQuantity(info.quantity, periods, column === "previous");
        const n = info.n?.[column];
        const mark = marks[column];
        const rounding = cellRounding(row.format);
        cells.push({
          id: reportCellId(t, r, column),
          table: table.id,
          value,
          kind: cellKind(info.countsPersons, row.format),
          ...(mark === undefined ? {} : { primary: mark }),
          ...(quantity === undefined ? {} : { quantity }),
          ...(n === undefined || n === null ? {} : { n }),
          ...(rounding === undefined ? {} : { rounding }),
        });
      }
    });
    for (const sum of rowSums)
      for (const column of VALUE_COLUMNS)
        sums.push({
          total: reportCellId(t, sum.total, column),
          parts: sum.parts.map((p) => reportCellId(t, p, column)),
          origin: `Totaal van ${table.title}`,
        });
  });
  return { cells, sums };
}

/**
 * A quantity key of `publicationQuantity` ("active|caseType=IT", "started|byMonth=2024-03")
 * as a measure, a filter and the column's period; a month of "Per maand" is its own period
 * (on the comparison side the same days a year earlier).
 */
function parseQuantity(
  key: string,
  periods: { readonly previous: Period; readonly current: Period },
  previous: boolean
): CellQuantity {
  const [measure = "", rest] = key.split("|", 2);
  const filter: Record<string, string[]> = {};
  let { start, end } = previous ? periods.previous : periods.current;
  for (const part of rest === undefined || rest === "" ? [] : rest.split(";")) {
    const [field = "", values = ""] = part.split("=", 2);
    if (field === "byMonth") {
      const month = monthsInPeriod(periods.current).find(
        (m) => dayToIso(m.start).slice(0, 7) === values
      );
      if (month !== undefined) {
        start = previous ? subMonthsFromDay(month.start, 12) : month.start;
        end = previous ? subMonthsFromDay(month.end, 12) : month.end;
        continue;
      }
    }
    filter[GROUP_FIELDS[field] ?? field] = values.split(",").sort();
  }
  return { measure, filter, start, end };
}
