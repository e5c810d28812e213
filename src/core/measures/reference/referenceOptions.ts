/**
 * What every reference computation of a scalar KPI takes besides the data and the period.
 *
 * @module
 */
import type { KpiResult } from "../../kpis/kpiResult";
import type { CaseFilter, Period, RecidiveOptions } from "../../types";
import type { ReferenceData } from "../referenceData";

/** The options of a reference computation: the case filters and the (complete) recidive options. */
export interface ReferenceOptions {
  /** Keep only cases passing every filter; none or empty keeps every case. */
  readonly filters?: readonly CaseFilter[];
  /** The recidive options of SPEC §5, complete (see `resolveRecidiveOptions`). */
  readonly recidive: RecidiveOptions;
}

/**
 * The plain reference computation of one scalar KPI. Whether the KPI is available at all (its
 * input columns mapped, its optional table present, a filter allowed) is decided by the
 * registry, not here.
 *
 * @example
 * const started: ReferenceKpi = (data, period) => {
 *   const count = data.cases.filter((c) => isStartedIn(c, period)).length;
 *   return { value: count, n: count };
 * };
 */
export type ReferenceKpi = (
  data: ReferenceData,
  period: Period,
  options: ReferenceOptions
) => KpiResult;
