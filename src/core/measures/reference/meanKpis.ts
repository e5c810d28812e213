/**
 * Reference computations of the KPIs that are a mean over cases (SPEC §4): null, not 0, when no
 * case qualifies.
 *
 * @module
 */
import { type KpiResult } from "../../kpis/kpiResult";
import type { Period } from "../../types";
import type { ReferenceData } from "../referenceData";
import {
  hasIntakeIn,
  isActiveIn,
  isClosedIn,
  isUnusable,
  usableDate,
  usableStart,
} from "./caseMemberships";
import { filteredCases } from "./countKpis";
import type { ReferenceOptions } from "./referenceOptions";

/**
 * The mean of some values, added in the order given, with n their number; null when there are
 * none.
 *
 * @param values - The values.
 * @returns The mean and n.
 * @example
 * meanOf([10, 20, 33]) // { value: 21, n: 3 }
 */
export function meanOf(values: readonly number[]): KpiResult {
  const sum = values.reduce((total, value) => total + value, 0);
  return { value: values.length === 0 ? null : sum / values.length, n: values.length };
}

/**
 * Gemiddelde wachttijd: the mean number of days from registration to intake over the cases with
 * an intake in the period. Cases without a usable registration or intake date do not count (an
 * intake before the registration is an unusable intake date).
 *
 * @param data - The data.
 * @param period - The period.
 * @param options - Filters.
 * @returns The mean in days.
 * @example
 * referenceMeanWaitDays(data, period, options) // { value: 15.5, n: 4 }
 */
export function referenceMeanWaitDays(
  data: ReferenceData,
  period: Period,
  options: ReferenceOptions
): KpiResult {
  const waits: number[] = [];
  for (const c of filteredCases(data, options)) {
    const registered = usableDate(c, "registeredOn");
    if (hasIntakeIn(c, period) && registered !== null)
      waits.push((c.intakeOn as number) - registered);
  }
  return meanOf(waits);
}

/**
 * Doorlooptijd afgesloten: the mean number of days from start to end over the cases closed in
 * the period. Closed cases without a usable start do not count.
 *
 * @param data - The data.
 * @param period - The period.
 * @param options - Filters.
 * @returns The mean in days.
 * @example
 * referenceMeanDurationClosed(data, period, options) // { value: 120.25, n: 4 }
 */
export function referenceMeanDurationClosed(
  data: ReferenceData,
  period: Period,
  options: ReferenceOptions
): KpiResult {
  const durations: number[] = [];
  for (const c of filteredCases(data, options)) {
    const start = usableStart(c);
    if (isClosedIn(c, period) && start !== null) durations.push((c.closedOn as number) - start);
  }
  return meanOf(durations);
}

/**
 * Doorlooptijd behandeld: the mean number of days from start to end over the cases active in
 * the period, a case still open at the period's end counting up to that day.
 *
 * @param data - The data.
 * @param period - The period.
 * @param options - Filters.
 * @returns The mean in days.
 * @example
 * referenceMeanDurationActive(data, period, options) // { value: 201.5, n: 30 }
 */
export function referenceMeanDurationActive(
  data: ReferenceData,
  period: Period,
  options: ReferenceOptions
): KpiResult {
  const durations = filteredCases(data, options)
    .filter((c) => isActiveIn(c, period))
    .map((c) => Math.min(c.closedOn ?? period.end, period.end) - (usableStart(c) as number));
  return meanOf(durations);
}

/**
 * Gemiddeld klantoordeel: the mean rating over the cases closed in the period that have a
 * usable rating (a number from 1 to 10).
 *
 * @param data - The data.
 * @param period - The period.
 * @param options - Filters.
 * @returns The mean rating.
 * @example
 * referenceMeanRating(data, period, options) // { value: 7.5, n: 6 }
 */
export function referenceMeanRating(
  data: ReferenceData,
  period: Period,
  options: ReferenceOptions
): KpiResult {
  const ratings: number[] = [];
  for (const c of filteredCases(data, options))
    if (isClosedIn(c, period) && c.rating !== null && !isUnusable(c, "rating"))
      ratings.push(c.rating);
  return meanOf(ratings);
}

/**
 * Gemiddeld aantal contactmomenten: the mean number of contact moments over the cases closed in
 * the period that have a usable number (a whole number of 0 or more).
 *
 * @param data - The data.
 * @param period - The period.
 * @param options - Filters.
 * @returns The mean number of contact moments.
 * @example
 * referenceMeanContacts(data, period, options) // { value: 13, n: 4 }
 */
export function referenceMeanContacts(
  data: ReferenceData,
  period: Period,
  options: ReferenceOptions
): KpiResult {
  const contacts: number[] = [];
  for (const c of filteredCases(data, options))
    if (isClosedIn(c, period) && c.contacts !== null && !isUnusable(c, "contacts"))
      contacts.push(c.contacts);
  return meanOf(contacts);
}
