/** Excel's limit on the length of a sheet name. */
export const MAX_SHEET_NAME_LENGTH = 31;

/** U+2215 DIVISION SLASH: looks like '/', which Excel does not allow in a sheet name. */
const SLASH_LOOKALIKE = "\u2215";

/**
 * The name of the report sheet for a period: "Rapportage t∕m Q3 2024".
 *
 * Excel forbids `/ \ ? * [ ] :` in sheet names and allows at most 31 characters. The slash
 * of "t/m" becomes U+2215 (DIVISION SLASH), which looks the same; the other characters become
 * a hyphen. When "Rapportage " + label is too long ("1-1-2024 t/m 30-9-2024"), the shorter
 * "Rapport " is used, and the label is cut as a last resort.
 *
 * @param periodLabel - the period's Dutch label ("t/m Q3 2024")
 * @returns a valid, unique-looking sheet name
 *
 * @example
 * reportSheetName('t/m Q3 2024') // 'Rapportage t∕m Q3 2024'
 */
export function reportSheetName(periodLabel: string): string {
  const label = periodLabel
    .trim()
    .replace(/\//g, SLASH_LOOKALIKE)
    .replace(/[\\?*[\]:]/g, "-")
    .replace(/^'+|'+$/g, "");
  for (const prefix of ["Rapportage ", "Rapport "]) {
    const name = prefix + label;
    if (name.length <= MAX_SHEET_NAME_LENGTH) return name;
  }
  return `Rapport ${label}`.slice(0, MAX_SHEET_NAME_LENGTH).trimEnd();
}
