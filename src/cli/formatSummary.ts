/**
 * The readable summary the command line prints when it does not print JSON.
 *
 * @module
 */
import {
  countIssues,
  formatValueNl,
  ISSUE_COUNT_HEADERS,
  publicationModeLine,
  renderedCellText,
  renderedMarkText,
  renderedTableNotes,
  REPORT_COLUMNS,
  reportCell,
} from "../core";
import type { DataIssue, RenderedTable, Report, ReportTable } from "../core";
import { ISSUES_SHEET_NAME } from "../xlsx/reportWorkbookNames";
import { SEVERITY_NL, TABLE_NAMES_NL } from "../xlsx/writeIssuesSheet";

/** How many data issues the summary lists; the rest are on the "Controle" sheet or in the JSON. */
export const SUMMARY_ISSUE_LIMIT = 10;

/** Options of {@link formatSummary}. */
export interface FormatSummaryOptions {
  /** Ids of the tables to show; default the report's first table. Unknown ids are skipped. */
  readonly tableIds?: readonly string[];
  /** Number of cases read, for the closing line. */
  readonly caseCount?: number;
  /** The report workbook written (`--uit`), where all issues are listed. */
  readonly out?: string;
}

/**
 * Formats the main tables of a report for a terminal: aligned columns (labels left,
 * numbers right), Dutch number formatting as in the report workbook, the first
 * {@link SUMMARY_ISSUE_LIMIT} data issues (table, sheet row, column, severity, message) with
 * where to find the rest — in publication mode only their number of rows per kind — and a
 * line counting the issues.
 *
 * @param report - the report
 * @param issues - the data issues
 * @param options - which tables, the number of cases read, the report workbook written
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
  // A publication's outputs name no row, case number or value: its summary neither.
  if (issues.length > 0)
    lines.push(
      "",
      ...(report.publication ? formatIssueCounts(issues) : formatIssues(issues, options.out))
    );
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
  // Notes say what a table leaves out and why ("Niet opgenomen …"): a controller must see them.
  return [table.title, ...alignGrid(grid), ...(table.notes ?? [])];
}

/**
 * Formats a table of a template (`renderTemplate`) as {@link formatTable} does the standard
 * report's: title, header row, rule, rows ("<5" and "–*" where publication mode marks a cell),
 * notes (with the legend of the marks).
 *
 * @param table - the rendered table
 * @returns the lines
 */
export function formatRenderedTable(table: RenderedTable): string[] {
  const grid = [
    [table.rowHeader, ...table.columns.map((column) => column.header)],
    ...table.rows.map((row) => [
      row.label,
      ...table.columns.map(
        (column, c) =>
          renderedMarkText(table, row, c) ?? renderedCellText(row, column, row.values[c] ?? null)
      ),
    ]),
  ];
  return [table.title, ...alignGrid(grid), ...renderedTableNotes(table)];
}

/** A grid as aligned lines (labels left, numbers right), with a rule below the header row. */
function alignGrid(grid: readonly (readonly string[])[]): string[] {
  const columns = Math.max(...grid.map((cells) => cells.length));
  const widths = Array.from({ length: columns }, (_, c) =>
    Math.max(...grid.map((cells) => textWidth(cells[c] ?? "")))
  );
  const render = (cells: readonly string[]): string =>
    cells
      .map((cell, c) => (c === 0 ? padEnd(cell, widths[c] ?? 0) : padStart(cell, widths[c] ?? 0)))
      .join("  ")
      .trimEnd();
  const [header, ...body] = grid;
  const rule = widths.map((width) => "─".repeat(width)).join("  ");
  return [render(header ?? []), rule, ...body.map(render)];
}

/** Columns of the issue list, as on the "Controle" sheet (without the code). */
const ISSUE_HEADERS = ["Tabel", "Rij", "Kolom", "Ernst", "Melding"] as const;

/**
 * The first issues as an aligned table, and where the others are: a controller sees which
 * rows to fix without opening the workbook.
 */
