import { cellAddress, parseAddress } from "../../src/excel/cellAddress";
import { generateSampleExport } from "../../src/core/sample/generateSampleExport";
import type { CellValue } from "../../src/core/types";
import { listDataSources, selectionSource, sourceLabel } from "../../src/excel/listDataSources";
import { UserFacingError } from "../../src/excel/officeErrorMessage";
import { datasetFromSources, refreshReport, statusLine } from "../../src/excel/reportWorkflow";
import { issueCell, selectCell } from "../../src/excel/selectIssueCell";
import {
  readStoredSettings,
  writeStoredSettings,
  type OwnedSheet,
  type StoredSettings,
} from "../../src/excel/storedSettings";
import { readSource } from "../../src/excel/readSource";
import { createFakeHost, FakeSettings, FakeWorkbook, type FakeValue } from "./fakeExcel";

const sample = generateSampleExport({ cases: 1500 });
const asValues = (rows: CellValue[][]): FakeValue[][] =>
  rows.map((row) => row.map((v) => (v === null || v === undefined ? "" : (v as FakeValue))));
const NOW = new Date(2024, 9, 7, 10, 15);
const Q3 = "Rapportage t\u2215m Q3 2024";
const Q4 = "Rapportage t\u2215m Q4 2024";

function workbook(): FakeWorkbook {
  const book = new FakeWorkbook();
  book.addTable("Casussen", "Export", asValues(sample.cases));
  book.addTable("ZRM", "ZRM-scores", asValues(sample.zrm));
  book.addTable("Activiteiten", "Activiteiten", asValues(sample.activities));
  return book;
}

const SETTINGS: StoredSettings = {
  version: 1,
  cases: { source: { kind: "table", name: "Casussen" }, overrides: {} },
  zrm: { source: { kind: "table", name: "ZRM" }, overrides: {} },
  activities: { source: { kind: "table", name: "Activiteiten" }, overrides: {} },
  period: "t/m Q3 2024",
  reports: [],
};

