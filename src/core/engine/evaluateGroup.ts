/**
 * The group tables of SPEC §4 from the kernel: each column's measure (the registry entry's `rule`)
 * tallied per group of the table's breakdown, then arranged into rows (order, top N, "Overig",
 * "Totaal") by `arrangeGroupRows`.
 *
 * @module
 */
import { dayToIso } from "../dates/dayToIso";
import { subMonthsFromDay } from "../dates/subMonthsFromDay";
import { filterKey } from "../filters/compileFilters";
import { arrangeGroupRows } from "../kpis/arrangeGroupRows";
import { areInputsMapped } from "../kpis/computeKpi";
import { getGroup, type GroupId, type RegisteredGroupDefinition } from "../kpis/groupRegistry";
import type { GroupBucket, GroupComparison, GroupOptions, GroupTally } from "../kpis/groupTypes";
import { resolveAgeBands } from "../kpis/resolveAgeBands";
import { monthsInPeriod } from "../periods/monthsInPeriod";
import type { Period } from "../types";
import { activityCategoryRows, tallyActivityMeasure } from "./activityMeasures";
import { caseFilter } from "./caseFilter";
import type { Engine } from "./Engine";
import { tallyMeasure, tallyOverPeriods } from "./evaluateMeasure";
import type { GroupRule, TableMeasure } from "./groupRule";
import type { RowMeasureRule } from "./measureRule";
import type { ZrmPairs } from "./rowTables";
import {
  ageBandRows,
  categoryRows,
  complexityRows,
  ratingClassRows,
  usableDomainRows,
  type TableDimension,
  type TableRow,
} from "./tableRows";

/** Options of {@link evaluateGroup}: those of a group table, and the comparison period. */
export interface EvaluateGroupOptions extends GroupOptions {
  /** The comparison period; without it every previous value is null (one period only). */
  readonly previous?: Period;
}

/** A column's tallies in one period: per row (index g) sums, counts and distinct ids. */
interface ColumnTally {
  readonly sums: Float64Array;
  readonly counts: Float64Array;
  readonly ids?: readonly Set<number>[] | null;
}

/**
 * Computes a group table for the period, and the comparison period when given: the rows of
 * `compareGroup` (with `previous`) or `computeGroup` (without). byMonth's rows are the months
 * of `period`; their comparison values are the same days a year earlier, whatever `previous`
 * is.
 *
 * @param engine - The engine of the dataset.
 * @param id - A group id of `GROUP_REGISTRY`.
 * @param period - The current period.
 * @param options - Filters, topN, age bands, the comparison period.
 * @returns The rows; none when the table cannot be computed (an unmapped input, an absent
 *   optional table, a filter on an unmapped field, or a case filter on activities).
 * @throws `UnknownGroupError`, `InvalidGroupOptionsError`, `InvalidFilterError` for bad options.
 * @example
 * evaluateGroup(engine, "byDomain", q3, { previous: previousYearPeriod(q3), topN: 5 }).rows.map((r) => r.label);
 * // [5 domains, "Overig", "Totaal hulpvragen"]
 */
export function evaluateGroup(
  engine: Engine,
  id: GroupId,
  period: Period,
  options: EvaluateGroupOptions = {}
): GroupComparison {
  const group = getGroup(id);
  const { rule } = group;
  const ageBands = resolveAgeBands(options.ageBands);
  const filter = caseFilter(engine, options.filters);
  if (!isAvailable(engine, group, options, filterKey(options.filters) !== ""))
    return { id, rows: [] };
  const tally = (side: Period, yearEarlier: boolean): GroupTally =>
    tallyTable(engine, group, rule, { side, current: period, yearEarlier, filter, ageBands });
  const current = tally(period, false);
  const previous = options.previous === undefined ? null : tally(options.previous, true);
  return { id, rows: arrangeGroupRows(group, current, previous, options.topN) };
}

