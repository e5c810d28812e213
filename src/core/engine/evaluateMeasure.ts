/**
 * The evaluator: one measure over a list of periods, in total and per group of a breakdown.
 *
 * @module
 */
import type { Period, RecidiveOptions } from "../types";
import { UNAVAILABLE, type KpiResult } from "../kpis/kpiResult";
import { DEFAULT_RECIDIVE_OPTIONS } from "../recidive/recidiveOptions";
import type { Dimension } from "./dimension";
import type { Engine } from "./Engine";
import type { CaseMeasureRule, CaseSelection, MeasureRule, RowMeasureRule } from "./measureRule";
import { countOverPeriods, disjointOrder } from "./countOverPeriods";
import { CASE_VALUE_INPUTS } from "./caseValues";
import { groupsOfRowsByCase, groupsOfUnits, type UnitGroups } from "./groupsOfUnits";
import { countCases, countDistinctClients, sumValues, type Taken } from "./tallyLoops";
import { ROW_KEY_TABLE, ROW_VALUE_TABLE, rowKeyColumn, type RowTable } from "./rowTables";
import { monthsInPeriod } from "../periods/monthsInPeriod";

/** A measure's results for one period: the total and one result per group of the breakdown. */
export interface PeriodResults {
  readonly total: KpiResult;
  /** Per group, in the order of the dimension's keys (empty without a breakdown). */
  readonly groups: readonly KpiResult[];
}

/**
 * Evaluates a measure for each period, in total and (with a dimension) per group. A unit (a
 * case, or a row of the measure's table) in several groups counts once in each and once in
 * the total; a unit in no group counts only in the total. Cases outside the filter or the
 * measure's selection ({@link Engine.selection}), or with an unusable input of its value, are
 * left out; so are rows whose case is. A measure over a table the dataset does not have has no
 * value.
 *
 * @param engine - The engine of the dataset.
 * @param rule - The measure's rule.
 * @param periods - The periods.
 * @param dimension - The breakdown of the measure's units, or undefined for the total only.
 * @param filter - 1 for each case to keep, or null for all (case filters do not apply to the
 *   rows of a table that belongs to no case).
 * @param recidive - The recidive options (for `recidiveStart` and the recidive conditions).
 * @returns One result set per period.
 * @example
 * const closed: MeasureRule = { select: { cases: "closed", inputs: 0 }, aggregate: { kind: "count" } };
 * evaluateMeasure(engine, closed, [period], undefined, null)[0].total; //=> { value: 274, n: 274 }
 */
export function evaluateMeasure(
  engine: Engine,
  rule: MeasureRule,
  periods: readonly Period[],
  dimension: Dimension | undefined,
  filter: Uint8Array | null,
  recidive: RecidiveOptions = DEFAULT_RECIDIVE_OPTIONS
): PeriodResults[] {
  return rule.over === undefined
    ? evaluateCases(engine, rule, periods, dimension, filter, recidive)
    : evaluateRows(engine, rule, periods, dimension, filter, recidive);
}

function evaluateCases(
  engine: Engine,
  rule: CaseMeasureRule,
  periods: readonly Period[],
  dimension: Dimension | undefined,
  filter: Uint8Array | null,
  recidive: RecidiveOptions
): PeriodResults[] {
  const { aggregate } = rule;
  if (dimension === undefined)
    return tallyOverPeriods(engine, rule, periods, filter, recidive).map(({ sums, counts }) =>
      resultsOf(aggregate.kind, sums, counts, 0)
    );
  return periods.map((period) => {
    const { sums, counts } = tallyMeasure(engine, rule, period, dimension, filter, recidive);
    return resultsOf(aggregate.kind, sums, counts, dimension.keys.length);
  });
}

/**
 * Tallies a measure over cases in total (no breakdown) for each of a list of periods: a count of
 * one selection over periods that do not overlap in one pass ({@link countOverPeriods}), any
 * other measure period by period ({@link tallyMeasure}).
 *
 * @param engine - The engine of the dataset.
 * @param rule - The measure's rule.
 * @param periods - The periods.
 * @param filter - 1 for each case to keep, or null for all.
 * @param recidive - The recidive options.
 * @returns One tally per period (the total at index 0).
 * @example
 * tallyOverPeriods(engine, closed, monthsInPeriod(q3), null).map((t) => t.counts[0]); //=> [88, 95, 91]
 */
export function tallyOverPeriods(
  engine: Engine,
  rule: CaseMeasureRule,
  periods: readonly Period[],
  filter: Uint8Array | null,
  recidive: RecidiveOptions = DEFAULT_RECIDIVE_OPTIONS
): MeasureTally[] {
  const order = disjointOrder(periods);
  if (rule.aggregate.kind === "count" && !Array.isArray(rule.select) && order !== null) {
    const sorted = order.map((k) => periods[k] as Period);
    const counts = countOverPeriods(engine, rule.select as CaseSelection, sorted, filter, recidive);
    const tallies: MeasureTally[] = new Array<MeasureTally>(periods.length);
    order.forEach((k, j) => {
      tallies[k] = { sums: new Float64Array(1), counts: Float64Array.of(counts[j] as number) };
    });
    return tallies;
  }
  return periods.map((period) => tallyMeasure(engine, rule, period, undefined, filter, recidive));
}

