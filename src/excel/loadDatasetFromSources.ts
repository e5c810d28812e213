/**
 * Reads the workbook's sources straight into the dataset's columns, chunk by chunk.
 *
 * @module
 */
import { createDatasetLoader, HEADER_SEARCH_ROWS } from "../core";
import type { CellValue, Day, LoadedDataset, TableName, TableStart } from "../core";
import type { ExcelHost } from "./excelHost";
import { UserFacingError } from "./officeErrorMessage";
import { openSource, type OpenedSource, type SourceSummary } from "./openSource";
import { caseTypeMapFrom, INPUT_TABLES, type ReadProgress } from "./reportWorkflow";
import type { StoredSettings } from "./storedSettings";

/** Where each source's data was. */
export type SourceSummaries = { readonly cases: SourceSummary } & Partial<
  Record<Exclude<TableName, "cases">, SourceSummary>
>;

/**
 * Reads every source the settings name (cases first) and parses each chunk into the
 * dataset's columns as it arrives (`createDatasetLoader`), so that no copy of a whole sheet
 * is kept: the same dataset as `readSources` and then `datasetFromSources`, and the same
 * round trips (one sync per chunk, each under the payload budget). Every source is found and
 * its first chunk read before the mappings are made (`HEADER_SEARCH_ROWS` rows, the header
 * row among them), so a missing source is reported before a mapping error, as there.
 *
 * @param host - the workbook (`run`)
 * @param settings - which sources, overrides and case-type map
 * @param asOf - "today" (dates after it are reported)
 * @param onProgress - progress per chunk
 * @returns the dataset with its mappings, and where each source's data was
 * @throws UserFacingError when no case table is chosen or a source is gone or on an owned
 *   sheet; MappingError (Dutch) when a required field is not mapped
 * @example
 * const { dataset } = await loadDatasetFromSources(host, settings, dayOf(new Date()));
 */
export async function loadDatasetFromSources(
  host: Pick<ExcelHost, "run">,
  settings: StoredSettings,
  asOf?: Day,
  onProgress?: (p: ReadProgress) => void
): Promise<{ dataset: LoadedDataset; sources: SourceSummaries }> {
  const opened: [TableName, OpenedSource][] = [];
  const starts: Partial<Record<TableName, TableStart>> = {};
  for (const table of INPUT_TABLES) {
    const source = settings[table]?.source;
    if (!source) continue;
    const open = await openSource(host.run, source, {
      owned: settings.reports,
      onProgress: (rowsRead, totalRows) => onProgress?.({ table, rowsRead, totalRows }),
    });
    opened.push([table, open]);
    starts[table] = {
      firstRows: await firstRowsOf(open),
      sheetRowOffset: open.location.rowIndex + 1,
      overrides: settings[table]?.overrides ?? {},
      expectedRows: open.location.rowCount,
    };
  }
  const cases = starts.cases;
  if (!cases)
    throw new UserFacingError(
      "Er is nog geen casustabel gekozen. Open het taakvenster en kies de gegevens."
    );
  const loader = createDatasetLoader({
    cases,
    ...(starts.zrm ? { zrm: starts.zrm } : {}),
    ...(starts.activities ? { activities: starts.activities } : {}),
    ...(starts.complaints ? { complaints: starts.complaints } : {}),
    caseTypeMap: caseTypeMapFrom(settings.caseTypeMap),
    ...(asOf === undefined ? {} : { asOf }),
  });
  const sources: Partial<Record<TableName, SourceSummary>> = {};
  for (const [table, open] of opened) {
    for (let rows = await open.next(); rows !== undefined; rows = await open.next())
      loader.push(table, rows);
    sources[table] = open.summary();
  }
  return { dataset: loader.finish(), sources: sources as SourceSummaries };
}

/** The first chunks of a source, until the mapping's rows are there (or the source ends). */
async function firstRowsOf(open: OpenedSource): Promise<CellValue[][]> {
  let rows: CellValue[][] = [];
  while (rows.length < HEADER_SEARCH_ROWS) {
    const chunk = await open.next();
    if (chunk === undefined) break;
    rows = rows.length === 0 ? chunk : [...rows, ...chunk];
  }
  return rows;
}