/** What one side of a comparison tallies. */
interface Side {
  /** The side's period. */
  readonly side: Period;
  /** The current period (byMonth's rows are its months). */
  readonly current: Period;
  /** byMonth's comparison side: the same days a year earlier. */
  readonly yearEarlier: boolean;
  readonly filter: Uint8Array | null;
  readonly ageBands: readonly number[];
}

function tallyTable(
  engine: Engine,
  group: RegisteredGroupDefinition,
  rule: GroupRule,
  side: Side
): GroupTally {
  const measures = group.measures.map((m) => rule.measures[m.id] as TableMeasure);
  if (rule.rows.by === "months") return tallyMonths(engine, group, rule, measures, side);
  if (rule.rows.by === "activityCategory") {
    const activities = engine.dataset.activities;
    if (activities === undefined) return { buckets: [] };
    const columns = measures.map((m) => {
      if (m.on !== "activities") throw new Error(`${group.id}: not an activity measure`);
      return tallyActivityMeasure(activities, m.aggregate, side.side);
    });
    return { buckets: bucketsOf(group, activityCategoryRows(activities), columns) };
  }
  const { dimension, rows } = tableDimension(engine, rule, side.ageBands);
  const columns = measures.map((m): ColumnTally => {
    switch (m.on) {
      case "cases":
        return tallyMeasure(engine, m.rule, side.side, dimension, side.filter);
      case "rows":
        if (rule.rows.by !== "mainDomains") throw new Error(`${group.id}: rows need main domains`);
        return tallyPairsByDomain(engine, m.rule, side.side, rows.length, side.filter);
      case "activities":
        throw new Error(`${group.id}: an activity measure needs the activity categories`);
    }
  });
  return { buckets: bucketsOf(group, rows, columns) };
}

/**
 * A measure over the ZRM's (case, main domain) pairs per main domain: each pair of a selected
 * case in the filter with a value counts in the row of its domain and in the total.
 */
function tallyPairsByDomain(
  engine: Engine,
  rule: RowMeasureRule,
  period: Period,
  groupCount: number,
  filter: Uint8Array | null
): ColumnTally {
  const sums = new Float64Array(groupCount + 1);
  const counts = new Float64Array(groupCount + 1);
  const rows = engine.rowTable(rule.over);
  if (rows === null) return { sums, counts };
  if (!("domain" in rows)) throw new Error(`${rule.over}: rows without a main domain`);
  const pairs = rows as ZrmPairs;
  if (rule.select === "dateInPeriod" || !("value" in rule.aggregate))
    throw new Error(`${rule.over}: a table column takes the mean of a value of the cases' rows`);
  const selected = engine.selection(rule.select, period);
  const values = engine.rowValue(rule.aggregate.value);
  const { caseOf, domain } = pairs;
  for (let r = 0; r < pairs.size; r++) {
    const c = caseOf[r] as number;
    if (selected[c] !== 1 || (filter !== null && filter[c] !== 1)) continue;
    const v = values[r] as number;
    if (v !== v) continue; // NaN: the pair has no value
    const g = domain[r] as number;
    sums[g]! += v;
    counts[g]! += 1;
    sums[groupCount]! += v;
    counts[groupCount]! += 1;
  }
  return { sums, counts };
}

function dimensionKey(rule: GroupRule, ageBands: readonly number[]): string {
  if (rule.rows.by === "category") return `category|${rule.rows.field}`;
  if (rule.rows.by === "ageBand") return `ageBand|${ageBands.join(",")}`;
  return rule.rows.by;
}

function tableDimension(
  engine: Engine,
  rule: GroupRule,
  ageBands: readonly number[]
): TableDimension {
  const table = engine.dataset.cases;
  const { rows } = rule;
  return engine.derive(`dimension|${dimensionKey(rule, ageBands)}`, () => {
    switch (rows.by) {
      case "category":
        return categoryRows(table, rows.field);
      case "mainDomains":
        return usableDomainRows(table);
      case "complexity":
        return complexityRows(table);
      case "ratingClass":
        return ratingClassRows(table);
      case "ageBand":
        return ageBandRows(table, ageBands);
      default:
        throw new Error(`no case breakdown '${rows.by}'`);
    }
  });
}

