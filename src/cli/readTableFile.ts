/**
 * Reading an export file (.xlsx or .csv) from disk.
 *
 * @module
 */
import { readFile, stat } from "node:fs/promises";
import { extname, resolve } from "node:path";
import type { TableName } from "../core";
import { CliInputError } from "./cliErrors";
import { describeFsError } from "./describeFsError";
import { csvTableChunks } from "./csvTableChunks";
import { isTwoThreadCsv } from "./isTwoThreadCsv";
import { openTable, type OpenedTable } from "./OpenedTable";
import { openCsvFile } from "./openCsvFile";
import { readFileKind } from "./sniffFileKind";
import { startCasePartWorker } from "./startCasePartWorker";
import type { XlsxWorkbook } from "./openXlsx";

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
  /**
   * Read a CSV file in one thread whatever its size (after a read in two parts failed: see
   * {@link readTableFile}).
   */
  readonly isOneThread?: boolean;
}

/**
 * Opens a table in an .xlsx (or .xlsm) or .csv (or .txt) file: reads its first rows (those the
 * mapping needs, see `openTable`) and hands over the rest as chunks, for the dataset loader
 * to read into its columns one at a time.
 *
 * A large CSV case table (`isTwoThreadCsv`) is opened for a read in two parts (`OpenedTable.cut`)
 * and read as plain UTF-8 a piece at a time, each piece checked as it comes: no thread waits
 * for a pass over the whole file. When that fails before the first rows are there, the file is
 * read here as one thread reads it. When it fails later (a piece that is not UTF-8, the
 * file's size changed, or any other error while the table is read: one thread might decode
 * the first rows otherwise, e.g. as Windows-1252), the caller must read the input again with
 * `isOneThread` (`runReport`): only a read that ends well is the result of one thread.
 *
 * @param path - the file
 * @param options - table and sheet
 * @returns the first rows, sheet row 1 (or line 1) first, the rest in chunks, and the cells
 *   the reader repaired (bad bytes in a CSV file; complete once the chunks are read), to hand
 *   to the loader as the table's read issues
 * @throws {CliInputError} with a one-line Dutch message when the file is missing,
 *   unreadable, of another type, empty (no cell with a value), or the sheet does not exist
 *
 * @example
 * const { firstRows, rest, readIssues } = await readTableFile('export.csv', { table: 'cases' });
 */
export async function readTableFile(
  path: string,
  options: ReadTableFileOptions
): Promise<OpenedTable> {
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
  const kind = await readFileKind(path);
  if (isCsv && kind === "zip")
    throw new CliInputError(
      `${path} is geen CSV-bestand maar een Excel-werkmap (.xlsx): geef het bestand de extensie .xlsx`
    );
  if (kind === "ole")
    throw new CliInputError(
      `${path} is geen ${isCsv ? "CSV-bestand" : "Excel-werkmap"} maar een Excel-bestand in het oude .xls-formaat: sla het in Excel op als .xlsx`
    );
  if (isCsv && kind === "binary")
    throw new CliInputError(
      `${path} is geen tekstbestand: het bevat binaire gegevens (nul-bytes), geen tabel met scheidingstekens`
    );
  if (isXlsx && kind === "text")
    throw new CliInputError(
      `${path} is geen Excel-werkmap maar een tekstbestand: geef het bestand de extensie .csv`
    );
  if (isCsv) {
    if (options.sheet !== undefined)
      throw new CliInputError(
        `${path} is een .csv-bestand en heeft geen werkbladen (${options.sheetOption ?? "--werkblad"})`
      );
    const empty = `${path} is leeg: het bestand bevat geen gegevens`;
    // A large case table is read in two parts at once, the second in a worker thread (see
    // `pushTableChunks`), each part from the file a piece at a time, as plain UTF-8.
    const size =
      options.table === "cases" && options.isOneThread !== true ? await fileSize(path) : undefined;
    if (size !== undefined && isTwoThreadCsv(size)) {
      // The worker starts (and loads the core) while the file is opened and its rows start.
      const worker = startCasePartWorker();
      let file: ReturnType<typeof openCsvFile>;
      try {
        file = openCsvFile(path, size);
      } catch (error) {
        worker.stop();
        throw fileError(path, error);
      }
      if (file === undefined) worker.stop();
      else {
        const csv = csvTableChunks(file, file.cutAt, worker);
        try {
          return { ...(await openTable(csv, empty)), delimited: true };
        } catch {
          // Not plain UTF-8 in the first rows, or empty, or unreadable: what one thread says.
          worker.stop();
          csv.cut?.close();
        }
      }
    }
    return { ...(await openTable(csvTableChunks(await readBytes(path)), empty)), delimited: true };
  }
  // The xlsx reader is loaded only for a workbook, not for a CSV file.
  const { loadXlsx } = await import("./readXlsx");
  const { streamXlsxRows } = await import("./streamXlsxRows");
  const key = resolve(path);
  let workbook = options.workbooks?.get(key);
  if (workbook === undefined) {
    workbook = readBytes(path).then((bytes) => loadXlsx(bytes, path));
    options.workbooks?.set(key, workbook);
  }
  // The sheet's rows come in chunks as the sheet is inflated: never the whole sheet at once.
  const chunks = streamXlsxRows(await workbook, {
    table: options.table,
    sheet: options.sheet,
    fileName: path,
  });
  const sheet = options.sheet === undefined ? "het werkblad" : `werkblad "${options.sheet}"`;
  return openTable(
    { chunks, readIssues: () => [] },
    `${sheet} in ${path} is leeg: er staan geen gegevens in`
  );
}

/** The file's bytes. */
async function readBytes(path: string): Promise<Uint8Array> {
  try {
    return await readFile(path);
  } catch (error) {
    throw fileError(path, error);
  }
}

/** The size of a file, or undefined when it is not a file (`readBytes` then says why). */
async function fileSize(path: string): Promise<number | undefined> {
  try {
    const stats = await stat(path);
    return stats.isFile() ? stats.size : undefined;
  } catch {
    return undefined;
  }
}

/** The Dutch message of a file that cannot be read. */
function fileError(path: string, error: unknown): CliInputError {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === "ENOENT") return new CliInputError(`bestand niet gevonden: ${path}`);
  if (code === "EISDIR") return new CliInputError(`${path} is een map, geen bestand`);
  if (code === "EACCES" || code === "EPERM") return new CliInputError(`geen toegang tot ${path}`);
  return new CliInputError(`kan ${path} niet lezen: ${describeFsError(error)}`);
}
