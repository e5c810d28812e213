import ExcelJS from "exceljs";
import { buildTemplateWorkbook } from "../../src/xlsx/buildTemplateWorkbook";
import { saveReportWorkbook } from "../../src/xlsx/reportWorkbook";
import { PROVENANCE, RENDERED } from "./renderedTemplateFixture";

const MINUS = "\u2212";

const EXPLANATION = {
  periodLabel: "t/m Q3 2024",
  parameters: [{ label: "Periode", value: "t/m Q3 2024 (1-1-2024 t/m 30-9-2024)" }],
  definitions: [{ label: "Opgestart", definition: "Het aantal casussen met een startdatum." }],
};

async function reopen(): Promise<ExcelJS.Workbook> {
  const bytes = await saveReportWorkbook(
    buildTemplateWorkbook(RENDERED, EXPLANATION, [], PROVENANCE)
  );
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes.slice().buffer);
  return workbook;
}

describe("buildTemplateWorkbook", () => {
  let workbook: ExcelJS.Workbook;
  let sheet: ExcelJS.Worksheet;
  beforeAll(async () => {
    workbook = await reopen();
    sheet = workbook.worksheets[0] as ExcelJS.Worksheet;
  });

  it("writes the report sheet under the standard report's name, then Toelichting and Controle", () => {
    expect(workbook.worksheets.map((s) => s.name)).toEqual([
      "Rapportage t\u2215m Q3 2024",
      "Toelichting",
      "Controle",
    ]);
    expect(workbook.getWorksheet("Toelichting")?.getCell("A1").value).toBe(
      "Toelichting bij de rapportage t/m Q3 2024"
    );
    expect(workbook.getWorksheet("Controle")?.getCell("A2").value).toBe("Geen problemen gevonden");
    expect(workbook.keywords).toBe("Welzijnsmonitor-rapport");
  });

  it("merges the title over the widest table and writes the provenance block under it", () => {
    expect(sheet.getCell("A1").value).toBe("Proefrapport t/m Q3 2024");
    expect(sheet.getCell("A1").font.bold).toBe(true);
    // The widest table has a label and five number columns: A–F.
    expect(sheet.getCell("F1").isMerged).toBe(true);
    expect(sheet.getCell("G1").isMerged).toBe(false);
    expect([2, 3, 4, 5].map((r) => sheet.getCell(r, 1).value)).toEqual([
      "Organisatie: Buurtteam Proef",
      "Bron: export-q3.xlsx",
      "Peildatum: 30-6-2025",
      "Gemaakt op: 7-12-2026",
    ]);
    expect(sheet.getCell("A6").value).toBeNull();
  });

  it("writes a table's title, header row and numbers with the formats of their kinds", () => {
    expect(sheet.getCell("A7").value).toBe("Opgestart per team");
    expect([1, 2, 3, 4].map((c) => sheet.getCell(8, c).value)).toEqual([
      "Team",
      "Q1 2024",
      "Q2 2024",
      "Verschil",
    ]);
    expect(sheet.getCell("B8").fill).toMatchObject({ fgColor: { argb: "FFD9E1F2" } });
    expect(sheet.getCell("A9").value).toBe("Noord");
    expect(sheet.getCell("B9").value).toBe(12);
    expect(sheet.getCell("B9").numFmt).toBe(`#,##0;"${MINUS}"#,##0`);
    expect(sheet.getCell("D9").value).toBe(-3);
    expect(sheet.getCell("D9").numFmt).toBe(`+#,##0;"${MINUS}"#,##0;0`);
    // A missing value is the report's en dash, as text.
    expect(sheet.getCell("C10").value).toBe("\u2013");
  });

  it("makes the total row bold over a rule and writes the notes below the table, merged", () => {
    const total = sheet.getRow(11);
    expect(total.getCell(1).value).toBe("Totaal");
    for (let c = 1; c <= 4; c++) {
      expect(total.getCell(c).font.bold).toBe(true);
      expect(total.getCell(c).border.top?.style).toBe("thin");
    }
    expect(sheet.getRow(10).getCell(2).font.bold).toBeFalsy();
    expect(sheet.getCell("A12").value).toBe("Een casus telt in het kwartaal waarin hij startte.");
    expect(sheet.getCell("A12").font.italic).toBe(true);
    expect(sheet.getCell("F12").isMerged).toBe(true);
  });

  it("keeps a charted short table's chart height free before the next table", () => {
    // Title row 7 plus 16 chart rows, then the blank row: the next title on row 24.
    expect(sheet.getCell("A24").value).toBe("Afsluitreden");
    for (let r = 13; r < 24; r++) expect(sheet.getCell(r, 1).value).toBeNull();
  });

  it("formats a rate's difference in points, Δ% and the share as percentages", () => {
    const rate = sheet.getRow(26);
    expect(rate.getCell(3).value).toBe(0.625);
    expect(rate.getCell(3).numFmt).toBe(`0.0%;"${MINUS}"0.0%`);
    expect(rate.getCell(4).numFmt).toBe(`+0.0 %"-punt";"${MINUS}"0.0 %"-punt";0.0 %"-punt"`);
    expect(rate.getCell(5).value).toBe("\u2013");
    expect(rate.getCell(6).numFmt).toBe(`0.0%;"${MINUS}"0.0%`);
    const total = sheet.getRow(27);
    expect(total.getCell(3).numFmt).toBe(`#,##0;"${MINUS}"#,##0`);
    expect(total.getCell(5).value).toBe(0.2);
    expect(total.getCell(5).numFmt).toBe(`+0.0%;"${MINUS}"0.0%;0.0%`);
    expect(total.getCell(6).value).toBe(1);
  });

  it("lists the tables the export could not serve, with the reason", () => {
    expect(sheet.getCell("A29").value).toBe(
      "Niet opgenomen: Per wijk — de kolom Wijk ontbreekt in de export"
    );
  });

  it("prints landscape, one page wide, the chart columns included", () => {
    expect(sheet.pageSetup).toMatchObject({
      orientation: "landscape",
      fitToWidth: 1,
      printArea: "A1:O29",
    });
  });

  it("leaves the provenance block out when none is given", () => {
    const book = buildTemplateWorkbook(RENDERED, EXPLANATION, []);
    const first = book.workbook.worksheets[0] as ExcelJS.Worksheet;
    expect(first.getCell("A2").value).toBeNull();
    expect(first.getCell("A3").value).toBe("Opgestart per team");
  });
});

