import type ExcelJS from "exceljs";
import JSZip from "jszip";
import { addNativeCharts } from "./addNativeCharts";
import { compressPackage } from "./compressPackage";
import { shareCellStyles } from "./shareCellStyles";
import type { NativeChart } from "./nativeChartXml";

/**
 * A report workbook as built: the ExcelJS workbook and the native charts that go into its
 * package when it is saved (ExcelJS itself writes no charts).
 */
export interface ReportWorkbook {
  readonly workbook: ExcelJS.Workbook;
  readonly charts: readonly NativeChart[];
}

/**
 * Saves a report workbook as .xlsx bytes, its charts included: cells with equal styles come to
 * share one style object ({@link shareCellStyles}), ExcelJS writes the package uncompressed, {@link addNativeCharts} adds the chart parts, and {@link compressPackage}
 * deflates every part once, with Node's zlib.
 *
 * @param book - the workbook and its charts
 * @returns the .xlsx file's bytes
 *
 * @example
 * await fs.writeFile('rapport.xlsx', await saveReportWorkbook(buildReportWorkbook(report, issues)));
 */
export async function saveReportWorkbook(book: ReportWorkbook): Promise<Uint8Array> {
  shareCellStyles(book.workbook);
  const stored = await book.workbook.xlsx.writeBuffer({ zip: { compression: "STORE" } });
  const zip = await JSZip.loadAsync(stored);
  await addNativeCharts(zip, book.charts);
  return compressPackage(zip);
}
