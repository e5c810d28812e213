import ExcelJS from "exceljs";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { isReportWorkbookFile } from "../../src/cli/isReportWorkbookFile";

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "welzijnsmonitor-marker-"));
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

async function workbookWithKeywords(name: string, keywords: string | undefined): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Welzijnsmonitor";
  if (keywords !== undefined) workbook.keywords = keywords;
  workbook.addWorksheet("Blad1");
  const path = join(dir, name);
  await workbook.xlsx.writeFile(path);
  return path;
}

describe("isReportWorkbookFile", () => {
  it("recognises the marker among the workbook keywords, also next to labels of the user", async () => {
    expect(
      await isReportWorkbookFile(await workbookWithKeywords("a.xlsx", "Welzijnsmonitor-rapport"))
    ).toBe(true);
    expect(
      await isReportWorkbookFile(
        await workbookWithKeywords("b.xlsx", "Q3; Welzijnsmonitor-rapport")
      )
    ).toBe(true);
  });

  describe("edge cases", () => {
    it("is false for a workbook without the marker (the creator alone is no marker)", async () => {
      expect(await isReportWorkbookFile(await workbookWithKeywords("c.xlsx", undefined))).toBe(
        false
      );
      expect(
        await isReportWorkbookFile(
          await workbookWithKeywords("d.xlsx", "Welzijnsmonitor-rapportage")
        )
      ).toBe(false);
    });

    it("is false for a file that is no zip", async () => {
      const path = join(dir, "tekst.xlsx");
      writeFileSync(path, "Welzijnsmonitor-rapport");
      expect(await isReportWorkbookFile(path)).toBe(false);
    });
  });
});
