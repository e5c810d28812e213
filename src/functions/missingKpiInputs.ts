// Which columns a KPI needs and a table lacks, read from the engine's registry, so that a KPI
// function names the missing column instead of answering "n = 0".
import type { KpiDefinition } from "../core/kpis/kpiRegistry";
import { missingFieldNames } from "../core/report/reportBuildContext";
import { FieldBit, type Dataset, type RecidiveOptions } from "../core/types";

/**
 * KPIs whose value is a recidive tally (SPEC §5). Besides their registry `inputs` they read
 * closedOn — of the earlier cases, steps 3 and 4 — which the registry leaves out of `inputs`
 * on purpose (an input there also leaves a case with an invalid value out of the KPI). The
 * engine checks it in `isRecidiveComputable` and answers null, which a function would show as
 * "n = 0". The one place the function layer knows this; it belongs in the registry.
 */
const RECIDIVE_TALLY_KPIS: ReadonlySet<string> = new Set([
  "recidive",
  "recidivePct",
  "recidivists",
]);

/**
 * The {@link FieldBit}s a KPI needs mapped under the given recidive options: the registry's
 * `inputs`, with the start field of the recidive options (registeredOn instead of the start)
 * and without mainDomains when `sameDomain` is off, as the engine's `isKpiAvailable` reads them,
 * plus closedOn for the recidive tallies.
 *
 * @param kpi - The KPI's registry entry.
 * @param recidive - Complete recidive options.
 * @returns A FieldBit mask.
 * @example
 * requiredKpiInputs(getKpi('recidive'), DEFAULT_RECIDIVE_OPTIONS) & FieldBit.closedOn // ≠ 0
 */
export function requiredKpiInputs(kpi: KpiDefinition, recidive: RecidiveOptions): number {
  let inputs = kpi.inputs;
  if (kpi.usesRecidiveOptions === true) {
    if (recidive.startField === "registeredOn")
      inputs = (inputs & ~(FieldBit.start | FieldBit.startedOn)) | FieldBit.registeredOn;
    if (!recidive.sameDomain) inputs &= ~FieldBit.mainDomains;
  }
  if (RECIDIVE_TALLY_KPIS.has(kpi.id)) inputs |= FieldBit.closedOn;
  return inputs;
}

/**
 * The Dutch names of the case columns a KPI needs and the dataset lacks.
 *
 * @param kpi - The KPI's registry entry.
 * @param dataset - The parsed dataset.
 * @param recidive - Complete recidive options.
 * @returns The column names ("Einddatum", "Startdatum of Aanmelddatum"); empty when none is missing.
 * @example
 * missingKpiInputs(getKpi('recidive'), datasetWithoutEinddatum, DEFAULT_RECIDIVE_OPTIONS) // ['Einddatum']
 */
export function missingKpiInputs(
  kpi: KpiDefinition,
  dataset: Dataset,
  recidive: RecidiveOptions
): string[] {
  return missingFieldNames(dataset, requiredKpiInputs(kpi, recidive));
}
