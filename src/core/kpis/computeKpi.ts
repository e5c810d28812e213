/**
 * One scalar KPI's value: its registry entry's rule evaluated by the engine, under the
 * registry's availability rules.
 *
 * @module
 */
import type { Engine } from "../engine/Engine";
import { caseFilter } from "../engine/caseFilter";
import { evaluateMeasure } from "../engine/evaluateMeasure";
import { assertFilterableFields } from "../filters/categoryMatch";
import { filterKey } from "../filters/compileFilters";
import { resolveRecidiveOptions } from "../recidive/recidiveOptions";
import {
  FieldBit,
  type CaseField,
  type CaseTable,
  type Dataset,
  type Period,
  type RecidiveOptions,
} from "../types";
import { getKpi, type KpiDefinition, type KpiId } from "./kpiRegistry";
import { UNAVAILABLE, type KpiOptions, type KpiResult } from "./kpiResult";

/**
 * Computes one scalar KPI of SPEC §4/§5 for one period.
 *
 * @param engine - The engine of the dataset ({@link createEngine}).
 * @param id - A KPI id of {@link KPI_REGISTRY}.
 * @param period - The period P.
 * @param options - Filters and recidive options.
 * @returns The value (fractions 0..1 for percentages, days for durations), or null when an
 *   input field is unmapped, an optional table is absent, a filter names an unmapped field or
 *   (means and rates) no case qualifies.
 * @throws {@link UnknownKpiError} for an unknown id; {@link InvalidFilterError} and
 *   {@link InvalidRecidiveOptionsError} for bad options.
 * @example
 * computeKpi(engine, 'started', parsePeriod('t/m Q3 2024'), { filters: [{ field: 'caseType', values: ['IT'] }] }) // 304
 */
export function computeKpi(
  engine: Engine,
  id: KpiId,
  period: Period,
  options?: KpiOptions
): number | null {
  return computeKpiResult(engine, id, period, options).value;
}

/**
 * Like {@link computeKpi}, with the n behind the value (the base of a mean or rate), which
 * publication mode needs to hide rates and means over few cases.
 *
 * @param engine - The engine of the dataset.
 * @param id - A KPI id.
 * @param period - The period P.
 * @param options - Filters and recidive options.
 * @returns `{ value, n }`.
 * @throws {@link UnknownKpiError} for an unknown id.
 * @example
 * computeKpiResult(engine, 'meanWaitDays', period) // { value: 15.2, n: 310 }
 */
export function computeKpiResult(
  engine: Engine,
  id: KpiId,
  period: Period,
  options?: KpiOptions
): KpiResult {
  return evaluateKpi(engine, getKpi(id), period, options);
}

/**
 * Evaluates a KPI's rule ({@link KpiDefinition.rule}) for one period, applying the registry's
 * availability rules. The engine keeps the result: a report's tables and its JSON ask for
 * many of the same values.
 *
 * @param engine - The engine of the dataset.
 * @param kpi - The definition.
 * @param period - The period P.
 * @param options - Filters and recidive options.
 * @returns `{ value, n }`.
 * @throws {@link InvalidFilterError} and {@link InvalidRecidiveOptionsError} for bad options.
 * @example
 * evaluateKpi(engine, getKpi('closed'), period, undefined) // { value: 274, n: 274 }
 */
export function evaluateKpi(
  engine: Engine,
  kpi: KpiDefinition,
  period: Period,
  options: KpiOptions | undefined
): KpiResult {
  const filters = options?.filters;
  assertFilterableFields(filters);
  const recidive = resolveRecidiveOptions(options?.recidive);
  const { dataset } = engine;
  if (!isKpiAvailable(kpi, dataset, recidive)) return UNAVAILABLE;
  const filterText = filterKey(filters);
  if (filterText !== "") {
    if (!kpi.filterable) return UNAVAILABLE;
    if (filters?.some((f) => !dataset.cases.mappedFields.has(f.field)) === true) return UNAVAILABLE;
  }
  const recidiveText = `${recidive.minGapMonths}:${recidive.sameDomain}:${recidive.startField}`;
  const key = `kpi|${kpi.id}|${period.start}:${period.end}|${filterText}|${recidiveText}`;
  return engine.derive(
    key,
    () =>
      evaluateMeasure(
        engine,
        kpi.rule,
        [period],
        undefined,
        caseFilter(engine, filters),
        recidive
      )[0]?.total ?? UNAVAILABLE
  );
}

/**
 * The {@link FieldBit}s that must be mapped for a KPI under the given recidive options: its
 * `inputs` and `alsoMapped`, with the start taken from registeredOn when that is the recidive
 * start field, and without mainDomains when `sameDomain` is off (for a KPI that reads it). The one place this is
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
    // Only a KPI that reads sameDomain can do without the main domains when it is off.
    const readsSameDomain = kpi.parameters.some((parameter) => parameter.id === "sameDomain");
    if (!recidive.sameDomain && readsSameDomain) inputs &= ~FieldBit.mainDomains;
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
