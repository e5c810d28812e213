// Turns the table arguments of a function call into a parsed dataset, once per distinct content:
// range arguments are interned by the table cache (cell-by-cell equality), datasets are cached
// by the interned tables' ids, the workbook settings that change parsing, and "today" (the local
// calendar day, read from the clock at every call as the command line and the task pane read it:
// a date after it is a FUTURE_DATE issue, so a cached dataset never outlives its day).
// Each table is ONE range argument (with HSTACK too: Excel passes one rectangular array). Rows
// below its data of only empty and #N/A cells are padding (usedHeight): not in the interned
// table, not data, so they key nothing. A #N/A in a data row, in whatever column and row, is a
// bad cell of that row, so the same cells in any row order give the same numbers. There are no
// separate column arguments whose lengths could differ, so there is no length check.
import { localToday } from "../cli/localToday";
import {
  applyMappingOverrides,
  createEngine,
  DEFAULT_CASE_TYPE_MAP,
  loadDataset,
  missingRequiredFields,
  normalizeKey,
  TABLE_LABELS,
} from "../core";
import type {
  CaseTypeMap,
  ColumnMapping,
  Engine,
  LoadedDataset,
  TableInput,
  TableName,
} from "../core";
import { readStoredSettings, type StoredSettings } from "../excel/storedSettings";
import { FunctionInputError } from "./functionError";
import { LruCache } from "./lruCache";
import { TableCache, type CachedTable } from "./tableCache";
import { detectLayout, type TableLayout } from "./tableLayout";

/** The range arguments of one call; `cases` absent only for KLACHTEN and COLLECTIEF. */
export interface FunctionTables {
  readonly cases?: unknown;
  readonly zrm?: unknown;
  readonly activities?: unknown;
  readonly complaints?: unknown;
}

/** The tables a range argument can be. */
type ArgumentTable = "cases" | "zrm" | "activities" | "complaints";

/**
 * A parsed dataset with its engine (the functions of the same tables share its case sets and
 * results; it goes when the LRU drops the entry) and the layout of its case table (for filters
 * on its headers).
 */
export interface FunctionData {
  readonly dataset: LoadedDataset;
  readonly engine: Engine;
  readonly cases: TableLayout;
}

/** Dutch names of the table arguments, for messages. */
const ARGUMENT_NAMES: Readonly<Record<ArgumentTable, string>> = {
  cases: "de casustabel",
  zrm: "de ZRM-tabel",
  activities: "de activiteitentabel",
  complaints: "de klachtentabel",
};

/** An empty case table, for functions over another table only (KLACHTEN). */
const NO_CASES = [["Casusnummer"]];

const tables = new TableCache();
const datasets = new LruCache<string, FunctionData>(8);
let settingsReader: () => StoredSettings | null = () => readStoredSettings();

/**
 * Replaces where the workbook settings come from (tests; the default reads Office's document
 * settings, and null outside Office).
 *
 * @param reader - Returns the stored settings or null.
 * @example
 * setSettingsReader(() => ({ version: 1, reports: [], cases: { source, overrides: { closedOn: 'Datum einde' } } }));
 */
export function setSettingsReader(reader: () => StoredSettings | null): void {
  settingsReader = reader;
  datasets.clear();
}

/**
 * The settings the task pane stored in the workbook (recidive options, publication mode, the
 * mapping), or null outside Office or when nothing was stored.
 *
 * @returns The stored settings or null.
 * @example
 * readFunctionSettings()?.publication?.threshold // 5
 */
export function readFunctionSettings(): StoredSettings | null {
  return settingsReader();
}

/**
 * Forgets every cached table and dataset (tests and the benchmark).
 *
 * @returns The table cache's hit and miss counts before clearing.
 */
export function clearFunctionCaches(): { hits: number; misses: number } {
  const counts = { hits: tables.hits, misses: tables.misses };
  tables.clear();
  datasets.clear();
  return counts;
}

/**
 * The table cache's hit and miss counts since the last clear.
 *
 * @returns The counts.
 */
export function functionCacheStats(): { hits: number; misses: number } {
  return { hits: tables.hits, misses: tables.misses };
}

/**
 * Parses the tables of a call, or returns the dataset parsed before for equal tables, settings
 * and day. Dates after today (the local calendar day) are FUTURE_DATE issues, as in the report
 * of the task pane and the command line: the row is left out of what needs that date.
 * A mapping saved in the workbook by the task pane wins over auto-mapping when every header it
 * names is in the argument's header row (so it is the same table).
 *
 * @param input - The range arguments.
 * @returns The dataset and the case table's layout.
 * @throws {@link FunctionInputError} for a malformed range or a missing required column.
 * @example
 * loadFunctionData({ cases: [['Casusnr', 'Startdatum'], ['1', 45300]] }).dataset.cases.size // 1
 */
