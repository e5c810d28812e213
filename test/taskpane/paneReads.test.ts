/**
 * The pane's reads on the in-memory Office double, with a case sheet large enough to take
 * several chunks: no read hands out the whole sheet, the pane keeps only the first rows, and
 * the dataset, report, case types and "Ga naar cel" equal the whole-array path's.
 */
import { buildStandardReport, createEngine, parsePeriod, proposeMapping } from "../../src/core";
import { generateSampleExport } from "../../src/core/sample/generateSampleExport";
import type { CellValue } from "../../src/core/types";
import { ColumnValueCounts } from "../../src/excel/ColumnValueCounts";
import { PREVIEW_ROWS } from "../../src/excel/previewSource";
import {
  datasetFromSources,
  readSources,
  refreshReport,
  reportFromSettings,
} from "../../src/excel/reportWorkflow";
import { issueCell } from "../../src/excel/selectIssueCell";
import { writeStoredSettings, type StoredSettings } from "../../src/excel/storedSettings";
import {
  caseTypesStale,
  loadPaneDataset,
  readPaneData,
  recountCaseTypes,
} from "../../src/taskpane/paneReads";
import { initialState, type PaneState } from "../../src/taskpane/paneState";
import { createFakeHost, FakeSettings, FakeWorkbook, type FakeValue } from "../excel/fakeExcel";

const sample = generateSampleExport({ cases: 30_000, seed: 11 });
/** A wide free-text column makes each row ~0.5 kB, so the 3 MB budget takes several chunks. */
const NOTE = "Gesprek gevoerd over de situatie thuis en de volgende stappen. ".repeat(6);
const CASE_SHEET: FakeValue[][] = [
  ["Overzicht casussen 2024"],
  [],
  ...sample.cases.map((row, i) =>
    [...row, i === 0 ? "Vrije tekst" : `${NOTE}${i}`].map((v) =>
      v === null || v === undefined ? "" : (v as FakeValue)
    )
  ),
];
const CASE_CELLS = CASE_SHEET.reduce((cells, row) => cells + row.length, 0);
const AS_OF = 45_572; // 7-10-2024
const NOW = new Date(2024, 9, 7, 10, 15);

function workbook(): FakeWorkbook {
  const book = new FakeWorkbook();
  book.addSheet("Export", CASE_SHEET);
  book.addTable(
    "ZRM",
    "ZRM-scores",
    sample.zrm.map((row) => row.map((v) => (v ?? "") as FakeValue))
  );
  return book;
}

const SETTINGS: StoredSettings = {
  version: 1,
  cases: { source: { kind: "range", sheet: "Export", address: "" }, overrides: {} },
  zrm: { source: { kind: "table", name: "ZRM" }, overrides: {} },
  caseTypeMap: { "Kort contact": "IA" },
  period: "t/m Q3 2024",
  reports: [],
};

function paneState(settings: StoredSettings = SETTINGS): PaneState {
  return initialState(settings, NOW);
}

/** The whole-array path: every source as one array of rows, then `loadDataset`. */
async function wholePath() {
  const book = workbook();
  const sources = await readSources(createFakeHost(book), SETTINGS);
  const dataset = datasetFromSources(sources, SETTINGS, AS_OF);
  return { sources, dataset, report: reportFromSettings(dataset, SETTINGS).report };
}

/** Chunks per table, from the progress calls (one at the start, then one per chunk). */
function chunkCounter() {
  const calls: Record<string, number> = {};
  return {
    onProgress: (p: { table: string }) => (calls[p.table] = (calls[p.table] ?? 0) + 1),
    chunks: () => Object.values(calls).reduce((sum, n) => sum + n - 1, 0),
    tables: () => Object.keys(calls).length,
  };
}

