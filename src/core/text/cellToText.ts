import { dateToDay } from "../dates/cellToDay";
import { dayToText } from "../dates/dayToIso";
import type { CellValue } from "../types";

/**
 * The text of a cell as a user would read it, for ids, headers, categories and
 * messages: strings as they are, numbers in JavaScript notation (123, 1.5), booleans as
 * Excel (nl) shows them (WAAR/ONWAAR), dates as `d-m-yyyy`, empty as ''.
 *
 * @param value - A cell value.
 * @returns The text (not trimmed).
 * @example
 * cellToText(123); //=> '123'
 * cellToText(true); //=> 'WAAR'
 */
export function cellToText(value: CellValue): string {
  if (typeof value === "string") return value;
  if (typeof value === "number") return Number.isNaN(value) ? "" : String(value);
  if (typeof value === "boolean") return value ? "WAAR" : "ONWAAR";
  if (value instanceof Date) {
    const text = dayToText(dateToDay(value));
    return text === "" ? String(value) : text;
  }
  return "";
}
