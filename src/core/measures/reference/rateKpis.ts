/**
 * Reference computations of the KPIs that are a share (SPEC §4): a fraction from 0 to 1, null
 * when the base is empty.
 *
 * @module
 */
import { isSelfReferral } from "../../kpis/isSelfReferral";
import { ratioResult, type KpiResult } from "../../kpis/kpiResult";
import type { Period } from "../../types";
import type { ReferenceData } from "../referenceData";
import { isClosedIn, isStartedIn, isUnusable } from "./caseMemberships";
import { filteredCases } from "./countKpis";
import type { ReferenceOptions } from "./referenceOptions";

/**
 * Percentage zelfmelders: of the cases started in the period with a usable referrer, the share
 * whose referrer is a self-referral (zelfmelder, eigen initiatief, zelf). Cases without a
 * (usable) referrer are not in the base: their referrer is unknown.
 *
 * @param data - The data.
 * @param period - The period.
 * @param options - Filters.
 * @returns The share.
 * @example
 * referenceSelfReferralPct(data, period, options) // { value: 0.25, n: 8 }
 */
export function referenceSelfReferralPct(
  data: ReferenceData,
  period: Period,
  options: ReferenceOptions
): KpiResult {
  const referrers = filteredCases(data, options)
    .filter((c) => isStartedIn(c, period) && !isUnusable(c, "referrer"))
    .map((c) => c.referrer)
    .filter((referrer) => referrer !== null);
  return ratioResult(referrers.filter(isSelfReferral).length, referrers.length);
}

/**
 * Kan zelfstandig verder: of the cases closed in the period with a usable yes/no answer, the
 * share answered yes.
 *
 * @param data - The data.
 * @param period - The period.
 * @param options - Filters.
 * @returns The share.
 * @example
 * referenceCanContinueAlonePct(data, period, options) // { value: 0.8, n: 5 }
 */
export function referenceCanContinueAlonePct(
  data: ReferenceData,
  period: Period,
  options: ReferenceOptions
): KpiResult {
  const answers = filteredCases(data, options)
    .filter((c) => isClosedIn(c, period) && !isUnusable(c, "canContinueAlone"))
    .map((c) => c.canContinueAlone)
    .filter((answer) => answer !== null);
  return ratioResult(answers.filter((answer) => answer).length, answers.length);
}

/**
 * Doelscore behaald: over the (case, main domain) pairs of the cases closed in the period, the
 * share whose end score reached the goal score. A pair counts when a ZRM row of that case and
 * that domain has both a goal score and an end score (usable: 1–5); the first such row in the
 * ZRM table counts, later ones for the same pair do not. ZRM rows of unknown cases or of a
 * domain that is not one of the case's main domains do not count, nor do cases with an unusable
 * main-domain cell. Without a ZRM table there is no value.
 *
 * @param data - The data.
 * @param period - The period.
 * @param options - Filters.
 * @returns The share.
 * @example
 * referenceGoalReachedPct(data, period, options) // { value: 0.6, n: 10 }
 */
export function referenceGoalReachedPct(
  data: ReferenceData,
  period: Period,
  options: ReferenceOptions
): KpiResult {
  if (data.zrm === undefined) return { value: null, n: 0 };
  const counted = new Set(
    filteredCases(data, options)
      .filter((c) => isClosedIn(c, period) && !isUnusable(c, "mainDomains"))
      .map((c) => c.index)
  );
  const pairsSeen = new Set<string>();
  let reached = 0;
  for (const row of data.zrm) {
    const c = data.cases[row.caseIndex];
    if (c === undefined || !counted.has(c.index) || !c.mainDomains.includes(row.domain)) continue;
    if (row.goalScore === null || row.endScore === null) continue;
    const pair = `${c.index}|${row.domain}`;
    if (pairsSeen.has(pair)) continue;
    pairsSeen.add(pair);
    if (row.endScore >= row.goalScore) reached++;
  }
  return ratioResult(reached, pairsSeen.size);
}

/**
 * Meer dan 5 contactmomenten: of the cases closed in the period with a usable number of contact
 * moments, the share with more than 5. Cases without a (usable) number are not in the base.
 *
 * @param data - The data.
 * @param period - The period.
 * @param options - Filters.
 * @returns The share.
 * @example
 * referenceOverFiveContactsPct(data, period, options) // { value: 0.5, n: 4 }
 */
export function referenceOverFiveContactsPct(
  data: ReferenceData,
  period: Period,
  options: ReferenceOptions
): KpiResult {
  const contacts = filteredCases(data, options)
    .filter((c) => isClosedIn(c, period) && !isUnusable(c, "contacts"))
    .map((c) => c.contacts)
    .filter((n) => n !== null);
  return ratioResult(contacts.filter((n) => n > 5).length, contacts.length);
}

/**
 * Percentage onvoldoende: of the cases closed in the period with a usable rating, the share
 * rated below 6 (5,5 is onvoldoende, 6 is voldoende). Cases without a (usable) rating are not in
 * the base.
 *
 * @param data - The data.
 * @param period - The period.
 * @param options - Filters.
 * @returns The share.
 * @example
 * referenceInsufficientRatingPct(data, period, options) // { value: 0.1, n: 20 }
 */
export function referenceInsufficientRatingPct(
  data: ReferenceData,
  period: Period,
  options: ReferenceOptions
): KpiResult {
  const ratings = filteredCases(data, options)
    .filter((c) => isClosedIn(c, period) && !isUnusable(c, "rating"))
    .map((c) => c.rating)
    .filter((rating) => rating !== null);
  return ratioResult(ratings.filter((rating) => rating < 6).length, ratings.length);
}

/**
 * Zonder doorverwijzing: of the cases closed in the period, the share with an empty
 * "Doorverwezen naar". A case with an unusable cell there (an Excel error value) is not in the
 * base: whether it was referred is unknown.
 *
 * @param data - The data.
 * @param period - The period.
 * @param options - Filters.
 * @returns The share.
 * @example
 * referenceWithoutReferralPct(data, period, options) // { value: 0.73, n: 100 }
 */
export function referenceWithoutReferralPct(
  data: ReferenceData,
  period: Period,
  options: ReferenceOptions
): KpiResult {
  const closed = filteredCases(data, options).filter(
    (c) => isClosedIn(c, period) && !isUnusable(c, "referredTo")
  );
  return ratioResult(closed.filter((c) => c.referredTo === null).length, closed.length);
}
