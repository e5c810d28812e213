/**
 * Integer conversions between calendar dates and day numbers (H. Hinnant's
 * days-from-civil / civil-from-days), with no Date object and therefore no time zone.
 *
 * @module
 */
import type { Day } from "../types";
import { UNIX_EPOCH_DAY } from "./constants";

/**
 * Day number of a calendar date, without validation (month and day must be in range).
 *
 * @param year - Full year.
 * @param month - Month 1–12.
 * @param day - Day of the month 1–31.
 * @returns Days since 1899-12-30 (may be negative before that date).
 * @example
 * daysFromCivil(2024, 1, 1); //=> 45292
 */
export function daysFromCivil(year: number, month: number, day: number): Day {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra =
    yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468 + UNIX_EPOCH_DAY;
}

/** Year, month (1–12) and day of the month of a {@link Day}. */
export interface DayParts {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

/**
 * Calendar date of a finite, whole day number, without validation.
 *
 * @param dayNumber - Days since 1899-12-30.
 * @returns The year, month and day.
 * @example
 * civilFromDays(45292); //=> { year: 2024, month: 1, day: 1 }
 */
export function civilFromDays(dayNumber: Day): DayParts {
  const z = dayNumber - UNIX_EPOCH_DAY + 719468;
  const era = Math.floor(z / 146097);
  const dayOfEra = z - era * 146097;
  const yearOfEra = Math.floor(
    (dayOfEra -
      Math.floor(dayOfEra / 1460) +
      Math.floor(dayOfEra / 36524) -
      Math.floor(dayOfEra / 146096)) /
      365
  );
  const dayOfYear =
    dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const mp = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  return { year, month, day };
}
