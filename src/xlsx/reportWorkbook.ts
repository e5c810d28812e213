import type ExcelJS from "exceljs";
import { addNativeCharts } from "./addNativeCharts";
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
 * Saves a report workbook as .xlsx bytes, its charts included: ExcelJS writes the package,
 * {@link addNativeCharts} adds the chart parts.
 *
 * @param book - the workbook and its charts
 * @returns the .xlsx file's bytes
 *
 * @example
 * await fs.writeFile('rapport.xlsx', await saveReportWorkbook(buildReportWorkbook(report, issues)));
 */
export async function saveReportWorkbook(book: ReportWorkbook): Promise<Uint8Array> {
  const bytes = (await book.workbook.xlsx.writeBuffer()) as ArrayBuffer;
  return addNativeCharts(bytes, book.charts);
}
