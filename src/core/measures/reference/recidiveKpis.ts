/**
 * Reference computations of the KPIs built on the recidive rule (SPEC §4–§5).
 *
 * @module
 */
import { countResult, ratioResult, type KpiResult } from "../../kpis/kpiResult";
import type { Period } from "../../types";
import type { CaseRecord } from "../caseRecords";
import type { ReferenceData } from "../referenceData";
import { isInPeriod } from "./caseMemberships";
import { filteredCases } from "./countKpis";
import { judgeRecidive, recidiveStart, type RecidiveVerdict } from "./recidiveCases";
import type { ReferenceOptions } from "./referenceOptions";

/** A case started in the period, with the recidive rule's verdict on it. */
export interface JudgedCase {
  readonly case: CaseRecord;
  readonly verdict: RecidiveVerdict;
}

/**
 * SPEC §5 step 1 and the verdict: the cases that pass the filters and whose recidive start
 * (by the start field) is in the period, each with its verdict.
 *
 * @param data - The data.
 * @param period - The period.
 * @param options - Filters and recidive options.
 * @returns The judged cases, in table order.
 * @example
 * recidiveStartsIn(data, period, options).filter((j) => j.verdict.isRecidive).length // recidive
 */
export function recidiveStartsIn(
  data: ReferenceData,
  period: Period,
  options: ReferenceOptions
): JudgedCase[] {
  return filteredCases(data, options)
    .filter((c) => isInPeriod(recidiveStart(c, options.recidive.startField), period))
    .map((c) => ({ case: c, verdict: judgeRecidive(c, data.cases, options.recidive) }));
}

/**
 * Aantal recidive trajecten: the cases started in the period that are recidive (SPEC §5).
 *
 * @param data - The data.
 * @param period - The period.
 * @param options - Filters and recidive options.
 * @returns The count.
 * @example
 * referenceRecidive(data, period, options) // { value: 3, n: 3 }
 */
export function referenceRecidive(
  data: ReferenceData,
  period: Period,
  options: ReferenceOptions
): KpiResult {
  return countResult(
    recidiveStartsIn(data, period, options).filter((j) => j.verdict.isRecidive).length
  );
}

/**
 * Percentage recidive: recidive cases as a share of the cases started in the period (by the
 * same start field and filter); cases without a client number are in the base.
 *
 * @param data - The data.
 * @param period - The period.
 * @param options - Filters and recidive options.
 * @returns The share.
 * @example
 * referenceRecidivePct(data, period, options) // { value: 0.1, n: 30 }
 */
export function referenceRecidivePct(
  data: ReferenceData,
  period: Period,
  options: ReferenceOptions
): KpiResult {
  const started = recidiveStartsIn(data, period, options);
  return ratioResult(started.filter((j) => j.verdict.isRecidive).length, started.length);
}

/**
 * Aantal recidivisten: distinct clients of the recidive cases.
 *
 * @param data - The data.
 * @param period - The period.
 * @param options - Filters and recidive options.
 * @returns The count.
 * @example
 * referenceRecidivists(data, period, options) // { value: 2, n: 2 }
 */
export function referenceRecidivists(
  data: ReferenceData,
  period: Period,
  options: ReferenceOptions
): KpiResult {
  const clients = recidiveStartsIn(data, period, options)
    .filter((j) => j.verdict.isRecidive)
    .map((j) => j.case.clientId);
  return countResult(new Set(clients).size);
}

/**
 * Percentage nieuwe cliënten: of the cases started in the period (by the recidive start field)
 * with a usable client number, the share whose client had no earlier case.
 *
 * @param data - The data.
 * @param period - The period.
 * @param options - Filters and recidive options (the start field).
 * @returns The share.
 * @example
 * referenceNewClientPct(data, period, options) // { value: 0.7, n: 20 }
 */
export function referenceNewClientPct(
  data: ReferenceData,
  period: Period,
  options: ReferenceOptions
): KpiResult {
  const withClient = recidiveStartsIn(data, period, options).filter(
    (j) => j.verdict.standing !== "noClient"
  );
  return ratioResult(
    withClient.filter((j) => j.verdict.standing === "new").length,
    withClient.length
  );
}

