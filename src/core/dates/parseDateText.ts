import type { Day } from "../types";
import { INVALID_DAY } from "./constants";
import { dayFromParts } from "./dayFromParts";
import { monthFromDutchName } from "./dutchMonths";

/*
 * One precompiled pattern for every text form (only met on text cells, which the
 * parser caches per distinct value). Groups:
 *  1 d, 2 separator, 3 m, 4 yyyy          d-m-yyyy, d/m/yyyy, d.m.yyyy (day first)
 *  5 yyyy, 6 m, 7 d                       yyyy-mm-dd (ISO)
 *  8 d, 9 month name, 10 yyyy             3 januari 2024, 3 jan. 2024, 3-jan-2024
 *  11 hours, 12 minutes, 13 seconds       optional time after a space or 'T'
 * An optional Dutch weekday may precede the date ("woensdag 3 januari 2024").
 */
const DATE_TEXT = new RegExp(
  "^(?:(?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|ma|di|wo|do|vr|za|zo)\\.?,?\\s+)?" +
    "(?:(\\d{1,2})([-/.])(\\d{1,2})\\2(\\d{4})" +
    "|(\\d{4})-(\\d{1,2})-(\\d{1,2})" +
    "|(\\d{1,2})(?:\\s+|-)([a-z]{3,9})\\.?(?:\\s+|-)(\\d{4}))" +
    "(?:(?:\\s+|T)(\\d{1,2}):(\\d{2})(?::(\\d{2})(?:[.,]\\d+)?)?\\s*(?:Z|[+-]\\d{2}(?::?\\d{2})?)?)?$",
  "i"
);

/**
 * Reads a date written as text (SPEC §2). Accepted, after trimming:
 * - `d-m-yyyy`, `dd-mm-yyyy`, `d/m/yyyy`, `d.m.yyyy`: always day first (Dutch), one
 *   separator kind per date;
 * - ISO `yyyy-mm-dd`, optionally followed by `T` or spaces and a time `hh:mm[:ss[.fff]]`
 *   and a zone (`Z`, `+01:00`) that is ignored: the date is the calendar date as written;
 * - Dutch month names, full or abbreviated, with an optional dot: `3 januari 2024`,
 *   `3 jan 2024`, `3 jan. 2024`, `3-jan-2024`, optionally after a weekday
 *   (`woensdag 3 januari 2024`);
 * - the day-first and month-name forms may also carry a time (`3-1-2024 10:15`).
 *
 * Not dates: two-digit years, impossible dates (31-02-2024), times beyond 23:59:59,
 * numbers written as text ("45000" — a serial number only counts as a date when the cell
 * holds a number), years outside 1900–9999.
 *
 * @param text - The cell text (not empty).
 * @returns The day, or `INVALID_DAY`.
 * @example
 * parseDateText('3 jan. 2024'); //=> 45294
 * parseDateText('31-02-2024'); //=> -Infinity
 */
export function parseDateText(text: string): Day {
  const match = DATE_TEXT.exec(text.trim());
  if (!match) return INVALID_DAY;
  if (match[11] !== undefined) {
    const hours = Number(match[11]);
    const minutes = Number(match[12]);
    const seconds = match[13] === undefined ? 0 : Number(match[13]);
    if (hours > 23 || minutes > 59 || seconds > 59) return INVALID_DAY;
  }
  if (match[1] !== undefined)
    return dayFromParts(Number(match[4]), Number(match[3]), Number(match[1]));
  if (match[5] !== undefined)
    return dayFromParts(Number(match[5]), Number(match[6]), Number(match[7]));
  const month = monthFromDutchName(match[9] ?? "");
  if (month === 0) return INVALID_DAY;
  return dayFromParts(Number(match[10]), month, Number(match[8]));
}
