import { dayFromParts, dayToParts } from "../dates/dayFromParts";
import { daysInMonth } from "../dates/daysInMonth";
import type { Day, Period } from "../types";
import type { PeriodSpec } from "./periodSpec";
import { specToPeriod } from "./periodSpec";
import { readPeriodSpec } from "./readPeriodSpec";

/**
 * The same calendar date one year earlier. A last day of a month maps to the last day
 * of that month a year earlier (29-2-2024 → 28-2-2023, 28-2-2025 → 29-2-2024), so a
 * month-end range stays a month-end range; other days keep their day of the month.
 */
function shiftDayOneYear(day: Day, keepMonthEnd: boolean): Day {
  const { year, month, day: dayOfMonth } = dayToParts(day);
  const lastDay = daysInMonth(year, month);
  const previousLast = daysInMonth(year - 1, month);
  if (keepMonthEnd && dayOfMonth === lastDay) return dayFromParts(year - 1, month, previousLast);
  return dayFromParts(year - 1, month, Math.min(dayOfMonth, previousLast));
}

function shiftSpec(spec: PeriodSpec, period: Period): PeriodSpec {
  if (spec.kind === "range") {
    return {
      kind: "range",
      start: shiftDayOneYear(period.start, false),
      end: shiftDayOneYear(period.end, true),
    };
  }
  return { ...spec, year: spec.year - 1 };
}

/**
 * The comparison period of SPEC §3: the same range one year earlier, with a label of
 * the same form ("t/m Q3 2024" → "t/m Q3 2023", "januari 2024" → "januari 2023",
 * "1-3-2024 t/m 29-2-2025" → "1-3-2023 t/m 29-2-2024").
 *
 * The start keeps its day of the month (29 February → 28 February); an end on the last
 * day of a month moves to the last day of that month a year earlier, so February 2025
 * (1–28 Feb) compares with 1–29 February 2024. When the label is not a period text
 * (a period built by hand), the label becomes the date range `d-m-yyyy t/m d-m-yyyy`.
 *
 * @param period - The current period.
 * @returns The previous-year period; its start and end are `INVALID_DAY` only when the
 *   period lies before 1901.
 * @example
 * previousYearPeriod(parsePeriod('t/m Q3 2024')); //=> { label: 't/m Q3 2023', start: 44927, end: 45199 }
 */
export function previousYearPeriod(period: Period): Period {
  const read = readPeriodSpec(period.label);
  if (read.ok) {
    const own = specToPeriod(read.spec);
    if (own.start === period.start && own.end === period.end)
      return specToPeriod(shiftSpec(read.spec, period));
  }
  return specToPeriod(shiftSpec({ kind: "range", start: period.start, end: period.end }, period));
}