describe("refreshReport", () => {
  it("writes the report with the engine’s numbers and remembers the sheets it owns", async () => {
    const book = workbook();
    const host = createFakeHost(book);
    await writeStoredSettings(SETTINGS, host.settings);
    const result = await refreshReport(host, { now: NOW });
    expect(result.reportSheet).toBe(Q3);
    expect(book.sheets.map((s) => s.name)).toEqual([
      "Export",
      "ZRM-scores",
      "Activiteiten",
      Q3,
      "Toelichting",
      "Controle",
    ]);
    // The first table starts at row 5: title, header, then "Aantal aanmeldingen" on row 7.
    const registrations = result.report.tables[0]!.rows[0]!;
    expect(registrations.label).toBe("Aantal aanmeldingen");
    expect([book.cell(Q3, "A7"), book.cell(Q3, "B7"), book.cell(Q3, "C7")]).toEqual([
      "Aantal aanmeldingen",
      registrations.previous,
      registrations.current,
    ]);
    expect(book.cell(Q3, "A3")).toBe(statusLine(NOW, "pane"));
    expect(book.cell(Q3, "A3")).toBe(
      "Bijgewerkt op 7-10-2024 om 10:15 (taakvenster Welzijnsmonitor)."
    );
    expect(book.sheet(Q3).formulas.size).toBe(0);
    expect(book.sheet("Controle").values.length).toBe(result.dataset.issues.length + 1);
    const stored = readStoredSettings(host.settings.reopen());
    expect(stored?.reports.map((r) => [r.kind, r.sheetName, r.period])).toEqual([
      ["report", Q3, "t/m Q3 2024"],
      ["toelichting", "Toelichting", "t/m Q3 2024"],
      ["controle", "Controle", "t/m Q3 2024"],
    ]);
  });

  it("refreshes next quarter after save and reopen: same sheets, new period, user sheets untouched", async () => {
    const book = workbook();
    const first = createFakeHost(book);
    await writeStoredSettings(SETTINGS, first.settings);
    await refreshReport(first, { now: NOW });
    const ids = book.sheets.map((s) => s.id);
    book.addSheet("Mijn analyse", [["Eigen berekening", "=1+1"]]);
    const mine = book.snapshot("Mijn analyse");
    const reopened = createFakeHost(book, first.settings.reopen());
    const result = await refreshReport(reopened, {
      now: new Date(2025, 0, 10, 9, 0),
      period: "t/m Q4 2024",
      via: "ribbon",
    });
    expect(book.sheets.map((s) => s.name)).toEqual([
      "Export",
      "ZRM-scores",
      "Activiteiten",
      Q4,
      "Toelichting",
      "Controle",
      "Mijn analyse",
    ]);
    expect(book.sheets.slice(0, 6).map((s) => s.id)).toEqual(ids);
    expect(book.snapshot("Mijn analyse")).toBe(mine);
    expect(book.cell(Q4, "A1")).toBe("Welzijnsmonitor – rapportage t/m Q4 2024");
    expect(book.cell(Q4, "A3")).toBe("Bijgewerkt op 10-1-2025 om 9:00 (knop Rapport vernieuwen).");
    expect(readStoredSettings(reopened.settings)?.period).toBe("t/m Q4 2024");
    expect(result.report.periodLabel).toBe("t/m Q4 2024");
    // The last batch wrote all three sheets with three syncs; reading took its own batches.
    const writer = reopened.contexts[reopened.contexts.length - 1]!;
    expect(writer.syncCount).toBe(3);
    expect(reopened.contexts.slice(0, -1).every((context) => context.syncCount <= 2)).toBe(true);
  });

  it("recognises its sheets after a reopen that gave every sheet a new id", async () => {
    const book = workbook();
    const first = createFakeHost(book);
    await writeStoredSettings(SETTINGS, first.settings);
    await refreshReport(first, { now: NOW });
    book.reassignSheetIds();
    const reopened = createFakeHost(book, first.settings.reopen());
    const result = await refreshReport(reopened, { now: NOW, period: "t/m Q4 2024" });
    expect(book.sheets.map((s) => s.name)).toEqual([
      "Export",
      "ZRM-scores",
      "Activiteiten",
      Q4,
      "Toelichting",
      "Controle",
    ]);
    expect(result.released).toEqual([]);
    expect(readStoredSettings(reopened.settings)?.reports.map((r) => r.sheetId)).toEqual(
      book.sheets.slice(3).map((s) => s.id)
    );
  });

  it("leaves a report sheet the user renamed alone and writes the new report beside it", async () => {
    const book = workbook();
    const host = createFakeHost(book);
    await writeStoredSettings(SETTINGS, host.settings);
    await refreshReport(host, { now: NOW });
    book.sheet(Q3).name = "Rapport Q3 (bewaard)";
    const kept = book.snapshot("Rapport Q3 (bewaard)");
    const result = await refreshReport(host, { now: NOW, period: "t/m Q4 2024" });
    expect(book.snapshot("Rapport Q3 (bewaard)")).toBe(kept);
    expect(result.reportSheet).toBe(Q4);
    expect(result.released).toEqual([{ sheetName: Q3, renamedTo: "Rapport Q3 (bewaard)" }]);
    expect(readStoredSettings(host.settings)?.reports.map((r) => r.sheetName)).toEqual([
      Q4,
      "Toelichting",
      "Controle",
    ]);
  });

  it("charts top-5 domains, started and closed per month, and collective participants", async () => {
    const book = workbook();
    const host = createFakeHost(book);
    await writeStoredSettings(SETTINGS, host.settings);
    const result = await refreshReport(host, { now: NOW });
    const sheet = book.sheet(Q3);
    /** The cells a chart plots: the row above its source is the table title. */
    const chartData = (title: string) => {
      const chart = sheet.charts.find((c) => c.title === title);
      if (!chart) throw new Error(`no chart "${title}"`);
      const { rect } = parseAddress(chart.sourceAddress);
      const at = (r: number, c: number) => book.cell(Q3, cellAddress(r, c));
      const rows = Array.from({ length: rect.rowCount - 1 }, (_, i) => [
        at(rect.row + 1 + i, 0),
        at(rect.row + 1 + i, 1),
        at(rect.row + 1 + i, 2),
      ]);
      return {
        chart,
        tableTitle: at(rect.row - 1, 0),
        series: [at(rect.row, 1), at(rect.row, 2)],
        rows,
      };
    };
    const table = (id: string) => result.report.tables.find((t) => t.id === id)!;
    const expectRows = (id: string, count: number) =>
      table(id)
        .rows.slice(0, count)
        .map((r) => [r.label, r.previous ?? "", r.current ?? ""]);

    expect(sheet.charts.map((c) => c.title)).toEqual(
      expect.arrayContaining([
        "Top 5 hoofddomeinen ZRM",
        "Per maand – opgestart",
        "Per maand – afgesloten",
        "Deelnemers collectieve activiteiten per categorie",
      ])
    );
    expect(sheet.charts.map((c) => c.title)).not.toContain("Collectieve trajecten per categorie");

    const top = chartData("Top 5 hoofddomeinen ZRM");
    expect(top.chart.type).toBe("BarClustered");
    expect(top.tableTitle).toBe("Top 5 hoofddomeinen ZRM");
    expect(top.series).toEqual(["t/m Q3 2023", "t/m Q3 2024"]);
    expect(top.rows).toEqual(expectRows("topDomains", 5));

    for (const [title, id] of [
      ["Per maand – opgestart", "byMonth"],
      ["Per maand – afgesloten", "byMonth.closed"],
    ] as const) {
      const month = chartData(title);
      expect(month.chart).toEqual(expect.objectContaining({ type: "Line", seriesBy: "Columns" }));
      expect(month.tableTitle).toBe(title);
      expect(month.series).toEqual(["t/m Q3 2023", "t/m Q3 2024"]);
      expect(month.rows.map((r) => r[0])).toEqual([
        "januari",
        "februari",
        "maart",
        "april",
        "mei",
        "juni",
        "juli",
        "augustus",
        "september",
      ]);
      expect(month.rows).toEqual(expectRows(id, 9));
    }
    const people = chartData("Deelnemers collectieve activiteiten per categorie");
    expect(people.chart.type).toBe("ColumnClustered");
    // A category without participant numbers shows "n.v.t." (not a zero bar).
    const participants = table("activities.deelnemers").rows.slice(0, people.rows.length);
    expect(people.rows.length).toBeGreaterThan(0);
    expect(people.rows).toEqual(
      participants.map((r) => [r.label, r.previous ?? "n.v.t.", r.current ?? "n.v.t."])
    );
    expect(participants.some((r) => (r.current ?? 0) > 0)).toBe(true);
  });

  describe("edge cases", () => {
    it("says what to do when the workbook has no settings yet", async () => {
      const host = createFakeHost(workbook());
      const error = await refreshReport(host, { now: NOW }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(UserFacingError);
      expect((error as Error).message).toMatch(
        /^Er is nog geen rapport ingesteld in deze werkmap\. Open het taakvenster/
      );
    });

    it("rejects a bad period before reading or writing anything", async () => {
      const book = workbook();
      const host = createFakeHost(book, new FakeSettings());
      await writeStoredSettings({ ...SETTINGS, period: "Q5 2024" }, host.settings);
      await expect(refreshReport(host, { now: NOW })).rejects.toThrow(
        /^Onbekende periode: "Q5 2024"/
      );
      expect(book.syncCount).toBe(0);
    });

    it('names real sheet rows in issues, and "Ga naar cel" selects that cell', async () => {
      const book = new FakeWorkbook();
      // A title and an empty row above the header; the data in columns B–D.
      book.addSheet("Export", [
        ["Export registratiesysteem"],
        [],
        ["", "Casusnummer", "Aanmelddatum", "Einddatum"],
        ["", "A1", 45300, 45400],
        ["", "A2", 45301, "31-02-2024"],
      ]);
      const host = createFakeHost(book);
      const settings: StoredSettings = {
        version: 1,
        cases: { source: { kind: "range", sheet: "Export", address: "B3:D5" }, overrides: {} },
        reports: [],
      };
      const cases = await readSource(host.run, settings.cases!.source);
      const dataset = datasetFromSources({ cases }, settings);
      const issue = dataset.issues.find((i) => i.code === "INVALID_DATE")!;
      expect(issue).toEqual(expect.objectContaining({ row: 5, column: "Einddatum" }));
      const cell = issueCell(issue, { location: cases, headers: dataset.mappings.cases.headers });
      expect(cell).toEqual({ sheet: "Export", row: 4, column: 3 });
      await selectCell(host.run, cell!);
      expect(book.selection).toEqual({ sheetId: book.sheet("Export").id, address: "D5" });
    });
  });
});

describe("listDataSources and selectionSource", () => {
  it("offers the tables and the sheets with data, leaving out the report sheets", async () => {
    const book = workbook();
    book.addSheet("Leeg");
    const report = book.addSheet(Q3, [["rapport"]]);
    const owned: OwnedSheet = {
      sheetName: Q3,
      kind: "report",
      period: "t/m Q3 2024",
      sheetId: report.id,
    };
    const options = await listDataSources(createFakeHost(book).run, [owned]);
    expect(options.map((o) => o.label)).toEqual([
      `Casussen (tabel, ${(sample.cases.length - 1).toLocaleString("nl-NL")} rijen)`,
      `ZRM (tabel, ${(sample.zrm.length - 1).toLocaleString("nl-NL")} rijen)`,
      `Activiteiten (tabel, ${(sample.activities.length - 1).toLocaleString("nl-NL")} rijen)`,
      `Export (blad, ${(sample.cases.length - 1).toLocaleString("nl-NL")} rijen)`,
      `ZRM-scores (blad, ${(sample.zrm.length - 1).toLocaleString("nl-NL")} rijen)`,
      `Activiteiten (blad, ${(sample.activities.length - 1).toLocaleString("nl-NL")} rijen)`,
    ]);
    expect(options[3]!.source).toEqual({ kind: "range", sheet: "Export", address: "" });
  });

  it("takes a selected range as it is, and a single cell as its whole sheet", async () => {
    const book = workbook();
    const host = createFakeHost(book);
    book.selection = { sheetId: book.sheet("Export").id, address: "A1:C101" };
    expect(await selectionSource(host.run, [])).toEqual({
      source: { kind: "range", sheet: "Export", address: "A1:C101" },
      label: "Export: kolom A–C vanaf rij 1 (selectie)",
      rowCount: 101,
    });
    expect(sourceLabel({ kind: "range", sheet: "Export", address: "C3:C9" })).toBe(
      "Export: kolom C vanaf rij 3 (selectie)"
    );
    book.selection = { sheetId: book.sheet("Export").id, address: "B7" };
    expect((await selectionSource(host.run, [])).source).toEqual({
      kind: "range",
      sheet: "Export",
      address: "",
    });
  });
});

describe("a data source on a sheet the add-in owns", () => {
  const OWNED_MESSAGE =
    'Het blad "Controle" is van Welzijnsmonitor en wordt bij vernieuwen overschreven; kies de export op een eigen werkblad (stap 1 Gegevens in het taakvenster).';

  /** A workbook with a report written once; returns the settings as stored. */
  async function withReport() {
    const book = workbook();
    const host = createFakeHost(book);
    await writeStoredSettings(SETTINGS, host.settings);
    await refreshReport(host, { now: NOW });
    const stored = readStoredSettings(host.settings)!;
    return { book, host, stored };
  }

  it('"Huidige selectie gebruiken" refuses a range on Controle with a Dutch message', async () => {
    const { book, host, stored } = await withReport();
    book.selection = { sheetId: book.sheet("Controle").id, address: "A1:E20" };
    const error = await selectionSource(host.run, stored.reports).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UserFacingError);
    expect((error as Error).message).toBe(OWNED_MESSAGE);
    book.selection = { sheetId: book.sheet(Q3).id, address: "B7" };
    await expect(selectionSource(host.run, stored.reports)).rejects.toThrow(
      `Het blad "${Q3}" is van Welzijnsmonitor`
    );
  });

  it("accepts a former report sheet the user renamed to keep: it is the user's now", async () => {
    const { book, host, stored } = await withReport();
    book.sheet("Controle").name = "Controle Q3 bewaard";
    book.selection = { sheetId: book.sheet("Controle Q3 bewaard").id, address: "A1:E20" };
    expect((await selectionSource(host.run, stored.reports)).source).toEqual({
      kind: "range",
      sheet: "Controle Q3 bewaard",
      address: "A1:E20",
    });
  });

  it("refuses a refresh whose stored source is an owned sheet, before clearing anything", async () => {
    const { book, host, stored } = await withReport();
    // An older workbook: the case source was set to the Controle sheet.
    const pointing: StoredSettings = {
      ...stored,
      cases: { source: { kind: "range", sheet: "Controle", address: "A1:E20" }, overrides: {} },
    };
    await writeStoredSettings(pointing, host.settings);
    const before = [book.snapshot("Controle"), book.snapshot(Q3), book.snapshot("Toelichting")];
    const error = await refreshReport(host, { now: NOW, period: "t/m Q4 2024" }).catch(
      (e: unknown) => e
    );
    expect((error as Error).message).toBe(OWNED_MESSAGE);
    expect([book.snapshot("Controle"), book.snapshot(Q3), book.snapshot("Toelichting")]).toEqual(
      before
    );
    expect(readStoredSettings(host.settings)).toEqual(pointing);
  });

  it("goes by ownership, not by name: a user's sheet that has a stored name is offered", async () => {
    const book = workbook();
    book.addSheet("Controle", [["eigen"], ["lijst"]]);
    const stale: OwnedSheet = {
      sheetName: "Controle",
      kind: "controle",
      period: "t/m Q3 2024",
      sheetId: "weg",
    };
    const options = await listDataSources(createFakeHost(book).run, [stale]);
    expect(options.map((o) => o.label)).toContain("Controle (blad, 1 rij)");
  });

  it("refuses a table that stands on an owned sheet, naming the table", async () => {
    const { book, host, stored } = await withReport();
    const controle = book.sheet("Controle");
    book.tables.push({ id: "t9", name: "Meldingen", sheetId: controle.id, address: "A1:E5" });
    await expect(
      readSource(host.run, { kind: "table", name: "Meldingen" }, { owned: stored.reports })
    ).rejects.toThrow(
      'De tabel "Meldingen" staat op het blad "Controle", dat van Welzijnsmonitor is en bij vernieuwen wordt overschreven; kies de export op een eigen werkblad (stap 1 Gegevens in het taakvenster).'
    );
    const options = await listDataSources(host.run, stored.reports);
    expect(options.map((o) => o.label)).not.toContainEqual(
      expect.stringMatching(/Meldingen|Controle|Toelichting|Rapportage/)
    );
  });
});

describe("refreshReport in publication mode", () => {
  it("writes Controle as counts per kind and no finding's row, case number or value anywhere", async () => {
    const book = workbook();
    const host = createFakeHost(book);
    await writeStoredSettings({ ...SETTINGS, publication: { threshold: 5 } }, host.settings);
    const result = await refreshReport(host, { now: NOW });
    const { issues } = result.dataset;
    expect(issues.length).toBeGreaterThan(0);
    const controle = book.sheet("Controle").values;
    expect(controle[0]).toEqual(["Code", "Soort bevinding", "Ernst", "Aantal rijen"]);
    const kinds = new Set(issues.map((issue) => issue.code));
    expect(controle.slice(1, kinds.size + 1).map((row) => row[0])).toEqual([...kinds]);
    const published = [Q3, "Toelichting", "Controle"]
      .flatMap((name) => book.sheet(name).values.flat())
      .map(String);
    for (const issue of issues) expect(published).not.toContain(issue.message);
    expect(published.filter((text) => /rij \d/.test(text))).toEqual([]);
  });
});
