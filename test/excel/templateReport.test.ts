import { getKpi, type KpiId } from "../../src/core/kpis/kpiRegistry";
import { generateSampleExport } from "../../src/core/sample/generateSampleExport";
import { getBuiltInTemplate, type Template } from "../../src/core";
import type { CellValue } from "../../src/core/types";
import { UserFacingError } from "../../src/excel/officeErrorMessage";
import {
  datasetFromSources,
  readSources,
  refreshReport,
  reportFromSettings,
  writeReport,
} from "../../src/excel/reportWorkflow";
import {
  readStoredSettings,
  writeStoredSettings,
  type StoredSettings,
} from "../../src/excel/storedSettings";
import { createFakeHost, FakeWorkbook, type FakeValue } from "./fakeExcel";
import { TEST_TEMPLATE } from "./templateFixture";

const sample = generateSampleExport({ cases: 1500 });
const asValues = (rows: CellValue[][]): FakeValue[][] =>
  rows.map((row) => row.map((v) => (v === null || v === undefined ? "" : (v as FakeValue))));
const NOW = new Date(2024, 9, 7, 10, 15);
const Q3 = "Rapportage t\u2215m Q3 2024";
const Q4 = "Rapportage t\u2215m Q4 2024";
const COUNT = '#,##0;"\u2212"#,##0';
const COUNT_DELTA = '+#,##0;"\u2212"#,##0;0';
const DELTA_PCT = '+0.0%;"\u2212"0.0%;0.0%';
const PERCENT = '0.0%;"\u2212"0.0%';

const SETTINGS: StoredSettings = {
  version: 1,
  cases: { source: { kind: "table", name: "Casussen" }, overrides: {} },
  period: "t/m Q3 2024",
  template: { kind: "builtIn", id: "testorganisatie" },
  reports: [],
};

function setup(settings: StoredSettings = SETTINGS) {
  const book = new FakeWorkbook();
  book.addTable("Casussen", "Export", asValues(sample.cases));
  const host = createFakeHost(book);
  return { book, host, ready: writeStoredSettings(settings, host.settings) };
}