/**
 * byMonth: each month of the current period (on the comparison side the same days a year
 * earlier, date-fns `subMonths(·, 12)`: 29 February → 28 February) is a period of its own;
 * a `totalOverRange` measure's Totaal is taken over the months' whole range.
 */
function tallyMonths(
  engine: Engine,
  group: RegisteredGroupDefinition,
  rule: GroupRule,
  measures: readonly TableMeasure[],
  side: Side
): GroupTally {
  const shift = (day: number): number => (side.yearEarlier ? subMonthsFromDay(day, 12) : day);
  const months = monthsInPeriod(side.current).map((m, order) => ({
    row: { key: dayToIso(m.start).slice(0, 7), label: m.label, order, always: true },
    days: { label: m.label, start: shift(m.start), end: shift(m.end) },
  }));
  const first = months[0];
  const last = months[months.length - 1];
  if (first === undefined || last === undefined) return { buckets: [] };
  const range: Period = { label: "", start: first.days.start, end: last.days.end };
  const totals: Record<string, { value: number; n: number }> = {};
  const columns = measures.map((m, k): ColumnTally => {
    if (m.on !== "cases") throw new Error(`${group.id}: months take case measures`);
    const sums = new Float64Array(months.length + 1);
    const counts = new Float64Array(months.length + 1);
    const tallies = tallyOverPeriods(
      engine,
      m.rule,
      months.map((month) => month.days),
      side.filter
    );
    tallies.forEach((t, j) => {
      sums[j] = t.sums[0] as number;
      counts[j] = t.counts[0] as number;
    });
    const id = group.measures[k]?.id as string;
    if (rule.totalOverRange?.includes(id) === true) {
      const n = tallyMeasure(engine, m.rule, range, undefined, side.filter).counts[0] as number;
      totals[id] = { value: n, n };
    }
    return { sums, counts };
  });
  return {
    buckets: bucketsOf(
      group,
      months.map((m) => m.row),
      columns
    ),
    totals,
  };
}

/**
 * The buckets `arrangeGroupRows` arranges: one per row that has a tally in some column or is
 * always shown. A count's sum is its count; a distinct column carries its ids.
 */
function bucketsOf(
  group: RegisteredGroupDefinition,
  rows: readonly TableRow[],
  columns: readonly ColumnTally[]
): GroupBucket[] {
  const buckets: GroupBucket[] = [];
  rows.forEach((row, g) => {
    const touched = row.always === true || columns.some((c) => c.counts[g] !== 0);
    if (!touched) return;
    buckets.push({
      key: row.key,
      label: row.label,
      order: row.order,
      unknown: row.unknown === true,
      sum: columns.map((c, m) =>
        group.measures[m]?.kind === "count" ? (c.counts[g] as number) : (c.sums[g] as number)
      ),
      n: columns.map((c) => c.counts[g] as number),
      ids: columns.map((c) => c.ids?.[g]),
    });
  });
  return buckets;
}

function isAvailable(
  engine: Engine,
  group: RegisteredGroupDefinition,
  options: GroupOptions,
  hasFilter: boolean
): boolean {
  const { dataset } = engine;
  const table = dataset.cases;
  if (group.requires !== undefined && dataset[group.requires] === undefined) return false;
  if (!areInputsMapped(table, group.inputs)) return false;
  if (group.anyOf !== undefined && !group.anyOf.some((field) => table.mappedFields.has(field)))
    return false;
  if (hasFilter) {
    if (!group.filterable) return false;
    if (options.filters?.some((f) => !table.mappedFields.has(f.field)) === true) return false;
  }
  return true;
}
