/**
 * @module
 */
import { dayFromParts, dayToParts } from "../dates/dayFromParts";
import { daysInMonth } from "../dates/daysInMonth";
import { monthsInPeriod } from "../periods/monthsInPeriod";
import { previousYearPeriod } from "../periods/previousYearPeriod";
import type { Period } from "../types";

/** Default number of years of a `years` series (N−2..N). */
export const DEFAULT_SERIES_YEARS = 3;

/**
 * The periods of a series of columns, oldest first:
 * - `quarters`: Q1 up to the quarter of the period's end, of the year of its end, each a whole
 *   quarter but the last, which ends where the period ends ("Q1 2024", "Q2 2024", "Q3 2024");
 * - `months`: the months of the period ("jan 2024" …);
 * - `years`: the period itself and the same range in each of the `count − 1` years before,
 *   labelled as the period is ("t/m Q3 2022", "t/m Q3 2023", "t/m Q3 2024").
 *
 * @param of - The kind of series.
 * @param period - The report's period.
 * @param count - The number of years of a `years` series.
 * @returns The periods.
 * @example
 * seriesPeriods("quarters", parsePeriod("t/m Q3 2024")).map((p) => p.label); //=> ["Q1 2024", "Q2 2024", "Q3 2024"]
 */
export function seriesPeriods(
  of: "quarters" | "months" | "years",
  period: Period,
  count: number = DEFAULT_SERIES_YEARS
): Period[] {
  switch (of) {
    case "months":
      return monthsInPeriod(period);
    case "years": {
      const periods = [period];
      while (periods.length < count) periods.unshift(previousYearPeriod(periods[0] as Period));
      return periods;
    }
    case "quarters": {
      const { year, month } = dayToParts(period.end);
      const last = Math.floor((month - 1) / 3) + 1;
      const quarters: Period[] = [];
      for (let q = 1; q <= last; q++) {
        const endMonth = q * 3;
        const start = dayFromParts(year, endMonth - 2, 1);
        const end =
          q === last ? period.end : dayFromParts(year, endMonth, daysInMonth(year, endMonth));
        quarters.push({ label: `Q${q} ${year}`, start: Math.max(start, period.start), end });
      }
      return quarters.filter((q) => q.start <= q.end);
    }
  }
}
