/** Excel's limit on the length of a sheet name. */
const MAX_SHEET_NAME_LENGTH = 31;

/**
 * A sheet name that does not clash with the names already in the workbook: the desired
 * name itself when it is free, else "name (2)", "name (3)", … (Excel compares sheet names
 * without regard to case). The base is shortened so that the result stays within 31
 * characters.
 *
 * @param desired - the name the add-in would like ("Rapportage t∕m Q3 2024")
 * @param taken - names of the sheets that must not be touched
 * @returns a free name
 *
 * @example
 * uniqueSheetName('Rapportage t∕m Q3 2024', ['Rapportage t∕m Q3 2024']) // 'Rapportage t∕m Q3 2024 (2)'
 */
export function uniqueSheetName(desired: string, taken: Iterable<string>): string {
  const used = new Set<string>();
  for (const name of taken) used.add(name.toLocaleLowerCase("nl"));
  if (!used.has(desired.toLocaleLowerCase("nl"))) return desired;
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const candidate = desired.slice(0, MAX_SHEET_NAME_LENGTH - suffix.length).trimEnd() + suffix;
    if (!used.has(candidate.toLocaleLowerCase("nl"))) return candidate;
  }
}
