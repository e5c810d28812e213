/**
 * Plans the "Toelichting" sheet (period, parameters, definitions of the KPIs) and the
 * "Controle" sheet (every data issue) as the ExcelJS report workbook lays them out.
 *
 * @module
 */
import { definitionLines } from "../core";
import type { DataIssue, Report, SectionLine } from "../core";
import { rectAddress } from "./cellAddress";
import { issueKindLabel, TABLE_LABELS } from "./issueLabels";
import { REPORT_COLORS, REPORT_FONT_SIZES, textWidth } from "./reportStyle";
import {
  charactersToPoints,
  textCellFormat,
  type PlanValue,
  type SheetPlan,
  type StylePatch,
  type ValueBlock,
} from "./sheetPlan";

/** Names of the fixed sheets (as in the ExcelJS workbook). */
export const EXPLANATION_SHEET_NAME = "Toelichting";
export const ISSUES_SHEET_NAME = "Controle";

/** At most this many issues are written on the Controle sheet (the write stays far below 5 MB). */
export const MAX_CONTROLE_ROWS = 5000;

const LABEL_WIDTH = 42;
const TEXT_WIDTH = 95;
const LINE_HEIGHT = 15;

/**
 * Plans the "Toelichting" sheet: the period and parameters used, then the definition of
 * every KPI in the report, with wrapped text.
 *
 * @param report - the report from the core
 * @returns the sheet plan (kind 'toelichting')
 *
 * @example
 * planToelichtingSheet(report).blocks[0].values[0][0] // 'Toelichting bij de rapportage t/m Q3 2024'
 */
export function planToelichtingSheet(report: Report): SheetPlan {
  const rows: PlanValue[][] = [
    [`Toelichting bij de rapportage ${report.periodLabel}`, ""],
    ["", ""],
  ];
  const styles: StylePatch[] = [
    {
      address: "A1",
      style: { bold: true, fontSize: REPORT_FONT_SIZES.title, fontColor: REPORT_COLORS.title },
    },
  ];
  const section = (
    title: string,
    headers: [string, string],
    pairs: readonly SectionLine[]
  ): void => {
    const top = rows.length;
    rows.push([title, ""], headers);
    styles.push(
      {
        address: `A${top + 1}`,
        style: {
          bold: true,
          fontSize: REPORT_FONT_SIZES.tableTitle,
          fontColor: REPORT_COLORS.title,
        },
      },
      {
        address: `A${top + 2}:B${top + 2}`,
        style: {
          bold: true,
          fill: REPORT_COLORS.headerFill,
          borderBottom: REPORT_COLORS.headerBorder,
        },
      }
    );
    if (pairs.length > 0) {
      styles.push(
        {
          address: `A${top + 3}:B${top + 2 + pairs.length}`,
          style: { wrapText: true, verticalAlignment: "Top" },
        },
        { address: `A${top + 3}:A${top + 2 + pairs.length}`, style: { bold: true } }
      );
    }
    pairs.forEach(({ label, text, sub }, i) => {
      rows.push([label, text]);
      // "Wat niet meetelt" under a definition: not bold, italic.
      if (sub === true)
        styles.push({ address: `A${top + 3 + i}`, style: { bold: false, italic: true } });
      const lines = Math.max(
        Math.ceil(textWidth(text) / TEXT_WIDTH),
        Math.ceil(textWidth(label, true) / LABEL_WIDTH)
      );
      if (lines > 1)
        styles.push({ address: `A${top + 3 + i}`, style: { rowHeight: LINE_HEIGHT * lines } });
    });
  };
  section(
    "Periode en parameters",
    ["Parameter", "Waarde"],
    report.parameters.map((p) => ({ label: p.label, text: p.value }))
  );
  rows.push(["", ""]);
  section("Definities", ["Begrip", "Definitie"], definitionLines(report.definitions));
  return {
    kind: "toelichting",
    blocks: [block(rows)],
    styles,
    columnWidths: [charactersToPoints(LABEL_WIDTH), charactersToPoints(TEXT_WIDTH)],
    charts: [],
    dataBars: [],
    freezeRows: 0,
    showGridlines: false,
  };
}

const ISSUE_HEADERS = ["Tabel", "Rij", "Kolom", "Code", "Ernst", "Melding"];
const MIN_WIDTHS = [12, 7, 16, 14, 13, 60];
const MAX_WIDTHS = [16, 9, 40, 30, 14, 110];

/**
 * Plans the "Controle" sheet: one row per data issue (table, sheet row, column, code,
 * severity, message) under a filterable header, or "Geen problemen gevonden". At most
 * {@link MAX_CONTROLE_ROWS} rows (the whole report is written in one request, which Excel
 * on the web limits to 5 MB); past that a last line gives the real total and says the
 * rest is left out, and a summary in columns H–K counts every issue per kind.
 *
 * @param issues - the issues found while reading the data
 * @returns the sheet plan (kind 'controle')
 *
 * @example
 * planControleSheet(dataset.issues).blocks[0].values[0] // ['Tabel', 'Rij', 'Kolom', 'Code', 'Ernst', 'Melding']
 */