/**
 * A measure's tallies in one period, before they become values: per group (index g) and in
 * total (index `groupCount`) the sum of the values (sum, mean and share) and the number of cases
 * (or distinct clients) taken. Tables that pool groups ("Overig", "Totaal") add these up.
 */
export interface MeasureTally {
  readonly sums: Float64Array;
  readonly counts: Float64Array;
}

/**
 * Tallies a measure over cases for one period, in total and per group (see {@link evaluateMeasure}).
 *
 * @param engine - The engine of the dataset.
 * @param rule - The measure's rule.
 * @param period - The period.
 * @param dimension - The breakdown, or undefined for the total only.
 * @param filter - 1 for each case to keep, or null for all.
 * @param recidive - The recidive options.
 * @returns The sums and counts, the total last.
 * @example
 * tallyMeasure(engine, closed, period, undefined, null).counts[0]; //=> 274
 */
export function tallyMeasure(
  engine: Engine,
  rule: CaseMeasureRule,
  period: Period,
  dimension: Dimension | undefined,
  filter: Uint8Array | null,
  recidive: RecidiveOptions = DEFAULT_RECIDIVE_OPTIONS
): MeasureTally {
  if (rule.aggregate.kind === "meanOverMonths")
    return tallyOverMonths(engine, rule, period, dimension, filter, recidive);
  const table = engine.dataset.cases;
  const { aggregate } = rule;
  const valued = aggregate.kind === "sum" || aggregate.kind === "mean";
  const inputs = valued ? CASE_VALUE_INPUTS[aggregate.value] : 0;
  const cases = engine.filteredCases(engine.selectedCases(rule.select, period, recidive), filter);
  const taken: Taken = { cases, invalid: table.invalid, inputs };
  const groupCount = dimension?.keys.length ?? 0;
  if (dimension?.kind === "single" && dimension.over === "rows")
    throw new Error("Een uitsplitsing van rijen past niet op een maat over casussen.");
  const groups =
    dimension === undefined
      ? null
      : groupsOfUnits(dimension, cases, engine.indexRoom(cases.length));
  const sums = new Float64Array(groupCount + 1);
  const counts = new Float64Array(groupCount + 1);
  if (aggregate.kind === "distinctClients") {
    const clientCount = table.clientCount ?? table.clientIds.length;
    countDistinctClients(taken, groups, table.clientKey, clientCount, groupCount, counts);
  } else if (valued) {
    const values = engine.caseValues(aggregate.value, cases, period);
    sumValues(taken, groups, values, groupCount, sums, counts);
  } else if (aggregate.kind === "share") {
    // A share is the mean of a 0/1 value: whether the case meets the condition.
    const where = engine.condition(aggregate.where, cases, recidive);
    const values = marksOf(where, engine.valueRoom(cases.length));
    sumValues(taken, groups, values, groupCount, sums, counts);
  } else {
    countCases(taken, groups, groupCount, counts);
  }
  return { sums, counts };
}

/**
 * Tallies a `meanOverMonths` measure: the selection counted in each calendar month of the period
 * (clipped to it), in one pass over the months without a breakdown ({@link tallyOverPeriods}).
 * The counts are the monthly counts added up, the sums their mean (NaN for a period without
 * months), so that groups add up as counts do.
 */
function tallyOverMonths(
  engine: Engine,
  rule: CaseMeasureRule,
  period: Period,
  dimension: Dimension | undefined,
  filter: Uint8Array | null,
  recidive: RecidiveOptions
): MeasureTally {
  const months: Period[] = monthsInPeriod(period);
  const count: CaseMeasureRule = { select: rule.select, aggregate: { kind: "count" } };
  const tallies =
    dimension === undefined
      ? tallyOverPeriods(engine, count, months, filter, recidive)
      : months.map((month) => tallyMeasure(engine, count, month, dimension, filter, recidive));
  const size = (dimension?.keys.length ?? 0) + 1;
  const counts = new Float64Array(size);
  for (const tally of tallies)
    for (let g = 0; g < size; g++) counts[g]! += tally.counts[g] as number;
  const sums = counts.map((n) => n / months.length);
  return { sums, counts };
}

