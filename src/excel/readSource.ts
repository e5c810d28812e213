/**
 * Reads a data table from the workbook: an Excel table, a fixed range, or a sheet's used
 * range, in row chunks that stay under Excel on the web's 5 MB payload limit, reporting
 * progress (`openSource`), into one array of rows: the whole-array path (`readSources`),
 * which the chunked reads of the pane and the ribbon (`previewSource`,
 * `loadDatasetFromSources`) are tested against.
 *
 * @module
 */
import type { CellValue } from "../core";
import { openSource, type ReadSourceOptions, type SourceSummary } from "./openSource";
import type { ExcelRun } from "./excelHost";
import type { DataSource } from "./storedSettings";

export { locateSource } from "./locateSource";
export type { SourceLocation } from "./locateSource";
export type { ReadSourceOptions } from "./openSource";

/** The cells of a source and where they came from. */
export interface SourceData extends SourceSummary {
  readonly rows: CellValue[][];
}

/**
 * Reads all cells of a source in chunks under the payload budget (`openSource`) and keeps
 * them as one array of rows. Below a stored selection, the rows up to the first empty one.
 *
 * @param run - `Excel.run` (or a test double)
 * @param source - the table or range
 * @param options - budget and progress callback
 * @returns the rows (header included) and where they are
 * @example
 * const { rows, address } = await readSource(host.run, { kind: "table", name: "Casussen" });
 */
export async function readSource(
  run: ExcelRun,
  source: DataSource,
  options: ReadSourceOptions = {}
): Promise<SourceData> {
  const opened = await openSource(run, source, options);
  const rows: CellValue[][] = [];
  for (let chunk = await opened.next(); chunk !== undefined; chunk = await opened.next())
    for (const row of chunk) rows.push(row);
  return { ...opened.summary(), rows };
}
