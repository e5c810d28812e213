import type ExcelJS from "exceljs";
import { columnLetters, type NativeChart } from "./nativeChartXml";
import { paginateReport, type RowBlock } from "./paginateReport";
import { placeTableCharts } from "./placeTableCharts";
import { FOOTER, PAGE_SETUP, textWidth } from "./reportStyle";
import type { TableChart } from "./tableChartRequest";

/** A table block of the report sheet (title to last note), with its chart if it has one. */
export interface ChartedBlock extends RowBlock {
  readonly chart: TableChart | undefined;
}

/** What {@link finishReportSheet} needs of a written report sheet. */
export interface ReportSheetFinish {
  /** Column widths, the label column's first (capped at {@link MAX_LABEL_WIDTH}). */
  readonly widths: readonly number[];
  /** The last column the tables use; notes are merged up to it. */
  readonly lastColumn: number;
  readonly blocks: readonly ChartedBlock[];
  /** Wrapped text rows (notes) to merge over the tables' width and give their height. */
  readonly notes: readonly { readonly row: number; readonly text: string }[];
  /** The last row to print, before charts. */
  readonly lastRow: number;
}

export const MAX_LABEL_WIDTH = 60;
const NOTE_LINE_HEIGHT = 12;

/**
 * Finishes a report sheet once its tables are written: column widths, merged notes with the
 * height their lines need, the charts beside their tables, page breaks between tables, and
 * the print setup (A4 one page wide; landscape with the charts in the print area when there
 * are charts, portrait with the tables only when not).
 *
 * @param sheet - the report sheet, its tables written
 * @param finish - widths, blocks, notes and the last row
 * @returns the charts placed, to add to the saved package
 */
export function finishReportSheet(
  sheet: ExcelJS.Worksheet,
  finish: ReportSheetFinish
): NativeChart[] {
  const { widths, lastColumn } = finish;
  const capped = widths.map((width, i) => (i === 0 ? Math.min(width, MAX_LABEL_WIDTH) : width));
  capped.forEach((width, i) => {
    sheet.getColumn(i + 1).width = width;
  });
  const totalWidth = capped.reduce((sum, width) => sum + width, 0);
  for (const { row, text } of finish.notes) {
    sheet.mergeCells(row, 1, row, lastColumn);
    // Excel does not grow merged rows for wrapped text; 9-point italics run ~1.3 per width unit.
    const lines = Math.ceil(textWidth(text) / (totalWidth * 1.3));
    sheet.getRow(row).height = NOTE_LINE_HEIGHT * Math.max(1, lines) + 2;
  }
  const requests = finish.blocks.flatMap((block) =>
    block.chart === undefined
      ? []
      : [{ ...block.chart, titleRow: block.first, blockLastRow: block.last }]
  );
  const charts = placeTableCharts(sheet.name, requests, lastColumn);
  // A block runs to its chart's bottom, so that a page break does not cut a chart either.
  const bottoms = new Map(charts.map((c) => [c.anchor.fromRow, c.anchor.toRow - 1]));
  const blocks = finish.blocks.map((b) => ({
    first: b.first,
    last: Math.max(b.last, bottoms.get(b.first) ?? 0),
  }));
  const printColumn = Math.max(lastColumn, ...charts.map((c) => c.anchor.toColumn - 1));
  const printRow = Math.max(finish.lastRow, ...charts.map((c) => c.anchor.toRow - 1));
  const orientation = charts.length > 0 ? "landscape" : "portrait";
  paginateReport(sheet, blocks, printColumn, orientation);
  sheet.pageSetup = {
    ...PAGE_SETUP,
    orientation,
    printArea: `A1:${columnLetters(printColumn)}${printRow}`,
  };
  sheet.headerFooter = { oddFooter: FOOTER, evenFooter: FOOTER };
  return charts;
}
