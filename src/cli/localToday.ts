/**
 * Today's date for the command line and the custom functions (the core never reads the clock).
 *
 * @module
 */
import { dayFromParts } from "../core";
import type { Day } from "../core";

/**
 * The calendar date of a moment in the machine's own time zone, as a day: the default export
 * date (`--peildatum`) of a report run, so that dates after today are reported as FUTURE_DATE.
 *
 * @param now - the moment (default: the clock)
 * @returns the local calendar date
 *
 * @example
 * localToday(new Date(2024, 9, 7, 23, 59)); // 45572 (7 October 2024)
 */
export function localToday(now: Date = new Date()): Day {
  return dayFromParts(now.getFullYear(), now.getMonth() + 1, now.getDate());
}
