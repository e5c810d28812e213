/**
 * Reads the workbook's sources straight into the dataset's columns, chunk by chunk.
 *
 * @module
 */
import { createDatasetLoader } from "../core";
import type { Day, LoadedDataset, TableName, TableStart } from "../core";
import { caseTypeMapFrom } from "./caseTypeMapFrom";
import { ColumnValueCounts, type ColumnValues } from "./ColumnValueCounts";
import type { ExcelHost } from "./excelHost";
import { INPUT_TABLES, type ReadProgress } from "./inputTables";
import { UserFacingError } from "./officeErrorMessage";
import { openSource, type OpenedSource } from "./openSource";
import { firstChunksOf, PREVIEW_ROWS, type SourcePreview } from "./previewSource";
import type { StoredSettings } from "./storedSettings";

/** Where each source's data was, with its first rows (for the pane's mapping step). */
export type SourcePreviews = { readonly cases: SourcePreview } & Partial<
  Record<Exclude<TableName, "cases">, SourcePreview>
>;

/** What {@link loadDatasetFromSources} read. */
export interface LoadedSources {
  readonly dataset: LoadedDataset;
  readonly sources: SourcePreviews;
  /** The values of the case table's case-type column (null: not mapped), for the pane. */
  readonly caseTypeValues: ColumnValues | null;
}

/**
 * Reads every source the settings name (cases first) and parses each chunk into the
 * dataset's columns as it arrives (`createDatasetLoader`), so that no copy of a whole sheet
 * is kept: the same dataset as `readSources` and then `datasetFromSources` (the whole-array
 * path), and the same round trips (one sync per chunk, each under the payload budget). Every
 * source is found and its first chunk read before the mappings are made (the header row
 * among its first rows), so a missing source is reported before a mapping error, as there.
 * On the way it keeps each source's first rows ({@link PREVIEW_ROWS}) and counts the values
 * of the case-type column: what the pane shows in its mapping step.
 *
 * @param host - the workbook (`run`)
 * @param settings - which sources, overrides and case-type map
 * @param asOf - "today" (dates after it are reported)
 * @param onProgress - progress per chunk
 * @returns the dataset with its mappings, where each source's data was, and the case types
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
): Promise<LoadedSources> {
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
      firstRows: await firstChunksOf(open),
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
  const casesMapping = loader.mappings.cases;
  const caseTypeColumn = casesMapping.fields.caseType?.column;
  const caseTypes = caseTypeColumn === undefined ? null : new ColumnValueCounts(caseTypeColumn);
  caseTypes?.add(cases.firstRows, casesMapping.headerRowIndex + 1);
  const sources: Partial<Record<TableName, SourcePreview>> = {};
  for (const [table, open] of opened) {
    for (let rows = await open.next(); rows !== undefined; rows = await open.next()) {
      loader.push(table, rows);
      if (table === "cases") caseTypes?.add(rows);
    }
    const firstRows = starts[table]?.firstRows ?? [];
    sources[table] = { ...open.summary(), firstRows: firstRows.slice(0, PREVIEW_ROWS) };
  }
  return {
    dataset: loader.finish(),
    sources: sources as SourcePreviews,
    caseTypeValues: caseTypes ? caseTypes.result() : null,
  };
}
