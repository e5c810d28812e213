import ExcelJS from "exceljs";
import JSZip from "jszip";
import { numberFormatCode } from "../../src/core/report/numberFormatCode";
import type { Report } from "../../src/core/reportTable";
import type { DataIssue } from "../../src/core/types";
import { buildReportWorkbook } from "../../src/xlsx/buildReportWorkbook";
import { saveReportWorkbook } from "../../src/xlsx/reportWorkbook";
import { handBuiltReport } from "./handBuiltReport";
import { expectSheetMatchesReport, findTableRows } from "./expectSheetMatchesReport";

const ISSUES: DataIssue[] = [
  {
    table: "cases",
    row: 12,
    column: "Startdatum",
    code: "INVALID_DATE",
    severity: "error",
    message: "Ongeldige datum '31-02-2024'.",
  },
  {
    table: "zrm",
    row: 4,
    column: "=Domein",
    code: "UNKNOWN_DOMAIN",
    severity: "warning",
    message: "-Onbekend domein",
  },
];

async function roundTrip(
  report: Report,
  issues: readonly DataIssue[] = ISSUES
): Promise<{ workbook: ExcelJS.Workbook; zip: JSZip }> {
  const buffer = await saveReportWorkbook(buildReportWorkbook(report, issues));
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(buffer.slice().buffer);
  return { workbook, zip: await JSZip.loadAsync(buffer) };
}

