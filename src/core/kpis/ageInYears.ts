import { packedDate } from "./calendarLookup";

/**
 * Age in whole years on a day (birthdays on 29 February count from 1 March in other years).
 *
 * @param birth - Day of birth.
 * @param on - The day the age is taken.
 * @returns Completed years (negative when `on` is before `birth`).
 * @example
 * ageInYears(dayFromParts(2000, 5, 10), dayFromParts(2024, 5, 9)) // 23
 */
export function ageInYears(birth: number, on: number): number {
  const b = packedDate(birth);
  const a = packedDate(on);
  return Math.floor(a / 10000) - Math.floor(b / 10000) - (a % 10000 < b % 10000 ? 1 : 0);
}
