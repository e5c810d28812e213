/**
 * The sheets a user added to a report workbook, which replacing the report would lose.
 *
 * @module
 */
import { EXPLANATION_SHEET_NAME, ISSUES_SHEET_NAME } from "../xlsx/reportWorkbookNames";
import { decodeXmlText } from "./decodeXmlText";
import { readZipPart } from "./readZipPart";

/** A `<sheet name="…">` of xl/workbook.xml (Excel writes no prefix; others may). */
const SHEET = /<(?:[\w.-]+:)?sheet\b[^>]*?\bname="([^"]*)"/g;

/** The report sheet's names: "Rapportage t∕m Q3 2024", or "Rapport …" for a long period. */
const REPORT_SHEET = /^Rapport(?:age)? /;

/**
 * The sheets of a report workbook that are not the report's own (the report sheet, Toelichting,
 * Controle): sheets the user added, or a report sheet the user renamed to keep it (the task
 * pane leaves those alone too). Replacing the file would lose them. Only xl/workbook.xml is
 * unpacked.
 *
 * @param path - an existing report workbook (see `isReportWorkbookFile`)
 * @returns the names of the user's sheets, in workbook order; [] when there are none or the
 *   file cannot be unpacked
 * @throws the file-system error when the file cannot be read
 *
 * @example
 * await userSheetsOfReportFile('rapport.xlsx'); //=> ["Duiding"]
 */
export async function userSheetsOfReportFile(path: string): Promise<string[]> {
  const workbook = await readZipPart(path, "xl/workbook.xml");
  if (workbook === undefined) return [];
  const own = new Set([EXPLANATION_SHEET_NAME, ISSUES_SHEET_NAME]);
  return [...workbook.matchAll(SHEET)]
    .map((match) => decodeXmlText(match[1] ?? ""))
    .filter((name) => !own.has(name) && !REPORT_SHEET.test(name));
}
