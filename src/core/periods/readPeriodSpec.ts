import { INVALID_DAY } from "../dates/constants";
import { dayFromParts, dayToParts } from "../dates/dayFromParts";
import { monthFromDutchName } from "../dates/dutchMonths";
import { parseDateText } from "../dates/parseDateText";
import type { PeriodSpec } from "./periodSpec";

const TO_DATE_PREFIX = /^(?:t\s*\/\s*m|t\.\s*m\.?|tm|tot\s+en\s+met)(?=[\s\dqhkj])\s*(.+)$/;
const RANGE = /^(.+?)\s*(?:\.\.|\s(?:t\s*\/\s*m|tm|t\.m\.|tot\s+en\s+met|tot)\s|\s[-–—]\s)\s*(.+)$/;
const YEAR = /^(?:jaar\s*)?(\d{4})$/;
const QUARTER = [
  /^(?:q|kw|kwartaal)\s*-?\s*([1-4])\s*[-/ ]?\s*(\d{4})$/,
  /^([1-4])e?\s*kwartaal\s*(\d{4})$/,
];
const QUARTER_YEAR_FIRST = /^(\d{4})\s*[-/ ]?\s*(?:q|kw|kwartaal)\s*-?\s*([1-4])$/;
const HALF = [
  /^(?:h|hj|halfjaar)\s*-?\s*([12])\s*[-/ ]?\s*(\d{4})$/,
  /^([12])e?\s*halfjaar\s*(\d{4})$/,
];
const HALF_YEAR_FIRST = /^(\d{4})\s*[-/ ]?\s*(?:h|hj)\s*([12])$/;
const MONTH_NAME = /^([a-z]+)\.?\s*[-/ ]?\s*(\d{4})$/;
const MONTH_YEAR_FIRST = /^(\d{4})-(\d{1,2})$/;
const MONTH_NUMBER = /^(\d{1,2})[-/](\d{4})$/;

function isYear(year: number): boolean {
  return year >= 1900 && year <= 9999;
}

type Unit = "half" | "quarter" | "month";

function unitSpec(kind: Unit, year: number, index: number, toDate: boolean): PeriodSpec | null {
  const max = kind === "half" ? 2 : kind === "quarter" ? 4 : 12;
  if (!isYear(year) || index < 1 || index > max) return null;
  return { kind, year, index, toDate };
}

/** Reads the calendar forms: year, half year, quarter, month. */
function readCalendarSpec(text: string, toDate: boolean): PeriodSpec | null {
  let match = YEAR.exec(text);
  if (match) {
    const year = Number(match[1]);
    return isYear(year) ? { kind: "year", year } : null;
  }
  for (const pattern of QUARTER) {
    match = pattern.exec(text);
    if (match) return unitSpec("quarter", Number(match[2]), Number(match[1]), toDate);
  }
  match = QUARTER_YEAR_FIRST.exec(text);
  if (match) return unitSpec("quarter", Number(match[1]), Number(match[2]), toDate);
  for (const pattern of HALF) {
    match = pattern.exec(text);
    if (match) return unitSpec("half", Number(match[2]), Number(match[1]), toDate);
  }
  match = HALF_YEAR_FIRST.exec(text);
  if (match) return unitSpec("half", Number(match[1]), Number(match[2]), toDate);
  match = MONTH_NAME.exec(text);
  if (match) {
    const month = monthFromDutchName(match[1] ?? "");
    return month === 0 ? null : unitSpec("month", Number(match[2]), month, toDate);
  }
  match = MONTH_YEAR_FIRST.exec(text);
  if (match) return unitSpec("month", Number(match[1]), Number(match[2]), toDate);
  match = MONTH_NUMBER.exec(text);
  if (match) return unitSpec("month", Number(match[2]), Number(match[1]), toDate);
  return null;
}

/** Result of reading a period text: a spec, or why it is not one. */
export type PeriodReadResult =
  | { readonly ok: true; readonly spec: PeriodSpec }
  | { readonly ok: false; readonly reason: "unknown" | "reversed" };

/**
 * Reads a period text into a {@link PeriodSpec}. See `parsePeriod` for the accepted forms.
 *
 * @param text - The period text.
 * @returns The spec, or a reason it is not a period.
 * @example
 * readPeriodSpec('kwartaal 3 2024'); //=> { ok: true, spec: { kind: 'quarter', year: 2024, index: 3, toDate: false } }
 */
export function readPeriodSpec(text: string): PeriodReadResult {
  const normalised = text
    .toLowerCase()
    .replace(/[\u2013\u2014]/g, "-")
    .replace(/\s+/g, " ")
    .trim();
  const range = RANGE.exec(normalised);
  if (range) {
    const start = parseDateText(range[1] ?? "");
    const end = parseDateText(range[2] ?? "");
    if (start !== INVALID_DAY && end !== INVALID_DAY) {
      return start <= end
        ? { ok: true, spec: { kind: "range", start, end } }
        : { ok: false, reason: "reversed" };
    }
  }
  const toDate = TO_DATE_PREFIX.exec(normalised);
  if (toDate) {
    const inner = toDate[1] ?? "";
    const end = parseDateText(inner);
    if (end !== INVALID_DAY) {
      // "t/m 30-9-2024": from 1 January of that year up to the date.
      const { year } = dayToParts(end);
      const start = dayFromParts(year, 1, 1);
      if (start !== INVALID_DAY && start <= end)
        return { ok: true, spec: { kind: "range", start, end } };
    }
    const spec = readCalendarSpec(inner, true);
    return spec ? { ok: true, spec } : { ok: false, reason: "unknown" };
  }
  const spec = readCalendarSpec(normalised, false);
  return spec ? { ok: true, spec } : { ok: false, reason: "unknown" };
}
