import type { Day } from "../types";
import { INVALID_DAY } from "./constants";
import { dayFromParts } from "./dayFromParts";

/** Char code of '0'. */
const ZERO = 48;
/** Char code of '-'. */
const DASH = 45;
/** Char code of '/'. */
const SLASH = 47;
/** Char code of '.'. */
const DOT = 46;

/**
 * Reads the date shapes that fill nearly every export straight from the char codes:
 * `d-m-yyyy` / `dd-mm-yyyy` (also with `/` or `.`, the same separator twice) and ISO
 * `yyyy-mm-dd` (also `yyyy-m-d`), with nothing around them. A fast path in front of
 * {@link parseDateText}: it gives the day only for a valid date, and `undefined` for
 * anything else — other forms, surrounding spaces, a time part, impossible dates
 * (31-02-2024) — so that the full rules decide those, exactly as before.
 *
 * @param text - The cell text.
 * @returns The day, or `undefined` when the full rules must decide.
 * @example
 * parseCommonDateText('30-9-2024'); //=> 45565
 * parseCommonDateText('2024-09-30'); //=> 45565
 * parseCommonDateText('31-02-2024'); //=> undefined
 * parseCommonDateText(' 30-9-2024'); //=> undefined
 */
export function parseCommonDateText(text: string): Day | undefined {
  const length = text.length;
  if (length < 8 || length > 10) return undefined;
  // ISO starts with four digits; day first has its separator at index 1 or 2.
  if (isDigit(text.charCodeAt(1)) && isDigit(text.charCodeAt(2))) {
    if (text.charCodeAt(4) !== DASH) return undefined;
    const dash = text.charCodeAt(6) === DASH ? 6 : 7;
    if (text.charCodeAt(dash) !== DASH) return undefined;
    return validDay(part(text, 0, 4), part(text, 5, dash), part(text, dash + 1, length));
  }
  const first = isDigit(text.charCodeAt(1)) ? 2 : 1;
  const separator = text.charCodeAt(first);
  if (separator !== DASH && separator !== SLASH && separator !== DOT) return undefined;
  if (text.charCodeAt(length - 5) !== separator) return undefined;
  return validDay(
    part(text, length - 4, length),
    part(text, first + 1, length - 5),
    part(text, 0, first)
  );
}

function isDigit(code: number): boolean {
  return code >= ZERO && code <= ZERO + 9;
}

/**
 * The number written by characters `from` … `to` - 1: one or two digits (a day or a
 * month) or four (a year); -1 for any other count or a character that is not a digit.
 */
function part(text: string, from: number, to: number): number {
  const count = to - from;
  if (count < 1 || count === 3 || count > 4) return -1;
  let value = 0;
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    if (!isDigit(code)) return -1;
    value = value * 10 + code - ZERO;
  }
  return value;
}

/** The day of a valid date; `undefined` when a part is missing or the date is impossible. */
function validDay(year: number, month: number, day: number): Day | undefined {
  if (year < 0 || month < 0 || day < 0) return undefined;
  const result = dayFromParts(year, month, day);
  return result === INVALID_DAY ? undefined : result;
}
