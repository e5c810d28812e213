import { publicationModeLine } from "../core";
import type { DataIssue, Report, ReportProvenance } from "../core";
import { createWorkbook } from "./createWorkbook";
import type { ReportWorkbook } from "./reportWorkbook";
import { reportSheetName } from "./reportSheetName";
import { writeExplanationSheet } from "./writeExplanationSheet";
import { writeIssueCountsSheet } from "./writeIssueCountsSheet";
import { writeIssuesSheet } from "./writeIssuesSheet";
import { writeReportSheet } from "./writeReportSheet";

/** Options of {@link buildReportWorkbook}. */
export interface BuildReportWorkbookOptions {
  /**
   * The line under the subtitle in publication mode. Default: "Publicatieversie: aantallen
   * van minder dan 5 personen zijn afgeschermd (<5)." when `report.publication` is set.
   */
  readonly publicationLegend?: string;
  /** Where the numbers come from: a block under the title. Absent: no block. */
  readonly provenance?: ReportProvenance;
}

import {
  EXPLANATION_SHEET_NAME,
  ISSUES_SHEET_NAME,
  REPORT_WORKBOOK_MARKER,
} from "./reportWorkbookNames";

export { EXPLANATION_SHEET_NAME, ISSUES_SHEET_NAME, REPORT_WORKBOOK_MARKER };

/**
 * Renders a report as an Excel workbook (SPEC §6, issue 4): the sheet
 * "Rapportage t∕m Q3 2024" with every table (and a native chart beside each table that has
 * one), "Toelichting" with the definitions and
 * parameters, and "Controle" with every data issue (in publication mode only their number per
 * kind). Numbers are written as numbers with
 * invariant format codes; text from the data is never written as a formula. The keywords
 * carry {@link REPORT_WORKBOOK_MARKER}, so that the command line recognises a report it may
 * replace. Runs in Node (ExcelJS); save it with `saveReportWorkbook`,
 * which adds the charts to the package ExcelJS writes.
 *
 * @param report - the report (from `buildStandardReport`)
 * @param issues - the data issues to list on "Controle"
 * @param options - publication legend text, provenance
 * @returns the workbook and its charts
 *
 * @example
 * const book = buildReportWorkbook(report, dataset.issues, { provenance });
 * await fs.writeFile('rapport.xlsx', await saveReportWorkbook(book));
 */
export function buildReportWorkbook(
  report: Report,
  issues: readonly DataIssue[],
  options: BuildReportWorkbookOptions = {}
): ReportWorkbook {
  const workbook = createWorkbook();
  workbook.creator = "Welzijnsmonitor";
  workbook.title = report.title;
  workbook.keywords = REPORT_WORKBOOK_MARKER;
  const legend =
    options.publicationLegend ??
    (report.publication ? publicationModeLine(report.publication.threshold) : undefined);
  const { charts } = writeReportSheet(
    workbook.addWorksheet(reportSheetName(report.periodLabel)),
    report,
    legend,
    options.provenance
  );
  writeExplanationSheet(workbook.addWorksheet(EXPLANATION_SHEET_NAME), report);
  // The parse already cut every text a cell cannot hold, each with its TEXT_TRUNCATED issue.
  // A publication carries no row-level data: only the number of rows per kind of finding.
  const issuesSheet = workbook.addWorksheet(ISSUES_SHEET_NAME);
  if (report.publication === undefined) writeIssuesSheet(issuesSheet, issues);
  else writeIssueCountsSheet(issuesSheet, issues);
  return { workbook, charts };
}
