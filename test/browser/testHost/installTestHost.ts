/**
 * TEST ONLY. Bundled by buildTestHost.ts and injected with page.addInitScript before the
 * built task pane loads: installs an in-memory workbook with the sample export (and a
 * user's own sheet that happens to have the report's name) as
 * `window.__welzijnsmonitorTestHost`, which taskpane.ts uses when Office reports no host.
 */
import { generateSampleExport } from "../../../src/core/sample/generateSampleExport";
import type { PaneHost } from "../../../src/taskpane/paneState";
import { createFakeHost, FakeWorkbook, type FakeValue } from "../../excel/fakeExcel";

declare global {
  interface Window {
    __welzijnsmonitorTestHost?: PaneHost;
    __fakeBook?: FakeWorkbook;
  }
}

const sample = generateSampleExport({ cases: 3000 });
const book = new FakeWorkbook();
const rows = (table: unknown[][]): FakeValue[][] =>
  table.map((row) => row.map((v) => (v === null || v === undefined ? "" : (v as FakeValue))));
book.addTable("Casussen", "Export", rows(sample.cases));
book.addTable("ZRM", "ZRM-scores", rows(sample.zrm));
book.addTable("Activiteiten", "Activiteiten", rows(sample.activities));
// The user's own sheet with the name the report wants: must survive untouched.
book.addSheet("Rapportage t\u2215m Q3 2024", [
  ["Mijn eigen aantekeningen"],
  ["Niet overschrijven", 42],
]);
book.activeSheetId = book.sheet("Export").id;

window.__fakeBook = book;
window.__welzijnsmonitorTestHost = {
  ...createFakeHost(book),
  now: () => new Date(2024, 9, 7, 10, 15),
};
