/** Dutch month names, index 0 = januari. */
export const DUTCH_MONTH_NAMES: readonly string[] = [
  "januari",
  "februari",
  "maart",
  "april",
  "mei",
  "juni",
  "juli",
  "augustus",
  "september",
  "oktober",
  "november",
  "december",
];

/** Dutch month abbreviations as Excel (nl-NL) writes them, index 0 = jan. */
export const DUTCH_MONTH_ABBREVIATIONS: readonly string[] = [
  "jan",
  "feb",
  "mrt",
  "apr",
  "mei",
  "jun",
  "jul",
  "aug",
  "sep",
  "okt",
  "nov",
  "dec",
];

const MONTH_BY_NAME: ReadonlyMap<string, number> = new Map([
  ...DUTCH_MONTH_NAMES.map((name, index): [string, number] => [name, index + 1]),
  ...DUTCH_MONTH_ABBREVIATIONS.map((name, index): [string, number] => [name, index + 1]),
  // Other common Dutch abbreviations.
  ["sept", 9],
  ["mar", 3],
  ["maa", 3],
]);

/**
 * The month number of a Dutch month name or abbreviation (`januari`, `jan`, `mrt`,
 * `maart`, `mei`, `okt`, `sept` …), case-insensitive, an optional trailing dot allowed.
 *
 * @param name - The month name.
 * @returns 1–12, or 0 when the name is not a Dutch month.
 * @example
 * monthFromDutchName('Mrt.'); //=> 3
 */
export function monthFromDutchName(name: string): number {
  let key = name.trim().toLowerCase();
  if (key.endsWith(".")) key = key.slice(0, -1);
  return MONTH_BY_NAME.get(key) ?? 0;
}
