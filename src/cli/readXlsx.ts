/**
 * Reading .xlsx exports into the cell values the core takes, whole (for the callers that
 * want all rows at once; {@link streamXlsxRows} gives them in chunks).
 *
 * @module
 */
import type { CellValue } from "../core";
import { openXlsx, type XlsxWorkbook } from "./openXlsx";
import { streamXlsxRows, type StreamXlsxRowsOptions } from "./streamXlsxRows";

/** Options of {@link readXlsx}. */
export type ReadXlsxOptions = StreamXlsxRowsOptions;

/**
 * Reads one sheet of an .xlsx file into a 2D array like Office.js `range.values`: sheet
 * row 1 is index 0, empty cells are '', dates become Excel serial numbers (1900 system,
 * whatever the workbook's date system), rich text and hyperlinks their text, formulas their
 * cached result, error values their text ('#N/A'), merged cells '' except the top-left one.
 *
 * Unlike `range.values` the rows are ragged, so that memory follows the filled cells, not
 * the sheet's extent: each row ends at its last filled cell (an empty row is `[]`, shared),
 * the rows end at the last filled row, and a cell more than 8 empty cells right of the
 * one before it leaves a hole (read as empty by the core) instead of a run of ''.
 *
 * The sheet is `options.sheet` when given; else, for the ZRM, activity and complaint tables,
 * the first sheet whose name says so ("ZRM-scores", "Activiteiten", "Klachten"); else the
 * first visible sheet.
 *
 * @param bytes - the file's content
 * @param options - sheet, table and file name
 * @returns the rows of the sheet
 * @throws {CliInputError} when the file is not a readable .xlsx or the sheet does not exist
 *
 * @example
 * const rows = await readXlsx(await fs.readFile('export.xlsx'), { table: 'cases' });
 */
export async function readXlsx(
  bytes: Uint8Array,
  options: ReadXlsxOptions = {}
): Promise<CellValue[][]> {
  return readXlsxSheet(await loadXlsx(bytes, options.fileName), options);
}

/**
 * Opens an .xlsx file's bytes (to read several sheets of one file from one opening).
 *
 * @param bytes - the file's content
 * @param fileName - the file name, for the message
 * @returns the workbook
 * @throws {CliInputError} when the bytes are not a readable .xlsx file
 *
 * @example
 * const workbook = await loadXlsx(bytes, 'export.xlsx');
 */
export function loadXlsx(bytes: Uint8Array, fileName = "het bestand"): Promise<XlsxWorkbook> {
  return openXlsx(bytes, fileName);
}

/**
 * Reads one sheet of an opened workbook, as {@link readXlsx} does.
 *
 * @param workbook - the workbook
 * @param options - sheet, table and file name
 * @returns the rows of the sheet
 * @throws {CliInputError} when the sheet does not exist or cannot be read
 *
 * @example
 * const zrm = await readXlsxSheet(workbook, { table: 'zrm' });
 */
export async function readXlsxSheet(
  workbook: XlsxWorkbook,
  options: ReadXlsxOptions = {}
): Promise<CellValue[][]> {
  const rows: CellValue[][] = [];
  for await (const chunk of streamXlsxRows(workbook, options))
    for (const row of chunk) rows.push(row);
  return rows;
}
