// The one runner behind every KPI function: read the arguments, load (or reuse) the dataset,
// ask the engine's registry, and turn "no value" into an Excel error with a Dutch message.
import {
  computeKpiResult,
  getKpi,
  isKpiAvailable,
  resolveRecidiveOptions,
  TABLE_LABELS,
} from "../core";
import type { Dataset, KpiDefinition, KpiId, RecidiveOptions } from "../core";
import { FunctionInputError } from "./functionError";
import { missingKpiInputs } from "./missingKpiInputs";
import { loadFunctionData, type FunctionTables } from "./loadFunctionData";
import { readPeriod } from "./readArguments";
import { readFilters } from "./readFilters";

/** The arguments of one KPI function call, as Excel passed them. */
export interface KpiCall {
  readonly tables: FunctionTables;
  readonly period: unknown;
  readonly filters?: unknown;
  readonly recidive?: Partial<RecidiveOptions>;
}

/**
 * Computes one KPI of the registry for a function call.
 *
 * @param id - The KPI id.
 * @param call - The arguments.
 * @returns The value (counts, days, fractions 0..1 for percentages).
 * @throws {@link FunctionInputError} (#VALUE!) for bad arguments or a column the KPI needs that is
 *   missing, (#N/A) when no case qualifies for a mean or rate; the core's named errors.
 * @example
 * runKpiFunction('started', { tables: { cases: rows }, period: 't/m Q3 2024' }) // 304
 */
export function runKpiFunction(id: KpiId, call: KpiCall): number {
  const kpi = getKpi(id);
  const period = readPeriod(call.period);
  const { dataset, engine, cases } = loadFunctionData(call.tables);
  const filters = readFilters(call.filters, cases.mapping);
  if (filters.length > 0 && !kpi.filterable) {
    throw new FunctionInputError(
      `${functionName(kpi)} kan niet gefilterd worden: ${kpi.label.toLowerCase()} horen niet bij een casus.`
    );
  }
  const recidive = resolveRecidiveOptions(call.recidive);
  const missing = missingKpiInputs(kpi, dataset, recidive);
  if (missing.length > 0 || !isKpiAvailable(kpi, dataset, recidive))
    throw new FunctionInputError(unavailableMessage(kpi, dataset, missing));
  const result = computeKpiResult(engine, id, period, { filters, recidive: call.recidive ?? {} });
  if (result.value === null) {
    throw new FunctionInputError(
      `Geen waarde voor ${kpi.label.toLowerCase()} in ${period.label}: er zijn geen casussen die meetellen (n = 0).`,
      "#N/A"
    );
  }
  return result.value;
}

function functionName(kpi: KpiDefinition): string {
  return `WELZIJN.${kpi.functionName}`;
}

/** Names what a KPI needs and the dataset lacks: the optional table, or columns. */
function unavailableMessage(
  kpi: KpiDefinition,
  dataset: Dataset,
  missing: readonly string[]
): string {
  const name = functionName(kpi);
  if (kpi.requires !== undefined && dataset[kpi.requires] === undefined) {
    return kpi.requires === "zrm"
      ? `${name} heeft de ZRM-tabel nodig (met casusnummer, domein, eindscore en doelscore).`
      : `${name} heeft de tabel met ${TABLE_LABELS[kpi.requires]} nodig.`;
  }
  const list = missing.length > 0 ? missing.join(", ") : "een kolom die de berekening nodig heeft";
  return `${name} kan niet berekend worden: de tabel mist ${missing.length > 1 ? "de kolommen" : "de kolom"} ${list}.`;
}