export function loadFunctionData(input: FunctionTables): FunctionData {
  const settings = settingsReader();
  const asOf = localToday();
  const cases = tables.intern(
    input.cases === undefined ? NO_CASES : input.cases,
    ARGUMENT_NAMES.cases
  );
  const zrm = input.zrm === undefined ? undefined : tables.intern(input.zrm, ARGUMENT_NAMES.zrm);
  const activities =
    input.activities === undefined
      ? undefined
      : tables.intern(input.activities, ARGUMENT_NAMES.activities);
  const complaints =
    input.complaints === undefined
      ? undefined
      : tables.intern(input.complaints, ARGUMENT_NAMES.complaints);
  const caseTypeMap = storedCaseTypeMap(settings);
  const parsing = [
    settings?.cases?.overrides,
    settings?.zrm?.overrides,
    settings?.activities?.overrides,
    settings?.complaints?.overrides,
    settings?.caseTypeMap,
  ];
  const key = [
    cases.id,
    zrm?.id ?? "",
    activities?.id ?? "",
    complaints?.id ?? "",
    JSON.stringify(parsing),
    asOf,
  ].join("|");
  const cached = datasets.get(key);
  if (cached !== undefined) return cached;

  const caseLayout = layoutOf(cases, "cases", settings);
  const zrmLayout = zrm === undefined ? undefined : layoutOf(zrm, "zrm", settings);
  const activityLayout =
    activities === undefined ? undefined : layoutOf(activities, "activities", settings);
  const complaintLayout =
    complaints === undefined ? undefined : layoutOf(complaints, "complaints", settings);
  const dataset = loadDataset({
    cases: tableInput(caseLayout),
    ...(zrmLayout === undefined ? {} : { zrm: tableInput(zrmLayout) }),
    ...(activityLayout === undefined ? {} : { activities: tableInput(activityLayout) }),
    ...(complaintLayout === undefined ? {} : { complaints: tableInput(complaintLayout) }),
    ...(caseTypeMap === undefined ? {} : { caseTypeMap }),
    asOf,
  });
  const data: FunctionData = { dataset, engine: createEngine(dataset), cases: caseLayout };
  datasets.set(key, data);
  return data;
}

function tableInput(layout: TableLayout): TableInput {
  return { rows: layout.rows, mapping: layout.mapping };
}

/** Lays out one table, applies the stored mapping, checks its required columns. */
function layoutOf(
  table: CachedTable,
  name: ArgumentTable,
  settings: StoredSettings | null
): TableLayout {
  const detected = detectLayout(table.rows, name);
  const layout = detected.positional
    ? detected
    : withStoredOverrides(detected, settings?.[name]?.overrides);
  const missing = missingRequiredFields(layout.mapping);
  if (missing.length > 0)
    throw new FunctionInputError(missingColumnMessage(name, missing, layout.mapping));
  return layout;
}

/** Applies the task pane's overrides when every header they name is in this table's header row. */
function withStoredOverrides(
  layout: TableLayout,
  overrides: Readonly<Record<string, string>> | undefined
): TableLayout {
  if (overrides === undefined || Object.keys(overrides).length === 0) return layout;
  const headerKeys = new Set(layout.mapping.headers.map(normalizeKey));
  const named = Object.values(overrides).flatMap((header) => String(header).split(","));
  const fits = named.every(
    (header) => header.trim() === "" || headerKeys.has(normalizeKey(header))
  );
  if (!fits) return layout;
  let mapping: ColumnMapping;
  try {
    mapping = applyMappingOverrides(layout.mapping, overrides);
  } catch {
    return layout; // stale settings (an unknown field): auto-mapping is the better guess
  }
  return { ...layout, mapping };
}

function storedCaseTypeMap(settings: StoredSettings | null): CaseTypeMap | undefined {
  const values = settings?.caseTypeMap;
  if (values === undefined || Object.keys(values).length === 0) return undefined;
  return { keywords: DEFAULT_CASE_TYPE_MAP.keywords, values };
}

function missingColumnMessage(
  table: TableName,
  missing: readonly string[],
  mapping: ColumnMapping
): string {
  const what =
    missing.length === 1
      ? `de verplichte kolom ${missing[0] ?? ""}`
      : `de verplichte kolommen ${missing.join(", ")}`;
  const headers = mapping.headers.filter((header) => header !== "");
  return (
    `In de tabel met ${TABLE_LABELS[table]} is ${what} niet gevonden` +
    (headers.length > 0 ? ` (kolommen: ${headers.map((h) => `"${h}"`).join(", ")})` : "") +
    ". Geef de kolom een herkenbare kop, kies hem in het taakvenster, of geef de kolommen zonder kopregel in de vaste volgorde op."
  );
}
