import type { DataIssue, RenderedTemplate, ReportProvenance } from "../core";
import { createWorkbook } from "./createWorkbook";
import type { ReportWorkbook } from "./reportWorkbook";
import { reportSheetName } from "./reportSheetName";
import {
  EXPLANATION_SHEET_NAME,
  ISSUES_SHEET_NAME,
  REPORT_WORKBOOK_MARKER,
} from "./reportWorkbookNames";
import { writeExplanationSheet, type ReportExplanation } from "./writeExplanationSheet";
import { writeIssueCountsSheet } from "./writeIssueCountsSheet";
import { writeIssuesSheet } from "./writeIssuesSheet";
import { writeTemplateSheet } from "./writeTemplateSheet";

/**
 * Renders a template's report as an Excel workbook (SPEC §9): the report sheet, named as the
 * standard report's ("Rapportage t∕m Q3 2024"), with the provenance block under the title,
 * the tables one below the other (a native chart beside each table that asks for one) and
 * the tables the export could not serve; then "Toelichting" (period, parameters,
 * definitions) and "Controle" (the data issues; in publication mode their number per kind), as
 * in the standard report. Save it with
 * `saveReportWorkbook`, which adds the charts to the package.
 *
 * @param rendered - the rendered template (`renderTemplate`)
 * @param explanation - what "Toelichting" explains: the period's label, the parameters, the definitions
 * @param issues - the data issues to list on "Controle"
 * @param provenance - where the numbers come from, or undefined for no block
 * @returns the workbook and its charts
 *
 * @example
 * const book = buildTemplateWorkbook(renderTemplate(context, template), report, dataset.issues, provenance);
 * await fs.writeFile('rapport.xlsx', await saveReportWorkbook(book));
 */
export function buildTemplateWorkbook(
  rendered: RenderedTemplate,
  explanation: ReportExplanation,
  issues: readonly DataIssue[],
  provenance?: ReportProvenance
): ReportWorkbook {
  const workbook = createWorkbook();
  workbook.creator = "Welzijnsmonitor";
  workbook.title = rendered.title;
  workbook.keywords = REPORT_WORKBOOK_MARKER;
  const sheet = workbook.addWorksheet(reportSheetName(explanation.periodLabel));
  const { charts } = writeTemplateSheet(sheet, rendered, provenance);
  writeExplanationSheet(workbook.addWorksheet(EXPLANATION_SHEET_NAME), explanation);
  const issuesSheet = workbook.addWorksheet(ISSUES_SHEET_NAME);
  // A publication carries no row-level data: only the number of rows per kind of finding.
  if (rendered.publication === undefined) writeIssuesSheet(issuesSheet, issues);
  else writeIssueCountsSheet(issuesSheet, issues);
  return { workbook, charts };
}
