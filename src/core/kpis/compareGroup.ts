import type { Dataset, Period } from "../types";
import { arrangeGroupRows } from "./arrangeGroupRows";
import { areInputsMapped } from "./computeKpi";
import { getGroup, type GroupId } from "./groupRegistry";
import type {
  GroupComparison,
  GroupContext,
  GroupDefinition,
  GroupOptions,
  GroupTally,
} from "./groupTypes";
import { contextKey, createKpiContext, type KpiContext } from "./kpiContext";
import { InvalidGroupOptionsError } from "./kpiErrors";
import { preparePeriodStats, prepareScanStats } from "./periodStats";
import { DEFAULT_AGE_BANDS } from "./ratingAndAgeGroups";

/**
 * Computes a grouped KPI of SPEC §4 for the current and the comparison period, with the rows
 * the report shows: the groups of both periods united, sorted by the current main measure
 * (or in the group's fixed order), an optional top N with an "Overig" row, and a "Totaal" row
 * where the group has one. byMonth's rows are the months of the current period; their
 * previous values are the same months a year earlier, whatever `previous` is.
 *
 * @param dataset - The parsed dataset.
 * @param id - A group id of {@link GROUP_REGISTRY}.
 * @param period - The current period.
 * @param previous - The comparison period.
 * @param options - Filters, recidive options, topN, age bands.
 * @returns The comparison; no rows when the group cannot be computed (an unmapped input, an
 *   absent optional table, a filter on an unmapped field, or a case filter on activities).
 * @throws {@link UnknownGroupError}; {@link InvalidGroupOptionsError}, {@link InvalidFilterError} for bad options.
 * @example
 * compareGroup(dataset, 'byDomain', period, previousYearPeriod(period), { topN: 5 }).rows.map((r) => r.label)
 * // ['Geestelijke gezondheid', 'Financiën', 'Tijdsbesteding', 'Huiselijke relaties', 'Huisvesting', 'Overig', 'Totaal hulpvragen']
 */
export function compareGroup(
  dataset: Dataset,
  id: GroupId,
  period: Period,
  previous: Period,
  options?: GroupOptions
): GroupComparison {
  const group = getGroup(id);
  const ageBands = resolveAgeBands(options?.ageBands);
  const current = createKpiContext(dataset, period, options);
  if (!isGroupAvailable(group, current, options)) return { id, rows: [] };
  const before = createKpiContext(dataset, previous, options);
  // Case groups read both periods' tallies: made in one pass.
  if (group.requires === undefined && !current.hasFilter)
    preparePeriodStats(current.table, [period, previous]);
  else if (group.requires === undefined)
    prepareScanStats(current.table, [current.scan, before.scan]);
  const currentTally = tallyGroup(group, groupContext(current, period, "current", ageBands));
  const previousTally = tallyGroup(group, groupContext(before, period, "previous", ageBands));
  return { id, rows: arrangeGroupRows(group, currentTally, previousTally, options?.topN) };
}

/**
 * Computes a grouped KPI for one period only (the custom function WELZIJN.TOP): the same rows
 * as {@link compareGroup}, with every previous value null.
 *
 * @param dataset - The parsed dataset.
 * @param id - A group id.
 * @param period - The period.
 * @param options - Filters, topN, age bands.
 * @returns The rows; none when the group cannot be computed.
 * @throws {@link UnknownGroupError}; {@link InvalidGroupOptionsError} for bad options.
 * @example
 * computeGroup(dataset, 'byDomain', period, { topN: 5 }).rows[0] // { key: 'Financiën', current: { active: 212 }, ... }
 */
export function computeGroup(
  dataset: Dataset,
  id: GroupId,
  period: Period,
  options?: GroupOptions
): GroupComparison {
  const group = getGroup(id);
  const ageBands = resolveAgeBands(options?.ageBands);
  const context = createKpiContext(dataset, period, options);
  if (!isGroupAvailable(group, context, options)) return { id, rows: [] };
  const tally = tallyGroup(group, groupContext(context, period, "current", ageBands));
  return { id, rows: arrangeGroupRows(group, tally, null, options?.topN) };
}

const tallyCache = new WeakMap<Dataset, Map<string, GroupTally>>();
const MAX_CACHED_TALLIES = 256;

/** Tallies a group for one period, memoised per dataset (datasets are immutable). */
function tallyGroup(group: GroupDefinition, context: GroupContext): GroupTally {
  const dataset = context.kpi.dataset;
  let perDataset = tallyCache.get(dataset);
  if (perDataset === undefined) {
    perDataset = new Map();
    tallyCache.set(dataset, perDataset);
  }
  const key = `${group.id}|${context.role}|${context.current.start}:${context.current.end}|${contextKey(context.kpi)}|${context.ageBands.join(",")}`;
  let tally = perDataset.get(key);
  if (tally === undefined) {
    tally = group.compute(context);
    if (perDataset.size >= MAX_CACHED_TALLIES) perDataset.clear();
    perDataset.set(key, tally);
  }
  return tally;
}

function groupContext(
  kpi: KpiContext,
  current: Period,
  role: GroupContext["role"],
  ageBands: readonly number[]
): GroupContext {
  return { kpi, current, role, ageBands };
}

function isGroupAvailable(
  group: GroupDefinition,
  context: KpiContext,
  options: GroupOptions | undefined
): boolean {
  const { dataset, table, hasFilter } = context;
  if (group.requires !== undefined && dataset[group.requires] === undefined) return false;
  if (!areInputsMapped(table, group.inputs)) return false;
  if (group.anyOf !== undefined && !group.anyOf.some((field) => table.mappedFields.has(field)))
    return false;
  if (hasFilter) {
    if (!group.filterable) return false;
    if (options?.filters?.some((f) => !table.mappedFields.has(f.field))) return false;
  }
  return true;
}

/**
 * The age bands of the options, checked.
 *
 * @param bands - Lower bounds, or undefined for the default.
 * @returns The bands.
 * @throws {@link InvalidGroupOptionsError} unless ascending whole numbers ≥ 0.
 * @example
 * resolveAgeBands(undefined) // [0, 18, 27, 45, 55, 65]
 */
export function resolveAgeBands(bands: readonly number[] | undefined): readonly number[] {
  if (bands === undefined) return DEFAULT_AGE_BANDS;
  const ascending = bands.every(
    (b, k) => Number.isInteger(b) && b >= 0 && (k === 0 || b > (bands[k - 1] as number))
  );
  if (bands.length === 0 || !ascending) {
    throw new InvalidGroupOptionsError(
      `Leeftijdsgrenzen moeten oplopende gehele getallen van 0 of meer zijn, niet '${bands.join(", ")}'.`
    );
  }
  return bands;
}