describe("the pane's reads, chunk by chunk", () => {
  let whole: Awaited<ReturnType<typeof wholePath>>;
  beforeAll(async () => {
    whole = await wholePath();
  });

  it("Gegevens lezen keeps the first rows only, and proposes and counts as from the whole sheet", async () => {
    const book = workbook();
    const state = paneState();
    const progress = chunkCounter();
    await readPaneData(createFakeHost(book), state, progress.onProgress);

    const rows = whole.sources.cases.rows;
    expect(rows).toHaveLength(CASE_SHEET.length);
    // No read handed out the whole case sheet; several chunks were needed.
    expect(Math.max(...book.valueReads)).toBeLessThan(CASE_CELLS / 4);
    // 8 chunks of the case sheet (2,000 rows, then ~6,800 under the 3 MB budget), 2 of ZRM.
    expect(progress.chunks()).toBe(10);
    // Two syncs per source to locate it, then one per chunk.
    expect(book.syncCount).toBe(2 * 2 + 10);
    // The pane keeps 530 rows, not 30,006.
    expect(state.data?.cases.firstRows).toHaveLength(PREVIEW_ROWS);
    expect(state.data?.cases.firstRows).toEqual(rows.slice(0, PREVIEW_ROWS));
    expect(state.data?.cases.rowCount).toBe(CASE_SHEET.length);
    expect(state.proposals.cases).toEqual(proposeMapping(rows, "cases"));
    expect(state.proposals.zrm).toEqual(proposeMapping(whole.sources.zrm!.rows, "zrm"));
    const mapping = state.proposals.cases!;
    expect(mapping.headerRowIndex).toBe(2);
    const column = mapping.fields.caseType!.column;
    const counts = new ColumnValueCounts(column);
    counts.add(rows, mapping.headerRowIndex + 1);
    expect(state.caseTypeValues).toEqual({ column, values: counts.list() });
    expect(state.caseTypeValues!.values.reduce((sum, v) => sum + v.count, 0)).toBe(30_001);
    expect(state.dataset).toBeNull();
  });

  it("Kolommen bevestigen builds the dataset Rapport maken reports on through the columns: the whole-array report, one sync per chunk", async () => {
    const book = workbook();
    const host = createFakeHost(book);
    const state = paneState();
    await readPaneData(host, state);
    const before = book.syncCount;
    const reads = book.valueReads.length;
    const progress = chunkCounter();
    const dataset = await loadPaneDataset(host, state, AS_OF, progress.onProgress);

    expect(book.syncCount - before).toBe(2 * progress.tables() + progress.chunks());
    expect(Math.max(...book.valueReads.slice(reads))).toBeLessThan(CASE_CELLS / 4);
    expect(state.dataset).toBe(dataset);
    expect(state.data?.cases.firstRows).toHaveLength(PREVIEW_ROWS);
    expect(dataset.mappings).toEqual(whole.dataset.mappings);
    expect(dataset.issues).toEqual(whole.dataset.issues);
    expect(dataset.cases.size).toBe(30_000);
    const period = parsePeriod("t/m Q3 2024");
    expect(JSON.stringify(buildStandardReport(createEngine(dataset), period))).toBe(
      JSON.stringify(buildStandardReport(createEngine(whole.dataset), period))
    );
    // "Ga naar cel": the issue's sheet row and the source's place give the same cell.
    const issue = dataset.issues.find((i) => i.table === "cases" && i.row > 0);
    expect(issue).toBeDefined();
    const headers = dataset.mappings.cases.headers;
    expect(issueCell(issue!, { location: state.data!.cases, headers })).toEqual(
      issueCell(issue!, { location: whole.sources.cases, headers })
    );
  });

  it("recounts the case types in one more chunked pass after another column is chosen", async () => {
    const book = workbook();
    const host = createFakeHost(book);
    const state = paneState();
    await readPaneData(host, state);
    expect(caseTypesStale(state)).toBe(false);
    state.overrides.cases = { ...state.overrides.cases, caseType: "Team" };
    expect(caseTypesStale(state)).toBe(true);
    const before = book.syncCount;
    await recountCaseTypes(host, state);
    // The case sheet only: two syncs to locate it, one per chunk (8).
    expect(book.syncCount - before).toBe(2 + 8);
    expect(caseTypesStale(state)).toBe(false);

    const rows = whole.sources.cases.rows;
    const column = (rows[2] ?? []).indexOf("Team");
    expect(column).toBeGreaterThan(0);
    const counts = new ColumnValueCounts(column);
    counts.add(rows, 3);
    expect(state.caseTypeValues).toEqual({ column, values: counts.list() });
  });

  it("Vernieuwen and the ribbon read chunk by chunk: the whole-array report, syncs = chunks + 2 per source + 3 to write", async () => {
    const book = workbook();
    const settings = new FakeSettings();
    await writeStoredSettings(SETTINGS, settings);
    const host = createFakeHost(book, settings);
    const progress = chunkCounter();
    const result = await refreshReport(host, { now: NOW, onProgress: progress.onProgress });

    expect(book.syncCount).toBe(2 * progress.tables() + progress.chunks() + 3);
    expect(Math.max(...book.valueReads)).toBeLessThan(CASE_CELLS / 4);
    expect(JSON.stringify(result.report)).toBe(JSON.stringify(whole.report));
    expect(result.dataset.issues).toEqual(whole.dataset.issues);
    expect(result.sources.cases.firstRows).toHaveLength(PREVIEW_ROWS);
    const { rows, ...location } = whole.sources.cases;
    expect({ ...result.sources.cases, firstRows: [] }).toEqual({ ...location, firstRows: [] });
    const mapping = whole.dataset.mappings.cases;
    const counts = new ColumnValueCounts(mapping.fields.caseType!.column);
    counts.add(rows as CellValue[][], mapping.headerRowIndex + 1);
    expect(result.caseTypeValues).toEqual(counts.result());
  });
});
