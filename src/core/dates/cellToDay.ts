import type { CellValue, Day } from "../types";
import { INVALID_DAY, MAX_DAY, MIN_DAY, MS_PER_DAY, UNIX_EPOCH_DAY } from "./constants";
import { dayFromParts } from "./dayFromParts";
import { parseDateText } from "./parseDateText";

/**
 * Turns an Excel 1900-system serial number into a {@link Day}. Excel counts the
 * non-existent 29 February 1900 as serial 60, so serials 1–59 (1 January–28 February
 * 1900) are one day short of the proleptic count and serial 60 is invalid. The fraction
 * (a time of day) is ignored.
 *
 * @param serial - The number in the cell.
 * @returns The day; `NaN` for `NaN` (the typed arrays' empty value); `INVALID_DAY` for
 *   serial 60, serials below 1, above 2958465 (31-12-9999) and ±Infinity.
 * @example
 * serialToDay(45292.75); //=> 45292 (1 January 2024)
 * serialToDay(1); //=> 2 (1 January 1900)
 */
export function serialToDay(serial: number): Day {
  if (serial >= 61 && serial < MAX_DAY + 1) return Math.floor(serial);
  if (serial !== serial) return NaN;
  if (serial >= 1 && serial < 60) return Math.floor(serial) + 1;
  return INVALID_DAY;
}

/**
 * Turns a JavaScript Date into a {@link Day} without letting the time zone shift it:
 * - exactly UTC midnight → its UTC year/month/day (what ExcelJS and most parsers
 *   produce for a date cell);
 * - otherwise exactly local midnight → its local year/month/day (`new Date(2024, 0, 3)`);
 * - otherwise (a date with a time) → its UTC year/month/day, because ExcelJS stores a
 *   cell's wall-clock date and time as if it were UTC.
 *
 * @param date - The Date.
 * @returns The day, or `INVALID_DAY` for an Invalid Date or one outside 1900–9999.
 * @example
 * dateToDay(new Date(Date.UTC(2024, 0, 3))); //=> 45294
 */
export function dateToDay(date: Date): Day {
  const time = date.getTime();
  if (time !== time) return INVALID_DAY;
  let day: Day;
  if (time % MS_PER_DAY === 0) {
    day = time / MS_PER_DAY + UNIX_EPOCH_DAY;
  } else if (
    date.getHours() === 0 &&
    date.getMinutes() === 0 &&
    date.getSeconds() === 0 &&
    date.getMilliseconds() === 0
  ) {
    return dayFromParts(date.getFullYear(), date.getMonth() + 1, date.getDate());
  } else {
    day = Math.floor(time / MS_PER_DAY) + UNIX_EPOCH_DAY;
  }
  return day >= MIN_DAY && day <= MAX_DAY ? day : INVALID_DAY;
}

/**
 * Turns a raw cell value into a calendar {@link Day} (days since 1899-12-30), in any
 * time zone the same day.
 *
 * - number: an Excel 1900-system serial (see {@link serialToDay}); the fraction is ignored;
 * - Date: see {@link dateToDay} (UTC midnight → UTC date, local midnight → local date,
 *   otherwise the UTC date);
 * - text: see `parseDateText` (`d-m-yyyy`, `dd-mm-yyyy`, `d/m/yyyy`, `d.m.yyyy`, ISO
 *   `yyyy-mm-dd` with an optional time, `3 januari 2024`, `3 jan 2024`, `3 jan. 2024`).
 *   A number written as text ("45000") is not a date;
 * - boolean and Excel error texts (`#N/A`) are not dates.
 *
 * @param value - The cell value.
 * @returns The day; `NaN` when the cell is empty ('', whitespace, null, undefined);
 *   `INVALID_DAY` (`-Infinity`) when the value is present but not a date.
 * @example
 * cellToDay(45565); //=> 45565 (30 September 2024)
 * cellToDay('30-9-2024'); //=> 45565
 * cellToDay(''); //=> NaN
 * cellToDay('31-02-2024'); //=> -Infinity
 */
export function cellToDay(value: CellValue): Day {
  if (typeof value === "number") {
    if (value >= 61 && value < MAX_DAY + 1) return Math.floor(value);
    return serialToDay(value);
  }
  if (typeof value === "string") {
    if (value.length === 0) return NaN;
    const first = value.charCodeAt(0);
    if ((first <= 32 || first === 160) && value.trim().length === 0) return NaN;
    return parseDateText(value);
  }
  if (value === null || value === undefined) return NaN;
  if (value instanceof Date) return dateToDay(value);
  return INVALID_DAY;
}
