/**
 * Number of days in a month of the proleptic Gregorian calendar.
 *
 * @param year - Full year, e.g. 2024.
 * @param month - Month 1–12.
 * @returns 28–31.
 * @example
 * daysInMonth(2024, 2); //=> 29
 */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/**
 * Tells whether a year is a Gregorian leap year.
 *
 * @param year - Full year.
 * @returns `true` for 2024 and 2000, `false` for 1900 and 2023.
 * @example
 * isLeapYear(1900); //=> false
 */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}
