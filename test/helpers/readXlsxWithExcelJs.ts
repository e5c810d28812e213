/**
 * The .xlsx reader the CLI had before its streaming one: ExcelJS loads the workbook and each
 * cell's value is converted as below. The reference the streaming reader is tested against.
 *
 * @module
 */
import ExcelJS from "exceljs";
import type { CellValue } from "../../src/core";

const MS_PER_DAY = 86_400_000;
/** Excel serial of 1970-01-01 (1900 date system). */
const UNIX_EPOCH_SERIAL = 25_569;
const MAX_FILLED_GAP = 8;
const EMPTY_ROW: CellValue[] = [];

/**
 * Reads a sheet (by name, or the first) with ExcelJS, as the CLI's reader did.
 *
 * @param bytes - the .xlsx file
 * @param sheetName - the sheet (default: the first)
 * @returns the rows, as the streaming reader returns them
 *
 * @example
 * expect(await readXlsx(bytes)).toEqual(await readXlsxWithExcelJs(bytes));
 */
export async function readXlsxWithExcelJs(
  bytes: Uint8Array,
  sheetName?: string
): Promise<CellValue[][]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  const worksheet =
    sheetName === undefined ? workbook.worksheets[0] : workbook.getWorksheet(sheetName);
  if (worksheet === undefined) throw new Error(`no sheet ${sheetName ?? ""}`);
  const rows: CellValue[][] = [];
  worksheet.eachRow({ includeEmpty: false }, (row, r) => {
    while (rows.length < r - 1) rows.push(EMPTY_ROW);
    const values: CellValue[] = [];
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      if (cell.isMerged && cell.master !== cell) return;
      const value = toCellValue(cell.value);
      if (value === "") return;
      if (c - 1 - values.length <= MAX_FILLED_GAP) while (values.length < c - 1) values.push("");
      values[c - 1] = value;
    });
    rows.push(values);
  });
  return rows;
}

/**
 * Converts an ExcelJS cell value to a core cell value.
 *
 * @param value - the value as ExcelJS gives it
 * @returns the value as Office.js would give it
 *
 * @example
 * toCellValue({ richText: [{ text: 'Team ' }, { text: 'Noord' }] }); // 'Team Noord'
 */
export function toCellValue(value: unknown): CellValue {
  if (value === null || value === undefined) return "";
  if (typeof value === "number" || typeof value === "string" || typeof value === "boolean")
    return value;
  // ExcelJS makes dates at UTC midnight; as a serial they cannot shift a day in any time zone.
  if (value instanceof Date) return value.getTime() / MS_PER_DAY + UNIX_EPOCH_SERIAL;
  if (typeof value !== "object") return "";
  const record = value as Record<string, unknown>;
  if (typeof record.error === "string") return record.error;
  if (Array.isArray(record.richText)) {
    return record.richText
      .map((run: unknown) => String((run as { text?: unknown }).text ?? ""))
      .join("");
  }
  if ("formula" in record || "sharedFormula" in record) return toCellValue(record.result);
  if ("text" in record) return toCellValue(record.text);
  return "";
}
