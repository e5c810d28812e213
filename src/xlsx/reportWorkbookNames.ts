/**
 * The names a report workbook is recognised by, in a module of their own so that the command
 * line can read them without loading ExcelJS (which only writing a workbook needs).
 *
 * @module
 */

/** Names of the fixed sheets. */
export const EXPLANATION_SHEET_NAME = "Toelichting";
export const ISSUES_SHEET_NAME = "Controle";

/**
 * The marker of a report workbook: the document's keywords (`cp:keywords` in
 * docProps/core.xml, "Labels" in Excel's file properties). The command line replaces an
 * existing `--out` file only when it carries this marker. The creator alone does not do:
 * the sample export is created by "Welzijnsmonitor" too. Excel keeps the keywords when the
 * user saves the report.
 */
export const REPORT_WORKBOOK_MARKER = "Welzijnsmonitor-rapport";
