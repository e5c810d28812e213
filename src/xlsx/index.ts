/** The ExcelJS report writer, for Node (the command line); the task pane writes its sheets through Office.js. */
export {
  buildReportWorkbook,
  EXPLANATION_SHEET_NAME,
  ISSUES_SHEET_NAME,
} from "./buildReportWorkbook";
export type { BuildReportWorkbookOptions } from "./buildReportWorkbook";
export { buildTemplateWorkbook } from "./buildTemplateWorkbook";
export { saveReportWorkbook } from "./reportWorkbook";
export type { ReportWorkbook } from "./reportWorkbook";
export { addNativeCharts, ChartPackageError } from "./addNativeCharts";
export type { NativeChart, NativeChartSeries, ChartAnchor } from "./nativeChartXml";
export { reportSheetName, MAX_SHEET_NAME_LENGTH } from "./reportSheetName";
export { TABLE_NAMES_NL, SEVERITY_NL } from "./writeIssuesSheet";
