import type ExcelJS from "exceljs";
import { countGroupRows, REPORT_COLUMNS, reportCell } from "../core";
import type { Report, ReportCell, ReportProvenance, ReportTable } from "../core";
import { finishReportSheet, type ChartedBlock } from "./finishReportSheet";
import type { NativeChart } from "./nativeChartXml";
import { tableChartRequest, type TableChart } from "./tableChartRequest";
import { writeProvenance } from "./writeProvenance";
import { writeText } from "./writeText";
import {
  BODY_FONT,
  COLOURS,
  HEADER_BORDER,
  HEADER_FILL,
  HEADER_FONT,
  NOTE_FONT,
  SUBTITLE_FONT,
  TABLE_TITLE_FONT,
  TITLE_FONT,
  TONE_FILLS,
  TOTAL_BORDER,
  textWidth,
} from "./reportStyle";

/** Where each table landed on the sheet (for tests and the charts). */
export interface TablePlacement {
  readonly id: string;
  readonly titleRow: number;
  readonly headerRow: number;
  /** Sheet row of each report row, in order. */
  readonly rowNumbers: readonly number[];
}

const NUMBER_COLUMNS = 4;
const MIN_LABEL_WIDTH = 28;
const MIN_NUMBER_WIDTH = 11;
const TITLE_HEIGHT = 24;
const TABLE_TITLE_HEIGHT = 21;

/**
 * Writes the report sheet: title, subtitle, the provenance block, then every table with its
 * title, header row, rows (numbers with invariant format codes), Δ colours (text and a light
 * fill), totals, data bar and notes, and a native chart beside each table that has one.
 *
 * @param sheet - an empty worksheet
 * @param report - the report
 * @param legend - the publication-mode line under the subtitle, or undefined
 * @param provenance - where the numbers come from, or undefined for no block
 * @returns where each table was written, and the charts to add to the saved package
 */
export function writeReportSheet(
  sheet: ExcelJS.Worksheet,
  report: Report,
  legend: string | undefined,
  provenance?: ReportProvenance
): { placements: TablePlacement[]; charts: NativeChart[] } {
  const threshold = report.publication?.threshold ?? 5;
  writeText(sheet.getCell(1, 1), report.title, { font: TITLE_FONT });
  sheet.getRow(1).height = TITLE_HEIGHT;
  writeText(
    sheet.getCell(2, 1),
    `Periode ${report.periodLabel}, vergeleken met ${report.previousLabel}`,
    { font: SUBTITLE_FONT }
  );
  let next = 3;
  if (legend !== undefined) writeText(sheet.getCell(next++, 1), legend, { font: SUBTITLE_FONT });
  // The scrolling part starts right under the frozen title rows, at the blank spacer row.
  sheet.views = [
    {
      state: "frozen",
      xSplit: 0,
      ySplit: next - 1,
      topLeftCell: `A${next}`,
      showGridLines: false,
    },
  ];
  next = writeProvenance(sheet, next, provenance) + 1;

  const widths = [
    MIN_LABEL_WIDTH,
    MIN_NUMBER_WIDTH,
    MIN_NUMBER_WIDTH,
    MIN_NUMBER_WIDTH,
    MIN_NUMBER_WIDTH,
  ];
  const placements: TablePlacement[] = [];
  const blocks: ChartedBlock[] = [];
  const noteRows: { row: number; text: string }[] = [];
  for (const table of report.tables) {
    const placement = writeTable(sheet, table, next, threshold, widths);
    placements.push(placement);
    next = (placement.rowNumbers[placement.rowNumbers.length - 1] ?? placement.headerRow) + 1;
    for (const note of table.notes ?? []) {
      noteRows.push({ row: next, text: note });
      writeText(sheet.getCell(next++, 1), note, {
        font: NOTE_FONT,
        alignment: { wrapText: true, vertical: "top" },
      });
    }
    blocks.push({
      first: placement.titleRow,
      last: next - 1,
      chart: table.chart === undefined ? undefined : chartOf(table, placement),
    });
    next += 1;
  }
  const charts = finishReportSheet(sheet, {
    widths,
    lastColumn: 1 + NUMBER_COLUMNS,
    blocks,
    notes: noteRows,
    lastRow: Math.max(1, next - 2),
  });
  return { placements, charts };
}

