/**
 * Reading an export file (.xlsx or .csv) from disk.
 *
 * @module
 */
import { readFile } from "node:fs/promises";
import { extname, resolve } from "node:path";
import type { CellValue, TableName } from "../core";
import { CliInputError } from "./cliErrors";
import { describeFsError } from "./describeFsError";
import type { XlsxWorkbook } from "./openXlsx";
import { readCsv } from "./readCsv";
import type { TableRead } from "./TableRead";

/** Options of {@link readTableFile}. */
export interface ReadTableFileOptions {
  /** The table the file holds (chooses the sheet in a workbook with several tables). */
  readonly table: TableName;
  /** The sheet of an .xlsx file. */
  readonly sheet?: string;
  /** How messages name the option that gave `sheet`, as the user typed it (default "--werkblad"). */
  readonly sheetOption?: string;
  /**
   * Workbooks already opened, by path: several tables in one workbook are read from one
   * opening (one read of the file, its shared strings inflated once).
   */
  readonly workbooks?: Map<string, Promise<XlsxWorkbook>>;
}

/**
 * Reads a table from an .xlsx (or .xlsm) or .csv (or .txt) file.
 *
 * @param path - the file
 * @param options - table and sheet
 * @returns the rows, sheet row 1 (or line 1) first, and the cells the reader repaired (bad
 *   bytes in a CSV file), to hand to `loadDataset` as the table's `readIssues`
 * @throws {CliInputError} with a one-line Dutch message when the file is missing,
 *   unreadable, of another type, empty (no cell with a value), or the sheet does not exist
 *
 * @example
 * const { rows, readIssues } = await readTableFile('export.csv', { table: 'cases' });
 */
export async function readTableFile(
  path: string,
  options: ReadTableFileOptions
): Promise<TableRead> {
  const extension = extname(path).toLowerCase();
  if (extension === ".xls") {
    throw new CliInputError(
      `${path}: het oude .xls-formaat wordt niet gelezen; sla het bestand in Excel op als .xlsx`
    );
  }
  const isXlsx = extension === ".xlsx" || extension === ".xlsm";
  const isCsv = extension === ".csv" || extension === ".txt";
  if (!isXlsx && !isCsv)
    throw new CliInputError(`onbekend bestandstype: ${path} (gebruik .xlsx of .csv)`);
  if (isCsv) {
    if (options.sheet !== undefined)
      throw new CliInputError(
        `${path} is een .csv-bestand en heeft geen werkbladen (${options.sheetOption ?? "--werkblad"})`
      );
    const csv = readCsv(await readBytes(path));
    assertNotEmpty(csv.rows, `${path} is leeg: het bestand bevat geen gegevens`);
    return csv;
  }
  // The xlsx reader is loaded only for a workbook, not for a CSV file.
  const { loadXlsx, readXlsxSheet } = await import("./readXlsx");
  const key = resolve(path);
  let workbook = options.workbooks?.get(key);
  if (workbook === undefined) {
    workbook = readBytes(path).then((bytes) => loadXlsx(bytes, path));
    options.workbooks?.set(key, workbook);
  }
  const rows = await readXlsxSheet(await workbook, {
    table: options.table,
    sheet: options.sheet,
    fileName: path,
  });
  const sheet = options.sheet === undefined ? "het werkblad" : `werkblad "${options.sheet}"`;
  assertNotEmpty(rows, `${sheet} in ${path} is leeg: er staan geen gegevens in`);
  return { rows, readIssues: [] };
}

/**
 * An empty file is unreadable input: saying so beats the mapper's "kolom Casusnummer niet
 * gevonden", which sends the user looking for a header that is not the problem.
 */
function assertNotEmpty(rows: CellValue[][], message: string): void {
  const hasValue = rows.some((row) =>
    row.some((cell) => cell !== null && cell !== undefined && String(cell).trim() !== "")
  );
  if (!hasValue) throw new CliInputError(message);
}

async function readBytes(path: string): Promise<Uint8Array> {
  try {
    return await readFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT") throw new CliInputError(`bestand niet gevonden: ${path}`);
    if (code === "EISDIR") throw new CliInputError(`${path} is een map, geen bestand`);
    if (code === "EACCES" || code === "EPERM") throw new CliInputError(`geen toegang tot ${path}`);
    throw new CliInputError(`kan ${path} niet lezen: ${describeFsError(error)}`);
  }
}