describe("a template on the owned report sheet", () => {
  it("writes each table's cells with the number format of its row and column kind", async () => {
    const { book, host, ready } = setup();
    await ready;
    const result = await refreshReport(host, { now: NOW, templates: [TEST_TEMPLATE] });
    expect(result.reportSheet).toBe(Q3);
    expect(result.template?.name).toBe("Testorganisatie \u2013 kwartaalcijfers");
    const cell = (a: string) => book.cell(Q3, a);
    const format = (a: string) => book.format(Q3, a).numberFormat;
    expect([cell("A1"), cell("A2")]).toEqual([
      "Testorganisatie \u2013 kwartaalcijfers t/m Q3 2024",
      "Periode t/m Q3 2024, sjabloon Testorganisatie \u2013 kwartaalcijfers",
    ]);
    expect(cell("A3")).toBe("Bijgewerkt op 7-10-2024 om 10:15 (taakvenster Welzijnsmonitor).");
    // Series with Verschil: title on row 5, header on 6, Team Centrum on 7, Totaal on 12.
    expect(cell("A5")).toBe("Gestart per team");
    expect(["A6", "B6", "C6", "D6", "E6", "F6"].map(cell)).toEqual([
      "Team",
      "Q1 2024",
      "Q2 2024",
      "Verschil",
      "Q3 2024",
      "Verschil",
    ]);
    expect(["A7", "B7", "C7", "D7", "E7", "F7"].map(cell)).toEqual([
      "Team Centrum",
      25,
      16,
      -9,
      22,
      6,
    ]);
    expect(["A12", "B12", "E12"].map(cell)).toEqual(["Totaal", 142, 105]);
    expect([format("A7"), format("B7"), format("D7"), format("E7")]).toEqual([
      "@",
      COUNT,
      COUNT_DELTA,
      COUNT,
    ]);
    expect(book.format(Q3, "A12").bold).toBe(true);
    // Comparison with shares below the first chart (16 rows): title on row 22, IT on 24.
    expect(cell("A22")).toBe("Soort traject");
    expect(["A24", "B24", "C24", "D24", "E24", "F24"].map(cell)).toEqual([
      "IT",
      146,
      165,
      19,
      0.13013698630136986,
      0.457,
    ]);
    expect([format("D24"), format("E24"), format("F24")]).toEqual([
      COUNT_DELTA,
      DELTA_PCT,
      PERCENT,
    ]);
    // Crosstab, then the table the export cannot serve, with its reason.
    expect(["A39", "B40", "E40", "A41", "E41"].map(cell)).toEqual([
      "Team en soort traject",
      "IT",
      "Totaal",
      "Team Centrum",
      63,
    ]);
    expect([cell("A56"), cell("A57")]).toEqual([
      "Niet opgenomen",
      "Gestart per wijk: de kolom Wijk ontbreekt in de export",
    ]);
  });

  it("draws a native chart beside each table that asks for one, total row and Verschil left out", async () => {
    const { book, host, ready } = setup();
    await ready;
    await refreshReport(host, { now: NOW, templates: [TEST_TEMPLATE] });
    const charts = book.sheet(Q3).charts.map((c) => ({
      type: c.type,
      title: c.title,
      source: c.sourceAddress,
      series: c.series.map((s) => `${s.name} ${s.valuesAddress}`),
      at: `${c.topLeft}:${c.bottomRight}`,
    }));
    expect(charts).toEqual([
      {
        type: "ColumnClustered",
        title: "Gestart per team",
        source: "A6:E11",
        series: ["Q1 2024 B7:B11", "Q2 2024 C7:C11", "Q3 2024 E7:E11"],
        at: "H5:N20",
      },
      {
        type: "Pie",
        title: "Soort traject",
        source: "A23:C26",
        series: ["t/m Q3 2024 C24:C26"],
        at: "H22:N37",
      },
      {
        type: "BarClustered",
        title: "Team en soort traject",
        source: "A40:D45",
        series: ["IT B41:B45", "LS C41:C45", "IA D41:D45"],
        at: "G39:M54",
      },
    ]);
    expect(book.sheet(Q3).charts.map((c) => c.reversePlotOrder)).toEqual([false, false, true]);
  });

  it("writes with three syncs whatever the number of tables", async () => {
    const syncsFor = async (template: typeof TEST_TEMPLATE): Promise<number> => {
      const { book, host, ready } = setup({
        ...SETTINGS,
        template: { kind: "own", fileName: "eigen.json", template },
      });
      await ready;
      const settings = readStoredSettings(host.settings) as StoredSettings;
      const dataset = datasetFromSources(await readSources(host, settings), settings);
      const built = reportFromSettings(dataset, settings);
      const before = book.syncCount;
      await writeReport(host, built.report, dataset.issues, settings, "", built.template);
      return book.syncCount - before;
    };
    const one = { ...TEST_TEMPLATE, tables: TEST_TEMPLATE.tables.slice(0, 1) };
    expect(await syncsFor(one)).toBe(3);
    expect(await syncsFor(TEST_TEMPLATE)).toBe(3);
  });

  it("refreshes next quarter with the stored template, replacing the charts instead of adding", async () => {
    const { book, host, ready } = setup();
    await ready;
    await refreshReport(host, { now: NOW, templates: [TEST_TEMPLATE] });
    // Reopened: the choice is in the document; the ribbon's refresh has no pane state.
    const reopened = createFakeHost(book, host.settings.reopen());
    const next = await refreshReport(reopened, {
      now: NOW,
      period: "t/m Q4 2024",
      via: "ribbon",
      templates: [TEST_TEMPLATE],
    });
    expect(next.reportSheet).toBe(Q4);
    expect(book.sheets.map((s) => s.name)).toEqual(["Export", Q4, "Toelichting", "Controle"]);
    expect(book.cell(Q4, "A1")).toBe("Testorganisatie \u2013 kwartaalcijfers t/m Q4 2024");
    expect(book.cell(Q4, "G6")).toBe("Q4 2024");
    expect(book.sheet(Q4).charts.map((c) => c.title)).toEqual([
      "Gestart per team",
      "Soort traject",
      "Team en soort traject",
    ]);
    expect(book.sheet(Q4).charts[0]?.sourceAddress).toBe("A6:G11");
    expect(readStoredSettings(reopened.settings)?.template).toEqual({
      kind: "builtIn",
      id: "testorganisatie",
    });
  });

  it("explains the template on Toelichting: its parameters and the definitions of its KPIs only", async () => {
    const { book, host, ready } = setup();
    await ready;
    await refreshReport(host, { now: NOW, templates: [TEST_TEMPLATE] });
    const texts = book
      .sheet("Toelichting")
      .values.flat()
      .filter((v): v is string => typeof v === "string");
    expect(texts).toContain("Sjabloon");
    expect(texts).toContain("testorganisatie");
    const used = new Set(
      TEST_TEMPLATE.tables.flatMap((t) =>
        t.measures.map((m) => getKpi((typeof m === "string" ? m : m.kpi) as KpiId).label)
      )
    );
    for (const label of used) expect(texts).toContain(label);
    // A KPI no table of the template uses is not explained.
    expect(used.has(getKpi("recidivePct").label)).toBe(false);
    expect(texts).not.toContain(getKpi("recidivePct").label);
  });

  it("keeps an own template in the workbook, so a refresh needs no file", async () => {
    const { book, host, ready } = setup({
      ...SETTINGS,
      template: { kind: "own", fileName: "eigen.json", template: TEST_TEMPLATE },
    });
    await ready;
    const reopened = createFakeHost(book, host.settings.reopen());
    await refreshReport(reopened, { now: NOW });
    expect(book.cell(Q3, "A5")).toBe("Gestart per team");
    expect(book.sheet(Q3).charts).toHaveLength(3);
  });

  it("leaves a user's own sheet of the report's name alone", async () => {
    const { book, host, ready } = setup();
    book.addSheet(Q3, [["Mijn eigen aantekeningen"]]);
    await ready;
    const result = await refreshReport(host, { now: NOW, templates: [TEST_TEMPLATE] });
    expect(result.reportSheet).not.toBe(Q3);
    expect(book.sheet(Q3).values).toEqual([["Mijn eigen aantekeningen"]]);
    expect(book.sheet(Q3).charts).toEqual([]);
    expect(book.cell(result.reportSheet, "A5")).toBe("Gestart per team");
  });

  describe("edge cases", () => {
    it("refuses a template id this version does not have, in Dutch", async () => {
      const { host, ready } = setup({ ...SETTINGS, template: { kind: "builtIn", id: "oud" } });
      await ready;
      await expect(refreshReport(host, { now: NOW, templates: [TEST_TEMPLATE] })).rejects.toThrow(
        new UserFacingError(
          'Deze werkmap gebruikt het sjabloon "oud", maar deze versie van Welzijnsmonitor kent dat sjabloon niet. ' +
            "Kies in het taakvenster (stap 3) een ander sjabloon en maak het rapport opnieuw."
        )
      );
    });

    it("publishes a template: its small counts are marked, null in the values and shown as <5", async () => {
      // Utrecht's tables per team: the sample's "- geen team -" has 1 case.
      const utrecht = getBuiltInTemplate("utrecht") as Template;
      const settings: StoredSettings = {
        ...SETTINGS,
        template: { kind: "builtIn", id: "utrecht" },
        publication: { threshold: 5 },
      };
      const { book, host, ready } = setup(settings);
      await ready;
      const stored = readStoredSettings(host.settings) as StoredSettings;
      const dataset = datasetFromSources(await readSources(host, stored), stored);
      const { template } = reportFromSettings(dataset, stored, [utrecht]);
      const rows = template?.rendered.tables.flatMap((t) => t.rows) ?? [];
      const marked = rows.flatMap((r) => (r.suppressed ?? []).map((m, c) => [m, r.values[c]]));
      expect(marked.some(([m]) => m === "small")).toBe(true);
      for (const [mark, value] of marked) if (mark !== null) expect(value).toBeNull();
      await refreshReport(host, { now: NOW, templates: [utrecht] });
      expect(book.snapshot(Q3)).toContain("<5");
    });

    it("names the bad key of a stored own template that is no longer valid", async () => {
      const broken = { ...TEST_TEMPLATE, tables: [{ ...TEST_TEMPLATE.tables[0], chart: "taart" }] };
      const { host, ready } = setup({
        ...SETTINGS,
        template: { kind: "own", fileName: "eigen.json", template: broken as never },
      });
      await ready;
      await expect(refreshReport(host, { now: NOW })).rejects.toThrow(/^tables\[0\]\.chart: /);
    });
  });
});
