/**
 * The core's public API: everything the shells (`src/cli`, `src/excel`, `src/functions`,
 * `src/taskpane`, `src/xlsx`, `src/commands`) use, and nothing more. The shells import the
 * core only from here (eslint's `no-restricted-imports` in eslint.config.mjs enforces it), so
 * this list is the seam: a name a shell needs is added here on purpose. Tests may still reach
 * into the modules.
 *
 * Each name is re-exported from the module that defines it (not from a folder's index), so
 * that the command line, compiled to CommonJS, loads no module no shell uses.
 *
 * @example
 * import { loadDataset, parsePeriod, buildStandardReport } from "../core";
 *
 * @module
 */

// Shared types: cells, days, periods, the dataset, issues, report tables.
export type {
  CaseField,
  CaseFilter,
  CellValue,
  DataIssue,
  Dataset,
  Day,
  IssueCode,
  IssueSeverity,
  Period,
  RecidiveOptions,
  TableName,
  ValueFormat,
} from "./types";
export type { Report, ReportTable } from "./reportTable";

// Errors thrown on misuse (a bad period text, an unknown column, bad recidive options).
export { InvalidPeriodError, MappingError } from "./errors";
export { InvalidRecidiveOptionsError } from "./recidive/recidiveOptions";

// Dates and periods.
export { cellToDay } from "./dates/cellToDay";
export { dayFromParts } from "./dates/dayFromParts";
export { dayToText } from "./dates/dayToIso";
export { isValidDay } from "./dates/isValidDay";
export { parsePeriod } from "./periods/parsePeriod";
export { previousYearPeriod } from "./periods/previousYearPeriod";

// Text: cell text, lookup keys, Excel's cell length limit.
export { cellToText } from "./text/cellToText";
export { columnLetters } from "./text/columnLetters";
export { fitCellText } from "./text/fitCellText";
export { normalizeKey } from "./text/normalizeKey";

// Column mapping: fields, proposing a mapping from headers, overrides.
export { applyMappingOverrides } from "./mapping/applyMappingOverrides";
export type { ColumnMapping, MappedColumn, MappingConfidence } from "./mapping/columnMapping";
export { FIELD_DEFINITIONS, TABLE_LABELS, findFieldDefinition } from "./mapping/fieldDefinitions";
export type { FieldDefinition } from "./mapping/fieldDefinitions";
export { fieldTypingName, findFieldByName } from "./mapping/findFieldByName";
export { listFields, missingRequiredFields } from "./mapping/listFields";
export { matchHeader } from "./mapping/matchHeader";
export { proposeMapping } from "./mapping/proposeMapping";

// Case types and ZRM domains.
export { DEFAULT_CASE_TYPE_MAP } from "./caseTypes/caseTypeMap";
export type { CaseTypeMap } from "./caseTypes/caseTypeMap";
export { classifyCaseType } from "./caseTypes/classifyCaseType";
export { matchDomain } from "./domains/matchDomain";

// Parsing: the tables into the dataset, and the parser's Dutch messages.
export { loadDataset } from "./parse/loadDataset";
export { createDatasetLoader } from "./parse/createDatasetLoader";
export type { DatasetLoader, DatasetLoaderInput, TableStart } from "./parse/createDatasetLoader";
export { CaseTableParser } from "./parse/CaseTableParser";
export type { CaseTableParserOptions } from "./parse/CaseTableParser";
export type { CaseTablePart } from "./parse/CaseTablePart";
export { HEADER_SEARCH_ROWS } from "./mapping/proposeMapping";
export { MESSAGES as PARSE_MESSAGES, issuePrefix } from "./parse/messages";
export { isEmptyCell } from "./parse/scanRows";
export type {
  CellReadIssue,
  CellRows,
  DatasetInput,
  LoadedDataset,
  TableInput,
} from "./parse/types";

// The engine of a dataset: every value below is evaluated through one (explicit state: it owns
// every cache; a shell creates one per dataset it loads).
export { createEngine } from "./engine/createEngine";
export type { Engine } from "./engine/Engine";

// KPIs: the registry and one KPI's value; the JSON of SPEC §8.
export { getKpi } from "./kpis/kpiRegistry";
export type { KpiDefinition, KpiId, KpiParameter } from "./kpis/kpiRegistry";
export { computeKpiResult, isKpiAvailable, kpiRequiredInputs } from "./kpis/computeKpi";
export { buildKpiJson } from "./kpis/buildKpiJson";

