import ExcelJS from "exceljs";
import fc from "fast-check";
import JSZip from "jszip";
import { CliInputError } from "../../src/cli/cliErrors";
import { openXlsx } from "../../src/cli/openXlsx";
import { readXlsx } from "../../src/cli/readXlsx";
import { streamXlsxRows } from "../../src/cli/streamXlsxRows";
import type { CellValue } from "../../src/core";
import { readXlsxWithExcelJs } from "../helpers/readXlsxWithExcelJs";

const SHEET_NAMES = ["Casussen", "ZRM-scores", "Blad 3"];
const DATE_FORMATS = [
  "mm-dd-yy", // the built-in formats 14–22, which ExcelJS writes by their id
  "d-mmm-yy",
  "d-mmm",
  "mmm-yy",
  "h:mm AM/PM",
  "h:mm:ss AM/PM",
  "h:mm",
  "h:mm:ss",
  'm/d/yy "h":mm',
  "d-m-yyyy",
  "dd/mm/yyyy hh:mm",
  "yyyy-mm-dd",
  "[$-413]d mmmm yyyy",
  "[h]:mm:ss",
];
const NUMBER_FORMATS = ["0.00", "#,##0", "0%", '0 "dagen"', "[Red]0.0", "@"];
const ERRORS = ["#N/A", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#NULL!"];

/**
 * Text as users type it; without `_xHHHH_` (ExcelJS decodes it in shared but not in inline
 * strings, this reader in both) and control characters (dropped by the writer).
 */
const text = fc
  .string({ unit: fc.constantFrom(..."aZ é€😀 &<>'\"\n\t_x0D1;#".split("")), maxLength: 12 })
  .filter((value) => !/_x[0-9A-F]{4}_/.test(value));
/** A formula's text result, without entities (ExcelJS decodes those twice). */
const resultText = text.filter((value) => !value.includes("&"));
const date = fc.date({
  min: new Date(Date.UTC(1900, 2, 1)),
  max: new Date(Date.UTC(9999, 11, 31)),
  noInvalidDate: true,
});

interface CellSpec {
  readonly value: ExcelJS.CellValue;
  readonly numFmt?: string;
}

const cell: fc.Arbitrary<CellSpec> = fc.oneof(
  fc.record({ value: fc.double() }),
  fc.record({ value: fc.integer({ min: -1e6, max: 1e9 }) }),
  fc.record({ value: fc.double(), numFmt: fc.constantFrom(...NUMBER_FORMATS) }),
  fc.record({
    value: fc.double({ min: -1e6, max: 3e6 }),
    numFmt: fc.constantFrom(...DATE_FORMATS),
  }),
  fc.record({ value: date, numFmt: fc.constantFrom(...DATE_FORMATS) }),
  fc.record({ value: text }),
  fc.record({ value: fc.boolean() }),
  fc.record({
    value: fc.constantFrom(...ERRORS).map((error) => ({ error }) as ExcelJS.CellErrorValue),
  }),
  fc.record({
    value: fc
      .array(fc.record({ text, bold: fc.boolean() }), { minLength: 1, maxLength: 3 })
      .map((runs) => ({
        richText: runs.map((run) =>
          run.bold ? { text: run.text, font: { bold: true } } : { text: run.text }
        ),
      })),
  }),
  // ExcelJS lost a formula's cached 0 and FALSE (see the test of what reads differently).
  fc.record({
    value: fc
      .oneof(
        fc.double().filter((result) => result !== 0),
        resultText,
        fc.constant(true),
        fc.constantFrom(...ERRORS).map((error) => ({ error }) as ExcelJS.CellErrorValue)
      )
      .map((result) => ({ formula: "A1", result }) as ExcelJS.CellFormulaValue),
  }),
  fc.record({
    value: fc.double({ min: 0.001, max: 3e6 }).map((result) => ({ formula: "A1+1", result })),
    numFmt: fc.constantFrom(...DATE_FORMATS),
  }),
  fc.record({ value: fc.constant({ formula: "NOW()" } as ExcelJS.CellFormulaValue) }),
  fc.record({ value: text.map((label) => ({ text: label, hyperlink: "https://example.org/" })) })
);

/** Mostly near columns; now and then one far right, up to XFD. */
const column = fc.oneof(
  { weight: 8, arbitrary: fc.integer({ min: 1, max: 30 }) },
  { weight: 1, arbitrary: fc.integer({ min: 31, max: 16_384 }) }
);
const sheetCells = fc.array(
  fc.record({ row: fc.integer({ min: 1, max: 60 }), column, spec: cell }),
  { maxLength: 60 }
);
const workbookSpec = fc.record({
  date1904: fc.boolean(),
  sheets: fc.array(sheetCells, { minLength: 1, maxLength: 3 }),
  sharedStrings: fc.boolean(),
});

interface WorkbookSpec {
  readonly date1904: boolean;
  readonly sheets: readonly { row: number; column: number; spec: CellSpec }[][];
  readonly sharedStrings: boolean;
}

/** Writes the workbook as Excel would: with the plain writer (shared strings) or the streaming one. */
async function writeWorkbook(spec: WorkbookSpec): Promise<Uint8Array> {
  const fill = (workbook: ExcelJS.Workbook): void => {
    workbook.properties.date1904 = spec.date1904;
  };
  if (spec.sharedStrings) {
    const workbook = new ExcelJS.Workbook();
    fill(workbook);
    spec.sheets.forEach((cells, index) => {
      const sheet = workbook.addWorksheet(SHEET_NAMES[index]);
      for (const { row, column: col, spec: c } of cells) {
        const target = sheet.getCell(row, col);
        target.value = c.value;
        if (c.numFmt !== undefined) target.numFmt = c.numFmt;
      }
    });
    return new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
  }
  // The streaming writer without shared strings writes text inline (t="str", t="inlineStr");
  // it always uses the 1900 date system.
  const chunks: Buffer[] = [];
  const { PassThrough } = await import("node:stream");
  const stream = new PassThrough();
  stream.on("data", (chunk: Buffer) => chunks.push(chunk));
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream,
    useSharedStrings: false,
    useStyles: true,
  });
  spec.sheets.forEach((cells, index) => {
    const sheet = workbook.addWorksheet(SHEET_NAMES[index]);
    const byRow = new Map<number, typeof cells>();
    for (const entry of cells) byRow.set(entry.row, [...(byRow.get(entry.row) ?? []), entry]);
    for (const rowNumber of [...byRow.keys()].sort((a, b) => a - b)) {
      const row = sheet.getRow(rowNumber);
      for (const { column: col, spec: c } of byRow.get(rowNumber) ?? []) {
        row.getCell(col).value = c.value;
        if (c.numFmt !== undefined) row.getCell(col).numFmt = c.numFmt;
      }
      row.commit();
    }
    sheet.commit();
  });
  await workbook.commit();
  return new Uint8Array(Buffer.concat(chunks));
}

