import type { ReportRow, ReportTable } from "../reportTable";
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
}

/** An additive relation between rows: rows[total] = Σ rows[parts] (checked per column). */
export interface RowSum {
  readonly total: number;
  readonly parts: readonly number[];
}

/** Options of {@link suppressSmallNumbers}. */
export interface SuppressSmallNumbersOptions {
  /** Person counts below this are suppressed (SPEC §6: 5, or 10). */
  readonly threshold: number;
  /** One entry per row of the table, same order. */
  readonly rows: readonly PublicationRowInfo[];
  /** Additive relations in the table (a "Totaal" row and its parts, a breakdown). */
  readonly sums?: readonly RowSum[];
}

type ValueColumn = "previous" | "current";
type Mark = "small" | "hidden";
const VALUE_COLUMNS: readonly ValueColumn[] = ["previous", "current"];

/**
 * Applies publication mode (SPEC §6 "small numbers") to one table.
 *
 * 1. Every person count from 1 to threshold − 1 is marked 'small' ("<5"); 0 stays visible.
 * 2. A rate or mean over fewer than threshold persons is marked 'hidden', and so is a
 *    percentage whose numerator is a small count.
 * 3. Secondary suppression: in every additive relation (`sums`) that holds for a column, a
 *    hidden cell must not be recoverable as total − the visible cells, also not by a reader
 *    who knows that "<5" means 1–4 (two "<5" cells that add up to 8 are both 4). While one
 *    is, the smallest visible non-zero part is hidden as well (the total when no part is
 *    left).
 * 4. Δ and Δ% are hidden wherever either value is.
 * A legend note is added when anything was hidden. Counts that are not about persons
 * (meetings, activities) are never suppressed.
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
  const { threshold, rows: info, sums = [] } = options;
  if (info.length !== table.rows.length) {
    throw new RangeError(
      `suppressSmallNumbers: ${info.length} row infos for ${table.rows.length} rows`
    );
  }
  const marks = table.rows.map((row, i) =>
    primaryMarks(row, info[i] as PublicationRowInfo, threshold)
  );
  for (const column of VALUE_COLUMNS) suppressSecondary(table.rows, marks, sums, column, threshold);
  if (marks.every((m) => m.previous === undefined && m.current === undefined)) return table;
  const rows = table.rows.map((row, i): ReportRow => {
    const m = marks[i] as Partial<Record<ValueColumn, Mark>>;
    if (m.previous === undefined && m.current === undefined) return row;
    return { ...row, suppressed: { ...m, delta: true } };
  });
  const hasSmall = marks.some((m) => m.previous === "small" || m.current === "small");
  const hasHidden = marks.some((m) => m.previous === "hidden" || m.current === "hidden");
  return {
    ...table,
    rows,
    notes: [...(table.notes ?? []), ...publicationLegend(threshold, hasSmall, hasHidden)],
  };
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
        "of omdat het anders uit een totaal of een percentage af te leiden is."
    );
  }
  return lines;
}

function primaryMarks(
  row: ReportRow,
  info: PublicationRowInfo,
  threshold: number
): Partial<Record<ValueColumn, Mark>> {
  const marks: Partial<Record<ValueColumn, Mark>> = {};
  for (const column of VALUE_COLUMNS) {
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

function suppressSecondary(
  rows: readonly ReportRow[],
  marks: Partial<Record<ValueColumn, Mark>>[],
  sums: readonly RowSum[],
  column: ValueColumn,
  threshold: number
): void {
  const holding = sums.filter((sum) => holdsFor(rows, sum, column));
  const isHidden = (i: number): boolean => marks[i]?.[column] !== undefined;
  let changed = true;
  while (changed) {
    changed = false;
    for (const sum of holding) {
      const hiddenParts = sum.parts.filter(isHidden);
      const exposed = isHidden(sum.total)
        ? hiddenParts.length === 0 // the total alone: Σ parts gives it away
        : hiddenParts.length > 0 && hasDeterminedCell(rows, marks, sum, column, threshold);
      if (!exposed) continue;
      const candidate = smallestVisiblePart(rows, marks, sum.parts, column) ?? sum.total;
      if (isHidden(candidate)) continue;
      (marks[candidate] as Partial<Record<ValueColumn, Mark>>)[column] = "hidden";
      changed = true;
    }
  }
}

/**
 * Whether a reader who knows the visible total, the visible parts and what the marks mean
 * ("<5": 1 to threshold − 1; "–*" on a count: 0 or at least the threshold) can pin down a
 * hidden part. Each hidden part's possible values form an interval (the sum of the others'
 * ranges subtracted from what is left of the total); one value is a disclosure. A hidden
 * zero is counted as known: it protects nothing.
 */
function hasDeterminedCell(
  rows: readonly ReportRow[],
  marks: readonly Partial<Record<ValueColumn, Mark>>[],
  sum: RowSum,
  column: ValueColumn,
  threshold: number
): boolean {
  let rest = rows[sum.total]?.[column] ?? 0;
  const ranges: [number, number][] = [];
  for (const i of sum.parts) {
    const value = rows[i]?.[column] ?? 0;
    const mark = marks[i]?.[column];
    if (mark === undefined) rest -= value;
    else if (mark === "small") ranges.push([1, threshold - 1]);
    else ranges.push(value > 0 ? [threshold, Infinity] : [0, 0]);
  }
  const loSum = ranges.reduce((a, r) => a + r[0], 0);
  const unbounded = ranges.filter((r) => r[1] === Infinity).length;
  const finiteHiSum = ranges.reduce((a, r) => (r[1] === Infinity ? a : a + r[1]), 0);
  return ranges.some(([lo, hi]) => {
    const othersUnbounded = unbounded - (hi === Infinity ? 1 : 0) > 0;
    const othersHi = othersUnbounded ? Infinity : finiteHiSum - (hi === Infinity ? 0 : hi);
    const low = Math.max(lo, rest - othersHi);
    const high = Math.min(hi, rest - (loSum - lo));
    return high - low < 1;
  });
}

function holdsFor(rows: readonly ReportRow[], sum: RowSum, column: ValueColumn): boolean {
  const total = rows[sum.total]?.[column];
  if (total === null || total === undefined || sum.parts.length === 0) return false;
  let partSum = 0;
  for (const i of sum.parts) {
    const value = rows[i]?.[column];
    if (value === null || value === undefined) return false;
    partSum += value;
  }
  return Math.abs(partSum - total) < 1e-9;
}

function smallestVisiblePart(
  rows: readonly ReportRow[],
  marks: readonly Partial<Record<ValueColumn, Mark>>[],
  parts: readonly number[],
  column: ValueColumn
): number | undefined {
  let best: number | undefined;
  let bestKey = Infinity;
  for (const i of parts) {
    if (marks[i]?.[column] !== undefined) continue;
    const value = rows[i]?.[column] ?? 0;
    // Prefer a non-zero cell: hiding a zero protects less.
    const key = value > 0 ? value : Number.MAX_VALUE;
    if (key < bestKey) {
      bestKey = key;
      best = i;
    }
  }
  return best;
}
