/**
 * The recidive breakdown of SPEC §5 from the engine's recidive standings.
 *
 * @module
 */
import type { Engine } from "../engine/Engine";
import { caseFilter } from "../engine/caseFilter";
import { RecidiveStanding } from "../engine/recidiveStandings";
import { assertFilterableFields } from "../filters/categoryMatch";
import type { KpiOptions } from "../kpis/kpiResult";
import type { Period } from "../types";
import { isRecidiveComputable } from "./isRecidiveComputable";
import { resolveRecidiveOptions } from "./recidiveOptions";

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
  // Each case's standing: steps 2–4 whatever sameDomain says, and a shared main domain.
  const standings = engine.standingsOf(recidive);
  const { hasClient, newClient, returning, several, sharesDomain } = RecidiveStanding;
  const counts = {
    started: started.length,
    returning: 0,
    several: 0,
    sharing: 0,
    reopened: 0,
    isNew: 0,
  };
  for (let k = 0; k < started.length; k++) {
    const standing = standings[started[k] as number] as number;
    if ((standing & newClient) !== 0) counts.isNew++;
    else if ((standing & returning) !== 0) {
      counts.returning++;
      if ((standing & several) !== 0) counts.several++;
      if ((standing & sharesDomain) !== 0) counts.sharing++;
    } else if ((standing & hasClient) !== 0) counts.reopened++;
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