export function planControleSheet(issues: readonly DataIssue[]): SheetPlan {
  const shown = issues.slice(0, MAX_CONTROLE_ROWS);
  const rows: PlanValue[][] = [
    ISSUE_HEADERS,
    ...shown.map((i) => [
      TABLE_LABELS[i.table] ?? i.table,
      i.row,
      i.column,
      i.code,
      i.severity === "error" ? "Fout" : "Waarschuwing",
      i.message,
    ]),
  ];
  if (issues.length === 0) rows.push(["Geen problemen gevonden", "", "", "", "", ""]);
  const omitted = issues.length - shown.length;
  if (omitted > 0) {
    const n = (value: number) => value.toLocaleString("nl-NL");
    rows.push([
      `Dit blad toont de eerste ${n(shown.length)} van ${n(issues.length)} meldingen; de overige ${n(omitted)} zijn weggelaten ` +
        "(zo blijft het schrijven binnen wat Excel in één keer aanneemt). Rechts staat het aantal per soort over alle meldingen. " +
        "Verbeter de meest voorkomende fouten in de export en vernieuw het rapport: dan komen de volgende meldingen in beeld.",
      "",
      "",
      "",
      "",
      "",
    ]);
  }
  const widths = MIN_WIDTHS.slice();
  for (const row of rows.slice(1, shown.length + 1)) {
    row.forEach((value, c) => {
      if (c !== 1) widths[c] = Math.max(widths[c] ?? 0, textWidth(String(value)));
    });
  }
  const styles: StylePatch[] = [
    {
      address: "A1:F1",
      style: {
        bold: true,
        fill: REPORT_COLORS.headerFill,
        borderBottom: REPORT_COLORS.headerBorder,
      },
    },
  ];
  shown.forEach((issue, i) => {
    if (issue.severity === "error")
      styles.push({ address: `E${i + 2}`, style: { fontColor: REPORT_COLORS.error } });
  });
  if (issues.length === 0 || omitted > 0)
    styles.push({ address: `A${rows.length}`, style: { italic: true } });
  const blocks = [block(rows)];
  if (omitted > 0) {
    // The full count per kind, beside the list (columns H–K), so no number is hidden.
    const summary = countIssueKinds(issues, shown.length);
    blocks.push({
      ...block(summary),
      address: rectAddress({
        row: 0,
        column: SUMMARY_COLUMN,
        rowCount: summary.length,
        columnCount: 4,
      }),
    });
    styles.push({
      address: rectAddress({ row: 0, column: SUMMARY_COLUMN, rowCount: 1, columnCount: 4 }),
      style: {
        bold: true,
        fill: REPORT_COLORS.headerFill,
        borderBottom: REPORT_COLORS.headerBorder,
      },
    });
    styles.push({
      address: rectAddress({
        row: summary.length - 1,
        column: SUMMARY_COLUMN,
        rowCount: 1,
        columnCount: 4,
      }),
      style: { bold: true, borderTop: REPORT_COLORS.totalBorder },
    });
    const [labelWidth = 30, ...rest] = SUMMARY_WIDTHS;
    const longest = Math.max(labelWidth, ...summary.map((r) => textWidth(String(r[0]))));
    widths.push(2, Math.min(longest, 60), ...rest);
  }
  return {
    kind: "controle",
    blocks,
    styles: mergeRuns(styles),
    columnWidths: widths.map((w, i) => charactersToPoints(Math.min(w, MAX_WIDTHS[i] ?? w))),
    charts: [],
    dataBars: [],
    freezeRows: 1,
    showGridlines: true,
    autoFilter: rectAddress({
      row: 0,
      column: 0,
      rowCount: Math.max(1, shown.length + 1),
      columnCount: ISSUE_HEADERS.length,
    }),
  };
}

/** The per-kind summary of a cut Controle list starts in column H. */
const SUMMARY_COLUMN = 7;
const SUMMARY_WIDTHS = [30, 13, 10, 12];

/** Rows of the per-kind summary: kind, severity, count of all issues, count listed. */
function countIssueKinds(issues: readonly DataIssue[], shownCount: number): PlanValue[][] {
  const kinds = new Map<string, { severity: string; all: number; shown: number }>();
  issues.forEach((issue, i) => {
    const kind = kinds.get(issue.code) ?? { severity: issue.severity, all: 0, shown: 0 };
    if (issue.severity === "error") kind.severity = "error";
    kind.all += 1;
    if (i < shownCount) kind.shown += 1;
    kinds.set(issue.code, kind);
  });
  const rows: PlanValue[][] = [...kinds]
    .sort(
      ([, a], [, b]) =>
        (a.severity === b.severity ? 0 : a.severity === "error" ? -1 : 1) || b.all - a.all
    )
    .map(([code, k]) => [
      issueKindLabel(code),
      k.severity === "error" ? "Fout" : "Waarschuwing",
      k.all,
      k.shown,
    ]);
  return [
    ["Soort melding (alle meldingen)", "Ernst", "Aantal", "Op dit blad"],
    ...rows,
    ["Totaal", "", issues.length, shownCount],
  ];
}

function block(rows: PlanValue[][]): ValueBlock {
  const width = rows[0]?.length ?? 1;
  return {
    address: rectAddress({ row: 0, column: 0, rowCount: rows.length, columnCount: width }),
    values: rows,
    numberFormat: rows.map((r) => r.map((v) => (typeof v === "number" ? "0" : textCellFormat(v)))),
  };
}

/** Joins single-cell error colours on consecutive rows of column E into one range each. */
function mergeRuns(styles: StylePatch[]): StylePatch[] {
  const out: StylePatch[] = [];
  let run: { first: number; last: number } | null = null;
  const flush = (): void => {
    if (run)
      out.push({
        address: run.first === run.last ? `E${run.first}` : `E${run.first}:E${run.last}`,
        style: { fontColor: REPORT_COLORS.error },
      });
    run = null;
  };
  for (const patch of styles) {
    const m = /^E(\d+)$/.exec(patch.address);
    if (m && patch.style.fontColor === REPORT_COLORS.error) {
      const row = Number(m[1]);
      if (run && run.last === row - 1) run.last = row;
      else {
        flush();
        run = { first: row, last: row };
      }
      continue;
    }
    out.push(patch);
  }
  flush();
  return out;
}
