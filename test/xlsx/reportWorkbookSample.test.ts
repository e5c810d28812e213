import { OTHER_KEY } from "../../src/core/kpis/arrangeGroupRows";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { isoToDay } from "../../src/core/dates/dayToIso";
import { compareGroup } from "../../src/core/kpis/compareGroup";
import { computeKpi } from "../../src/core/kpis/computeKpi";
import { loadDataset } from "../../src/core/parse/loadDataset";
import { parsePeriod } from "../../src/core/periods/parsePeriod";
import { roundForDisplay } from "../../src/core/report/buildReportRow";
import { buildStandardReport } from "../../src/core/report/buildStandardReport";
import { STANDARD_REPORT_TABLES } from "../../src/core/report/standardReportTables";
import type { Report } from "../../src/core/reportTable";
import {
  generateSampleExport,
  SAMPLE_EXPORT_DATE,
} from "../../src/core/sample/generateSampleExport";
import type { Dataset } from "../../src/core/types";
import { buildReportWorkbook } from "../../src/xlsx/buildReportWorkbook";
import { expectSheetMatchesReport, findTableRows } from "./expectSheetMatchesReport";

const PERIOD = parsePeriod("t/m Q3 2024");
const PREVIOUS = parsePeriod("t/m Q3 2023");

function sampleDataset(): Dataset {
  const sample = generateSampleExport();
  return loadDataset({
    cases: { rows: sample.cases },
    zrm: { rows: sample.zrm },
    activities: { rows: sample.activities },
    complaints: { rows: sample.complaints },
    asOf: isoToDay(SAMPLE_EXPORT_DATE),
  });
}

async function reopen(
  report: Report,
  dataset: Dataset
): Promise<{ sheet: ExcelJS.Worksheet; workbook: ExcelJS.Workbook; zip: JSZip }> {
  const buffer = (await buildReportWorkbook(
    report,
    dataset.issues
  ).xlsx.writeBuffer()) as ArrayBuffer;
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(buffer);
  return {
    sheet: workbook.worksheets[0] as ExcelJS.Worksheet,
    workbook,
    zip: await JSZip.loadAsync(buffer),
  };
}

