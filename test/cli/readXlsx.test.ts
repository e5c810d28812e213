import ExcelJS from "exceljs";
import { CliInputError } from "../../src/cli/cliErrors";
import { readXlsx } from "../../src/cli/readXlsx";
import { toCellValue } from "../helpers/readXlsxWithExcelJs";

async function bytesOf(workbook: ExcelJS.Workbook): Promise<Uint8Array> {
  return new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
}

/** 3 January 2024: Excel serial 45294. */
const JAN_3_2024 = 45294;

async function exportWorkbook(): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Casussen");
  sheet.addRow([
    "Casusnummer",
    "Aanmelddatum",
    "Team",
    "Klantoordeel",
    "Einddatum",
    "Website",
    "Direct opgelost",
  ]);
  sheet.addRow([
    1001,
    new Date(Date.UTC(2024, 0, 3)),
    { richText: [{ text: "Team ", font: { bold: true } }, { text: "Noord" }] },
    { formula: "7+1", result: 8 },
    { error: "#N/A" },
    { text: "site", hyperlink: "https://example.org" },
    true,
  ]);
  sheet.getCell("B2").numFmt = "dd-mm-yyyy";
  sheet.addRow([]);
  sheet.addRow(["Totaal", null, null, { formula: "SUM(D2:D2)", result: 8 }]);
  sheet.mergeCells("E4:G4");
  sheet.getCell("E4").value = "samengevoegd";
  return bytesOf(workbook);
}