function evaluateRows(
  engine: Engine,
  rule: RowMeasureRule,
  periods: readonly Period[],
  dimension: Dimension | undefined,
  filter: Uint8Array | null,
  recidive: RecidiveOptions
): PeriodResults[] {
  const { aggregate } = rule;
  const groupCount = dimension?.keys.length ?? 0;
  const rows = engine.rowTable(rule.over);
  if (rows === null) {
    const none: PeriodResults = {
      total: UNAVAILABLE,
      groups: Array.from({ length: groupCount }, () => UNAVAILABLE),
    };
    return periods.map(() => none);
  }
  const valued = "value" in aggregate ? aggregate.value : null;
  if (valued !== null && ROW_VALUE_TABLE[valued] !== rule.over)
    throw new Error(`De waarde ${valued} hoort niet bij de tabel ${rule.over}.`);
  if (aggregate.kind === "distinct" && ROW_KEY_TABLE[aggregate.key] !== rule.over)
    throw new Error(`De sleutel ${aggregate.key} hoort niet bij de tabel ${rule.over}.`);
  const values = valued === null ? null : engine.rowValue(valued);
  const keys = aggregate.kind === "distinct" ? rowKeyColumn(engine.dataset, aggregate.key) : null;
  // Rows have no unusable inputs of their own: a row value is NaN when it is unusable.
  const noInputs = new Uint32Array(rows.size);
  return periods.map((period) => {
    const cases = selectRows(engine, rows, rule.select, period, filter, recidive);
    const taken: Taken = { cases, invalid: noInputs, inputs: 0 };
    const sums = new Float64Array(groupCount + 1);
    const counts = new Float64Array(groupCount + 1);
    const groups =
      dimension === undefined
        ? null
        : rowGroups(dimension, rows, cases, engine.indexRoom(cases.length));
    if (keys !== null)
      countDistinctClients(taken, groups, keys.keys, keys.count, groupCount, counts);
    else if (values === null) countCases(taken, groups, groupCount, counts);
    else sumValues(taken, groups, valuesOfRows(values, cases), groupCount, sums, counts);
    return resultsOf(aggregate.kind, sums, counts, groupCount);
  });
}

/**
 * The groups of a row measure's rows: by a code of the rows themselves (`rowDimension`), or by
 * their case's group(s) for a breakdown of the cases.
 */
function rowGroups(
  dimension: Dimension,
  rows: RowTable,
  taken: Int32Array,
  room: Int32Array
): UnitGroups {
  if (dimension.kind === "single" && dimension.over === "rows")
    return groupsOfUnits(dimension, taken, room);
  if (rows.caseOf === null)
    throw new Error(
      "Rijen zonder casus kunnen niet naar een kenmerk van de casussen worden uitgesplitst."
    );
  return groupsOfRowsByCase(dimension, rows.caseOf, taken, room);
}

/**
 * The rows of a period a row measure takes, as row indices ascending: their own date in it, or
 * their case selected (and in the filter).
 */
function selectRows(
  engine: Engine,
  rows: RowTable,
  select: RowMeasureRule["select"],
  period: Period,
  filter: Uint8Array | null,
  recidive: RecidiveOptions
): Int32Array {
  const taken = new Int32Array(rows.size);
  let n = 0;
  if (select === "dateInPeriod") {
    const { date } = rows;
    if (date === null) throw new Error("De rijen van deze tabel hebben geen datum.");
    for (let r = 0; r < rows.size; r++) {
      const d = date[r] as number;
      if (d >= period.start && d <= period.end) taken[n++] = r;
    }
    return taken.subarray(0, n);
  }
  const { caseOf } = rows;
  if (caseOf === null) throw new Error("De rijen van deze tabel horen bij geen casus.");
  const cases = engine.selection(select, period, recidive);
  for (let r = 0; r < rows.size; r++) {
    const c = caseOf[r] as number;
    if (c >= 0 && cases[c] === 1 && (filter === null || filter[c] === 1)) taken[n++] = r;
  }
  return taken.subarray(0, n);
}

/** The marks (0 or 1) as values, in `room`. */
function marksOf(marks: Uint8Array, room: Float64Array): Float64Array {
  const out = room.subarray(0, marks.length);
  for (let k = 0; k < marks.length; k++) out[k] = marks[k] as number;
  return out;
}

/** Entry k: the value of row `rows[k]` (as the cases' values are laid out, see `caseValuesOf`). */
function valuesOfRows(values: Float64Array, rows: Int32Array): Float64Array {
  const out = new Float64Array(rows.length);
  for (let k = 0; k < rows.length; k++) out[k] = values[rows[k] as number] as number;
  return out;
}

/** The results of an aggregate from its sums and counts per group (the total last). */
function resultsOf(
  kind: MeasureRule["aggregate"]["kind"],
  sums: Float64Array,
  counts: Float64Array,
  groupCount: number
): PeriodResults {
  const result = (g: number): KpiResult => {
    const n = counts[g] as number;
    if (kind === "mean" || kind === "share")
      return { value: n === 0 ? null : (sums[g] as number) / n, n };
    if (kind === "sum") return { value: sums[g] as number, n };
    if (kind === "sumOrNull") return { value: n === 0 ? null : (sums[g] as number), n };
    if (kind === "meanOverMonths") {
      const mean = sums[g] as number;
      return { value: mean !== mean ? null : mean, n }; // mean !== mean: NaN, no months
    }
    return { value: n, n };
  };
  return {
    total: result(groupCount),
    groups: Array.from({ length: groupCount }, (_, g) => result(g)),
  };
}
