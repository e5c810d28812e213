import ExcelJS from "exceljs";
import { readXlsx } from "../../src/cli/readXlsx";
import { SAMPLE_SHEET_NAMES, writeSampleWorkbook } from "../../src/cli/writeSampleWorkbook";
import { generateSampleExport } from "../../src/core/sample/generateSampleExport";
import type { CellValue } from "../../src/core/types";

/** The rows as readXlsx returns them: each row ends at its last filled cell. */
function ragged(rows: readonly (readonly CellValue[])[]): CellValue[][] {
  return rows.map((row) => {
    let end = row.length;
    while (end > 0 && (row[end - 1] === "" || row[end - 1] === null)) end--;
    return row.slice(0, end);
  });
}

describe("writeSampleWorkbook", () => {
  const sample = generateSampleExport({ seed: 2, cases: 300 });
  let bytes: Uint8Array;
  beforeAll(async () => {
    bytes = await writeSampleWorkbook(sample);
  });

  it("writes the same bytes for the same sample", async () => {
    expect(Buffer.from(await writeSampleWorkbook(sample)).equals(Buffer.from(bytes))).toBe(true);
  });

  it("writes one sheet per table, in order", async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual([
      "Casussen",
      "ZRM-scores",
      "Activiteiten",
      "Klachten",
    ]);
    expect(Object.values(SAMPLE_SHEET_NAMES)).toEqual([
      "Casussen",
      "ZRM-scores",
      "Activiteiten",
      "Klachten",
    ]);
  });

  it("reads back cell for cell as the sample, each table from its own sheet", async () => {
    expect(await readXlsx(bytes, { table: "cases" })).toEqual(ragged(sample.cases));
    expect(await readXlsx(bytes, { table: "zrm" })).toEqual(ragged(sample.zrm));
    expect(await readXlsx(bytes, { table: "activities" })).toEqual(ragged(sample.activities));
    expect(await readXlsx(bytes, { table: "complaints" })).toEqual(ragged(sample.complaints));
  });

  it('shows dates as dates, writes "#N/A" as an Excel error and "- geen team -" as text', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
    const sheet = workbook.getWorksheet("Casussen");
    expect(sheet?.getCell("E2").numFmt).toBe("dd-mm-yyyy");
    expect(sheet?.getCell("E1").numFmt ?? "General").toBe("General"); // the header keeps the general format
    const cells: ExcelJS.Cell[] = [];
    sheet?.eachRow((row) => row.eachCell((cell) => void cells.push(cell)));
    expect(
      cells.some(
        (cell) =>
          cell.type === ExcelJS.ValueType.Error &&
          (cell.value as ExcelJS.CellErrorValue).error === "#N/A"
      )
    ).toBe(true);
    const noTeam = cells.filter((cell) => cell.value === "- geen team -");
    expect(noTeam.length).toBeGreaterThan(0);
    expect(
      noTeam.every((cell) => cell.type === ExcelJS.ValueType.String && cell.formula === undefined)
    ).toBe(true);
  });

  it("stamps the workbook with the export date, not the time of writing", async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
    expect(workbook.created.toISOString()).toBe("2024-10-07T06:00:00.000Z");
    expect(workbook.modified.toISOString()).toBe("2024-10-07T06:00:00.000Z");
  });

  describe("edge cases", () => {
    it("writes a sample of a single case", async () => {
      const tiny = generateSampleExport({ cases: 1 });
      expect(await readXlsx(await writeSampleWorkbook(tiny), { table: "cases" })).toEqual(
        ragged(tiny.cases)
      );
    });
  });
});
