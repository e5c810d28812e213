/**
 * Reference computations of the waiting list (De Badde's aanmeldlijst): the cases registered
 * but not yet started on a day.
 *
 * @module
 */
import { countResult, type KpiResult } from "../../kpis/kpiResult";
import { monthsInPeriod } from "../../periods/monthsInPeriod";
import type { Day, Period } from "../../types";
import type { ReferenceData } from "../referenceData";
import { isWaitingOn } from "./caseMemberships";
import { filteredCases } from "./countKpis";
import type { ReferenceOptions } from "./referenceOptions";

/** The number of the (filtered) cases waiting on a day. */
function waitingOn(data: ReferenceData, day: Day, options: ReferenceOptions): number {
  return filteredCases(data, options).filter((c) => isWaitingOn(c, day)).length;
}

/**
 * Wachtend per einddatum: the cases waiting on the period's last day.
 *
 * @param data - The data.
 * @param period - The period.
 * @param options - Filters.
 * @returns The count.
 * @example
 * referenceWaitingAtEnd(data, period, options) // { value: 14, n: 14 }
 */
export function referenceWaitingAtEnd(
  data: ReferenceData,
  period: Period,
  options: ReferenceOptions
): KpiResult {
  return countResult(waitingOn(data, period.end, options));
}

/**
 * Aanmeldlijst: the mean over the calendar months of the period of the number of cases waiting
 * at the month's end; a month that ends after the period's end counts at the period's end (and
 * one that starts before its start is the period's part of it). n is the monthly numbers added
 * up; a period without months (an invalid one) has no value.
 *
 * @param data - The data.
 * @param period - The period.
 * @param options - Filters.
 * @returns The mean number waiting.
 * @example
 * referenceWaitingList(data, q3, options) // { value: 12 + 1 / 3, n: 37 } for 11, 12 and 14 waiting
 */
export function referenceWaitingList(
  data: ReferenceData,
  period: Period,
  options: ReferenceOptions
): KpiResult {
  const counts = monthsInPeriod(period).map((month) => waitingOn(data, month.end, options));
  const total = counts.reduce((sum, n) => sum + n, 0);
  return { value: counts.length === 0 ? null : total / counts.length, n: total };
}
