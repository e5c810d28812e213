import type { Day } from "../types";
import { civilFromDays } from "./civil";
import { INVALID_DAY } from "./constants";
import { dayFromParts } from "./dayFromParts";

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function pad2(value: number): string {
  return value < 10 ? `0${value}` : String(value);
}

/**
 * Formats a {@link Day} as an ISO date `yyyy-mm-dd` (for JSON and tests).
 *
 * @param day - A day number.
 * @returns The ISO date, or '' for an empty or invalid day.
 * @example
 * dayToIso(45292); //=> '2024-01-01'
 */
export function dayToIso(day: Day): string {
  if (!Number.isFinite(day)) return "";
  const { year, month, day: dayOfMonth } = civilFromDays(Math.floor(day));
  return `${String(year).padStart(4, "0")}-${pad2(month)}-${pad2(dayOfMonth)}`;
}

/**
 * Formats a {@link Day} the Dutch way without leading zeros: `d-m-yyyy`.
 *
 * @param day - A day number.
 * @returns E.g. '30-9-2024', or '' for an empty or invalid day.
 * @example
 * dayToText(45565); //=> '30-9-2024'
 */
export function dayToText(day: Day): string {
  if (!Number.isFinite(day)) return "";
  const { year, month, day: dayOfMonth } = civilFromDays(Math.floor(day));
  return `${dayOfMonth}-${month}-${year}`;
}

/**
 * Reads a strict ISO date `yyyy-mm-dd` (no time). For every other date form use `cellToDay`.
 *
 * @param text - The ISO date.
 * @returns The day, `NaN` for an empty text, `INVALID_DAY` for anything else.
 * @example
 * isoToDay('2024-09-30'); //=> 45565
 * isoToDay('30-9-2024'); //=> -Infinity
 */
export function isoToDay(text: string): Day {
  const trimmed = text.trim();
  if (trimmed === "") return NaN;
  const match = ISO_DATE.exec(trimmed);
  if (!match) return INVALID_DAY;
  return dayFromParts(Number(match[1]), Number(match[2]), Number(match[3]));
}