function formatIssues(issues: readonly DataIssue[], out: string | undefined): string[] {
  const shown = issues.slice(0, SUMMARY_ISSUE_LIMIT);
  const grid = [
    [...ISSUE_HEADERS],
    ...shown.map((issue) => [
      TABLE_NAMES_NL[issue.table] ?? issue.table,
      String(issue.row),
      issue.column,
      SEVERITY_NL[issue.severity],
      oneLine(issue.message),
    ]),
  ];
  // The message is the last column and not padded; its rule is as wide as its header.
  const widths = ISSUE_HEADERS.map((header, c) =>
    c === ISSUE_HEADERS.length - 1
      ? textWidth(header)
      : Math.max(...grid.map((cells) => textWidth(cells[c] ?? "")))
  );
  const render = (cells: readonly string[]): string =>
    cells
      .map((cell, c) => (c === 1 ? padStart(cell, widths[c] ?? 0) : padEnd(cell, widths[c] ?? 0)))
      .join("  ")
      .trimEnd();
  const [header, ...body] = grid;
  const rest = issues.length - shown.length;
  const title =
    rest > 0
      ? `Meldingen over de gegevens (de eerste ${SUMMARY_ISSUE_LIMIT})`
      : "Meldingen over de gegevens";
  const lines = [
    title,
    render(header ?? []),
    widths.map((width) => "─".repeat(width)).join("  "),
    ...body.map(render),
  ];
  if (rest > 0) {
    const where =
      out === undefined
        ? "gebruik --json of --uit om ze allemaal te zien"
        : `zie het werkblad ${ISSUES_SHEET_NAME} in ${out}`;
    lines.push(`… en nog ${formatCount(rest)} ${plural(rest, "melding", "meldingen")}: ${where}`);
  }
  return lines;
}

/** Publication mode: per kind of finding its code, name, severity and number of rows. */
function formatIssueCounts(issues: readonly DataIssue[]): string[] {
  const grid = [
    [...ISSUE_COUNT_HEADERS],
    ...countIssues(issues).map((count) => [
      count.code,
      count.description,
      SEVERITY_NL[count.severity],
      formatCount(count.rows),
    ]),
  ];
  const widths = ISSUE_COUNT_HEADERS.map((_, c) =>
    Math.max(...grid.map((cells) => textWidth(cells[c] ?? "")))
  );
  const render = (cells: readonly string[]): string =>
    cells
      .map((cell, c) => (c === 3 ? padStart(cell, widths[c] ?? 0) : padEnd(cell, widths[c] ?? 0)))
      .join("  ")
      .trimEnd();
  const [header, ...body] = grid;
  return [
    "Meldingen over de gegevens (per soort)",
    render(header ?? []),
    widths.map((width) => "─".repeat(width)).join("  "),
    ...body.map(render),
    "De meldingen zelf (rijnummers, casusnummers, waarden): maak het rapport zonder --publicatie.",
  ];
}

function issueLine(issues: readonly DataIssue[], caseCount: number | undefined): string {
  const cases =
    caseCount === undefined
      ? ""
      : `${formatCount(caseCount)} ${plural(caseCount, "casus", "casussen")} gelezen; `;
  if (issues.length === 0) return `${cases}geen meldingen over de gegevens.`;
  const errors = issues.filter((issue) => issue.severity === "error").length;
  const warnings = issues.length - errors;
  return `${cases}${formatCount(issues.length)} ${plural(issues.length, "melding", "meldingen")} over de gegevens (${formatCount(errors)} ${plural(errors, "fout", "fouten")}, ${formatCount(warnings)} ${plural(warnings, "waarschuwing", "waarschuwingen")}).`;
}

function plural(n: number, one: string, more: string): string {
  return n === 1 ? one : more;
}

/** A message on one terminal line (a cell's text may hold line breaks). */
function oneLine(text: string): string {
  return text.replace(/\s*[\r\n]+\s*/g, " ");
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
