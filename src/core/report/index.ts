/** The report: the standard report definition, Dutch formatting, Excel number formats, publication mode. */
export { buildStandardReport, DEFAULT_TOP_N } from "./buildStandardReport";
export type { ReportOptions } from "./buildStandardReport";
export {
  STANDARD_REPORT_TABLES,
  INDIVIDUAL_FILTER,
  CASE_TYPE_LABELS,
} from "./standardReportTables";
export type {
  ReportTableSpec,
  KpiTableSpec,
  KpiRowSpec,
  GroupTableSpec,
  RecidiveTableSpec,
} from "./reportTableSpec";
export { buildReportRow, roundForDisplay } from "./buildReportRow";
export type { ReportRowInput } from "./buildReportRow";
export { formatDecimalNl, MINUS_SIGN, MISSING_TEXT } from "./formatDecimalNl";
export { formatValueNl, FORMAT_DECIMALS } from "./formatValueNl";
export { formatDeltaNl, formatDeltaPctNl, PERCENT_POINT_SUFFIX } from "./formatDeltaNl";
export { numberFormatCode } from "./numberFormatCode";
export type { NumberFormatKind } from "./numberFormatCode";
export { reportCell, deltaTone, REPORT_COLUMNS, HIDDEN_TEXT } from "./reportCell";
export type { ReportCell, ReportColumn, ReportTone } from "./reportCell";
export { suppressSmallNumbers, publicationLegend } from "./suppressSmallNumbers";
export type {
  PublicationRowInfo,
  RowSum,
  SuppressSmallNumbersOptions,
} from "./suppressSmallNumbers";
export { suppressReportSmallNumbers } from "./suppressReportSmallNumbers";
export type {
  PublishedTableInput,
  SuppressReportSmallNumbersOptions,
} from "./suppressReportSmallNumbers";
export { publicationQuantity } from "./publicationQuantity";
export type { QuantityFilter } from "./publicationQuantity";
export { publicationModeLine } from "./publicationModeLine";
export { NOT_APPLICABLE_TEXT } from "./buildGroupTable";
export * from "./countGroupRows";
export {
  definitionEntries,
  kpiDefinitionEntry,
  groupDefinitionEntry,
  parameterDefaultText,
  UNIT_TEXTS,
} from "./definitionEntries";
export type { DefinitionEntry, DefinitionParameter } from "./definitionEntries";
export { definitionLines, EXCLUDES_LABEL } from "./definitionLines";
export type { SectionLine } from "./definitionLines";
export { renderDefinitionsMarkdown } from "./renderDefinitionsMarkdown";
export type { RenderDefinitionsOptions } from "./renderDefinitionsMarkdown";
