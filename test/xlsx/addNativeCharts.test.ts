import type ExcelJS from "exceljs";
import JSZip from "jszip";
import { SaxesParser } from "saxes";
import { buildReportWorkbook } from "../../src/xlsx/buildReportWorkbook";
import { buildTemplateWorkbook } from "../../src/xlsx/buildTemplateWorkbook";
import { addNativeCharts, ChartPackageError } from "../../src/xlsx/addNativeCharts";
import { saveReportWorkbook } from "../../src/xlsx/reportWorkbook";
import { findTableRows } from "./expectSheetMatchesReport";
import { handBuiltReport } from "./handBuiltReport";
import { PROVENANCE, RENDERED } from "./renderedTemplateFixture";

const EXPLANATION = { periodLabel: "t/m Q3 2024", parameters: [], definitions: [] };
const SHEET = "'Rapportage t\u2215m Q3 2024'";

/** Throws when the text is not well-formed XML (saxes, a conforming parser). */
function expectWellFormed(xml: string): void {
  const parser = new SaxesParser({ xmlns: true });
  parser.on("error", (error) => {
    throw error;
  });
  parser.write(xml).close();
}

function attr(xml: string, pattern: RegExp): string[] {
  return [...xml.matchAll(pattern)].map((m) => m[1] ?? "");
}

async function part(zip: JSZip, path: string): Promise<string> {
  const file = zip.file(path);
  if (file === null) throw new Error(`no part ${path}`);
  return file.async("string");
}