describe("buildTemplateWorkbook, a column of its own format", () => {
  it("formats each column of a table turned a quarter (or a column per measure) in its measure's format", async () => {
    const table = RENDERED.tables[0] as (typeof RENDERED.tables)[number];
    const rendered = {
      ...RENDERED,
      tables: [
        {
          ...table,
          id: "recidive",
          title: "Recidive",
          rowHeader: "",
          columns: [
            { header: "Opgestart", kind: "value" as const, format: "count" as const },
            { header: "Percentage recidive", kind: "value" as const, format: "percent" as const },
          ],
          rows: [
            {
              label: "t/m Q3 2024",
              key: "a",
              values: [482, 0.046],
              format: "count" as const,
              isTotal: false,
            },
          ],
          notes: [],
        },
      ],
      omitted: [],
    };
    const bytes = await saveReportWorkbook(buildTemplateWorkbook(rendered, EXPLANATION, []));
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes.slice().buffer);
    const sheet = workbook.worksheets[0] as ExcelJS.Worksheet;
    const row = sheet.getColumn(1).values.findIndex((v) => v === "t/m Q3 2024");
    expect(sheet.getRow(row).getCell(2).numFmt).toBe(`#,##0;"${MINUS}"#,##0`);
    expect(sheet.getRow(row).getCell(3).numFmt).toBe(`0.0%;"${MINUS}"0.0%`);
    expect(sheet.getRow(row).getCell(3).value).toBe(0.046);
  });
});
