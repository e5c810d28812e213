import type { Day } from "../types";
import { civilFromDays } from "./civil";
import { MS_PER_DAY, UNIX_EPOCH_DAY } from "./constants";

/**
 * A JavaScript Date at local midnight of a {@link Day}, for display and date-fns.
 *
 * @param day - A day number.
 * @returns A Date whose local year, month and day are those of `day`; an Invalid Date
 *   for an empty or invalid day.
 * @example
 * dayToDate(45292).getDate(); //=> 1 (1 January 2024, in every time zone)
 */
export function dayToDate(day: Day): Date {
  if (!Number.isFinite(day)) return new Date(NaN);
  const { year, month, day: dayOfMonth } = civilFromDays(Math.floor(day));
  const date = new Date(2000, 0, 1);
  date.setFullYear(year, month - 1, dayOfMonth);
  return date;
}

/**
 * A JavaScript Date at UTC midnight of a {@link Day}: what ExcelJS expects for a date cell.
 *
 * @param day - A day number.
 * @returns A Date whose UTC year, month and day are those of `day`; an Invalid Date for
 *   an empty or invalid day.
 * @example
 * dayToUtcDate(45292).toISOString(); //=> '2024-01-01T00:00:00.000Z'
 */
export function dayToUtcDate(day: Day): Date {
  if (!Number.isFinite(day)) return new Date(NaN);
  return new Date((Math.floor(day) - UNIX_EPOCH_DAY) * MS_PER_DAY);
}
