/**
 * The day counts of one case that the group tables average (docs/definities.md "Gemiddelde
 * wachttijd", "Doorlooptijd afgesloten"), over {@link CaseRecord}s.
 *
 * @module
 */
import type { Period } from "../../../types";
import type { CaseRecord } from "../../caseRecords";
import { hasIntakeIn, isClosedIn, usableDate, usableStart } from "../caseMemberships";

/**
 * The wait in days of a case with its intake in the period (intakeOn − registeredOn), or null:
 * no usable intake date in the period, or no usable registration date. An intake before the
 * registration is an unusable intake date (INTAKE_BEFORE_REGISTRATION).
 *
 * @param c - The case.
 * @param period - The period.
 * @returns Days, or null when the case has no wait in the period.
 * @example
 * waitDaysIn(caseRecord, q1) // 12
 */
export function waitDaysIn(c: CaseRecord, period: Period): number | null {
  const intake = usableDate(c, "intakeOn");
  const registered = usableDate(c, "registeredOn");
  if (!hasIntakeIn(c, period) || intake === null || registered === null) return null;
  return intake - registered;
}

/**
 * Doorlooptijd afgesloten: the days from the usable start to the closedOn of a case closed in
 * the period, or null (not closed in the period, or no usable start).
 *
 * @param c - The case.
 * @param period - The period.
 * @returns Days, or null.
 * @example
 * closedDurationIn(caseRecord, q1) // 83
 */
export function closedDurationIn(c: CaseRecord, period: Period): number | null {
  const start = usableStart(c);
  const closed = usableDate(c, "closedOn");
  if (start === null || closed === null || !isClosedIn(c, period)) return null;
  return closed - start;
}
