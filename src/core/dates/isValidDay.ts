import type { Day } from "../types";
import { MAX_DAY, MIN_DAY } from "./constants";

/**
 * Tells whether a value is a usable {@link Day}: a whole number from 1 January 1900
 * to 31 December 9999. `NaN` (empty) and `INVALID_DAY` are not.
 *
 * @param day - A day number.
 * @returns `true` when the day is a real calendar date in the supported range.
 * @example
 * isValidDay(45292); //=> true
 * isValidDay(NaN); //=> false
 */
export function isValidDay(day: Day): boolean {
  return Number.isInteger(day) && day >= MIN_DAY && day <= MAX_DAY;
}
