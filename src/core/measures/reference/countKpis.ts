/**
 * Reference computations of the counting KPIs of SPEC §4, plainly over the case records.
 *
 * @module
 */
import { countResult, UNAVAILABLE, type KpiResult } from "../../kpis/kpiResult";
import { foldText } from "../../text/foldText";
import type { Period } from "../../types";
import type { CaseRecord } from "../caseRecords";
import type { ReferenceData } from "../referenceData";
import {
  isActiveIn,
  isClosedIn,
  isInPeriod,
  isOpenAtEndOf,
  isRegisteredIn,
  isStartedIn,
  isUnusable,
} from "./caseMemberships";
import { passesFilters } from "./passesFilters";
import type { ReferenceOptions } from "./referenceOptions";

/**
 * The cases that pass the options' filters.
 *
 * @param data - The data.
 * @param options - The options (their filters).
 * @returns The cases kept, in table order.
 * @example
 * filteredCases(data, { recidive, filters: [{ field: "team", values: ["Noord"] }] })
 */
export function filteredCases(
  data: ReferenceData,
  options: Pick<ReferenceOptions, "filters">
): readonly CaseRecord[] {
  return data.cases.filter((c) => passesFilters(c, options.filters));
}

/**
 * Aantal aanmeldingen: cases with a registration date in the period. Cases without a
 * registration date or with an unusable one do not count.
 *
 * @example
 * referenceRegistrations(data, period, options) // { value: 12, n: 12 }
 */
export function referenceRegistrations(
  data: ReferenceData,
  period: Period,
  options: ReferenceOptions
): KpiResult {
  return countResult(filteredCases(data, options).filter((c) => isRegisteredIn(c, period)).length);
}

/**
 * Opgestart: cases with a start (start date, or registration date when the start date is
 * empty) in the period. Cases without a usable start do not count; an unusable start date is
 * not replaced by the registration date.
 *
 * @example
 * referenceStarted(data, period, options) // { value: 9, n: 9 }
 */
export function referenceStarted(
  data: ReferenceData,
  period: Period,
  options: ReferenceOptions
): KpiResult {
  return countResult(filteredCases(data, options).filter((c) => isStartedIn(c, period)).length);
}

/**
 * Behandeld: cases that ran in the period (started on or before its end, not closed before its
 * start). Cases without a usable start or with an unusable end date do not count.
 *
 * @example
 * referenceActive(data, period, options) // { value: 30, n: 30 }
 */
export function referenceActive(
  data: ReferenceData,
  period: Period,
  options: ReferenceOptions
): KpiResult {
  return countResult(filteredCases(data, options).filter((c) => isActiveIn(c, period)).length);
}

/**
 * Afgesloten: cases with a usable end date in the period; a case without a start counts too.
 *
 * @example
 * referenceClosed(data, period, options) // { value: 7, n: 7 }
 */
export function referenceClosed(
  data: ReferenceData,
  period: Period,
  options: ReferenceOptions
): KpiResult {
  return countResult(filteredCases(data, options).filter((c) => isClosedIn(c, period)).length);
}

/**
 * Lopend per einddatum: cases started and not yet closed on the period's last day. Cases
 * without a usable start or with an unusable end date do not count.
 *
 * @example
 * referenceOpenAtEnd(data, period, options) // { value: 23, n: 23 }
 */
export function referenceOpenAtEnd(
  data: ReferenceData,
  period: Period,
  options: ReferenceOptions
): KpiResult {
  return countResult(filteredCases(data, options).filter((c) => isOpenAtEndOf(c, period)).length);
}

/**
 * Whether a case is of the type informatie en advies: its (usable) case type reads "IA".
 *
 * @param c - The case.
 * @returns True for an IA case.
 * @example
 * isInfoAdviceCase(c) // true when c.caseType is "IA"
 */
export function isInfoAdviceCase(c: CaseRecord): boolean {
  return c.caseType !== null && !isUnusable(c, "caseType") && foldText(c.caseType) === "ia";
}

/**
 * Aantal informatie en advies: IA cases started in the period, plus cases resolved directly
 * (a usable "ja") with a registration date in the period; a case counts once. Without the
 * column Direct opgelost no case is resolved directly, so only the first part counts.
 *
 * @example
 * referenceInfoAdvice(data, period, options) // { value: 6, n: 6 }
 */
export function referenceInfoAdvice(
  data: ReferenceData,
  period: Period,
  options: ReferenceOptions
): KpiResult {
  const resolvedDirectly = (c: CaseRecord): boolean =>
    c.resolvedDirectly === true && !isUnusable(c, "resolvedDirectly");
  const count = filteredCases(data, options).filter(
    (c) =>
      (isInfoAdviceCase(c) && isStartedIn(c, period)) ||
      (resolvedDirectly(c) && isRegisteredIn(c, period))
  ).length;
  return countResult(count);
}

/**
 * Aantal unieke cliënten: distinct client numbers over the cases active in the period. Cases
 * without a usable client number do not count.
 *
 * @example
 * referenceUniqueClients(data, period, options) // { value: 25, n: 25 }
 */
export function referenceUniqueClients(
  data: ReferenceData,
  period: Period,
  options: ReferenceOptions
): KpiResult {
  const clients = filteredCases(data, options)
    .filter((c) => isActiveIn(c, period) && !isUnusable(c, "clientId"))
    .map((c) => c.clientId)
    .filter((client) => client !== null);
  return countResult(new Set(clients).size);
}

/**
 * Aantal hulpvragen: the number of main domains summed over the cases active in the period;
 * n is the number of those cases. A case with an unusable main-domain cell does not count; a
 * case without main domains counts zero.
 *
 * @example
 * referenceHelpQuestions(data, period, options) // { value: 41, n: 30 }
 */
export function referenceHelpQuestions(
  data: ReferenceData,
  period: Period,
  options: ReferenceOptions
): KpiResult {
  const counted = filteredCases(data, options).filter(
    (c) => isActiveIn(c, period) && !isUnusable(c, "mainDomains")
  );
  const questions = counted.reduce((sum, c) => sum + c.mainDomains.length, 0);
  return { value: questions, n: counted.length };
}

/**
 * Klachten: complaints with a date in the period; a complaint without a usable date does not
 * count. Complaints belong to no case: case filters do not apply (the registry gives no value
 * under a filter). Without a complaints table there is no value.
 *
 * @example
 * referenceComplaints(data, period, options) // { value: 2, n: 2 }
 */
export function referenceComplaints(data: ReferenceData, period: Period): KpiResult {
  if (data.complaints === undefined) return UNAVAILABLE;
  return countResult(data.complaints.filter((date) => isInPeriod(date, period)).length);
}
