import ExcelJS from "exceljs";
import JSZip from "jszip";
import { isoToDay } from "../../src/core/dates/dayToIso";
import { loadDataset } from "../../src/core/parse/loadDataset";
import { parsePeriod } from "../../src/core/periods/parsePeriod";
import { buildStandardReport } from "../../src/core/report/buildStandardReport";
import {
  generateSampleExport,
  SAMPLE_EXPORT_DATE,
} from "../../src/core/sample/generateSampleExport";
import { buildReportWorkbook } from "../../src/xlsx/buildReportWorkbook";
import { shareCellStyles } from "../../src/xlsx/shareCellStyles";
import { engineOf } from "../helpers/engineOf";

const BOLD = { name: "Calibri", size: 11, bold: true };

/** The parts ExcelJS writes, as text, with its random ids (data bars) and times made equal. */
async function parts(workbook: ExcelJS.Workbook): Promise<Map<string, string>> {
  const zip = await JSZip.loadAsync(await workbook.xlsx.writeBuffer());
  const texts = new Map<string, string>();
  for (const [name, file] of Object.entries(zip.files))
    if (!file.dir)
      texts.set(
        name,
        (await file.async("string"))
          .replace(/\{[0-9A-F-]{36}\}/g, "{ID}")
          .replace(/\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ/g, "TIME")
      );
  return texts;
}

describe("shareCellStyles", () => {
  it("gives cells with equal styles and value types one style object, and counts them", () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("Blad");
    const [a, b, c, d] = ["A1", "A2", "A3", "A4"].map((ref) => sheet.getCell(ref)) as [
      ExcelJS.Cell,
      ExcelJS.Cell,
      ExcelJS.Cell,
      ExcelJS.Cell,
    ];
    a.value = 1;
    b.value = 2;
    c.value = "tekst";
    d.value = 3;
    for (const cell of [a, b, c]) cell.font = { ...BOLD };
    d.font = { ...BOLD, italic: true };
    expect(a.style).not.toBe(b.style);
    expect(shareCellStyles(workbook)).toBe(1);
    expect(b.style).toBe(a.style);
    // Text takes no number format where a number takes "General": not the same style.
    expect(c.style).not.toBe(a.style);
    expect(d.style).not.toBe(a.style);
    expect(d.font).toEqual({ ...BOLD, italic: true });
  });

  it("leaves formula cells their own style objects", () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("Blad");
    sheet.getCell("A1").value = { formula: "1+1", result: 2 };
    sheet.getCell("A2").value = { formula: "2+2", result: 4 };
    for (const ref of ["A1", "A2"]) sheet.getCell(ref).font = { ...BOLD };
    expect(shareCellStyles(workbook)).toBe(0);
    expect(sheet.getCell("A2").style).not.toBe(sheet.getCell("A1").style);
  });

  describe("edge cases", () => {
    it("changes no part ExcelJS writes for the sample's report (cells, styles, sheets)", async () => {
      const sample = generateSampleExport();
      const dataset = loadDataset({
        cases: { rows: sample.cases },
        zrm: { rows: sample.zrm },
        activities: { rows: sample.activities },
        complaints: { rows: sample.complaints },
        asOf: isoToDay(SAMPLE_EXPORT_DATE),
      });
      const report = buildStandardReport(engineOf(dataset), parsePeriod("t/m Q3 2024"), {
        previous: parsePeriod("t/m Q3 2023"),
      });
      const own = buildReportWorkbook(report, dataset.issues).workbook;
      const shared = buildReportWorkbook(report, dataset.issues).workbook;
      expect(shareCellStyles(shared)).toBeGreaterThan(1000);
      const [before, after] = [await parts(own), await parts(shared)];
      expect([...after.keys()]).toEqual([...before.keys()]);
      for (const [name, text] of before)
        expect({ name, text: after.get(name) }).toEqual({ name, text });
    });
  });
});
