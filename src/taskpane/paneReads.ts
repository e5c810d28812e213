/**
 * What the pane reads from the workbook, always chunk by chunk and never a whole sheet:
 * "Gegevens lezen" keeps each source's first rows (mapping step) and counts the case-type
 * column; building the dataset ("Kolommen bevestigen", "Rapport maken", a column changed
 * afterwards) re-reads the sources into the dataset's columns (`loadDatasetFromSources`).
 *
 * @module
 */
import { proposeMapping } from "../core";
import type { CellValue, Day, LoadedDataset, TableName } from "../core";
import type { ExcelHost } from "../excel/excelHost";
import { INPUT_TABLES, type ReadProgress } from "../excel/inputTables";
import { loadDatasetFromSources, type SourcePreviews } from "../excel/loadDatasetFromSources";
import { previewSource, type CountColumn, type SourcePreview } from "../excel/previewSource";
import { settingsFromState, type PaneState } from "./paneState";
import { proposeAll } from "./proposeAll";
import { resolveMapping } from "./resolveMapping";

/**
 * "Gegevens lezen": reads every chosen source in chunks, keeps its first rows, proposes the
 * mappings (dropping overrides that no longer fit) and counts the values of the case-type
 * column; the dataset is built later.
 *
 * @param host - the workbook (`run`)
 * @param state - the pane state (changed in place: `data`, `proposals`, `caseTypeValues`)
 * @param onProgress - progress per chunk
 * @example
 * await readPaneData(host, state, showProgress);
 * state.data?.cases.rowCount // rows of the case table, header included
 */
export async function readPaneData(
  host: Pick<ExcelHost, "run">,
  state: PaneState,
  onProgress?: (p: ReadProgress) => void
): Promise<void> {
  const data: Partial<Record<TableName, SourcePreview>> = {};
  let caseTypes: PaneState["caseTypeValues"] = null;
  for (const table of INPUT_TABLES) {
    const source = state.choice[table];
    if (!source) continue;
    const { preview, counted } = await previewSource(host.run, source, {
      owned: state.stored?.reports ?? [],
      onProgress: (rowsRead, totalRows) => onProgress?.({ table, rowsRead, totalRows }),
      ...(table === "cases" ? { countColumn: caseTypeColumn(state) } : {}),
    });
    data[table] = preview;
    if (table === "cases") caseTypes = counted;
  }
  state.data = data as SourcePreviews;
  state.dataset = null;
  state.caseTypeValues = caseTypes;
  proposeAll(state, state.data);
}

/**
 * Builds the dataset from the pane's choices by re-reading the chosen sources chunk by chunk
 * into its columns; the sources' first rows, locations and case-type values are renewed too
 * (so "Ga naar cel" finds the rows the issues name).
 *
 * @param host - the workbook (`run`)
 * @param state - the pane state (changed in place: `dataset`, `data`, `caseTypeValues`)
 * @param asOf - "today" (dates after it are reported)
 * @param onProgress - progress per chunk
 * @returns the dataset
 * @throws MappingError (Dutch) when a required field is not mapped; UserFacingError as
 *   `loadDatasetFromSources`
 * @example
 * const dataset = await loadPaneDataset(host, state, dayOf(new Date()));
 */
export async function loadPaneDataset(
  host: Pick<ExcelHost, "run">,
  state: PaneState,
  asOf: Day,
  onProgress?: (p: ReadProgress) => void
): Promise<LoadedDataset> {
  const loaded = await loadDatasetFromSources(host, settingsFromState(state), asOf, onProgress);
  state.dataset = loaded.dataset;
  state.data = loaded.sources;
  state.caseTypeValues = loaded.caseTypeValues;
  return loaded.dataset;
}

/**
 * Counts the values of the case-type column again, in one chunked pass over the case table
 * that keeps nothing else: after the user chose another column for it.
 *
 * @param host - the workbook (`run`)
 * @param state - the pane state (changed in place: `caseTypeValues`)
 * @param onProgress - progress per chunk
 * @example
 * await recountCaseTypes(host, state);
 */
export async function recountCaseTypes(
  host: Pick<ExcelHost, "run">,
  state: PaneState,
  onProgress?: (p: ReadProgress) => void
): Promise<void> {
  const source = state.choice.cases;
  if (!source) return;
  const { counted } = await previewSource(host.run, source, {
    owned: state.stored?.reports ?? [],
    onProgress: (rowsRead, totalRows) => onProgress?.({ table: "cases", rowsRead, totalRows }),
    countColumn: caseTypeColumn(state),
  });
  state.caseTypeValues = counted;
}

/**
 * Whether the case-type values the pane has are of the column now mapped to the case type.
 *
 * @param state - the pane state
 * @returns true when they need counting again
 * @example
 * if (caseTypesStale(state)) await recountCaseTypes(host, state);
 */
export function caseTypesStale(state: PaneState): boolean {
  const proposal = state.proposals.cases;
  if (!proposal) return false;
  const column = resolveMapping(proposal, state.overrides.cases ?? {}).mapping.fields.caseType
    ?.column;
  return (state.caseTypeValues?.column ?? undefined) !== column;
}

/** The case-type column the pane's choices give, decided from the case table's first rows. */
function caseTypeColumn(state: PaneState): CountColumn {
  return (firstRows: readonly (readonly CellValue[])[]) => {
    const proposal = proposeMapping(firstRows, "cases");
    const mapping = resolveMapping(proposal, state.overrides.cases ?? {}).mapping;
    const column = mapping.fields.caseType?.column;
    return column === undefined ? undefined : { headerRowIndex: mapping.headerRowIndex, column };
  };
}