// Grouped KPIs: the group registry and one group's rows.
export { GROUP_REGISTRY, getGroup } from "./kpis/groupRegistry";
export type { GroupId, RegisteredGroupDefinition } from "./kpis/groupRegistry";
export type { GroupComparisonRow, GroupDefinition, GroupMeasure } from "./kpis/groupTypes";
export { computeGroup } from "./kpis/compareGroup";
export { OTHER_LABEL } from "./kpis/arrangeGroupRows";

// Recidive (SPEC §5).
export { computeRecidiveBreakdown } from "./recidive/computeRecidiveBreakdown";
export type { RecidiveBreakdown } from "./recidive/computeRecidiveBreakdown";
export { resolveRecidiveOptions } from "./recidive/recidiveOptions";

// The report: the standard report, single tables, cells, definitions, publication mode.
export { buildStandardReport } from "./report/buildStandardReport";
export { STANDARD_REPORT_TABLES } from "./report/standardReportTables";
export type { KpiTableSpec } from "./report/reportTableSpec";
export { createReportBuildContext, missingFieldNames } from "./report/reportBuildContext";
export { buildKpiTable } from "./report/buildKpiTable";
export { NOT_APPLICABLE_TEXT } from "./report/buildGroupTable";
export { countGroupRows } from "./report/countGroupRows";
export { REPORT_COLUMNS, reportCell } from "./report/reportCell";
export type { ReportCell, ReportTone } from "./report/reportCell";
export { formatValueNl } from "./report/formatValueNl";
export { definitionLines } from "./report/definitionLines";
export type { SectionLine } from "./report/definitionLines";
export { publicationModeLine } from "./report/publicationModeLine";
export { publishKpiJson } from "./report/publishKpiJson";
export type { PublishedKpiJson, PublishKpiJsonOptions } from "./report/publishKpiJson";
export { countIssues, ISSUE_COUNT_HEADERS, ISSUE_COUNTS_NOTE } from "./issues/countIssues";
export type { IssueCount } from "./issues/countIssues";
export { ISSUE_KIND_LABELS, issueKindLabel } from "./issues/issueKindLabel";
export { numberFormatCode } from "./report/numberFormatCode";
export { MISSING_TEXT } from "./report/formatDecimalNl";
export { provenanceLines } from "./report/provenanceLines";
export type { ReportProvenance } from "./report/provenanceLines";

// The sample export (its shape; the CLI writes it as a workbook).
export type { SampleExport } from "./sample/generateSampleExport";

// Report templates (SPEC §9): table specs as data, evaluated into rendered tables.
export { parseTemplate, TemplateError } from "./templates/parseTemplate";
export { renderTemplate } from "./templates/renderTemplate";
export type { RenderedTemplate } from "./templates/renderTemplate";
export type { TemplateContext } from "./templates/renderTemplateTable";
export { renderedTableJson } from "./templates/renderedTableJson";
export { renderedCellText } from "./templates/renderedCellText";
export { renderedMarkText } from "./templates/renderedMarkText";
export { renderedTableNotes } from "./templates/renderedTableNotes";
export type { RenderedTableJson } from "./templates/renderedTableJson";
export { reportAsRendered } from "./templates/reportAsRendered";
export { BUILT_IN_TEMPLATES, getBuiltInTemplate } from "./templates/builtInTemplates";
export type {
  RenderedColumn,
  RenderedColumnKind,
  RenderedRow,
  RenderedTable,
} from "./templates/renderedTable";
export type { Template, TemplateTableSpec, ChartKind } from "./templates/templateSpec";

// Publication audit (issue 16): the range an attacker can narrow each suppressed value to, and
// secondary suppression until every range is wide enough.
export { auditSuppression } from "./publication/auditSuppression";
export { protectSuppression } from "./publication/protectSuppression";
export { publicationAuditLine } from "./publication/publicationAuditLine";
export { derivePublicationSystem } from "./publication/derivePublicationSystem";
export { suppressTemplateTables } from "./templates/suppressTemplateTables";
export type {
  AuditConstraint,
  AuditInterval,
  AuditResult,
  AuditTerm,
  AuditVariable,
  ProtectSuppressionOptions,
  ProtectedSuppression,
} from "./publication/auditTypes";
