import type { Day } from "../types";
import { civilFromDays, daysFromCivil } from "./civil";
import type { DayParts } from "./civil";
import { INVALID_DAY } from "./constants";
import { daysInMonth } from "./daysInMonth";

export type { DayParts };

/**
 * The {@link Day} of a calendar date. Pure integer arithmetic: no Date, no time zone.
 *
 * @param year - Full year, 1900–9999.
 * @param month - Month 1–12.
 * @param day - Day of the month.
 * @returns The day number, or `INVALID_DAY` for an impossible date (31 February,
 *   month 13, a year outside 1900–9999, fractions).
 * @example
 * dayFromParts(2024, 9, 30); //=> 45565
 * dayFromParts(2024, 2, 31); //=> -Infinity
 */
export function dayFromParts(year: number, month: number, day: number): Day {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day))
    return INVALID_DAY;
  if (year < 1900 || year > 9999 || month < 1 || month > 12 || day < 1) return INVALID_DAY;
  if (day > daysInMonth(year, month)) return INVALID_DAY;
  return daysFromCivil(year, month, day);
}

/**
 * The calendar date of a {@link Day}.
 *
 * @param day - A day number.
 * @returns Year, month (1–12) and day; all `NaN` when the day is empty or invalid.
 * @example
 * dayToParts(45565); //=> { year: 2024, month: 9, day: 30 }
 */
export function dayToParts(day: Day): DayParts {
  if (!Number.isFinite(day)) return { year: NaN, month: NaN, day: NaN };
  return civilFromDays(Math.floor(day));
}
