import { resolveRecidiveOptions } from "../../recidive/recidiveOptions";
import type { RecidiveBreakdown } from "../../recidive/computeRecidiveBreakdown";
import type { Period } from "../../types";
import type { ReferenceData } from "../referenceData";
import { isInPeriod } from "./caseMemberships";
import { passesFilters } from "./passesFilters";
import { judgeRecidive, recidiveStart } from "./recidiveCases";
import type { ReferenceOptions } from "./referenceOptions";

/** Options of the breakdown: those of every reference, and whether the main domains are mapped. */
export interface ReferenceBreakdownOptions extends ReferenceOptions {
  /** Without a main-domains column "gelijke vraag" and "alleen nieuwe vragen" are null. */
  readonly hasDomains: boolean;
}

/**
 * De recidive-uitsplitsing (SPEC §5, the table of Mensenwerk Hogeland) over the cases whose
 * recidive start is in the period and that pass the filters: started; recidive (steps 2–4,
 * whatever `sameDomain` says); of those, with two or more earlier cases, sharing a main domain
 * with the previous case ("gelijke vraag") and sharing none ("alleen nieuwe vragen");
 * "heropening" (earlier cases, but step 3 or 4 fails) and "nieuw" (a client number and no
 * earlier case). A started case without a usable client number is in `started` only. Earlier
 * cases are any of the client's cases, whatever the filter.
 *
 * @param data - The dataset as plain records.
 * @param period - The period.
 * @param options - Filters, recidive options, whether main domains are mapped.
 * @returns The breakdown.
 * @example
 * referenceRecidiveBreakdown(data, q1, { recidive: DEFAULT_RECIDIVE_OPTIONS, hasDomains: true })
 * // { started: 432, recidive: 141, multiplePrevious: 69, sameQuestion: 107, onlyNewQuestions: 34, reopened: 60, newClients: 180 }
 */
export function referenceRecidiveBreakdown(
  data: ReferenceData,
  period: Period,
  options: ReferenceBreakdownOptions
): RecidiveBreakdown {
  const recidive = resolveRecidiveOptions(options.recidive);
  const started = data.cases.filter(
    (c) =>
      isInPeriod(recidiveStart(c, recidive.startField), period) && passesFilters(c, options.filters)
  );
  const verdicts = started.map((c) => judgeRecidive(c, data.cases, recidive));
  const returning = verdicts.filter((v) => v.standing === "returning");
  const sameQuestion = returning.filter((v) => v.sharesDomain).length;
  return {
    started: started.length,
    recidive: returning.length,
    multiplePrevious: returning.filter((v) => v.earlierCases >= 2).length,
    sameQuestion: options.hasDomains ? sameQuestion : null,
    onlyNewQuestions: options.hasDomains ? returning.length - sameQuestion : null,
    reopened: verdicts.filter((v) => v.standing === "reopened").length,
    newClients: verdicts.filter((v) => v.standing === "new").length,
  };
}