describe("addNativeCharts", () => {
  let zip: JSZip;
  beforeAll(async () => {
    const bytes = await saveReportWorkbook(
      buildTemplateWorkbook(RENDERED, EXPLANATION, [], PROVENANCE)
    );
    zip = await JSZip.loadAsync(bytes);
  });

  it("writes a chart part, a drawing and their relationships, all well-formed", async () => {
    const names = Object.keys(zip.files).filter((n) => !n.endsWith("/"));
    expect(names.filter((n) => n.startsWith("xl/charts/"))).toEqual(["xl/charts/chart1.xml"]);
    expect(names).toContain("xl/drawings/drawing1.xml");
    expect(names).toContain("xl/drawings/_rels/drawing1.xml.rels");
    expect(names).toContain("xl/worksheets/_rels/sheet1.xml.rels");
    for (const name of names.filter((n) => /\.(xml|rels)$/.test(n)))
      expectWellFormed(await part(zip, name));
  });

  it("declares the content types of the chart and the drawing", async () => {
    const types = await part(zip, "[Content_Types].xml");
    expect(types).toContain(
      '<Override PartName="/xl/charts/chart1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/>'
    );
    expect(types).toContain(
      '<Override PartName="/xl/drawings/drawing1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"/>'
    );
  });

  it("links sheet → drawing → chart by relationships that resolve", async () => {
    const sheet = await part(zip, "xl/worksheets/sheet1.xml");
    const [drawingId] = attr(sheet, /<drawing r:id="([^"]+)"\/>/g);
    // The drawing comes after the page setup and before the sheet's extension list.
    expect(sheet.indexOf("<drawing ")).toBeGreaterThan(sheet.indexOf("<pageSetup"));
    const sheetRels = await part(zip, "xl/worksheets/_rels/sheet1.xml.rels");
    expect(sheetRels).toContain(
      `Id="${drawingId}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing" Target="../drawings/drawing1.xml"`
    );
    const drawing = await part(zip, "xl/drawings/drawing1.xml");
    const [chartId] = attr(drawing, /<c:chart [^>]*r:id="([^"]+)"/g);
    const drawingRels = await part(zip, "xl/drawings/_rels/drawing1.xml.rels");
    expect(drawingRels).toContain(
      `Id="${chartId}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart" Target="../charts/chart1.xml"`
    );
    // Beside the table: from H7 (one blank column after A–F, at the title row) to P23.
    expect(attr(drawing, /<xdr:col>(\d+)<\/xdr:col>/g)).toEqual(["7", "15"]);
    expect(attr(drawing, /<xdr:row>(\d+)<\/xdr:row>/g)).toEqual(["6", "22"]);
  });

  it("draws one series per value column over the group rows, the total and Δ left out", async () => {
    const chart = await part(zip, "xl/charts/chart1.xml");
    expect(chart).toContain('<c:barChart><c:barDir val="col"/>');
    expect(attr(chart, /<c:f>([^<]+)<\/c:f>/g)).toEqual([
      `${SHEET}!$B$8`,
      `${SHEET}!$A$9:$A$10`,
      `${SHEET}!$B$9:$B$10`,
      `${SHEET}!$C$8`,
      `${SHEET}!$A$9:$A$10`,
      `${SHEET}!$C$9:$C$10`,
    ]);
    // The cache holds what the cells hold; the missing value is no point.
    expect(attr(chart, /<c:v>([^<]+)<\/c:v>/g)).toEqual([
      "Q1 2024",
      "Noord",
      "Zuid",
      "12",
      "4",
      "Q2 2024",
      "Noord",
      "Zuid",
      "9",
    ]);
    expect(attr(chart, /<c:axId val="(\d+)"\/>/g)).toEqual(["50010", "50020", "50010", "50020"]);
  });

  it("charts the standard report's tables that carry a chart", async () => {
    const built = handBuiltReport();
    // The hand-built report's Leeftijd table with the chart the standard report gives it.
    const report = {
      ...built,
      tables: built.tables.map((t) =>
        t.title === "Leeftijd" ? { ...t, chart: "column" as const } : t
      ),
    };
    const charted = report.tables.filter((t) => t.chart !== undefined);
    const book = buildReportWorkbook(report, []);
    expect(book.charts.map((c) => [c.title, c.kind])).toEqual(
      charted.map((t) => [t.title, t.chart])
    );
    const saved = await JSZip.loadAsync(await saveReportWorkbook(book));
    const chart = await part(saved, "xl/charts/chart1.xml");
    // The two periods are the series; Δ and Δ% are not.
    const [first, second] = findTableRows(
      book.workbook.worksheets[0] as ExcelJS.Worksheet,
      "Leeftijd",
      3
    );
    const header = (first as number) - 1;
    // The two periods are the series, Δ and Δ% are not; the Totaal row is no category.
    expect(attr(chart, /<c:f>([^<]+)<\/c:f>/g)).toEqual([
      `${SHEET}!$B$${header}`,
      `${SHEET}!$A$${first}:$A$${second}`,
      `${SHEET}!$B$${first}:$B$${second}`,
      `${SHEET}!$C$${header}`,
      `${SHEET}!$A$${first}:$A$${second}`,
      `${SHEET}!$C$${first}:$C$${second}`,
    ]);
    // Cells shown as "<5" and "–*" are no points: a chart does not reveal what the cells hide.
    expect(attr(chart, /<c:v>([^<]+)<\/c:v>/g)).toEqual([
      "t/m Q3 2023",
      "18–26",
      "27–44",
      "t/m Q3 2024",
      "18–26",
      "27–44",
      "12",
      "30",
    ]);
  });

  it("makes a pie of the last value column, and a line chart with markers", async () => {
    const pie = {
      ...RENDERED,
      tables: [
        { ...(RENDERED.tables[0] as (typeof RENDERED.tables)[number]), chart: "pie" as const },
        {
          ...(RENDERED.tables[0] as (typeof RENDERED.tables)[number]),
          id: "b",
          chart: "line" as const,
        },
      ],
    };
    const saved = await JSZip.loadAsync(
      await saveReportWorkbook(buildTemplateWorkbook(pie, EXPLANATION, []))
    );
    const first = await part(saved, "xl/charts/chart1.xml");
    expect(first).toContain('<c:pieChart><c:varyColors val="1"/>');
    expect(attr(first, /<c:val><c:numRef><c:f>([^<]+)<\/c:f>/g)).toEqual([`${SHEET}!$C$5:$C$6`]);
    const second = await part(saved, "xl/charts/chart2.xml");
    expect(second).toContain("<c:lineChart>");
    expect(second).toContain('<c:marker val="1"/>');
  });

  it("refuses a chart on a sheet the workbook lacks", async () => {
    const book = buildTemplateWorkbook(RENDERED, EXPLANATION, []);
    const bytes = (await book.workbook.xlsx.writeBuffer()) as ArrayBuffer;
    const chart = { ...(book.charts[0] as (typeof book.charts)[number]), sheet: "Elders" };
    await expect(addNativeCharts(await JSZip.loadAsync(bytes), [chart])).rejects.toThrow(
      ChartPackageError
    );
  });
});
