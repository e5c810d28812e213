import { dayFromParts, dayToParts } from "../dates/dayFromParts";
import { daysInMonth } from "../dates/daysInMonth";
import { isValidDay } from "../dates/isValidDay";
import { DUTCH_MONTH_ABBREVIATIONS } from "../dates/dutchMonths";
import type { Day, Period } from "../types";

/** One calendar month of a period, clipped to the period. */
export interface PeriodMonth {
  /** Dutch short label, e.g. "jan 2024". */
  readonly label: string;
  readonly start: Day;
  readonly end: Day;
}

/**
 * The calendar months a period touches, in order, each clipped to the period (for the
 * "Per maand" table).
 *
 * @param period - The period.
 * @returns One entry per month; empty when the period is empty or invalid.
 * @example
 * monthsInPeriod(parsePeriod('1-1-2024 t/m 15-2-2024')).map((m) => m.label); //=> ['jan 2024', 'feb 2024']
 */
export function monthsInPeriod(period: Period): PeriodMonth[] {
  if (!isValidDay(period.start) || !isValidDay(period.end) || period.start > period.end) return [];
  const first = dayToParts(period.start);
  const last = dayToParts(period.end);
  const months: PeriodMonth[] = [];
  for (
    let index = first.year * 12 + first.month - 1;
    index <= last.year * 12 + last.month - 1;
    index++
  ) {
    const year = Math.floor(index / 12);
    const month = index - year * 12 + 1;
    const start = dayFromParts(year, month, 1);
    const end = dayFromParts(year, month, daysInMonth(year, month));
    months.push({
      label: `${DUTCH_MONTH_ABBREVIATIONS[month - 1] ?? ""} ${year}`,
      start: Math.max(start, period.start),
      end: Math.min(end, period.end),
    });
  }
  return months;
}
