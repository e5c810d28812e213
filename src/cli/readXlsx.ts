/**
 * Reading .xlsx exports with ExcelJS into the cell values the core takes.
 *
 * @module
 */
import ExcelJS from "exceljs";
import type { CellValue, TableName } from "../core";
import { CliInputError } from "./cliErrors";

/** Options of {@link readXlsx}. */
export interface ReadXlsxOptions {
  /** The sheet to read (name, case-insensitive). Default: see {@link readXlsx}. */
  readonly sheet?: string;
  /** The table the sheet holds, to find its sheet in a workbook with several tables. */
  readonly table?: TableName;
  /** The file name, for messages. */
  readonly fileName?: string;
}

/** Words in sheet names that say which table a sheet holds ("ZRM-scores", "Klachten 2024"). */
const SHEET_KEYWORDS: Readonly<Record<TableName, readonly string[]>> = {
  cases: [],
  zrm: ["zrm"],
  activities: ["activiteit", "bijeenkomst", "collectie"],
  complaints: ["klacht"],
};

const MS_PER_DAY = 86_400_000;
/** Excel serial of 1970-01-01 (1900 date system). */
const UNIX_EPOCH_SERIAL = 25_569;

/** Shared by all empty rows between filled ones (the core skips empty rows). */
const EMPTY_ROW: CellValue[] = [];

/**
 * Empty cells up to this many before a cell are filled with ''; a cell further right (a
 * note in column XFD, or cells every few hundred columns) leaves a hole, which the core reads
 * as empty, as it does ''. Small enough that the filled cells can never outnumber the real
 * ones by more than this factor: a sheet with a cell every 250 columns over 6,000 rows took
 * 1.4 GB when gaps up to 256 were filled, 0.2 GB with this bound.
 */
const MAX_FILLED_GAP = 8;

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
 * Loads an .xlsx file's bytes as an ExcelJS workbook (to read several sheets of one file).
 *
 * @param bytes - the file's content
 * @param fileName - the file name, for the message
 * @returns the workbook
 * @throws {CliInputError} when the bytes are not a readable .xlsx file
 */
export async function loadXlsx(
  bytes: Uint8Array,
  fileName = "het bestand"
): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  } catch {
    throw new CliInputError(`kan ${fileName} niet lezen als Excel-bestand (.xlsx)`);
  }
  return workbook;
}

/**
 * Reads one sheet of a loaded workbook, as {@link readXlsx} does.
 *
 * @param workbook - the workbook
 * @param options - sheet, table and file name
 * @returns the rows of the sheet
 * @throws {CliInputError} when the sheet does not exist
 */
export function readXlsxSheet(
  workbook: ExcelJS.Workbook,
  options: ReadXlsxOptions = {}
): CellValue[][] {
  const worksheet = selectSheet(workbook, options, options.fileName ?? "het bestand");
  const rows: CellValue[][] = [];
  // Only the rows and cells that exist are visited: a sheet's extent can reach XFD1048576
  // for one stray cell, and rows × columns of it do not fit in memory.
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

function selectSheet(
  workbook: ExcelJS.Workbook,
  options: ReadXlsxOptions,
  fileName: string
): ExcelJS.Worksheet {
  const sheets = workbook.worksheets;
  const names = sheets.map((sheet) => sheet.name);
  if (options.sheet !== undefined) {
    const wanted = options.sheet.trim().toLowerCase();
    const found = sheets.find((sheet) => sheet.name.trim().toLowerCase() === wanted);
    if (found === undefined) {
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

/**
 * Converts an ExcelJS cell value to a core cell value.
 *
 * @param value - the value as ExcelJS gives it
 * @returns the value as Office.js would give it
 *
 * @example
 * toCellValue({ richText: [{ text: 'Team ' }, { text: 'Noord' }] }); // 'Team Noord'
 * toCellValue(new Date(Date.UTC(2024, 0, 3))); // 45294
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
