import { buildStandardReport, createEngine, parsePeriod } from "../../src/core";
import { generateSampleExport } from "../../src/core/sample/generateSampleExport";
import type { CellValue } from "../../src/core/types";
import { loadDatasetFromSources } from "../../src/excel/loadDatasetFromSources";
import { ColumnValueCounts } from "../../src/excel/ColumnValueCounts";
import { openSource } from "../../src/excel/openSource";
import { PREVIEW_ROWS } from "../../src/excel/previewSource";
import { datasetFromSources, readSources } from "../../src/excel/reportWorkflow";
import type { StoredSettings } from "../../src/excel/storedSettings";
import { createFakeHost, FakeWorkbook, type FakeValue } from "./fakeExcel";

const sample = generateSampleExport({ cases: 5000, seed: 3 });
const asValues = (rows: CellValue[][]): FakeValue[][] =>
  rows.map((row) => row.map((v) => (v === null || v === undefined ? "" : (v as FakeValue))));
const AS_OF = 45572; // 7-10-2024
/** A budget small enough that the 5,000 cases take several chunks. */
const BUDGET = 200_000;

function workbook(): FakeWorkbook {
  const book = new FakeWorkbook();
  book.addTable("Casussen", "Export", asValues(sample.cases));
  book.addTable("ZRM", "ZRM-scores", asValues(sample.zrm));
  book.addTable("Activiteiten", "Activiteiten", asValues(sample.activities));
  return book;
}

const SETTINGS: StoredSettings = {
  version: 1,
  cases: { source: { kind: "table", name: "Casussen" }, overrides: { team: "Team" } },
  zrm: { source: { kind: "table", name: "ZRM" }, overrides: {} },
  activities: { source: { kind: "table", name: "Activiteiten" }, overrides: {} },
  caseTypeMap: { "Kort contact": "IA" },
  period: "t/m Q3 2024",
  reports: [],
};

describe("loadDatasetFromSources", () => {
  it("gives the dataset and report of the whole-array path, with the same syncs", async () => {
    const book = workbook();
    const host = createFakeHost(book);
    const before = book.syncCount;
    const sources = await readSources(host, SETTINGS);
    const whole = datasetFromSources(sources, SETTINGS, AS_OF);
    const wholeSyncs = book.syncCount - before;

    const chunkedBook = workbook();
    const chunkedHost = createFakeHost(chunkedBook);
    const progress: [string, number][] = [];
    const chunked = await loadDatasetFromSources(chunkedHost, SETTINGS, AS_OF, (p) =>
      progress.push([p.table, p.rowsRead])
    );
    // Locating takes two syncs per source; then one sync per chunk (progress: 0, then per chunk).
    expect(chunkedBook.syncCount).toBe(wholeSyncs);
    expect(chunkedBook.syncCount).toBe(3 * 2 + progress.length - 3);
    const cases = progress.filter(([table]) => table === "cases").map(([, rows]) => rows);
    expect(cases).toEqual([0, 2000, sample.cases.length]);
    for (const sync of chunkedBook.syncs)
      expect(sync.responseBytes).toBeLessThan(3.2 * 1024 * 1024);

    expect(chunked.dataset.mappings).toEqual(whole.mappings);
    expect(chunked.dataset.issues).toEqual(whole.issues);
    expect(chunked.dataset.cases.size).toBe(whole.cases.size);
    const period = parsePeriod("t/m Q3 2024");
    const report = (dataset: typeof whole): string =>
      JSON.stringify(buildStandardReport(createEngine(dataset), period));
    expect(report(chunked.dataset)).toBe(report(whole));
    // Where the data was, and only its first rows: what the pane's mapping step shows.
    const { rows, ...location } = sources.cases;
    expect(chunked.sources.cases).toEqual({ ...location, firstRows: rows.slice(0, PREVIEW_ROWS) });
    expect(chunked.sources.cases.firstRows).toHaveLength(530);
    // The case types, counted chunk by chunk, as over the whole column.
    const column = whole.mappings.cases.fields.caseType!.column;
    const counts = new ColumnValueCounts(column);
    counts.add(rows, whole.mappings.cases.headerRowIndex + 1);
    expect(chunked.caseTypeValues).toEqual({ column, values: counts.list() });
    expect(chunked.caseTypeValues?.values.length).toBeGreaterThan(1);
  });

  it("hands a table over in chunks under a small budget, one sync each", async () => {
    const book = workbook();
    const host = createFakeHost(book);
    const chunks: number[] = [];
    const opened = await openSource(host.run, SETTINGS.cases!.source, { budgetBytes: BUDGET });
    for (let rows = await opened.next(); rows !== undefined; rows = await opened.next())
      chunks.push(rows.length);
    expect(chunks.length).toBeGreaterThan(3);
    expect(chunks.reduce((a, b) => a + b, 0)).toBe(sample.cases.length);
    // One sync per chunk after the two that locate the table.
    expect(book.syncCount).toBe(2 + chunks.length);
    // The first chunk (2,000 rows) measures the rows; the next ones keep to the budget.
    for (const sync of book.syncs.slice(3)) expect(sync.responseBytes).toBeLessThan(BUDGET);
  });

  it("counts the rows after a gap below a stored selection, as readSource does", async () => {
    const book = new FakeWorkbook();
    const rows = asValues(sample.cases.slice(0, 40));
    book.addSheet("Export", [...rows, [], ["Opmerkingen", "niet meetellen"], ["nog een"]]);
    const host = createFakeHost(book);
    const { zrm: _zrm, activities: _activities, ...rest } = SETTINGS;
    const settings: StoredSettings = {
      ...rest,
      cases: { source: { kind: "range", sheet: "Export", address: "A1:T30" }, overrides: {} },
    };
    const { dataset, sources } = await loadDatasetFromSources(host, settings, AS_OF);
    expect(sources.cases).toMatchObject({ rowCount: 40, extendedRows: 10, skippedRowsBelow: 2 });
    expect(dataset.cases.size).toBe(39);
  });

  describe("edge cases", () => {
    it("says in Dutch that no case table is chosen", async () => {
      const host = createFakeHost(workbook());
      await expect(
        loadDatasetFromSources(host, { version: 1, reports: [] }, AS_OF)
      ).rejects.toThrow("Er is nog geen casustabel gekozen.");
    });
  });
});
