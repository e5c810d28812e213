import type ExcelJS from "exceljs";
import { countGroupRows, REPORT_COLUMNS, reportCell } from "../core";
import type { Report, ReportCell, ReportTable } from "../core";
import { paginateReport, type RowBlock } from "./paginateReport";
import { writeText } from "./writeText";
import {
  BODY_FONT,
  COLOURS,
  FOOTER,
  HEADER_BORDER,
  HEADER_FILL,
  HEADER_FONT,
  NOTE_FONT,
  PAGE_SETUP,
  SUBTITLE_FONT,
  TABLE_TITLE_FONT,
  TITLE_FONT,
  TONE_FILLS,
  TOTAL_BORDER,
  textWidth,
} from "./reportStyle";

/** Where each table landed on the sheet (for tests and for charts added later). */
export interface TablePlacement {
  readonly id: string;
  readonly titleRow: number;
  readonly headerRow: number;
  /** Sheet row of each report row, in order. */
  readonly rowNumbers: readonly number[];
}

const NUMBER_COLUMNS = 4;
const MIN_LABEL_WIDTH = 28;
const MAX_LABEL_WIDTH = 60;
const MIN_NUMBER_WIDTH = 11;
const TITLE_HEIGHT = 24;
const TABLE_TITLE_HEIGHT = 21;
const NOTE_LINE_HEIGHT = 12;

/**
 * Writes the report sheet: title, subtitle, then every table with its title, header row,
 * rows (numbers with invariant format codes), Δ colours (text and a light fill), totals,
 * data bar and notes.
 *
 * @param sheet - an empty worksheet
 * @param report - the report
 * @param legend - the publication-mode line under the subtitle, or undefined
 * @returns where each table was written
 */
export function writeReportSheet(
  sheet: ExcelJS.Worksheet,
  report: Report,
  legend: string | undefined
): TablePlacement[] {
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
  next += 1;

  const widths = [
    MIN_LABEL_WIDTH,
    MIN_NUMBER_WIDTH,
    MIN_NUMBER_WIDTH,
    MIN_NUMBER_WIDTH,
    MIN_NUMBER_WIDTH,
  ];
  const placements: TablePlacement[] = [];
  const blocks: RowBlock[] = [];
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
    blocks.push({ first: placement.titleRow, last: next - 1 });
    next += 1;
  }
  widths.forEach((width, i) => {
    sheet.getColumn(i + 1).width = i === 0 ? Math.min(width, MAX_LABEL_WIDTH) : width;
  });
  const totalWidth = widths.reduce(
    (sum, width, i) => sum + (i === 0 ? Math.min(width, MAX_LABEL_WIDTH) : width),
    0
  );
  for (const { row, text } of noteRows) {
    sheet.mergeCells(row, 1, row, 1 + NUMBER_COLUMNS);
    // Excel does not grow merged rows for wrapped text; 9-point italics run ~1.3 per width unit.
    const lines = Math.ceil(textWidth(text) / (totalWidth * 1.3));
    sheet.getRow(row).height = NOTE_LINE_HEIGHT * Math.max(1, lines) + 2;
  }
  paginateReport(sheet, blocks, 1 + NUMBER_COLUMNS);
  sheet.pageSetup = { ...PAGE_SETUP, printArea: `A1:E${Math.max(1, next - 2)}` };
  sheet.headerFooter = { oddFooter: FOOTER, evenFooter: FOOTER };
  return placements;
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
