import ExcelJS from "exceljs";
import JSZip from "jszip";
import { buildStandardReport, loadDataset, parsePeriod } from "../../src/core/index";
import { buildReportWorkbook } from "../../src/xlsx/buildReportWorkbook";
import { saveReportWorkbook } from "../../src/xlsx/reportWorkbook";
import { engineOf } from "../helpers/engineOf";

// SPEC/STYLE §6: text from the data that starts with =, +, - or @ is written as text.
const TEAM = '=HYPERLINK("x")';
const PRODUCT = "+31 6";
const REFERRER = "@x";
const CLOSE_REASON = "-nee";

const HEADER = [
  "Casusnummer",
  "Cliëntnummer",
  "Soort traject",
  "Product",
  "Aanmelddatum",
  "Startdatum",
  "Einddatum",
  "Hoofddomein",
  "Afsluitreden",
  "Verwijzer",
  "Team",
];

/** Twelve cases in Q1 2024, all with the formula-like texts, plus a bad date for Controle. */
function exportRows(): string[][] {
  const rows: string[][] = [HEADER];
  for (let i = 1; i <= 12; i++) {
    rows.push([
      `c${i}`,
      `k${i}`,
      "Individueel traject",
      PRODUCT,
      "5-1-2024",
      "10-1-2024",
      "20-3-2024",
      "Financiën",
      CLOSE_REASON,
      REFERRER,
      TEAM,
    ]);
  }
  rows.push(["c13", "k13", "Individueel traject", PRODUCT, "=1+1", "", "", "", "", "", TEAM]);
  return rows;
}

describe("formula-like text from the data, end to end", () => {
  let sheet: ExcelJS.Worksheet;
  let workbook: ExcelJS.Workbook;
  let zip: JSZip;

  beforeAll(async () => {
    const dataset = loadDataset({ cases: { rows: exportRows() } });
    const report = buildStandardReport(engineOf(dataset), parsePeriod("Q1 2024"));
    const buffer = await saveReportWorkbook(buildReportWorkbook(report, dataset.issues));
    workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(buffer.slice().buffer);
    sheet = workbook.worksheets[0] as ExcelJS.Worksheet;
    zip = await JSZip.loadAsync(buffer);
  });

  /** Every cell of column A with exactly this value. */
  function cellsWith(ws: ExcelJS.Worksheet, value: string): ExcelJS.Cell[] {
    const found: ExcelJS.Cell[] = [];
    ws.eachRow((row) =>
      row.eachCell((cell) => {
        if (cell.value === value || cell.text === value) found.push(cell);
      })
    );
    return found;
  }

  it.each([
    ["team", TEAM, 4], // Per team – opgestart, behandeld, afgesloten, wachttijd
    ["product", PRODUCT, 2], // Producten – behandeld, doorlooptijd
    ["referrer", REFERRER, 1], // Verwijzers
    ["close reason", CLOSE_REASON, 1], // Afsluitredenen
  ])("writes the %s %s as a string in each table that shows it", (_field, text, tables) => {
    const cells = cellsWith(sheet, text);
    expect(cells).toHaveLength(tables);
    for (const cell of cells) {
      expect(cell.type).toBe(ExcelJS.ValueType.String);
      expect(cell.value).toBe(text);
      expect(cell.formula).toBeUndefined();
      expect(Number(cell.col)).toBe(1);
    }
  });

  it("writes no formula in any worksheet, also not on Controle", async () => {
    const controle = workbook.getWorksheet("Controle") as ExcelJS.Worksheet;
    expect(controle.rowCount).toBeGreaterThan(1); // the bad date "=1+1" is reported
    const sheets = Object.keys(zip.files).filter((n) => /^xl\/worksheets\/sheet\d+\.xml$/.test(n));
    expect(sheets).toHaveLength(3);
    for (const name of sheets) {
      const xml = (await zip.file(name)?.async("string")) ?? "";
      expect(xml).not.toMatch(/<f[ >]/);
      expect(xml).not.toContain("HYPERLINK");
    }
    // The texts are in the shared strings, where a formula can never be.
    const strings = (await zip.file("xl/sharedStrings.xml")?.async("string")) ?? "";
    for (const text of ["=HYPERLINK(&quot;x&quot;)", "+31 6", "@x", "-nee"])
      expect(strings).toContain(`<t>${text}</t>`);
  });
});
