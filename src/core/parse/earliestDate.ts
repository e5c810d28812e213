import { dayFromParts } from "../dates/dayFromParts";
import type { Day } from "../types";

/**
 * The default earliest acceptable date of a case event, meeting or complaint: 1 January
 * 1990. Registration systems write 1-1-1900 (or another old date) where a date is unknown;
 * such a date would count as a case running for a century. No welfare export holds real
 * events that old, so an earlier date is reported as a likely placeholder (EARLY_DATE).
 *
 * @example
 * DEFAULT_EARLIEST_DATE; //=> 32874 (1-1-1990)
 */
export const DEFAULT_EARLIEST_DATE: Day = dayFromParts(1990, 1, 1);

/**
 * The earliest acceptable date of a parse: the given day, the default when absent, and no
 * bound (`-Infinity`) for NaN or `-Infinity`.
 *
 * @param earliestDate - The `earliestDate` option.
 * @returns The bound to compare dates with.
 * @example
 * resolveEarliestDate(undefined); //=> 32874
 * resolveEarliestDate(NaN); //=> -Infinity
 */
export function resolveEarliestDate(earliestDate: Day | undefined): Day {
  if (earliestDate === undefined) return DEFAULT_EARLIEST_DATE;
  return Number.isNaN(earliestDate) ? -Infinity : earliestDate;
}