describe("readXlsx", () => {
  it("reads a sheet like range.values, sheet row 1 first, each row up to its last filled cell", async () => {
    const rows = await readXlsx(await exportWorkbook());
    expect(rows).toEqual([
      [
        "Casusnummer",
        "Aanmelddatum",
        "Team",
        "Klantoordeel",
        "Einddatum",
        "Website",
        "Direct opgelost",
      ],
      [1001, JAN_3_2024, "Team Noord", 8, "#N/A", "site", true],
      [],
      ["Totaal", "", "", 8, "samengevoegd"],
    ]);
  });

  describe("a cell far from the data", () => {
    async function sheetWithCellAt(address: string): Promise<Uint8Array> {
      const workbook = new ExcelJS.Workbook();
      const sheet = workbook.addWorksheet("Casussen");
      sheet.addRow(["Casusnummer", "Team"]);
      sheet.addRow([1, "Noord"]);
      sheet.addRow([2, null, "opmerking"]);
      sheet.getCell(address).value = "notitie";
      return bytesOf(workbook);
    }

    it("keeps a cell at XFD1048576 without materialising the sheet's extent", async () => {
      const rows = await readXlsx(await sheetWithCellAt("XFD1048576"));
      expect(rows).toHaveLength(1_048_576);
      expect(rows.slice(0, 4)).toEqual([
        ["Casusnummer", "Team"],
        [1, "Noord"],
        [2, "", "opmerking"],
        [],
      ]);
      // The empty rows between are one shared empty row.
      expect(rows[3]).toBe(rows[1_048_574]);
      const last = rows[1_048_575] ?? [];
      expect(last).toHaveLength(16_384);
      expect(last[16_383]).toBe("notitie");
      expect(Object.keys(last)).toEqual(["16383"]);
    });

    it("leaves a hole, not 16,000 empty cells, before a note in column XFD", async () => {
      const rows = await readXlsx(await sheetWithCellAt("XFD2"));
      expect(rows).toHaveLength(3);
      expect(rows[0]).toEqual(["Casusnummer", "Team"]);
      expect(rows[2]).toEqual([2, "", "opmerking"]);
      const note = rows[1] ?? [];
      expect(note).toHaveLength(16_384);
      expect(Object.keys(note)).toEqual(["0", "1", "16383"]);
      expect([note[0], note[1], note[16_383]]).toEqual([1, "Noord", "notitie"]);
    });
  });

  it("keeps memory with the cells on a sheet with a cell every 250 columns (no filled gaps)", async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("Casussen");
    for (let r = 1; r <= 50; r += 1)
      for (let c = 1; c <= 16_384; c += 250) sheet.getCell(r, c).value = `r${r}c${c}`;
    const rows = await readXlsx(await bytesOf(workbook));
    expect(rows).toHaveLength(50);
    for (const row of rows) {
      // 66 cells per row, and no '' between them (16,251 entries when gaps of 249 were filled).
      expect(Object.keys(row)).toHaveLength(66);
      expect(row).toHaveLength(16_251);
    }
    expect([rows[0]?.[0], rows[49]?.[250], rows[49]?.[251]]).toEqual([
      "r1c1",
      "r50c251",
      undefined,
    ]);
  });

  it("returns dates of a 1904-system workbook as 1900-system serials", async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.properties.date1904 = true;
    const sheet = workbook.addWorksheet("Blad1");
    sheet.addRow(["Datum"]);
    sheet.addRow([new Date(Date.UTC(2024, 0, 3))]);
    sheet.getCell("A2").numFmt = "d-m-yyyy";
    expect((await readXlsx(await bytesOf(workbook)))[1]).toEqual([JAN_3_2024]);
  });

  describe("choosing the sheet", () => {
    async function manySheets(): Promise<Uint8Array> {
      const workbook = new ExcelJS.Workbook();
      workbook.addWorksheet("Uitleg", { state: "hidden" }).addRow(["verborgen"]);
      workbook.addWorksheet("Export").addRow(["casussen"]);
      workbook.addWorksheet("ZRM-scores").addRow(["zrm"]);
      workbook.addWorksheet("Klachten 2024").addRow(["klachten"]);
      return bytesOf(workbook);
    }

    it("reads the first visible sheet for the case table", async () => {
      expect(await readXlsx(await manySheets(), { table: "cases" })).toEqual([["casussen"]]);
    });

    it("reads the sheet whose name names the table for the other tables", async () => {
      const bytes = await manySheets();
      expect(await readXlsx(bytes, { table: "zrm" })).toEqual([["zrm"]]);
      expect(await readXlsx(bytes, { table: "complaints" })).toEqual([["klachten"]]);
      expect(await readXlsx(bytes, { table: "activities" })).toEqual([["casussen"]]);
    });

    it("reads the named sheet, ignoring case and surrounding spaces", async () => {
      expect(await readXlsx(await manySheets(), { sheet: " zrm-SCORES ", table: "cases" })).toEqual(
        [["zrm"]]
      );
    });

    it("throws a CliInputError listing the sheets when the named sheet is missing", async () => {
      await expect(
        readXlsx(await manySheets(), { sheet: "Casussen", fileName: "export.xlsx" })
      ).rejects.toThrow(
        new CliInputError(
          'werkblad "Casussen" niet gevonden in export.xlsx; werkbladen: Uitleg, Export, ZRM-scores, Klachten 2024'
        )
      );
    });
  });

  describe("edge cases", () => {
    it("throws a CliInputError for bytes that are not an .xlsx file", async () => {
      await expect(
        readXlsx(new TextEncoder().encode("Casusnummer;Team\n"), { fileName: "export.xlsx" })
      ).rejects.toThrow(new CliInputError("kan export.xlsx niet lezen als Excel-bestand (.xlsx)"));
    });

    it("returns no rows for an empty sheet", async () => {
      const workbook = new ExcelJS.Workbook();
      workbook.addWorksheet("Leeg");
      expect(await readXlsx(await bytesOf(workbook))).toEqual([]);
    });
  });
});

describe("toCellValue", () => {
  it("converts every kind of ExcelJS value", () => {
    expect(toCellValue(null)).toBe("");
    expect(toCellValue(undefined)).toBe("");
    expect(toCellValue(12.5)).toBe(12.5);
    expect(toCellValue("tekst")).toBe("tekst");
    expect(toCellValue(false)).toBe(false);
    expect(toCellValue(new Date(Date.UTC(2024, 0, 3, 12)))).toBe(JAN_3_2024 + 0.5);
    expect(toCellValue({ richText: [{ text: "a" }, { text: "b" }] })).toBe("ab");
    expect(toCellValue({ formula: "A1", result: { error: "#VALUE!" } })).toBe("#VALUE!");
    expect(toCellValue({ sharedFormula: "A1", result: new Date(Date.UTC(2024, 0, 3)) })).toBe(
      JAN_3_2024
    );
    expect(
      toCellValue({ text: { richText: [{ text: "link" }] }, hyperlink: "https://example.org" })
    ).toBe("link");
  });

  describe("edge cases", () => {
    it('returns "" for a formula without a cached result and for unknown objects', () => {
      expect(toCellValue({ formula: "NOW()" })).toBe("");
      expect(toCellValue({ unknown: 1 })).toBe("");
    });
  });
});