/**
 * The cases started in the period that pass SPEC §5 steps 2–4 (whatever `sameDomain` says) and
 * a further test of their verdict: the recidive breakdown's rows as KPIs.
 */
function countReturning(
  data: ReferenceData,
  period: Period,
  options: ReferenceOptions,
  test: (verdict: RecidiveVerdict) => boolean
): KpiResult {
  return countResult(
    recidiveStartsIn(data, period, options).filter(
      (j) => j.verdict.standing === "returning" && test(j.verdict)
    ).length
  );
}

/**
 * Aantal recidive trajecten, elk hoofddomein: the cases started in the period that pass steps
 * 2–4, whatever their main domains.
 *
 * @param data - The data.
 * @param period - The period.
 * @param options - Filters and recidive options (`sameDomain` is not read).
 * @returns The count.
 * @example
 * referenceRecidiveAnyDomain(data, period, options) // { value: 4, n: 4 }
 */
export function referenceRecidiveAnyDomain(
  data: ReferenceData,
  period: Period,
  options: ReferenceOptions
): KpiResult {
  return countReturning(data, period, options, () => true);
}

/**
 * Aantal recidivisten, elk hoofddomein: the distinct clients of the cases of
 * {@link referenceRecidiveAnyDomain} (a client who returns after the minimum gap, whatever the
 * main domains).
 *
 * @param data - The data.
 * @param period - The period.
 * @param options - Filters and recidive options (`sameDomain` is not read).
 * @returns The count.
 * @example
 * referenceRecidivistsAnyDomain(data, period, options) // { value: 3, n: 3 }
 */
export function referenceRecidivistsAnyDomain(
  data: ReferenceData,
  period: Period,
  options: ReferenceOptions
): KpiResult {
  const clients = recidiveStartsIn(data, period, options)
    .filter((j) => j.verdict.standing === "returning")
    .map((j) => j.case.clientId);
  return countResult(new Set(clients).size);
}

/**
 * Recidive trajecten met meerdere voorgaande casussen: of those of
 * {@link referenceRecidiveAnyDomain}, the cases whose client had two or more earlier cases.
 *
 * @param data - The data.
 * @param period - The period.
 * @param options - Filters and recidive options (`sameDomain` is not read).
 * @returns The count.
 * @example
 * referenceRecidiveSeveralEarlier(data, period, options) // { value: 2, n: 2 }
 */
export function referenceRecidiveSeveralEarlier(
  data: ReferenceData,
  period: Period,
  options: ReferenceOptions
): KpiResult {
  return countReturning(data, period, options, (v) => v.earlierCases >= 2);
}

/**
 * Recidive trajecten met een gelijke vraag: of those of {@link referenceRecidiveAnyDomain}, the
 * cases sharing a main domain with the previous case.
 *
 * @param data - The data.
 * @param period - The period.
 * @param options - Filters and recidive options (`sameDomain` is not read).
 * @returns The count.
 * @example
 * referenceRecidiveSameQuestion(data, period, options) // { value: 3, n: 3 }
 */
export function referenceRecidiveSameQuestion(
  data: ReferenceData,
  period: Period,
  options: ReferenceOptions
): KpiResult {
  return countReturning(data, period, options, (v) => v.sharesDomain);
}

/**
 * Recidive trajecten met alleen nieuwe vragen: of those of {@link referenceRecidiveAnyDomain},
 * the cases sharing no main domain with the previous case (or with unusable main domains).
 *
 * @param data - The data.
 * @param period - The period.
 * @param options - Filters and recidive options (`sameDomain` is not read).
 * @returns The count.
 * @example
 * referenceRecidiveNewQuestions(data, period, options) // { value: 1, n: 1 }
 */
export function referenceRecidiveNewQuestions(
  data: ReferenceData,
  period: Period,
  options: ReferenceOptions
): KpiResult {
  return countReturning(data, period, options, (v) => !v.sharesDomain);
}