describe("buildReportWorkbook", () => {
  const report = handBuiltReport();

  it("writes the report, Toelichting and Controle sheets", async () => {
    const { workbook } = await roundTrip(report);
    expect(workbook.worksheets.map((s) => s.name)).toEqual([
      "Rapportage t\u2215m Q3 2024",
      "Toelichting",
      "Controle",
    ]);
  });

  it("writes the title, the period line and the publication line, and freezes them", async () => {
    const sheet = (await roundTrip(report)).workbook.worksheets[0] as ExcelJS.Worksheet;
    expect(sheet.getCell("A1").value).toBe("Welzijnsmonitor – rapportage t/m Q3 2024");
    expect(sheet.getCell("A1").font.bold).toBe(true);
    expect(sheet.getCell("A2").value).toBe("Periode t/m Q3 2024, vergeleken met t/m Q3 2023");
    expect(sheet.getCell("A3").value).toBe(
      "Publicatieversie: aantallen van minder dan 5 personen zijn afgeschermd (<5)."
    );
    // Rows 1–3 frozen; the scrolling part starts right below them, at the blank row 4.
    expect(sheet.views[0]).toMatchObject({ state: "frozen", ySplit: 3, topLeftCell: "A4" });
  });

  it('writes every cell as the report says: numbers with invariant codes, texts for "–", "<5" and "–*"', async () => {
    const sheet = (await roundTrip(report)).workbook.worksheets[0] as ExcelJS.Worksheet;
    expectSheetMatchesReport(sheet, report);
    const kpis = findTableRows(sheet, "Inzicht meetbare resultaten", 9);
    const percent = sheet.getRow(kpis[4] as number);
    expect(percent.getCell(3).value).toBe(0.032); // 10 / 312, rounded to the 0,1% shown
    expect(percent.getCell(3).numFmt).toBe('0.0%;"\u2212"0.0%');
    expect(percent.getCell(4).numFmt).toBe(numberFormatCode("percent", "delta"));
    expect(percent.getCell(5).value).toBeNull();
    const age = findTableRows(sheet, "Leeftijd", 3);
    expect(sheet.getRow(age[0] as number).getCell(2).value).toBe("<5");
    expect(sheet.getRow(age[1] as number).getCell(2).value).toBe("–*");
    expect(sheet.getRow(age[0] as number).getCell(4).value).toBe("–*");
  });

  it("colours Δ and Δ% green when good and red when bad, by polarity", async () => {
    const sheet = (await roundTrip(report)).workbook.worksheets[0] as ExcelJS.Worksheet;
    const rows = findTableRows(sheet, "Inzicht meetbare resultaten", 9).map((r) => sheet.getRow(r));
    const colour = (row: ExcelJS.Row | undefined, column: number) =>
      row?.getCell(column).font?.color?.argb;
    expect(colour(rows[0], 4)).toBeUndefined(); // registrations: neutral
    expect(colour(rows[2], 4)).toBe("FF006100"); // waiting time down: good
    expect(colour(rows[3], 4)).toBe("FF006100"); // recidive down: good
    expect(colour(rows[3], 5)).toBe("FF006100");
    expect(colour(rows[5], 4)).toBe("FF9C0006"); // complaints up: bad
    expect(colour(rows[7], 4)).toBe("FF9C0006"); // meetings down, polarity up: bad
    const fill = (row: ExcelJS.Row | undefined, column: number) =>
      (row?.getCell(column).fill as ExcelJS.FillPattern | undefined)?.fgColor?.argb;
    expect(fill(rows[0], 4)).toBeUndefined();
    expect(fill(rows[2], 4)).toBe("FFE2EFDA");
    expect(fill(rows[3], 5)).toBe("FFE2EFDA");
    expect(fill(rows[5], 4)).toBe("FFFCE4E4");
    expect(fill(rows[5], 3)).toBeUndefined(); // only Δ and Δ% are coloured
  });

  it("makes totals bold with a top border and gives headers a fill and a bottom border", async () => {
    const sheet = (await roundTrip(report)).workbook.worksheets[0] as ExcelJS.Worksheet;
    const rows = findTableRows(sheet, "Per team – opgestart", 5);
    const total = sheet.getRow(rows[4] as number);
    for (let c = 1; c <= 5; c++) {
      expect(total.getCell(c).font.bold).toBe(true);
      expect(total.getCell(c).border.top?.style).toBe("thin");
    }
    const header = sheet.getRow((rows[0] as number) - 1);
    expect(header.getCell(2).value).toBe("t/m Q3 2023");
    expect(header.getCell(2).font.bold).toBe(true);
    expect(header.getCell(2).fill).toMatchObject({
      type: "pattern",
      pattern: "solid",
      fgColor: { argb: "FFD9E1F2" },
    });
    expect(header.getCell(2).border.bottom?.style).toBe("thin");
  });

  it("draws a data bar over the current column of tables that ask for one, without the Totaal", async () => {
    const sheet = (await roundTrip(report)).workbook.worksheets[0] as ExcelJS.Worksheet;
    const rows = findTableRows(sheet, "Per team – opgestart", 5);
    // ExcelJS reads conditional formats back into this member, which its typings omit.
    const { conditionalFormattings } = sheet as unknown as {
      conditionalFormattings: ExcelJS.ConditionalFormattingOptions[];
    };
    expect(conditionalFormattings).toHaveLength(1);
    const cf = conditionalFormattings[0] as ExcelJS.ConditionalFormattingOptions;
    expect(cf.ref).toBe(`C${rows[0]}:C${rows[3]}`);
    expect(cf.rules[0]?.type).toBe("dataBar");
  });

  it("writes text from the data that looks like a formula as text", async () => {
    const { workbook, zip } = await roundTrip(report);
    const sheet = workbook.worksheets[0] as ExcelJS.Worksheet;
    const rows = findTableRows(sheet, "Per team – opgestart", 5);
    const labels = rows.slice(0, 4).map((r) => sheet.getRow(r).getCell(1));
    expect(labels.map((c) => c.value)).toEqual(["=SUM(A1)", "-Noord", "+Zuid", "@West"]);
    for (const cell of labels) {
      expect(cell.type).toBe(ExcelJS.ValueType.String);
      expect(cell.formula).toBeUndefined();
    }
    const sheets = Object.keys(zip.files).filter((n) => /^xl\/worksheets\/sheet\d+\.xml$/.test(n));
    expect(sheets).toHaveLength(3);
    for (const name of sheets) {
      const xml = await zip.file(name)?.async("string");
      expect(xml).not.toMatch(/<f[ >]/);
    }
  });

  it("writes the notes below their table and makes the columns wide enough for their text", async () => {
    const sheet = (await roundTrip(report)).workbook.worksheets[0] as ExcelJS.Worksheet;
    const rows = findTableRows(sheet, "Inzicht meetbare resultaten", 9);
    const noteRow = (rows[8] as number) + 1;
    expect(sheet.getCell(noteRow, 1).value).toBe(
      "Recidive: opgestarte individuele trajecten en leun en steun van terugkerende inwoners."
    );
    expect(sheet.getCell(noteRow, 1).font.italic).toBe(true);
    expect(sheet.getCell(noteRow, 1).isMerged).toBe(true);
    expect(sheet.getCell(noteRow + 1, 1).value).toBeNull();
    expect(sheet.getColumn(1).width).toBeGreaterThanOrEqual("Gemiddelde wachttijd in dagen".length);
    for (let c = 2; c <= 5; c++)
      expect(sheet.getColumn(c).width).toBeGreaterThanOrEqual("t/m Q3 2023".length);
  });

  it("writes the provenance block under the frozen title rows, the tables one block lower", async () => {
    const book = buildReportWorkbook(report, [], {
      provenance: { sourceFiles: ["export.xlsx"], referenceDate: 45838, generatedOn: 46363 },
    });
    const sheet = book.workbook.worksheets[0] as ExcelJS.Worksheet;
    expect([4, 5, 6].map((r) => sheet.getCell(r, 1).value)).toEqual([
      "Bron: export.xlsx",
      "Peildatum: 30-6-2025",
      "Gemaakt op: 7-12-2026",
    ]);
    expect(sheet.getCell("A7").value).toBeNull();
    expect(sheet.getCell("A8").value).toBe("Inzicht meetbare resultaten");
    expect(sheet.views[0]).toMatchObject({ state: "frozen", ySplit: 3, topLeftCell: "A4" });
  });

  it("uses a given publication legend", async () => {
    const buffer = await buildReportWorkbook(report, [], {
      publicationLegend: "Alleen voor intern gebruik",
    }).workbook.xlsx.writeBuffer();
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(buffer as ArrayBuffer);
    expect(workbook.worksheets[0]?.getCell("A3").value).toBe("Alleen voor intern gebruik");
  });

  it("lists definitions and parameters on Toelichting", async () => {
    const sheet = (await roundTrip(report)).workbook.getWorksheet(
      "Toelichting"
    ) as ExcelJS.Worksheet;
    const texts = sheetTexts(sheet);
    expect(texts).toContain("Periode\tt/m Q3 2024 (1-1-2024 t/m 30-9-2024)");
    expect(texts).toContain("Recidive: minimale tussenpoos\t6 maanden");
    expect(texts).toContain("Aantal aanmeldingen\tCasussen met een aanmelddatum in de periode.");
    expect(texts).toContain("=Gevaarlijk\t-begint met een minteken");
  });

  it("lists every data issue on Controle under a filterable header (the internal report)", async () => {
    const { publication: _unused, ...internal } = report;
    const sheet = (await roundTrip(internal)).workbook.getWorksheet(
      "Controle"
    ) as ExcelJS.Worksheet;
    expect(sheetTexts(sheet)).toEqual([
      "Tabel\tRij\tKolom\tCode\tErnst\tMelding",
      "Casussen\t12\tStartdatum\tINVALID_DATE\tFout\tOngeldige datum '31-02-2024'.",
      "ZRM-scores\t4\t=Domein\tUNKNOWN_DOMAIN\tWaarschuwing\t-Onbekend domein",
    ]);
    expect(sheet.getCell("B2").value).toBe(12);
    expect(sheet.autoFilter).toBe("A1:F3");
  });

  it("counts the data issues per kind on the publication's Controle, without rows or values", async () => {
    const sheet = (await roundTrip(report)).workbook.getWorksheet("Controle") as ExcelJS.Worksheet;
    expect(sheetTexts(sheet)).toEqual([
      "Code\tSoort bevinding\tErnst\tAantal rijen",
      "INVALID_DATE\tOngeldige datum\tFout\t1",
      "UNKNOWN_DOMAIN\tOnbekend domein\tWaarschuwing\t1",
      "Publicatieversie: per soort bevinding alleen het aantal rijen. De bevindingen zelf " +
        "(rijnummers, casusnummers, waarden) staan alleen in het interne rapport.",
    ]);
    expect(sheet.getCell("D2").value).toBe(1);
  });

  describe("edge cases", () => {
    it('says "Geen problemen gevonden" when there are no issues', async () => {
      const sheet = (await roundTrip(report, [])).workbook.getWorksheet(
        "Controle"
      ) as ExcelJS.Worksheet;
      expect(sheet.getCell("A2").value).toBe("Geen problemen gevonden");
    });

    it("leaves out the publication line when the report is not a publication version", async () => {
      const { publication: _unused, ...internal } = report;
      const sheet = (await roundTrip(internal)).workbook.worksheets[0] as ExcelJS.Worksheet;
      expect(sheet.getCell("A3").value).toBeNull();
      expect(sheet.views[0]).toMatchObject({ state: "frozen", ySplit: 2, topLeftCell: "A3" });
    });

    it("writes a report without tables", async () => {
      const sheet = (await roundTrip({ ...report, tables: [] })).workbook
        .worksheets[0] as ExcelJS.Worksheet;
      expect(sheet.getCell("A1").value).toBe(report.title);
    });
  });
});

function sheetTexts(sheet: ExcelJS.Worksheet): string[] {
  const lines: string[] = [];
  sheet.eachRow((row) => {
    const values = (row.values as ExcelJS.CellValue[])
      .slice(1)
      .map((v) => (v === null || v === undefined ? "" : String(v)));
    lines.push(values.join("\t"));
  });
  return lines;
}
