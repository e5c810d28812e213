import { civilFromDays, daysFromCivil } from "../dates/civil";
import { daysInMonth } from "../dates/daysInMonth";
import type { Period } from "../types";

/**
 * For every day of a period, that day minus `months` calendar months by the rule of
 * `subMonthsFromDay` (date-fns `subMonths`: the same day of the month, or the last day of a
 * shorter month), worked out a month at a time rather than a day at a time.
 *
 * @param period - The period.
 * @param months - Whole months, 0 or more.
 * @returns Per day (index day − period.start), the earlier day.
 * @example
 * gapThresholds(parsePeriod('aug 2024'), 6)[30] // 29 February 2024
 */
export function gapThresholds(period: Pick<Period, "start" | "end">, months: number): Float64Array {
  const thresholds = new Float64Array(Math.max(0, period.end - period.start + 1));
  let day = period.start;
  while (day <= period.end) {
    const { year, month, day: dayOfMonth } = civilFromDays(day);
    const monthIndex = year * 12 + (month - 1) - months;
    const targetYear = Math.floor(monthIndex / 12);
    const targetMonth = monthIndex - targetYear * 12 + 1;
    const targetLength = daysInMonth(targetYear, targetMonth);
    const targetFirst = daysFromCivil(targetYear, targetMonth, 1);
    const length = daysInMonth(year, month);
    for (let d = dayOfMonth; d <= length && day <= period.end; d++, day++)
      thresholds[day - period.start] = targetFirst + Math.min(d, targetLength) - 1;
  }
  return thresholds;
}
