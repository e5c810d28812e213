import type { Day } from "../types";
import { civilFromDays, daysFromCivil } from "./civil";
import { daysInMonth } from "./daysInMonth";

/**
 * Goes back `months` calendar months with the rule of date-fns `subMonths`: the same day
 * of the month, or the last day of the target month when that is shorter
 * (31 August − 6 months = 29 February 2024, 28 February 2023).
 *
 * Implemented with integer arithmetic rather than by calling `subMonths` on a Date:
 * it is called once per case in the recidive rule over a million rows, and it cannot be
 * affected by a time zone. A property test checks it against date-fns `subMonths`.
 *
 * @param day - A day number.
 * @param months - Whole months to subtract (negative adds; fractions are truncated, as
 *   `Date.prototype.setMonth` does in date-fns).
 * @returns The earlier day; `day` itself when it is empty or invalid; `NaN` when
 *   `months` is not a number.
 * @example
 * subMonthsFromDay(dayFromParts(2024, 8, 31), 6); // 29 February 2024
 */
export function subMonthsFromDay(day: Day, months: number): Day {
  if (!Number.isFinite(day)) return day;
  if (Number.isNaN(months)) return NaN;
  const whole = Math.trunc(months);
  if (whole === 0) return day;
  const { year, month, day: dayOfMonth } = civilFromDays(Math.floor(day));
  const monthIndex = year * 12 + (month - 1) - whole;
  const targetYear = Math.floor(monthIndex / 12);
  const targetMonth = monthIndex - targetYear * 12 + 1;
  const targetDay = Math.min(dayOfMonth, daysInMonth(targetYear, targetMonth));
  return daysFromCivil(targetYear, targetMonth, targetDay);
}
