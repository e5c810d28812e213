/**
 * The recidive breakdown of SPEC §5 from the engine's recidive conditions.
 *
 * @module
 */
import type { Engine } from "../engine/Engine";
import { caseFilter } from "../engine/caseFilter";
import { assertFilterableFields } from "../filters/categoryMatch";
import type { KpiOptions } from "../kpis/kpiResult";
import type { Period } from "../types";
import { isRecidiveComputable } from "./isRecidiveComputable";
import { resolveRecidiveOptions } from "./recidiveOptions";
import { hasSeveralEarlier } from "./recidiveStatus";

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
 * @param engine - The engine of the dataset ({@link createEngine}).
 * @param period - The period P.
 * @param options - Filters (the standard report uses caseType IT and LS) and recidive options.
 * @returns The breakdown, or null when clientId, closedOn or the start field is not mapped.
 * @throws {@link InvalidFilterError}, {@link InvalidRecidiveOptionsError} on bad options.
 * @example
 * computeRecidiveBreakdown(engine, period, { filters: [{ field: 'caseType', values: ['IT', 'LS'] }] });
 * // { started: 432, recidive: 141, multiplePrevious: 69, sameQuestion: 107, onlyNewQuestions: 34, ... }
 */
export function computeRecidiveBreakdown(
  engine: Engine,
  period: Period,
  options?: KpiOptions
): RecidiveBreakdown | null {
  const filters = options?.filters;
  assertFilterableFields(filters);
  const recidive = resolveRecidiveOptions(options?.recidive);
  const table = engine.dataset.cases;
  if (!isRecidiveComputable(table, recidive, false)) return null;
  if (filters?.some((f) => !table.mappedFields.has(f.field)) === true) return null;
  const filter = caseFilter(engine, filters);
  const started = engine.filteredCases(
    engine.selectedCases({ cases: "recidiveStart", inputs: 0 }, period, recidive),
    filter
  );
  // Steps 2–4 whatever sameDomain says; with sameDomain on, also sharing a main domain.
  const returning = engine.condition("recidive", started, { ...recidive, sameDomain: false });
  const sharing = engine.condition("recidive", started, { ...recidive, sameDomain: true });
  const withClient = engine.condition("hasClient", started, recidive);
  const isNew = engine.condition("newClient", started, recidive);
  const { packed } = engine.factsOf(recidive.startField);
  const counts = {
    started: started.length,
    returning: 0,
    several: 0,
    sharing: 0,
    reopened: 0,
    isNew: 0,
  };
  for (let k = 0; k < started.length; k++) {
    if (isNew[k] === 1) counts.isNew++;
    else if (returning[k] === 1) {
      counts.returning++;
      if (hasSeveralEarlier(packed[started[k] as number] as number)) counts.several++;
      if (sharing[k] === 1) counts.sharing++;
    } else if (withClient[k] === 1) counts.reopened++;
  }
  const hasDomains = table.mappedFields.has("mainDomains");
  return {
    started: counts.started,
    recidive: counts.returning,
    multiplePrevious: counts.several,
    sameQuestion: hasDomains ? counts.sharing : null,
    onlyNewQuestions: hasDomains ? counts.returning - counts.sharing : null,
    reopened: counts.reopened,
    newClients: counts.isNew,
  };
}
