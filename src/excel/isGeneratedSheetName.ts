/**
 * Whether a sheet name is one the add-in itself hands out, so that a sheet it renamed is
 * not taken for one the user renamed.
 *
 * @module
 */
import { parsePeriod } from "../core";
import { reportSheetName } from "../xlsx/reportSheetName";
import { EXPLANATION_SHEET_NAME, ISSUES_SHEET_NAME } from "./planExplanationSheets";
import type { OwnedSheetKind } from "./storedSettings";

const FIXED_NAMES: Readonly<Record<Exclude<OwnedSheetKind, "report">, string>> = {
  toelichting: EXPLANATION_SHEET_NAME,
  controle: ISSUES_SHEET_NAME,
};

/**
 * Whether `name` is a name the add-in gives a sheet of this kind: `reportSheetName(label)`
 * for some period label (report), "Toelichting" or "Controle", each maybe with the " (2)",
 * " (3)", … that {@link uniqueSheetName} adds. Compared without regard to case, as Excel does.
 *
 * @param kind - the kind of sheet
 * @param name - the sheet's current name
 * @returns true for a generated name
 *
 * @example
 * isGeneratedSheetName('report', 'Rapportage t∕m Q4 2024 (2)') // true
 * isGeneratedSheetName('report', 'Rapport Q3 bewaard') // false
 */
export function isGeneratedSheetName(kind: OwnedSheetKind, name: string): boolean {
  const base = name.replace(/ \(\d+\)$/, "").toLocaleLowerCase("nl");
  if (kind !== "report") return base === FIXED_NAMES[kind].toLocaleLowerCase("nl");
  const match = /^rapport(?:age)? (.+)$/.exec(base);
  if (!match?.[1]) return false;
  try {
    const period = parsePeriod(match[1].replace(/\u2215/g, "/"));
    return reportSheetName(period.label).toLocaleLowerCase("nl") === base;
  } catch {
    return false;
  }
}
