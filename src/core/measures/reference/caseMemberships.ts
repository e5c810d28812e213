/**
 * The memberships of SPEC §4 for one case in one period, stated plainly over a
 * {@link CaseRecord}: registered, started, active, closed, open at the end, intake in the
 * period. A value that is present but unusable (listed in `invalid`) counts as unknown: a
 * membership that needs it does not hold.
 *
 * @module
 */
import type { Day, Period } from "../../types";
import type { CaseRecord, CheckedField } from "../caseRecords";

/** The date fields of a case. */
type DateField = "registeredOn" | "intakeOn" | "startedOn" | "closedOn";

/**
 * Whether a day lies in the period, both ends included ("in de periode").
 *
 * @param day - A day, or null for an empty or unusable date.
 * @param period - The period.
 * @returns True when period.start ≤ day ≤ period.end.
 * @example
 * isInPeriod(45300, { label: "Q1 2024", start: 45292, end: 45382 }) // true
 */
export function isInPeriod(day: Day | null, period: Period): boolean {
  return day !== null && period.start <= day && day <= period.end;
}

/**
 * Whether a field's value was present but unusable (an invalid date, a date after the
 * peildatum, an end date before the start …).
 *
 * @param c - The case.
 * @param field - The field.
 * @returns True when the value is unusable.
 * @example
 * isUnusable(c, "closedOn") // true for an end date before the start (CLOSED_BEFORE_START)
 */
export function isUnusable(c: CaseRecord, field: CheckedField): boolean {
  return c.invalid.has(field);
}

/**
 * A date of the case when it is usable: null when it is empty or unusable.
 *
 * @param c - The case.
 * @param field - The date field.
 * @returns The day or null.
 * @example
 * usableDate(c, "registeredOn") // 45300, or null
 */
export function usableDate(c: CaseRecord, field: DateField): Day | null {
  return isUnusable(c, field) ? null : c[field];
}

/**
 * The case's start when it is usable: the start date, or the registration date when the start
 * date is empty; an unusable start date is not replaced by the registration date.
 *
 * @param c - The case.
 * @returns The start or null.
 * @example
 * usableStart(c) // c.startedOn ?? c.registeredOn, when usable
 */
export function usableStart(c: CaseRecord): Day | null {
  return isUnusable(c, "start") ? null : c.start;
}

/**
 * Aangemeld: the registration date is usable and in the period.
 *
 * @param c - The case.
 * @param period - The period.
 * @returns True when registered in the period.
 * @example
 * data.cases.filter((c) => isRegisteredIn(c, period)).length // registrations
 */
export function isRegisteredIn(c: CaseRecord, period: Period): boolean {
  return isInPeriod(usableDate(c, "registeredOn"), period);
}

/**
 * Intake in the period: the intake date is usable and in the period.
 *
 * @param c - The case.
 * @param period - The period.
 * @returns True when the intake is in the period.
 * @example
 * data.cases.filter((c) => hasIntakeIn(c, period))
 */
export function hasIntakeIn(c: CaseRecord, period: Period): boolean {
  return isInPeriod(usableDate(c, "intakeOn"), period);
}

/**
 * Opgestart: the start is usable and in the period.
 *
 * @param c - The case.
 * @param period - The period.
 * @returns True when started in the period.
 * @example
 * data.cases.filter((c) => isStartedIn(c, period)).length // started
 */
export function isStartedIn(c: CaseRecord, period: Period): boolean {
  return isInPeriod(usableStart(c), period);
}

/**
 * Afgesloten: the end date is usable and in the period (whether or not the start is usable).
 *
 * @param c - The case.
 * @param period - The period.
 * @returns True when closed in the period.
 * @example
 * data.cases.filter((c) => isClosedIn(c, period)).length // closed
 */
export function isClosedIn(c: CaseRecord, period: Period): boolean {
  return isInPeriod(usableDate(c, "closedOn"), period);
}

/**
 * In behandeling: started on or before the period's last day and not closed before its first
 * day (an empty end date: not closed). A case without a usable start, or with an unusable end
 * date, is never active: it cannot be said whether it ran in the period.
 *
 * @param c - The case.
 * @param period - The period.
 * @returns True when active in the period.
 * @example
 * data.cases.filter((c) => isActiveIn(c, period)).length // active
 */
export function isActiveIn(c: CaseRecord, period: Period): boolean {
  const start = usableStart(c);
  if (start === null || start > period.end || isUnusable(c, "closedOn")) return false;
  return c.closedOn === null || c.closedOn >= period.start;
}

/**
 * Lopend per einddatum: started on or before the period's last day and not closed on or before
 * it. Unusable starts and end dates leave the case out, as for {@link isActiveIn}.
 *
 * @param c - The case.
 * @param period - The period.
 * @returns True when open at the period's end.
 * @example
 * data.cases.filter((c) => isOpenAtEndOf(c, period)).length // openAtEnd
 */
export function isOpenAtEndOf(c: CaseRecord, period: Period): boolean {
  const start = usableStart(c);
  if (start === null || start > period.end || isUnusable(c, "closedOn")) return false;
  return c.closedOn === null || c.closedOn > period.end;
}

/**
 * Op de aanmeldlijst (waiting): registered on or before the day, not started on it (no start
 * date, or one after the day: the registration date does not stand in for the start here) and
 * not closed on or before it. A case with an unusable registration, start or end date is never
 * waiting: it cannot be said whether it was.
 *
 * @param c - The case.
 * @param day - The day.
 * @returns True when the case waits on the day.
 * @example
 * data.cases.filter((c) => isWaitingOn(c, period.end)).length // waitingAtEnd
 */
export function isWaitingOn(c: CaseRecord, day: Day): boolean {
  if (isUnusable(c, "registeredOn") || isUnusable(c, "startedOn") || isUnusable(c, "closedOn"))
    return false;
  if (c.registeredOn === null || c.registeredOn > day) return false;
  const started = c.startedOn !== null && c.startedOn <= day;
  const closed = c.closedOn !== null && c.closedOn <= day;
  return !started && !closed;
}
