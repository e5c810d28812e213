import ExcelJS from "exceljs";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { userSheetsOfReportFile } from "../../src/cli/userSheetsOfReportFile";

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "welzijnsmonitor-usersheets-"));
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

async function workbookWithSheets(name: string, sheets: readonly string[]): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  for (const sheet of sheets) workbook.addWorksheet(sheet);
  const path = join(dir, name);
  await workbook.xlsx.writeFile(path);
  return path;
}

describe("userSheetsOfReportFile", () => {
  it("returns the sheets that are not the report's own, in workbook order", async () => {
    const path = await workbookWithSheets("a.xlsx", [
      "Rapportage t∕m Q3 2024",
      "Toelichting",
      "Duiding & acties",
      "Controle",
      "Q2 2024 definitief",
    ]);
    expect(await userSheetsOfReportFile(path)).toEqual(["Duiding & acties", "Q2 2024 definitief"]);
  });

  describe("edge cases", () => {
    it("returns [] for a report with only its own sheets, also the short name of a long period", async () => {
      const path = await workbookWithSheets("b.xlsx", [
        "Rapport 1-1-2024 t∕m 30-9-2024",
        "Toelichting",
        "Controle",
      ]);
      expect(await userSheetsOfReportFile(path)).toEqual([]);
    });

    it("returns [] for a file that is no zip", async () => {
      const path = join(dir, "tekst.xlsx");
      writeFileSync(path, "geen zip");
      expect(await userSheetsOfReportFile(path)).toEqual([]);
    });
  });
});
