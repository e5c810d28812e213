import ExcelJS from "exceljs";
import type { DataIssue } from "../../src/core";
import { formatRenderedTable } from "../../src/cli/formatSummary";
import { buildTemplateWorkbook } from "../../src/xlsx/buildTemplateWorkbook";
import { saveReportWorkbook } from "../../src/xlsx/reportWorkbook";
import { MARKED, MARKED_NOTES } from "./markedTemplateFixture";

const ISSUES: DataIssue[] = [4, 4, 9].map((row) => ({
  table: "cases",
  row,
  column: "Startdatum",
  code: "INVALID_DATE",
  severity: "error",
  message: `Casussen, rij ${row}, kolom "Startdatum": "31-02-2024" is geen geldige datum.`,
}));

describe("a template's marked table in the workbook", () => {
  let workbook: ExcelJS.Workbook;
  let sheet: ExcelJS.Worksheet;
  beforeAll(async () => {
    const explanation = { periodLabel: "t/m Q3 2024", parameters: [], definitions: [] };
    const bytes = await saveReportWorkbook(buildTemplateWorkbook(MARKED, explanation, ISSUES));
    workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes.slice().buffer);
    sheet = workbook.worksheets[0] as ExcelJS.Worksheet;
  });

  function rowOf(label: string): ExcelJS.CellValue[] {
    let found: ExcelJS.CellValue[] = [];
    sheet.eachRow((row) => {
      if (row.getCell(1).value === label) found = [2, 3, 4].map((c) => row.getCell(c).value);
    });
    return found;
  }

  it('shows "<10" for a small count and "–*" for a hidden cell, as text', () => {
    expect(rowOf("Noord")).toEqual([12, "–*", "–*"]);
    expect(rowOf("Zuid")).toEqual(["<10", 31, "–*"]);
    expect(rowOf("Totaal")).toEqual([19, 40, 21]);
  });

  it("writes the legend below the table, after its own note", () => {
    const texts: string[] = [];
    sheet.eachRow((row) => texts.push(String(row.getCell(1).value)));
    const first = texts.indexOf(MARKED_NOTES[0] as string);
    expect(texts.slice(first, first + 3)).toEqual(MARKED_NOTES);
  });

  it("counts the findings per kind on Controle, without rows or values", () => {
    const controle = workbook.getWorksheet("Controle") as ExcelJS.Worksheet;
    expect([1, 2, 3, 4].map((c) => controle.getCell(2, c).value)).toEqual([
      "INVALID_DATE",
      "Ongeldige datum",
      "Fout",
      2,
    ]);
    const texts: string[] = [];
    controle.eachRow((row) => row.eachCell((cell) => texts.push(String(cell.value))));
    expect(texts.join("\n")).not.toMatch(/rij \d|31-02-2024|Startdatum/);
  });
});

describe("a template's marked table on the terminal", () => {
  it("prints the marks and the legend", () => {
    const lines = formatRenderedTable(MARKED.tables[0]!);
    expect(lines.find((l) => l.startsWith("Noord"))).toMatch(/^Noord\s+12\s+–\*\s+–\*$/);
    expect(lines.find((l) => l.startsWith("Zuid"))).toMatch(/^Zuid\s+<10\s+31\s+–\*$/);
    expect(lines.slice(-3)).toEqual(MARKED_NOTES);
  });
});
