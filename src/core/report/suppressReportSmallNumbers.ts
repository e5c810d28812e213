import { publishCells } from "../publication/publishCells";
import type { PublicationMark } from "../publication/publicationCell";
import type { ReportRow, ReportTable } from "../reportTable";
import type { Period } from "../types";
import { publicationLegend, type ValueColumn } from "./publicationMarks";
import {
  reportCellId,
  reportPublicationCells,
  type PublishedTableInput,
} from "./reportPublicationCells";

export type { PublishedTableInput } from "./reportPublicationCells";

/** Options of {@link suppressReportSmallNumbers}. */
export interface SuppressReportSmallNumbersOptions {
  /** Person counts below this are suppressed (SPEC §6: 5, or 10). */
  readonly threshold: number;
  /**
   * The comparison period and the current period, so that stock and flow tie up across
   * tables and months. Without them each column is a period of its own that ties to nothing.
   */
  readonly periods?: { readonly previous: Period; readonly current: Period };
}

const VALUE_COLUMNS: readonly ValueColumn[] = ["previous", "current"];

/** Two one-day periods far apart: columns that tie to nothing but themselves. */
const UNRELATED_PERIODS = {
  previous: { label: "", start: -100, end: -100 },
  current: { label: "", start: 100, end: 100 },
} as const;

/** The note under a table that had to be hidden whole. */
export const WHOLE_TABLE_NOTE =
  "Deze tabel is geheel afgeschermd: met minder afgeschermde cellen waren kleine aantallen uit de andere cijfers terug te rekenen.";

/**
 * Applies publication mode (SPEC §6 "small numbers") to all tables of a report at once.
 *
 * 1. Every person count from 1 to threshold − 1 is marked 'small' ("<5"); 0 stays visible.
 *    A rate or mean over fewer than threshold persons is marked 'hidden', and so is a
 *    percentage whose numerator is a small count.
 * 2. Every linear relation a reader can use between the published numbers is derived
 *    (`derivePublicationSystem`): the same quantity in two tables, totals, a filter on several
 *    values, stock and flow (behandeld = lopend + afgesloten, month to month), mean rating ×
 *    number of ratings, % zelfmelders × opgestart.
 * 3. The audit (`protectSuppression`) solves, for every hidden count, the range a reader can
 *    narrow it to by linear programming over those relations, and hides further counts (the
 *    cheapest: small ones rather than totals) until every "<5" keeps all of 1..4 possible and
 *    every "–*" a range at least the threshold wide. A table that cannot be protected so is
 *    hidden whole, with a note.
 * 4. A row is hidden with the quantities it would give away (`hiddenWith`): a rate with its
 *    numerator or denominator, the recidivists with recidive.
 * 5. Δ and Δ% are hidden wherever either value is.
 * A legend note is added to each table where anything was hidden. Counts that are not about
 * persons (meetings, activities) are never hidden.
 *
 * @param tables - the tables with all values present, with their publication info
 * @param options - threshold and the report's periods
 * @returns the tables with `suppressed` marks and legend notes, same order
 * @throws RangeError when a table's `rows` does not have one entry per row
 *
 * @example
 * suppressReportSmallNumbers(
 *   [{ table: kpis, rows: [{ countsPersons: true, quantity: 'active' }] },
 *    { table: types, rows: typeInfo, sums: [{ total: 3, parts: [0, 1, 2] }] }],
 *   { threshold: 5, periods: { previous, current } })
 */
export function suppressReportSmallNumbers(
  tables: readonly PublishedTableInput[],
  options: SuppressReportSmallNumbersOptions
): ReportTable[] {
  const { threshold } = options;
  for (const { table, rows } of tables) {
    if (rows.length !== table.rows.length)
      throw new RangeError(
        `suppressSmallNumbers: ${rows.length} row infos for ${table.rows.length} rows (${table.id})`
      );
  }
  const { cells, sums } = reportPublicationCells(
    tables,
    options.periods ?? UNRELATED_PERIODS,
    threshold
  );
  const { marks: markOf, wholeTables: whole } = publishCells(cells, sums, threshold);
  const marks = tables.map(({ table }, t) =>
    table.rows.map((_, r) => {
      const row: Partial<Record<ValueColumn, PublicationMark>> = {};
      for (const column of VALUE_COLUMNS) {
        const mark = markOf.get(reportCellId(t, r, column));
        if (mark !== undefined) row[column] = mark;
      }
      return row;
    })
  );
  hideDependents(tables, marks);
  return tables.map(({ table }, t) =>
    applyMarks(table, marks[t] ?? [], threshold, whole.has(table.id))
  );
}

/** Hides a row with the quantities it would give away (`hiddenWith`), per column. */
function hideDependents(
  tables: readonly PublishedTableInput[],
  marks: readonly Partial<Record<ValueColumn, PublicationMark>>[][]
): void {
  for (const column of VALUE_COLUMNS) {
    const hidden = new Set<string>();
    tables.forEach(({ rows }, t) =>
      rows.forEach((info, r) => {
        if (info.quantity !== undefined && marks[t]?.[r]?.[column] !== undefined)
          hidden.add(info.quantity);
      })
    );
    tables.forEach(({ rows }, t) =>
      rows.forEach((info, r) => {
        const mark = marks[t]?.[r];
        if (mark === undefined || mark[column] !== undefined) return;
        if (info.hiddenWith?.some((key) => hidden.has(key)) === true) mark[column] = "hidden";
      })
    );
  }
}

function applyMarks(
  table: ReportTable,
  marks: readonly Partial<Record<ValueColumn, PublicationMark>>[],
  threshold: number,
  whole: boolean
): ReportTable {
  if (marks.every((m) => m.previous === undefined && m.current === undefined)) return table;
  const rows = table.rows.map((row, i): ReportRow => {
    const m = marks[i] ?? {};
    if (m.previous === undefined && m.current === undefined) return row;
    return { ...row, suppressed: { ...m, delta: true } };
  });
  const hasSmall = marks.some((m) => m.previous === "small" || m.current === "small");
  const hasHidden = marks.some((m) => m.previous === "hidden" || m.current === "hidden");
  return {
    ...table,
    rows,
    notes: [
      ...(table.notes ?? []),
      ...(whole ? [WHOLE_TABLE_NOTE] : []),
      ...publicationLegend(threshold, hasSmall, hasHidden),
    ],
  };
}
