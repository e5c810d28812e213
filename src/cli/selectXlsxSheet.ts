/**
 * Choosing the sheet of a workbook that holds a table.
 *
 * @module
 */
import type { TableName } from "../core";
import { CliInputError } from "./cliErrors";
import type { XlsxSheet } from "./openXlsx";

/** Words in sheet names that say which table a sheet holds ("ZRM-scores", "Klachten 2024"). */
const SHEET_KEYWORDS: Readonly<Record<TableName, readonly string[]>> = {
  cases: [],
  zrm: ["zrm"],
  activities: ["activiteit", "bijeenkomst", "collectie"],
  complaints: ["klacht"],
};

/** Options of {@link selectXlsxSheet}. */
export interface SelectXlsxSheetOptions {
  /** The sheet to read (name, case-insensitive). */
  readonly sheet?: string;
  /** The table the sheet holds, to find its sheet in a workbook with several tables. */
  readonly table?: TableName;
}

/**
 * Chooses a sheet: `options.sheet` when given (case and surrounding spaces ignored); else,
 * for the ZRM, activity and complaint tables, the first visible sheet whose name says so
 * ("ZRM-scores", "Activiteiten", "Klachten"); else the first visible sheet.
 *
 * @param sheets - the workbook's sheets, in tab order
 * @param options - sheet and table
 * @param fileName - the file name, for messages
 * @returns the chosen sheet
 * @throws {CliInputError} when the named sheet does not exist or there are no sheets
 *
 * @example
 * selectXlsxSheet(workbook.sheets, { table: 'zrm' }, 'export.xlsx').name; // 'ZRM-scores'
 */
export function selectXlsxSheet(
  sheets: readonly XlsxSheet[],
  options: SelectXlsxSheetOptions,
  fileName: string
): XlsxSheet {
  if (options.sheet !== undefined) {
    const wanted = options.sheet.trim().toLowerCase();
    const found = sheets.find((sheet) => sheet.name.trim().toLowerCase() === wanted);
    if (found === undefined) {
      const names = sheets.map((sheet) => sheet.name);
      throw new CliInputError(
        `werkblad "${options.sheet}" niet gevonden in ${fileName}; werkbladen: ${names.join(", ")}`
      );
    }
    return found;
  }
  const visible = sheets.filter((sheet) => sheet.state === undefined || sheet.state === "visible");
  const keywords = SHEET_KEYWORDS[options.table ?? "cases"];
  const named = visible.find((sheet) =>
    keywords.some((word) => sheet.name.toLowerCase().includes(word))
  );
  const chosen = named ?? visible[0] ?? sheets[0];
  if (chosen === undefined) throw new CliInputError(`${fileName} heeft geen werkbladen`);
  return chosen;
}
