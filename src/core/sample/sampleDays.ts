/**
 * Calendar arithmetic the sample generators need, on whole days (Excel serials).
 *
 * @module
 */
import { dayFromParts } from "../dates/dayFromParts";
import type { Day } from "../types";

/**
 * Day of the week (day 0, 1899-12-30, was a Saturday).
 *
 * @param day - a day number
 * @returns 0 = Sunday … 6 = Saturday
 *
 * @example
 * weekdayOf(45572); // 1 (Monday 7 October 2024)
 */
export function weekdayOf(day: Day): number {
  return (((day + 6) % 7) + 7) % 7;
}

/**
 * The day itself when it is a weekday, else the next Monday.
 *
 * @param day - a day number
 * @returns a Monday–Friday day number
 *
 * @example
 * nextWorkday(45570); // 45572 (Saturday 5 October 2024 → Monday 7 October)
 */
export function nextWorkday(day: Day): Day {
  const weekday = weekdayOf(day);
  if (weekday === 6) return day + 2;
  if (weekday === 0) return day + 1;
  return day;
}

/** The export date of the sample: Monday 7 October 2024. */
export const SAMPLE_EXPORT_DAY: Day = dayFromParts(2024, 10, 7);
/** First day of the sample's history. */
export const SAMPLE_FIRST_DAY: Day = dayFromParts(2021, 1, 4);
/** Last registration day: the Friday before the export. */
export const SAMPLE_LAST_DAY: Day = dayFromParts(2024, 10, 4);
