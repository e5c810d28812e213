import ExcelJS from "exceljs";
import JSZip from "jszip";
import { buildTemplateWorkbook } from "../../src/xlsx/buildTemplateWorkbook";
import { templateNumberFormat } from "../../src/xlsx/templateNumberFormat";
import { saveReportWorkbook } from "../../src/xlsx/reportWorkbook";
import { GROUPED } from "./renderedTemplateFixture";

const EXPLANATION = { periodLabel: "t/m Q2 2024", parameters: [], definitions: [] };
const SHEET = "'Rapportage t\u2215m Q2 2024'";

function all(xml: string, pattern: RegExp): string[] {
  return [...xml.matchAll(pattern)].map((m) => m[1] ?? "");
}

describe("template tables with two-level headers and lines over periods (xlsx)", () => {
  let sheet: ExcelJS.Worksheet;
  let charts: string[];
  beforeAll(async () => {
    const bytes = await saveReportWorkbook(buildTemplateWorkbook(GROUPED, EXPLANATION, []));
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes.slice().buffer);
    sheet = workbook.worksheets[0] as ExcelJS.Worksheet;
    const zip = await JSZip.loadAsync(bytes);
    charts = await Promise.all(
      [1, 2, 3].map((n) => zip.file(`xl/charts/chart${n}.xml`)?.async("string") ?? "")
    );
  });

  const text = (address: string): unknown => sheet.getCell(address).value;

  it("puts each period's label once above its columns, merged and centred, the measures below", () => {
    expect(text("A3")).toBe("Teams per kwartaal");
    expect(["B4", "D4"].map(text)).toEqual(["Q1 2024", "Q2 2024"]);
    expect(sheet.getCell("B4").isMerged && sheet.getCell("C4").master.address).toBe("B4");
    expect(sheet.getCell("E4").master.address).toBe("D4");
    expect(sheet.getCell("B4").alignment?.horizontal).toBe("center");
    expect(["A5", "B5", "C5", "D5", "E5"].map(text)).toEqual([
      "Team",
      "Gestart",
      "Wachttijd",
      "Gestart",
      "Wachttijd",
    ]);
    // The rows move down by one; the columns keep their own formats.
    expect(["A6", "B6", "C6", "A8"].map(text)).toEqual(["Noord", 12, 20, "Totaal"]);
    expect(sheet.getCell("C6").numFmt).toBe(templateNumberFormat("days", "value"));
    // A table without groups keeps one header row.
    expect(["A20", "A21", "B21"].map(text)).toEqual(["Verloop per team", "Team", "Q1 2024"]);
  });

  it("names a column chart's series by the joined header, its values from the moved rows", () => {
    const [columns] = charts;
    expect(all(columns ?? "", /<c:tx><c:v>([^<]+)<\/c:v><\/c:tx>/g)).toEqual([
      "Q1 2024: Gestart",
      "Q1 2024: Wachttijd",
      "Q2 2024: Gestart",
      "Q2 2024: Wachttijd",
    ]);
    expect(all(columns ?? "", /<c:val><c:numRef><c:f>([^<]+)<\/c:f>/g)).toEqual(
      ["B", "C", "D", "E"].map((c) => `${SHEET}!$${c}$6:$${c}$7`)
    );
    expect(all(columns ?? "", /<c:cat><c:strRef><c:f>([^<]+)<\/c:f>/g)[0]).toBe(
      `${SHEET}!$A$6:$A$7`
    );
  });

  it("runs a line over the periods, one series per row but the total, the Verschil columns left out", () => {
    const line = charts[1] ?? "";
    expect(line).toContain("<c:lineChart>");
    const periods = `(${SHEET}!$B$21:$C$21,${SHEET}!$E$21)`;
    expect(all(line, /<c:tx><c:strRef><c:f>([^<]+)<\/c:f>/g)).toEqual([
      `${SHEET}!$A$22`,
      `${SHEET}!$A$23`,
    ]);
    expect(all(line, /<c:cat><c:strRef><c:f>([^<]+)<\/c:f>/g)).toEqual([periods, periods]);
    expect(all(line, /<c:val><c:numRef><c:f>([^<]+)<\/c:f>/g)).toEqual([
      `(${SHEET}!$B$22:$C$22,${SHEET}!$E$22)`,
      `(${SHEET}!$B$23:$C$23,${SHEET}!$E$23)`,
    ]);
    // Categories and names as the cells show them; Zuid has no Q2 point.
    expect(all(line, /<c:v>([^<]+)<\/c:v>/g)).toEqual([
      "Noord",
      "Q1 2024",
      "Q2 2024",
      "Q3 2024",
      "12",
      "9",
      "10",
      "Zuid",
      "Q1 2024",
      "Q2 2024",
      "Q3 2024",
      "4",
      "6",
    ]);
  });

  it("runs a line over a comparison's two periods, one line for the measure", () => {
    const line = charts[2] ?? "";
    expect(all(line, /<c:f>([^<]+)<\/c:f>/g)).toEqual([
      `${SHEET}!$A$39`,
      `${SHEET}!$B$38:$C$38`,
      `${SHEET}!$B$39:$C$39`,
    ]);
  });
});