function writeTable(
  sheet: ExcelJS.Worksheet,
  table: ReportTable,
  top: number,
  threshold: number,
  widths: number[]
): TablePlacement {
  writeText(sheet.getCell(top, 1), table.title, {
    font: TABLE_TITLE_FONT,
    alignment: { vertical: "bottom" },
  });
  sheet.getRow(top).height = TABLE_TITLE_HEIGHT;
  const headerRow = top + 1;
  table.headers.forEach((header, i) => {
    const cell = sheet.getCell(headerRow, i + 1);
    writeText(cell, header, {
      font: HEADER_FONT,
      fill: HEADER_FILL,
      border: HEADER_BORDER,
      alignment: { horizontal: i === 0 ? "left" : "right", vertical: "middle" },
    });
    widths[i] = Math.max(widths[i] ?? 0, textWidth(header, true));
  });
  const rowNumbers: number[] = [];
  table.rows.forEach((row, index) => {
    const r = headerRow + 1 + index;
    rowNumbers.push(r);
    const font = { ...BODY_FONT, bold: row.isTotal };
    const border = row.isTotal ? TOTAL_BORDER : undefined;
    writeText(sheet.getCell(r, 1), row.label, { font, border, alignment: { horizontal: "left" } });
    widths[0] = Math.max(widths[0] ?? 0, textWidth(row.label, row.isTotal));
    REPORT_COLUMNS.forEach((column, i) => {
      const content = reportCell(row, column, threshold);
      writeNumberCell(sheet.getCell(r, i + 2), content, font, border);
      widths[i + 1] = Math.max(widths[i + 1] ?? 0, textWidth(content.text, row.isTotal));
    });
  });
  if (table.dataBar === true) addDataBar(sheet, table, rowNumbers);
  return { id: table.id, titleRow: top, headerRow, rowNumbers };
}

function writeNumberCell(
  cell: ExcelJS.Cell,
  content: ReportCell,
  font: Partial<ExcelJS.Font>,
  border: Partial<ExcelJS.Borders> | undefined
): void {
  const colour =
    content.tone === "good" ? COLOURS.good : content.tone === "bad" ? COLOURS.bad : undefined;
  cell.font = colour === undefined ? font : { ...font, color: { argb: colour } };
  if (content.tone !== "none") cell.fill = TONE_FILLS[content.tone];
  cell.alignment = { horizontal: "right" };
  if (border !== undefined) cell.border = border;
  if (content.kind === "number") {
    cell.value = content.value;
    cell.numFmt = content.numFmt;
  } else if (content.kind === "text") {
    writeText(cell, content.text, {});
  }
}

function addDataBar(
  sheet: ExcelJS.Worksheet,
  table: ReportTable,
  rowNumbers: readonly number[]
): void {
  // Bars over the groups only: Overig or a Totaal row would dwarf them.
  const rows = rowNumbers.slice(0, countGroupRows(table));
  const first = rows[0];
  const last = rows[rows.length - 1];
  if (first === undefined || last === undefined) return;
  // ExcelJS renders the bar colour from `color`, which its typings omit.
  const rule = {
    type: "dataBar",
    priority: 1,
    gradient: false,
    cfvo: [{ type: "num", value: 0 }, { type: "max" }],
    color: { argb: COLOURS.dataBar },
  } as unknown as ExcelJS.ConditionalFormattingRule;
  sheet.addConditionalFormatting({ ref: `C${first}:C${last}`, rules: [rule] });
}

function chartOf(table: ReportTable, placement: TablePlacement): TableChart | undefined {
  // The two periods are the series; Δ and Δ% are no quantities to draw.
  const periods = [
    { column: "previous", sheetColumn: 2 },
    { column: "current", sheetColumn: 3 },
  ] as const;
  return tableChartRequest({
    kind: table.chart ?? "column",
    title: table.title,
    headerRow: placement.headerRow,
    rows: table.rows.map((row, k) => ({
      label: row.label,
      isTotal: row.isTotal,
      sheetRow: placement.rowNumbers[k] ?? 0,
      format: row.format,
    })),
    columns: periods.map(({ column, sheetColumn }) => ({
      header: table.headers[sheetColumn - 1] ?? "",
      shown: table.headers[sheetColumn - 1] ?? "",
      sheetColumn,
      values: table.rows.map((row) => {
        const cell = reportCell(row, column);
        return cell.kind === "number" ? cell.value : null;
      }),
    })),
  });
}
