/**
 * The readable summary the command line prints when it does not print JSON.
 *
 * @module
 */
import { formatValueNl } from "../core/report/formatValueNl";
import { publicationModeLine } from "../core/report/publicationModeLine";
import { REPORT_COLUMNS, reportCell } from "../core/report/reportCell";
import type { Report, ReportTable } from "../core/reportTable";
import type { DataIssue } from "../core/types";

/** Options of {@link formatSummary}. */
export interface FormatSummaryOptions {
  /** Ids of the tables to show; default the report's first table. Unknown ids are skipped. */
  readonly tableIds?: readonly string[];
  /** Number of cases read, for the closing line. */
  readonly caseCount?: number;
}

/**
 * Formats the main tables of a report for a terminal: aligned columns (labels left,
 * numbers right), Dutch number formatting as in the report workbook, and a line counting
 * the data issues.
 *
 * @param report - the report
 * @param issues - the data issues
 * @param options - which tables, and the number of cases read
 * @returns the text, ending with a line break
 *
 * @example
 * process.stdout.write(formatSummary(report, dataset.issues, { caseCount: 5000 }));
 */
export function formatSummary(
  report: Report,
  issues: readonly DataIssue[],
  options: FormatSummaryOptions = {}
): string {
  const wanted = options.tableIds ?? (report.tables[0] === undefined ? [] : [report.tables[0].id]);
  const tables = wanted
    .map((id) => report.tables.find((table) => table.id === id))
    .filter((table): table is ReportTable => table !== undefined);
  const lines = [`${report.title}, vergeleken met ${report.previousLabel}`];
  if (report.publication) lines.push(publicationModeLine(report.publication.threshold));
  for (const table of tables) lines.push("", ...formatTable(table, report.publication?.threshold));
  lines.push("", issueLine(issues, options.caseCount));
  return `${lines.join("\n")}\n`;
}

/**
 * Formats one table as aligned text lines: a title, a header row, a rule, one line per row,
 * then the table's notes.
 *
 * @param table - the report table
 * @param threshold - the publication threshold, for "<5"
 * @returns the lines
 */
export function formatTable(table: ReportTable, threshold = 5): string[] {
  const grid = [
    [...table.headers],
    ...table.rows.map((row) => [
      row.label,
      ...REPORT_COLUMNS.map((column) => reportCell(row, column, threshold).text),
    ]),
  ];
  const widths = table.headers.map((_, c) =>
    Math.max(...grid.map((cells) => textWidth(cells[c] ?? "")))
  );
  const render = (cells: readonly string[]): string =>
    cells
      .map((cell, c) => (c === 0 ? padEnd(cell, widths[c] ?? 0) : padStart(cell, widths[c] ?? 0)))
      .join("  ")
      .trimEnd();
  const [header, ...body] = grid;
  const rule = widths.map((width) => "─".repeat(width)).join("  ");
  // Notes say what a table leaves out and why ("Niet opgenomen …"): a controller must see them.
  return [table.title, render(header ?? []), rule, ...body.map(render), ...(table.notes ?? [])];
}

function issueLine(issues: readonly DataIssue[], caseCount: number | undefined): string {
  const cases = caseCount === undefined ? "" : `${formatCount(caseCount)} casussen gelezen; `;
  if (issues.length === 0) return `${cases}geen meldingen over de gegevens.`;
  const errors = issues.filter((issue) => issue.severity === "error").length;
  const warnings = issues.length - errors;
  const noun = issues.length === 1 ? "melding" : "meldingen";
  return `${cases}${formatCount(issues.length)} ${noun} over de gegevens (${formatCount(errors)} ${errors === 1 ? "fout" : "fouten"}, ${formatCount(warnings)} ${warnings === 1 ? "waarschuwing" : "waarschuwingen"}).`;
}

function formatCount(n: number): string {
  return formatValueNl(n, "count");
}

/** Width in terminal columns: code points (the report's text has no wide characters). */
function textWidth(text: string): number {
  return [...text].length;
}

function padEnd(text: string, width: number): string {
  return text + " ".repeat(Math.max(0, width - textWidth(text)));
}

function padStart(text: string, width: number): string {
  return " ".repeat(Math.max(0, width - textWidth(text))) + text;
}
