/**
 * The sample export as an .xlsx workbook, byte for byte the same for the same sample.
 *
 * @module
 */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import type { CellValue, SampleExport } from "../core";

/** Sheet names of the sample workbook, per table. */
export const SAMPLE_SHEET_NAMES = {
  cases: "Casussen",
  zrm: "ZRM-scores",
  activities: "Activiteiten",
  complaints: "Klachten",
} as const;

/** The fixed time stamp of the sample workbook (its export date), so that the file is stable. */
const FIXED_TIME = new Date(Date.UTC(2024, 9, 7, 6, 0, 0));

const EXCEL_ERRORS = new Set(["#N/A", "#REF!", "#NAME?", "#DIV/0!", "#NULL!", "#VALUE!", "#NUM!"]);

/**
 * Writes the sample export as an .xlsx file's bytes: one sheet per table (Casussen,
 * ZRM-scores, Activiteiten, Klachten), bold frozen header rows with filters, date columns
 * (headers with "datum") shown as dd-mm-yyyy, error texts such as '#N/A' as real Excel
 * error cells. Time stamps inside the file are fixed, so the same sample gives the same bytes.
 *
 * @param sample - the sample export
 * @returns the bytes of the .xlsx file
 *
 * @example
 * await fs.writeFile('voorbeeld-export.xlsx', await writeSampleWorkbook(generateSampleExport()));
 */
export async function writeSampleWorkbook(sample: SampleExport): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Welzijnsmonitor";
  workbook.lastModifiedBy = "Welzijnsmonitor";
  workbook.created = FIXED_TIME;
  workbook.modified = FIXED_TIME;
  workbook.title = "Voorbeeldexport registratiesysteem";
  for (const table of ["cases", "zrm", "activities", "complaints"] as const) {
    addTableSheet(workbook.addWorksheet(SAMPLE_SHEET_NAMES[table]), sample[table]);
  }
  const bytes = await workbook.xlsx.writeBuffer();
  return fixZipTimes(new Uint8Array(bytes as ArrayBuffer));
}

function addTableSheet(sheet: ExcelJS.Worksheet, rows: readonly (readonly CellValue[])[]): void {
  const headers = (rows[0] ?? []).map((cell) => String(cell ?? ""));
  const isDate = headers.map((header) => /datum/i.test(header));
  for (const row of rows) sheet.addRow(row.map(toExcelValue));
  sheet.getRow(1).font = { bold: true };
  sheet.views = [{ state: "frozen", ySplit: 1 }];
  sheet.autoFilter = {
    from: { row: 1, column: 1 },
    to: { row: 1, column: Math.max(1, headers.length) },
  };
  headers.forEach((header, index) => {
    const column = sheet.getColumn(index + 1);
    column.width = Math.min(45, Math.max(10, widestText(rows, index, header) + 3));
    if (isDate[index]) column.numFmt = "dd-mm-yyyy";
  });
  // The header row keeps the general format.
  sheet.getRow(1).eachCell((cell) => {
    cell.numFmt = "General";
  });
}

function toExcelValue(value: CellValue): ExcelJS.CellValue {
  if (typeof value === "string" && EXCEL_ERRORS.has(value))
    return { error: value as ExcelJS.CellErrorValue["error"] };
  if (value === "" || value === undefined) return null;
  return value;
}

/** Width in characters: bold header text runs about a quarter wider than body text. */
function widestText(
  rows: readonly (readonly CellValue[])[],
  column: number,
  header: string
): number {
  let widest = Math.ceil(header.length * 1.25);
  for (let r = 1; r < Math.min(rows.length, 500); r += 1) {
    const cell = rows[r]?.[column];
    if (typeof cell === "string") widest = Math.max(widest, cell.length);
  }
  return widest;
}

/** Rewrites the zip with every entry's time set to {@link FIXED_TIME} (JSZip stamps "now"). */
async function fixZipTimes(bytes: Uint8Array): Promise<Uint8Array> {
  const source = await JSZip.loadAsync(bytes);
  const target = new JSZip();
  for (const name of Object.keys(source.files)) {
    const entry = source.files[name];
    if (entry === undefined || entry.dir) continue;
    target.file(name, await entry.async("uint8array"), { date: FIXED_TIME, createFolders: false });
  }
  return target.generateAsync({
    type: "uint8array",
    compression: "DEFLATE",
    compressionOptions: { level: 6 },
  });
}
