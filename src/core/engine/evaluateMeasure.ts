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
 * evaluateMeasure(engine, closed, [period], undefined, null)[0].total;
 * //=> { value: 274, n: 274 }
 */
export function evaluateMeasure(
  engine: Engine,
  rule: MeasureRule,
  periods: readonly Period[],
  dimension: Dimension | undefined,
  filter: Uint8Array | null
): PeriodResults[] {
  const table = engine.dataset.cases;
  const { aggregate } = rule;
  const inputs =
    aggregate.kind === "sum" || aggregate.kind === "mean" ? CASE_VALUE_INPUTS[aggregate.value] : 0;
  const invalid = table.invalid;
  return periods.map((period) => {
    const marks = engine.selection(rule.select, period);
    const values =
      aggregate.kind === "sum" || aggregate.kind === "mean"
        ? engine.caseValue(aggregate.value, period)
        : null;
    const groups = dimension?.keys.length ?? 0;
    const sums = new Float64Array(groups + 1);
    const counts = new Float64Array(groups + 1);
    const clients = aggregate.kind === "distinctClients" ? new Set<number>() : null;
    const clientKey = table.clientKey;
    const clientCount = table.clientCount ?? table.clientIds.length;
    const add = (group: number, i: number): void => {
      if (clients !== null) {
        const client = clientKey[i] as number;
        if (client < 0) return;
        const key = group * clientCount + client;
        if (clients.has(key)) return;
        clients.add(key);
        counts[group]! += 1;
      } else if (values !== null) {
        const v = values[i] as number;
        if (v !== v) return; // NaN: the case has no value
        sums[group]! += v;
        counts[group]! += 1;
      } else {
        counts[group]! += 1;
      }
    };
    for (let i = 0; i < table.size; i++) {
      if (marks[i] === 0 || ((invalid[i] as number) & inputs) !== 0) continue;
      if (filter !== null && filter[i] === 0) continue;
      add(groups, i);
      if (dimension === undefined) continue;
      if (dimension.kind === "single") {
        const code = dimension.codes[i] as number;
        if (code >= 0) add(code, i);
      } else {
        const end = dimension.starts[i + 1] as number;
        for (let m = dimension.starts[i] as number; m < end; m++)
          add(dimension.members[m] as number, i);
      }
    }
    const result = (g: number): KpiResult => {
      const n = counts[g] as number;
      if (aggregate.kind === "mean") return { value: n === 0 ? null : (sums[g] as number) / n, n };
      if (aggregate.kind === "sum") return { value: sums[g] as number, n };
      return { value: n, n };
    };
    return {
      total: result(groups),
      groups: Array.from({ length: groups }, (_, g) => result(g)),
    };
  });
}
