/**
 * Plans the report sheet ("Rapportage t∕m Q3 2024") as the ExcelJS report workbook lays it
 * out: title, subtitle naming the periods, the publication line, then every table of the
 * report (title, header row naming the periods, rows, notes) with the same number formats,
 * fonts, fills, borders, Δ colours and data bars — plus, in Excel, native charts beside the
 * tables that ask for one, and a status line saying when the sheet was written.
 *
 * @module
 */
import { countGroupRows, publicationModeLine, REPORT_COLUMNS, reportCell } from "../core";
import type { Report, ReportTable } from "../core";
import { cellAddress, rectAddress } from "./cellAddress";
import { planSheetHead } from "./planSheetHead";
import {
  REPORT_COLORS,
  REPORT_FONT_SIZES,
  textWidth,
  toneColor,
  toneFill,
  type CellTone,
} from "./reportStyle";
import {
  CHART_TYPE_NAMES,
  charactersToPoints,
  GENERAL_FORMAT,
  textCellFormat,
  type ChartPlan,
  type PlanValue,
  type SheetPlan,
  type StylePatch,
  type ValueBlock,
} from "./sheetPlan";

/** Options of {@link planReportSheet}. */
export interface PlanReportSheetOptions {
  /** A status line under the subtitle ("Bijgewerkt op 3-10-2024 om 14:05."). */
  readonly statusText?: string;
}

/** Rows a chart takes beside its table (the next table starts below it). */
export const CHART_ROWS = 16;
/** A chart spans columns G–M, leaving F empty between table and chart. */
const CHART_FIRST_COLUMN = 6;
const CHART_LAST_COLUMN = 12;
const MIN_LABEL_WIDTH = 28;
const MAX_LABEL_WIDTH = 60;
const MIN_NUMBER_WIDTH = 11;

/**
 * Plans the report sheet.
 *
 * Every table becomes one block of five columns (label, previous period, current period,
 * Verschil, Verschil %) so that it is written with one 2D assignment. Number cells carry
 * the invariant format code of {@link reportCell}; every text cell gets the text format
 * '@', so that a group label from the data ("=Noord", "+Plus", "1") stays text.
 *
 * @param report - the report from the core
 * @param options - the status line
 * @returns the sheet plan (kind 'report')
 *
 * @example
 * const plan = planReportSheet(report, { statusText: 'Bijgewerkt op 3-10-2024 om 14:05.' });
 * plan.blocks[1].address // 'A6:E15', the first table
 */
export function planReportSheet(report: Report, options: PlanReportSheetOptions = {}): SheetPlan {
  const threshold = report.publication?.threshold ?? 5;
  const head = [
    report.title,
    `Periode ${report.periodLabel}, vergeleken met ${report.previousLabel}`,
  ];
  if (report.publication) head.push(publicationModeLine(report.publication.threshold));
  head.push(options.statusText ?? "");
  const headPlan = planSheetHead(head);
  const blocks: ValueBlock[] = [headPlan.block];
  const styles: StylePatch[] = headPlan.styles;
  const charts: ChartPlan[] = [];
  const dataBars: string[] = [];
  const widths = [
    MIN_LABEL_WIDTH,
    MIN_NUMBER_WIDTH,
    MIN_NUMBER_WIDTH,
    MIN_NUMBER_WIDTH,
    MIN_NUMBER_WIDTH,
  ];
  let row = head.length + 1;
  for (const table of report.tables) {
    const built = tableBlock(table, row, threshold, widths);
    blocks.push(built.block);
    styles.push(...built.styles);
    const chartRows = countGroupRows(table);
    if (table.chart && chartRows > 0) {
      charts.push({
        type: CHART_TYPE_NAMES[table.chart],
        title: table.title,
        dataAddress: rectAddress({
          row: row + 1,
          column: 0,
          rowCount: chartRows + 1,
          columnCount: 3,
        }),
        topLeft: cellAddress(row, CHART_FIRST_COLUMN),
        bottomRight: cellAddress(row + CHART_ROWS - 1, CHART_LAST_COLUMN),
      });
    }
    if (table.dataBar && chartRows > 0) {
      dataBars.push(rectAddress({ row: row + 2, column: 2, rowCount: chartRows, columnCount: 1 }));
    }
    const height = built.block.values.length;
    row += Math.max(height, table.chart && chartRows > 0 ? CHART_ROWS : 0) + 1;
  }
  return {
    kind: "report",
    blocks,
    styles,
    columnWidths: widths.map((w, i) =>
      charactersToPoints(i === 0 ? Math.min(w, MAX_LABEL_WIDTH) : w)
    ),
    charts,
    dataBars,
    freezeRows: head.length,
    showGridlines: false,
    statusCell: `A${head.length}`,
  };
}

