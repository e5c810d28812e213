import { createKpiContext, type KpiOptions } from "../kpis/kpiContext";
import type { Dataset, Period } from "../types";
import { classifyRecidiveInContext } from "./classifyRecidive";
import { isRecidiveComputable } from "./isRecidiveComputable";

/** The recidive breakdown of SPEC §5 (Mensenwerk Hogeland's table) for one period. */
export interface RecidiveBreakdown {
  /** Cases started in P (by the recidive start field) that pass the filter. */
  readonly started: number;
  /** Cases passing steps 1–4 (whatever `sameDomain` says). */
  readonly recidive: number;
  /** Of those, cases with two or more earlier cases ("waarvan meerdere voorgaande casussen"). */
  readonly multiplePrevious: number;
  /** Of those, cases sharing a main domain with the previous case ("gelijke vraag"); null when mainDomains is unmapped. */
  readonly sameQuestion: number | null;
  /** Of those, cases sharing none ("alleen nieuwe vragen"); null when mainDomains is unmapped. */
  readonly onlyNewQuestions: number | null;
  /** Started in P, the client has earlier cases, but step 3 or 4 fails ("heropening"). */
  readonly reopened: number;
  /** Started in P with a clientId and no earlier case ("nieuw"). */
  readonly newClients: number;
}

/**
 * Computes the recidive breakdown of SPEC §5 for one period. `recidive` counts steps 1–4;
 * `sameQuestion` is what the recidive KPI counts with `sameDomain` on. Started cases without
 * a clientId are in `started` only.
 *
 * @param dataset - The parsed dataset.
 * @param period - The period P.
 * @param options - Filters (the standard report uses caseType IT and LS) and recidive options.
 * @returns The breakdown, or null when clientId, closedOn or the start field is not mapped.
 * @throws {@link InvalidFilterError}, {@link InvalidRecidiveOptionsError} on bad options.
 * @example
 * computeRecidiveBreakdown(dataset, period, { filters: [{ field: 'caseType', values: ['IT', 'LS'] }] });
 * // { started: 432, recidive: 141, multiplePrevious: 69, sameQuestion: 107, onlyNewQuestions: 34, ... }
 */
export function computeRecidiveBreakdown(
  dataset: Dataset,
  period: Period,
  options?: KpiOptions
): RecidiveBreakdown | null {
  const context = createKpiContext(dataset, period, options);
  const { table, recidive } = context;
  if (!isRecidiveComputable(table, recidive, false)) return null;
  if (options?.filters?.some((f) => !table.mappedFields.has(f.field))) return null;
  const tally = classifyRecidiveInContext(context);
  const hasDomains = table.mappedFields.has("mainDomains");
  return {
    started: tally.started,
    recidive: tally.passGap,
    multiplePrevious: tally.multiplePrevious,
    sameQuestion: hasDomains ? tally.sameQuestion : null,
    onlyNewQuestions: hasDomains ? tally.onlyNewQuestions : null,
    reopened: tally.reopened,
    newClients: tally.newClients,
  };
}
