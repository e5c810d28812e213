/**
 * A group table of SPEC §4 for a comparison or for one period, evaluated by the engine
 * (`evaluateGroup`).
 *
 * @module
 */
import type { Engine } from "../engine/Engine";
import { evaluateGroup } from "../engine/evaluateGroup";
import type { Period } from "../types";
import type { GroupId } from "./groupRegistry";
import type { GroupComparison, GroupOptions } from "./groupTypes";

/**
 * Computes a grouped KPI of SPEC §4 for the current and the comparison period, with the rows
 * the report shows: the groups of both periods united, sorted by the current main measure
 * (or in the group's fixed order), an optional top N with an "Overig" row, and a "Totaal" row
 * where the group has one. byMonth's rows are the months of the current period; their
 * previous values are the same months a year earlier, whatever `previous` is.
 *
 * @param engine - The engine of the dataset ({@link createEngine}).
 * @param id - A group id of {@link GROUP_REGISTRY}.
 * @param period - The current period.
 * @param previous - The comparison period.
 * @param options - Filters, topN, age bands.
 * @returns The comparison; no rows when the group cannot be computed (an unmapped input, an
 *   absent optional table, a filter on an unmapped field, or a case filter on activities).
 * @throws {@link UnknownGroupError}; {@link InvalidGroupOptionsError}, {@link InvalidFilterError} for bad options.
 * @example
 * compareGroup(engine, 'byDomain', period, previousYearPeriod(period), { topN: 5 }).rows.map((r) => r.label)
 * // ['Geestelijke gezondheid', 'Financiën', 'Tijdsbesteding', 'Huiselijke relaties', 'Huisvesting', 'Overig', 'Totaal hulpvragen']
 */
export function compareGroup(
  engine: Engine,
  id: GroupId,
  period: Period,
  previous: Period,
  options?: GroupOptions
): GroupComparison {
  return evaluateGroup(engine, id, period, { ...options, previous });
}

/**
 * Computes a grouped KPI for one period only (the custom function WELZIJN.TOP): the same rows
 * as {@link compareGroup}, with every previous value null.
 *
 * @param engine - The engine of the dataset.
 * @param id - A group id.
 * @param period - The period.
 * @param options - Filters, topN, age bands.
 * @returns The rows; none when the group cannot be computed.
 * @throws {@link UnknownGroupError}; {@link InvalidGroupOptionsError} for bad options.
 * @example
 * computeGroup(engine, 'byDomain', period, { topN: 5 }).rows[0] // { key: 'Financiën', current: { active: 212 }, ... }
 */
export function computeGroup(
  engine: Engine,
  id: GroupId,
  period: Period,
  options?: GroupOptions
): GroupComparison {
  return evaluateGroup(engine, id, period, options);
}
