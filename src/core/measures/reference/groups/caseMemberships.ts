/**
 * The memberships of a case in a period (SPEC §4, docs/definities.md "Opgestart", "Behandeld",
 * "Afgesloten", "Gemiddelde wachttijd"), one small rule each, over {@link CaseRecord}s.
 *
 * @module
 */
import type { Day, Period } from "../../../types";
import type { CaseRecord } from "../../caseRecords";

/** Whether a day is in the period (both ends included). */
function isInPeriod(day: Day | null, period: Period): day is Day {
  return day !== null && day >= period.start && day <= period.end;
}

/**
 * The case's usable start: the start date, else the registration date. Null when neither is
 * usable, and when the start date is unusable (then the registration date does not stand in).
 *
 * @param c - The case.
 * @returns The start day or null.
 * @example
 * usableStart(caseRecord) // 45306
 */
export function usableStart(c: CaseRecord): Day | null {
  return c.invalid.has("start") || c.invalid.has("startedOn") ? null : c.start;
}

/**
 * The case's closedOn when it is usable; an unusable one (also one before the start,
 * CLOSED_BEFORE_START) makes the case's end unknown.
 *
 * @param c - The case.
 * @returns The day, or null when empty or unusable.
 * @example
 * usableClosedOn(caseRecord) // null for an open case
 */
export function usableClosedOn(c: CaseRecord): Day | null {
  return c.invalid.has("closedOn") ? null : c.closedOn;
}

/**
 * Opgestart: the case's usable start is in the period.
 *
 * @param c - The case.
 * @param period - The period.
 * @returns True when started in the period.
 * @example
 * isStartedIn(caseRecord, q1)
 */
export function isStartedIn(c: CaseRecord, period: Period): boolean {
  return isInPeriod(usableStart(c), period);
}

/**
 * Behandeld: started on or before the period's last day and not closed before its first day.
 * A case without a usable start, or with an unusable closedOn, is not counted: whether it ran
 * in the period cannot be said.
 *
 * @param c - The case.
 * @param period - The period.
 * @returns True when active in the period.
 * @example
 * isActiveIn(caseRecord, q1)
 */
export function isActiveIn(c: CaseRecord, period: Period): boolean {
  const start = usableStart(c);
  if (start === null || start > period.end || c.invalid.has("closedOn")) return false;
  return c.closedOn === null || c.closedOn >= period.start;
}

/**
 * Afgesloten: the case's usable closedOn is in the period (no start needed).
 *
 * @param c - The case.
 * @param period - The period.
 * @returns True when closed in the period.
 * @example
 * isClosedIn(caseRecord, q1)
 */
export function isClosedIn(c: CaseRecord, period: Period): boolean {
  return isInPeriod(usableClosedOn(c), period);
}

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
  const intake = c.invalid.has("intakeOn") ? null : c.intakeOn;
  const registered = c.invalid.has("registeredOn") ? null : c.registeredOn;
  if (!isInPeriod(intake, period) || registered === null) return null;
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
  const closed = usableClosedOn(c);
  if (start === null || !isInPeriod(closed, period)) return null;
  return closed - start;
}