describe("streamXlsxRows", () => {
  it("reads every sheet of generated workbooks exactly as ExcelJS did", async () => {
    await fc.assert(
      fc.asyncProperty(workbookSpec, async (spec) => {
        const bytes = await writeWorkbook(spec);
        for (const name of SHEET_NAMES.slice(0, spec.sheets.length)) {
          const expected = await readXlsxWithExcelJs(bytes, name);
          expect(await readXlsx(bytes, { sheet: name })).toStrictEqual(expected);
        }
      }),
      { numRuns: 150 }
    );
  }, 120_000);
});

/** A workbook whose first sheet's XML (and shared strings) are given as written by hand. */
async function handWritten(sheetData: string, sharedStrings?: string): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet("Blad1").getCell("A1").value = "x";
  workbook.getWorksheet("Blad1")!.getCell("A2").numFmt = "d-m-yyyy";
  const zip = await JSZip.loadAsync((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
  const path = "xl/worksheets/sheet1.xml";
  const xml = await zip.file(path)!.async("string");
  zip.file(
    path,
    xml.replace(/<sheetData>[\s\S]*<\/sheetData>/, `<sheetData>${sheetData}</sheetData>`)
  );
  if (sharedStrings !== undefined) zip.file("xl/sharedStrings.xml", sharedStrings);
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

describe("streamXlsxRows on XML that ExcelJS does not write", () => {
  it("reads inline strings, phonetic guides, escaped characters and cells without a reference", async () => {
    const sst =
      '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="2" uniqueCount="2">' +
      '<si><t>Noord</t><rPh sb="0" eb="1"><t>ノ</t></rPh><phoneticPr fontId="1"/></si>' +
      '<si><t xml:space="preserve">a_x000D_b &amp; c</t></si></sst>';
    const bytes = await handWritten(
      '<row r="1"><c r="A1" t="inlineStr"><is><t>Team &lt;West&gt;</t></is></c><c t="s"><v>0</v></c><c t="s"><v>1</v></c></row>' +
        '<row><c><v>7</v></c><c r="C2" s="1"><v>45294</v></c><c r="D2" t="e"><f>NA()</f><v>#N/A</v></c></row>' +
        '<row r="4" spans="1:2"><c r="A4" s="1"/></row>',
      sst
    );
    expect(await readXlsx(bytes)).toStrictEqual([
      ["Team <West>", "Noord", "a\rb & c"],
      [7, "", 45294, "#N/A"],
    ]);
  });

  it("yields chunks of 512 rows, every sheet row present, an empty row as []", async () => {
    const rows = Array.from({ length: 10_000 }, (_, i) =>
      i % 3 === 1 ? "" : `<row r="${i + 1}"><c r="B${i + 1}"><v>${i + 1}</v></c></row>`
    ).join("");
    const workbook = await openXlsx(await handWritten(rows), "export.xlsx");
    const chunks: CellValue[][][] = [];
    for await (const chunk of streamXlsxRows(workbook)) chunks.push(chunk);
    expect(chunks.map((chunk) => chunk.length)).toEqual([...Array<number>(19).fill(512), 272]);
    const all = chunks.flat();
    expect(all.slice(0, 4)).toStrictEqual([["", 1], [], ["", 3], ["", 4]]);
    expect(all[9_999]).toStrictEqual(["", 10_000]);
  });

  it("reads several sheets of one opened workbook, its shared strings read once", async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("Casussen").addRow(["Team", "Noord"]);
    workbook.addWorksheet("ZRM-scores").addRow(["Team", "Zuid"]);
    const opened = await openXlsx(
      new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer)
    );
    const read = async (table: "cases" | "zrm"): Promise<CellValue[][]> => {
      const rows: CellValue[][] = [];
      for await (const chunk of streamXlsxRows(opened, { table })) rows.push(...chunk);
      return rows;
    };
    expect(await read("zrm")).toEqual([["Team", "Zuid"]]);
    const strings = opened.sharedStrings;
    expect(await read("cases")).toEqual([["Team", "Noord"]]);
    expect(opened.sharedStrings).toBe(strings);
  });
});

