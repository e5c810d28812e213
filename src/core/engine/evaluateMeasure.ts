/**
 * The evaluator: one measure over a list of periods, in total and per group of a breakdown.
 *
 * @module
 */
import type { Period } from "../types";
import type { KpiResult } from "../kpis/kpiContext";
import type { Dimension } from "./dimension";
import type { Engine } from "./Engine";
import type { MeasureRule } from "./measureRule";
import { CASE_VALUE_INPUTS } from "./caseValues";
import { groupsOfCases, type CaseGroupList } from "./groupsOfCases";

/** A measure's results for one period: the total and one result per group of the breakdown. */
export interface PeriodResults {
  readonly total: KpiResult;
  /** Per group, in the order of the dimension's keys (empty without a breakdown). */
  readonly groups: readonly KpiResult[];
}

/**
 * Evaluates a measure for each period, in total and (with a dimension) per group. A case in
 * several groups counts once in each and once in the total; a case in no group counts only in
 * the total. Cases outside the filter or the measure's selection ({@link Engine.selection}), or
 * with an unusable input of its value, are left out.
 *
 * @param engine - The engine of the dataset.
 * @param rule - The measure's rule.
 * @param periods - The periods.
 * @param dimension - The breakdown, or undefined for the total only.
 * @param filter - 1 for each case to keep, or null for all.
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
  filter: Uint8Array | null
): PeriodResults[] {
  const { aggregate } = rule;
  const groupCount = dimension?.keys.length ?? 0;
  const groups =
    dimension === undefined ? null : groupsOfCases(dimension, engine.dataset.cases.size);
  return periods.map((period) => {
    const { sums, counts } = tallyMeasure(engine, rule, period, groups, groupCount, filter);
    const result = (g: number): KpiResult => {
      const n = counts[g] as number;
      if (aggregate.kind === "mean") return { value: n === 0 ? null : (sums[g] as number) / n, n };
      if (aggregate.kind === "sum") return { value: sums[g] as number, n };
      return { value: n, n };
    };
    return {
      total: result(groupCount),
      groups: Array.from({ length: groupCount }, (_, g) => result(g)),
    };
  });
}

/**
 * A measure's tallies in one period, before they become values: per group (index g) and in
 * total (index `groupCount`) the sum of the values (sum and mean) and the number of cases (or
 * distinct clients) taken. Tables that pool groups ("Overig", "Totaal") add these up.
 */
export interface MeasureTally {
  readonly sums: Float64Array;
  readonly counts: Float64Array;
}

/**
 * Tallies a measure for one period, in total and per group (see {@link evaluateMeasure}).
 *
 * @param engine - The engine of the dataset.
 * @param rule - The measure's rule.
 * @param period - The period.
 * @param groups - The groups of each case ({@link groupsOfCases}), or null for the total only.
 * @param groupCount - The number of groups.
 * @param filter - 1 for each case to keep, or null for all.
 * @returns The sums and counts, the total last.
 * @example
 * tallyMeasure(engine, closed, period, null, 0, null).counts[0]; //=> 274
 */
export function tallyMeasure(
  engine: Engine,
  rule: MeasureRule,
  period: Period,
  groups: CaseGroupList | null,
  groupCount: number,
  filter: Uint8Array | null
): MeasureTally {
  const table = engine.dataset.cases;
  const { aggregate } = rule;
  const valued = aggregate.kind === "sum" || aggregate.kind === "mean";
  const inputs = valued ? CASE_VALUE_INPUTS[aggregate.value] : 0;
  const selected = engine.selection(rule.select, period);
  const taken: Taken = { selected, filter, invalid: table.invalid, inputs };
  const sums = new Float64Array(groupCount + 1);
  const counts = new Float64Array(groupCount + 1);
  if (aggregate.kind === "distinctClients") {
    const clientCount = table.clientCount ?? table.clientIds.length;
    countDistinctClients(taken, groups, table.clientKey, clientCount, groupCount, counts);
  } else if (valued) {
    sumValues(taken, groups, engine.caseValue(aggregate.value, period), groupCount, sums, counts);
  } else {
    countCases(taken, groups, groupCount, counts);
  }
  return { sums, counts };
}

/** Which cases an evaluation takes: selected, in the filter, and no unusable input of the value. */
interface Taken {
  readonly selected: Uint8Array;
  readonly filter: Uint8Array | null;
  readonly invalid: Uint32Array;
  readonly inputs: number;
}

const isTaken = (t: Taken, i: number): boolean =>
  t.selected[i] === 1 &&
  (t.filter === null || t.filter[i] === 1) &&
  ((t.invalid[i] as number) & t.inputs) === 0;

function countCases(
  taken: Taken,
  groups: CaseGroupList | null,
  total: number,
  counts: Float64Array
): void {
  let all = 0;
  for (let i = 0; i < taken.selected.length; i++) {
    if (!isTaken(taken, i)) continue;
    all++;
    if (groups === null) continue;
    const end = groups.starts[i + 1] as number;
    for (let m = groups.starts[i] as number; m < end; m++)
      counts[groups.members[m] as number]! += 1;
  }
  counts[total] = all;
}

function sumValues(
  taken: Taken,
  groups: CaseGroupList | null,
  values: Float64Array,
  total: number,
  sums: Float64Array,
  counts: Float64Array
): void {
  let sum = 0;
  let n = 0;
  for (let i = 0; i < taken.selected.length; i++) {
    const v = values[i] as number;
    if (v !== v || !isTaken(taken, i)) continue; // v !== v: NaN, the case has no value
    sum += v;
    n++;
    if (groups === null) continue;
    const end = groups.starts[i + 1] as number;
    for (let m = groups.starts[i] as number; m < end; m++) {
      const g = groups.members[m] as number;
      sums[g]! += v;
      counts[g]! += 1;
    }
  }
  sums[total] = sum;
  counts[total] = n;
}

function countDistinctClients(
  taken: Taken,
  groups: CaseGroupList | null,
  clientKey: Int32Array,
  clientCount: number,
  total: number,
  counts: Float64Array
): void {
  // One bit per (group, client): a client counts once per group and once in the total.
  const words = (clientCount + 31) >>> 5;
  const seen = new Uint32Array((total + 1) * words);
  const mark = (g: number, client: number): void => {
    const word = g * words + (client >>> 5);
    const bit = 1 << (client & 31);
    if (((seen[word] as number) & bit) === 0) {
      seen[word] = (seen[word] as number) | bit;
      counts[g]! += 1;
    }
  };
  for (let i = 0; i < taken.selected.length; i++) {
    const client = clientKey[i] as number;
    if (client < 0 || !isTaken(taken, i)) continue;
    mark(total, client);
    if (groups === null) continue;
    const end = groups.starts[i + 1] as number;
    for (let m = groups.starts[i] as number; m < end; m++)
      mark(groups.members[m] as number, client);
  }
}