describe("the report workbook of the sample export", () => {
  const dataset = sampleDataset();
  const report = buildStandardReport(dataset, PERIOD);
  let opened: Awaited<ReturnType<typeof reopen>>;

  beforeAll(async () => {
    opened = await reopen(report, dataset);
  });

  it("has every table of the standard report: the sample has all data", () => {
    expect(report.tables.map((t) => t.id)).toEqual(STANDARD_REPORT_TABLES.map((t) => t.id));
    expect(opened.workbook.worksheets.map((s) => s.name)).toEqual([
      "Rapportage t\u2215m Q3 2024",
      "Toelichting",
      "Controle",
    ]);
  });

  it("holds the engine’s numbers: the scalar KPIs and the grouped KPIs of both periods", () => {
    const options = { recidive: {} };
    for (const row of report.tables.find((t) => t.id === "kpis")?.rows ?? []) {
      const filters = ["recidive", "recidivists", "recidivePct"].includes(row.key)
        ? [{ field: "caseType" as const, values: ["IT", "LS"] }]
        : undefined;
      const opts = { ...options, ...(filters ? { filters } : {}) };
      // Rates and means are rounded to the precision shown; counts are exact.
      const engine = (period: typeof PERIOD) =>
        roundForDisplay(computeKpi(dataset, row.key, period, opts), row.format);
      expect([row.key, row.current, row.previous]).toEqual([
        row.key,
        engine(PERIOD),
        engine(PREVIOUS),
      ]);
    }
    const referrers = compareGroup(dataset, "byReferrer", PERIOD, PREVIOUS);
    const table = report.tables.find((t) => t.id === "byReferrer");
    expect(table?.rows.map((r) => [r.key, r.previous, r.current])).toEqual(
      referrers.rows.map((r) => [r.key, r.previous.started, r.current.started])
    );
  });

  it("writes every cell as the report says: value, format code, text and Δ colour", () => {
    expectSheetMatchesReport(opened.sheet, report);
  });

  it("draws data bars over the current column of the groups (not Overig, not Totaal) of the domain, reason, referrer and collective tables", () => {
    const { conditionalFormattings } = opened.sheet as unknown as {
      conditionalFormattings: ExcelJS.ConditionalFormattingOptions[];
    };
    const expected = report.tables
      .filter((t) => t.dataBar === true)
      .map((t) => {
        const rows = findTableRows(opened.sheet, t.title, t.rows.length);
        const groups = t.rows.filter((r) => !r.isTotal && r.key !== OTHER_KEY).length;
        const last = rows[groups - 1];
        return `C${rows[0]}:C${last}`;
      });
    expect(expected).toHaveLength(6);
    expect(conditionalFormattings.map((cf) => cf.ref)).toEqual(expected);
    expect(conditionalFormattings.every((cf) => cf.rules[0]?.type === "dataBar")).toBe(true);
  });

  it('writes the sample’s team "- geen team -" as text and no formula anywhere', async () => {
    const teams = report.tables.find((t) => t.id === "byTeam");
    const index = teams?.rows.findIndex((r) => r.label.startsWith("-")) ?? -1;
    expect(index).toBeGreaterThanOrEqual(0);
    const rows = findTableRows(opened.sheet, teams?.title ?? "", teams?.rows.length ?? 0);
    const cell = opened.sheet.getRow(rows[index] as number).getCell(1);
    expect(cell.type).toBe(ExcelJS.ValueType.String);
    expect(cell.value).toBe(teams?.rows[index]?.label);
    const sheets = Object.keys(opened.zip.files).filter((n) =>
      /^xl\/worksheets\/sheet\d+\.xml$/.test(n)
    );
    expect(sheets).toHaveLength(3);
    for (const name of sheets) {
      expect(await opened.zip.file(name)?.async("string")).not.toMatch(/<f[ >]/);
    }
  });

  it("breaks pages only between tables, on the blank row before a title", async () => {
    const xml = (await opened.zip.file("xl/worksheets/sheet1.xml")?.async("string")) ?? "";
    const breaks = [...xml.matchAll(/<brk id="(\d+)"/g)].map((m) => Number(m[1]));
    expect(breaks.length).toBeGreaterThan(0);
    const titles = new Set(report.tables.map((t) => t.title));
    for (const row of breaks) {
      expect(opened.sheet.getRow(row).getCell(1).value).toBeNull();
      expect(titles.has(String(opened.sheet.getRow(row + 1).getCell(1).value))).toBe(true);
    }
  });

  it("prints the report one page wide on A4 portrait", () => {
    expect(opened.sheet.pageSetup).toMatchObject({
      paperSize: 9,
      orientation: "portrait",
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
    });
  });

  it("lists the sample’s data issues on Controle", () => {
    const sheet = opened.workbook.getWorksheet("Controle") as ExcelJS.Worksheet;
    expect(dataset.issues.length).toBeGreaterThan(0);
    expect(sheet.rowCount).toBe(dataset.issues.length + 1);
    expect(sheet.getCell("F2").value).toBe(dataset.issues[0]?.message);
  });

  it('writes the publication version with "<5" cells that match the report', async () => {
    const published = buildStandardReport(dataset, PERIOD, { publication: { threshold: 5 } });
    const { sheet } = await reopen(published, dataset);
    expectSheetMatchesReport(sheet, published);
    const small = published.tables
      .flatMap((t) => t.rows)
      .filter((r) => r.suppressed?.current === "small");
    expect(small.length).toBeGreaterThan(0);
    expect(sheet.getCell("A3").value).toBe(
      "Publicatieversie: aantallen van minder dan 5 personen zijn afgeschermd (<5)."
    );
  });
});