function tableBlock(
  table: ReportTable,
  top: number,
  threshold: number,
  widths: number[]
): { block: ValueBlock; styles: StylePatch[] } {
  const values: PlanValue[][] = [[table.title, "", "", "", ""], [...table.headers]];
  const formats: string[][] = values.map((r) => r.map(textCellFormat));
  table.headers.forEach(
    (header, i) => (widths[i] = Math.max(widths[i] ?? 0, textWidth(header, true)))
  );
  const styles: StylePatch[] = [
    {
      address: cellAddress(top, 0),
      style: { bold: true, fontSize: REPORT_FONT_SIZES.tableTitle, fontColor: REPORT_COLORS.title },
    },
    {
      address: rectAddress({ row: top + 1, column: 0, rowCount: 1, columnCount: 5 }),
      style: {
        bold: true,
        fill: REPORT_COLORS.headerFill,
        borderBottom: REPORT_COLORS.headerBorder,
        verticalAlignment: "Center",
      },
    },
  ];
  const toneRuns: ToneRun[] = [];
  table.rows.forEach((row, i) => {
    const r = top + 2 + i;
    const rowValues: PlanValue[] = [row.label];
    const rowFormats: string[] = [textCellFormat(row.label)];
    widths[0] = Math.max(widths[0] ?? 0, textWidth(row.label, row.isTotal));
    REPORT_COLUMNS.forEach((column, c) => {
      const cell = reportCell(row, column, threshold);
      rowValues.push(cell.kind === "number" ? cell.value : cell.text);
      rowFormats.push(
        cell.kind === "number"
          ? cell.numFmt
          : cell.text === ""
            ? GENERAL_FORMAT
            : textCellFormat(cell.text)
      );
      widths[c + 1] = Math.max(widths[c + 1] ?? 0, textWidth(cell.text, row.isTotal));
      if (cell.tone !== "none") addToneRun(toneRuns, c + 1, cell.tone, r);
    });
    values.push(rowValues);
    formats.push(rowFormats);
    if (row.isTotal) {
      styles.push({
        address: rectAddress({ row: r, column: 0, rowCount: 1, columnCount: 5 }),
        style: { bold: true, borderTop: REPORT_COLORS.totalBorder },
      });
    }
  });
  styles.push({
    address: rectAddress({
      row: top + 1,
      column: 1,
      rowCount: table.rows.length + 1,
      columnCount: 4,
    }),
    style: { horizontalAlignment: "Right" },
  });
  for (const run of toneRuns) {
    styles.push({
      address: rectAddress({
        row: run.start,
        column: run.column,
        rowCount: run.end - run.start + 1,
        columnCount: 1,
      }),
      style: { fontColor: toneColor(run.tone), fill: toneFill(run.tone) },
    });
  }
  const notes = table.notes ?? [];
  for (const note of notes) {
    values.push([note, "", "", "", ""]);
    formats.push([
      textCellFormat(note),
      GENERAL_FORMAT,
      GENERAL_FORMAT,
      GENERAL_FORMAT,
      GENERAL_FORMAT,
    ]);
  }
  if (notes.length > 0) {
    styles.push({
      address: rectAddress({
        row: top + 2 + table.rows.length,
        column: 0,
        rowCount: notes.length,
        columnCount: 1,
      }),
      style: { italic: true, fontSize: REPORT_FONT_SIZES.note, fontColor: REPORT_COLORS.muted },
    });
  }
  const address = rectAddress({ row: top, column: 0, rowCount: values.length, columnCount: 5 });
  return { block: { address, values, numberFormat: formats }, styles };
}

interface ToneRun {
  readonly column: number;
  readonly tone: CellTone;
  readonly start: number;
  end: number;
}

/** Joins consecutive rows of the same tone in one column into one range (fewer commands). */
function addToneRun(runs: ToneRun[], column: number, tone: CellTone, row: number): void {
  let last: ToneRun | undefined;
  for (const run of runs) if (run.column === column) last = run;
  if (last && last.tone === tone && last.end === row - 1) last.end = row;
  else runs.push({ column, tone, start: row, end: row });
}

/**
 * The number of leading rows a chart shows: every row up to the first total or "Overig"
 * remainder (which would dwarf the groups).
 */