describe("what streamXlsxRows reads differently from ExcelJS (as Office.js range.values does)", () => {
  it("keeps a formula's cached 0 and FALSE, which ExcelJS read as empty", async () => {
    const bytes = await handWritten(
      '<row r="1"><c r="A1"><f>B1-B1</f><v>0</v></c><c r="B1" t="b"><f>1=2</f><v>0</v></c></row>'
    );
    expect(await readXlsxWithExcelJs(bytes)).toStrictEqual([[]]);
    expect(await readXlsx(bytes)).toStrictEqual([[0, false]]);
  });

  it("keeps a formula's text or error in a date-styled cell, which ExcelJS made NaN", async () => {
    // Style 1 of handWritten's workbook is the date format d-m-yyyy.
    const bytes = await handWritten(
      '<row r="1"><c r="A1" s="1" t="str"><f>"n.v.t."</f><v>n.v.t.</v></c>' +
        '<c r="B1" s="1" t="e"><f>NA()</f><v>#N/A</v></c><c r="C1" s="1"><f>A2+1</f><v>45294</v></c></row>'
    );
    expect(await readXlsxWithExcelJs(bytes)).toStrictEqual([[NaN, NaN, 45294]]);
    expect(await readXlsx(bytes)).toStrictEqual([["n.v.t.", "#N/A", 45294]]);
  });

  it("decodes a formula's text result once, where ExcelJS decoded it twice", async () => {
    const bytes = await handWritten(
      '<row r="1"><c r="A1" t="str"><f>"&amp;lt;"</f><v>&amp;lt;</v></c></row>'
    );
    expect(await readXlsxWithExcelJs(bytes)).toStrictEqual([["<"]]);
    expect(await readXlsx(bytes)).toStrictEqual([["&lt;"]]);
  });
});

describe("streamXlsxRows on malformed input", () => {
  const message = new CliInputError("kan export.xlsx niet lezen als Excel-bestand (.xlsx)");

  async function goodWorkbook(): Promise<Buffer> {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("Casussen");
    for (let i = 0; i < 2_000; i += 1) sheet.addRow([i, `casus ${i}`, i * 1.5]);
    return Buffer.from((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
  }

  it("says a truncated file cannot be read as .xlsx", async () => {
    const bytes = await goodWorkbook();
    await expect(
      readXlsx(bytes.subarray(0, bytes.length >> 1), { fileName: "export.xlsx" })
    ).rejects.toThrow(message);
  });

  it("says a file whose sheet data is damaged cannot be read as .xlsx", async () => {
    const bytes = await goodWorkbook();
    const zip = await JSZip.loadAsync(bytes);
    const sheetBytes = await zip.file("xl/worksheets/sheet1.xml")!.async("uint8array");
    zip.file("xl/worksheets/sheet1.xml", sheetBytes);
    const rebuilt = Buffer.from(
      await zip.generateAsync({ type: "uint8array", compression: "DEFLATE" })
    );
    // Damage the middle of the sheet's compressed data (its local header comes first).
    const at = rebuilt.indexOf("xl/worksheets/sheet1.xml") + 2_000;
    rebuilt.fill(0xff, at, at + 200);
    await expect(readXlsx(rebuilt, { fileName: "export.xlsx" })).rejects.toThrow(message);
  });

  it("says a zip without a workbook has no sheets", async () => {
    const zip = new JSZip();
    zip.file("notitie.txt", "geen werkmap");
    const bytes = await zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
    await expect(readXlsx(bytes, { fileName: "export.xlsx" })).rejects.toThrow(
      new CliInputError("export.xlsx heeft geen werkbladen")
    );
  });
});
