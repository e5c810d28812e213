import {
  FieldBit,
  type CaseField,
  type CaseTable,
  type Dataset,
  type Period,
  type RecidiveOptions,
} from "../types";
import {
  contextKey,
  createKpiContext,
  UNAVAILABLE,
  type KpiContext,
  type KpiOptions,
  type KpiResult,
} from "./kpiContext";
import { getKpi, type KpiDefinition, type KpiId } from "./kpiRegistry";

/**
 * Computes one scalar KPI of SPEC §4/§5 for one period.
 *
 * @param dataset - The parsed dataset.
 * @param id - A KPI id of {@link KPI_REGISTRY}.
 * @param period - The period P.
 * @param options - Filters and recidive options.
 * @returns The value (fractions 0..1 for percentages, days for durations), or null when an
 *   input field is unmapped, an optional table is absent, a filter names an unmapped field or
 *   (means and rates) no case qualifies.
 * @throws {@link UnknownKpiError} for an unknown id; {@link InvalidFilterError} and
 *   {@link InvalidRecidiveOptionsError} for bad options.
 * @example
 * computeKpi(dataset, 'started', parsePeriod('t/m Q3 2024'), { filters: [{ field: 'caseType', values: ['IT'] }] }) // 304
 */
export function computeKpi(
  dataset: Dataset,
  id: KpiId,
  period: Period,
  options?: KpiOptions
): number | null {
  return computeKpiResult(dataset, id, period, options).value;
}

/**
 * Like {@link computeKpi}, with the n behind the value (the base of a mean or rate), which
 * publication mode needs to hide rates and means over few cases.
 *
 * @param dataset - The parsed dataset.
 * @param id - A KPI id.
 * @param period - The period P.
 * @param options - Filters and recidive options.
 * @returns `{ value, n }`.
 * @throws {@link UnknownKpiError} for an unknown id.
 * @example
 * computeKpiResult(dataset, 'meanWaitDays', period) // { value: 15.2, n: 310 }
 */
export function computeKpiResult(
  dataset: Dataset,
  id: KpiId,
  period: Period,
  options?: KpiOptions
): KpiResult {
  const kpi = getKpi(id);
  const context = createKpiContext(dataset, period, options);
  return evaluateKpi(kpi, context, options);
}

/**
 * Evaluates a KPI in a prepared context, applying the registry's availability rules.
 *
 * @param kpi - The definition.
 * @param context - A context from {@link createKpiContext}.
 * @param options - The options the context was made with (for the filter fields).
 * @returns `{ value, n }`.
 * @example
 * evaluateKpi(getKpi('closed'), context, undefined) // { value: 274, n: 274 }
 */
export function evaluateKpi(
  kpi: KpiDefinition,
  context: KpiContext,
  options: KpiOptions | undefined
): KpiResult {
  if (!isKpiAvailable(kpi, context.dataset, context.recidive)) return UNAVAILABLE;
  if (context.hasFilter) {
    if (!kpi.filterable) return UNAVAILABLE;
    if (options?.filters?.some((f) => !context.table.mappedFields.has(f.field))) return UNAVAILABLE;
  }
  // Datasets are immutable, so a value once computed can be handed out again (the report's
  // tables and the JSON ask for many of the same values).
  let perDataset = resultCache.get(context.dataset);
  if (perDataset === undefined) {
    perDataset = new Map();
    resultCache.set(context.dataset, perDataset);
  }
  const key = `${kpi.id}|${contextKey(context)}`;
  let result = perDataset.get(key);
  if (result === undefined) {
    result = kpi.compute(context);
    if (perDataset.size >= MAX_CACHED_RESULTS) perDataset.clear();
    perDataset.set(key, result);
  }
  return result;
}

const resultCache = new WeakMap<Dataset, Map<string, KpiResult>>();
const MAX_CACHED_RESULTS = 2048;

/**
 * The {@link FieldBit}s that must be mapped for a KPI under the given recidive options: its
 * `inputs` and `alsoMapped`, with the start taken from registeredOn when that is the recidive
 * start field, and without mainDomains when `sameDomain` is off. The one place this is
 * decided: the engine's availability check and the functions' "missing column" message read it.
 *
 * @param kpi - The definition.
 * @param recidive - Complete recidive options.
 * @returns A FieldBit mask.
 * @example
 * kpiRequiredInputs(getKpi('recidive'), DEFAULT_RECIDIVE_OPTIONS) & FieldBit.closedOn // ≠ 0
 */
export function kpiRequiredInputs(kpi: KpiDefinition, recidive: RecidiveOptions): number {
  let inputs = kpi.inputs | (kpi.alsoMapped ?? 0);
  if (kpi.usesRecidiveOptions === true) {
    if (recidive.startField === "registeredOn") {
      inputs = (inputs & ~(FieldBit.start | FieldBit.startedOn)) | FieldBit.registeredOn;
    }
    if (!recidive.sameDomain) inputs &= ~FieldBit.mainDomains;
  }
  return inputs;
}

/**
 * Whether a KPI can be computed at all on a dataset: its input fields are mapped and its
 * optional table is present.
 *
 * @param kpi - The definition.
 * @param dataset - The dataset.
 * @param recidive - Complete recidive options (they change what recidive KPIs read).
 * @returns True when the KPI has a value to give.
 * @example
 * isKpiAvailable(getKpi('complaints'), datasetWithoutComplaints, DEFAULT_RECIDIVE_OPTIONS) // false
 */
export function isKpiAvailable(
  kpi: KpiDefinition,
  dataset: Dataset,
  recidive: RecidiveOptions
): boolean {
  if (kpi.requires !== undefined && dataset[kpi.requires] === undefined) return false;
  return areInputsMapped(dataset.cases, kpiRequiredInputs(kpi, recidive));
}

const FIELDS = Object.keys(FieldBit).filter((key) => key !== "start") as CaseField[];

/**
 * Whether every field in a {@link FieldBit} mask is mapped; the derived `start` bit asks for
 * startedOn or registeredOn.
 *
 * @param table - The case table.
 * @param inputs - A FieldBit mask.
 * @returns True when all are mapped.
 * @example
 * areInputsMapped(table, FieldBit.closedOn | FieldBit.rating) // false when rating is unmapped
 */
export function areInputsMapped(table: CaseTable, inputs: number): boolean {
  const mapped = table.mappedFields;
  if (inputs & FieldBit.start && !mapped.has("startedOn") && !mapped.has("registeredOn"))
    return false;
  for (const field of FIELDS) {
    if (field === "startedOn" && inputs & FieldBit.start) continue; // covered by the start rule
    if (inputs & FieldBit[field] && !mapped.has(field)) return false;
  }
  return true;
}
