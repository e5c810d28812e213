// Which columns a KPI needs and a table lacks, read from the engine's registry, so that a KPI
// function names the missing column instead of answering "n = 0".
import { kpiRequiredInputs, missingFieldNames } from "../core";
import type { Dataset, KpiDefinition, RecidiveOptions } from "../core";

/**
 * The Dutch names of the case columns a KPI needs and the dataset lacks (the engine's
 * `kpiRequiredInputs`, so recidive asks for Einddatum and, counted from the registration,
 * for Aanmelddatum).
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
  return missingFieldNames(dataset, kpiRequiredInputs(kpi, recidive));
}
