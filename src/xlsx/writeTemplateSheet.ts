import type ExcelJS from "exceljs";
import { formatValueNl, MISSING_TEXT, renderedMarkText, renderedTableNotes } from "../core";
import type { RenderedTable, RenderedTemplate, ReportProvenance } from "../core";
import { finishReportSheet, type ChartedBlock } from "./finishReportSheet";
import { CHART_MIN_ROWS } from "./placeTableCharts";
import { tableChartRequest, type TableChart } from "./tableChartRequest";
import { templateNumberFormat } from "./templateNumberFormat";
import { writeProvenance } from "./writeProvenance";
import { writeText } from "./writeText";
import type { NativeChart } from "./nativeChartXml";
import {
  BODY_FONT,
  HEADER_BORDER,
  HEADER_FILL,
  HEADER_FONT,
  NOTE_FONT,
  TABLE_TITLE_FONT,
  TITLE_FONT,
  TOTAL_BORDER,
  textWidth,
} from "./reportStyle";

const MIN_LABEL_WIDTH = 28;
const MIN_NUMBER_WIDTH = 11;
const TITLE_HEIGHT = 24;
const TABLE_TITLE_HEIGHT = 21;

/** Where one rendered table landed on the sheet. */
export interface TemplateTablePlacement {
  readonly id: string;
  readonly titleRow: number;
  /** The upper header row of a table with two-level headers (each period's label, merged). */
  readonly groupRow?: number;
  /** The header row right above the rows (the lower one under two-level headers). */
  readonly headerRow: number;
  /** Sheet row of each table row, in order. */
  readonly rowNumbers: readonly number[];
  /** Sheet rows of the notes below the table. */
  readonly noteRows: readonly number[];
}

/** What {@link writeTemplateSheet} wrote: the tables' places, the omitted lines, the charts. */
export interface TemplateSheetLayout {
  readonly tables: readonly TemplateTablePlacement[];
  /** Sheet rows of the "Niet opgenomen: …" lines. */
  readonly omittedRows: readonly number[];
  readonly charts: readonly NativeChart[];
}

/**
 * Writes a rendered template on the report sheet, in the style of the standard report: the
 * title (merged over the tables' width), the provenance block, then each table with its
 * title, header row (two rows where columns have two-level headers: each period's label merged
 * and centred over its columns, the measures below), rows (numbers with invariant format codes; totals bold over a rule) and
 * notes, then one line per table the export could not serve, and a native chart beside each
 * table that asks for one.
 *
 * @param sheet - an empty worksheet
 * @param rendered - the rendered template
 * @param provenance - where the numbers come from, or undefined for no block
 * @returns where the tables landed and the charts to add to the saved package
 */
export function writeTemplateSheet(
  sheet: ExcelJS.Worksheet,
  rendered: RenderedTemplate,
  provenance: ReportProvenance | undefined
): TemplateSheetLayout {
  const lastColumn = Math.max(5, ...rendered.tables.map((t) => 1 + t.columns.length));
  writeText(sheet.getCell(1, 1), rendered.title, { font: TITLE_FONT });
  sheet.getRow(1).height = TITLE_HEIGHT;
  sheet.mergeCells(1, 1, 1, lastColumn);
  sheet.views = [
    { state: "frozen", xSplit: 0, ySplit: 1, topLeftCell: "A2", showGridLines: false },
  ];
  let next = writeProvenance(sheet, 2, provenance) + 1;

  const widths = [MIN_LABEL_WIDTH, ...Array<number>(lastColumn - 1).fill(MIN_NUMBER_WIDTH)];
  const tables: TemplateTablePlacement[] = [];
  const blocks: ChartedBlock[] = [];
  const notes: { row: number; text: string }[] = [];
  for (const table of rendered.tables) {
    const placement = writeTable(sheet, table, next, widths);
    next = (placement.rowNumbers[placement.rowNumbers.length - 1] ?? placement.headerRow) + 1;
    const noteRows: number[] = [];
    for (const note of renderedTableNotes(table)) {
      noteRows.push(next);
      notes.push({ row: next, text: note });
      writeText(sheet.getCell(next++, 1), note, {
        font: NOTE_FONT,
        alignment: { wrapText: true, vertical: "top" },
      });
    }
    tables.push({ ...placement, noteRows });
    const chart = table.chart === undefined ? undefined : chartOf(table, placement);
    blocks.push({ first: placement.titleRow, last: next - 1, chart });
    // A short table with a chart leaves the chart its height before the next table.
    if (chart !== undefined) next = Math.max(next, placement.titleRow + CHART_MIN_ROWS);
    next += 1;
  }
  const omittedRows: number[] = [];
  for (const { title, reason } of rendered.omitted) {
    omittedRows.push(next);
    notes.push({ row: next, text: `Niet opgenomen: ${title} — ${reason}` });
    writeText(sheet.getCell(next++, 1), `Niet opgenomen: ${title} — ${reason}`, {
      font: { ...BODY_FONT, italic: true },
      alignment: { wrapText: true, vertical: "top" },
    });
  }
  const charts = finishReportSheet(sheet, {
    widths,
    lastColumn,
    blocks,
    notes,
    lastRow: Math.max(1, next - (omittedRows.length > 0 ? 1 : 2)),
  });
  return { tables, omittedRows, charts };
}

function writeTable(
  sheet: ExcelJS.Worksheet,
  table: RenderedTable,
  top: number,
  widths: number[]
): Omit<TemplateTablePlacement, "noteRows"> {
  writeText(sheet.getCell(top, 1), table.title, {
    font: TABLE_TITLE_FONT,
    alignment: { vertical: "bottom" },
  });
  sheet.getRow(top).height = TABLE_TITLE_HEIGHT;
  const grouped = table.columns.some((c) => c.group !== undefined);
  const groupRow = grouped ? top + 1 : undefined;
  if (groupRow !== undefined) writeGroupRow(sheet, table, groupRow, widths);
  const headerRow = top + (grouped ? 2 : 1);
  const shown = table.columns.map((c) => c.group?.header ?? c.header);
  [table.rowHeader, ...shown].forEach((header, i) => {
    writeText(sheet.getCell(headerRow, i + 1), header, {
      font: HEADER_FONT,
      fill: HEADER_FILL,
      border: HEADER_BORDER,
      alignment: { horizontal: i === 0 ? "left" : "right", vertical: "middle" },
    });
    widths[i] = Math.max(widths[i] ?? 0, textWidth(header, true));
  });
  const rowNumbers = table.rows.map((row, index) => {
    const r = headerRow + 1 + index;
    const font = { ...BODY_FONT, bold: row.isTotal };
    const border = row.isTotal ? TOTAL_BORDER : undefined;
    writeText(sheet.getCell(r, 1), row.label, { font, border, alignment: { horizontal: "left" } });
    widths[0] = Math.max(widths[0] ?? 0, textWidth(row.label, row.isTotal));
    table.columns.forEach((column, i) => {
      const cell = sheet.getCell(r, i + 2);
      const value = row.values[i] ?? null;
      cell.font = font;
      cell.alignment = { horizontal: "right" };
      if (border !== undefined) cell.border = border;
      const mark = renderedMarkText(table, row, i);
      let text: string = mark ?? MISSING_TEXT;
      if (mark !== undefined) writeText(cell, mark, {});
      else if (value === null || !Number.isFinite(value)) writeText(cell, MISSING_TEXT, {});
      else {
        cell.value = value;
        // A column of its own format (a column per measure, a table turned a quarter) wins.
        const format = column.format ?? row.format;
        cell.numFmt = templateNumberFormat(format, column.kind);
        // The widest text the cell may show: a sign, the digits, "%-punt" after a rate's Δ.
        const unit = column.kind === "value" || column.kind === "delta" ? format : "percent";
        const points = column.kind === "delta" && format === "percent" ? " -punt" : "";
        text = `+${formatValueNl(Math.abs(value), unit)}${points}`;
      }
      widths[i + 1] = Math.max(widths[i + 1] ?? 0, textWidth(text, row.isTotal));
    });
    return r;
  });
  return {
    id: table.id,
    titleRow: top,
    ...(groupRow === undefined ? {} : { groupRow }),
    headerRow,
    rowNumbers,
  };
}

/**
 * The upper header row of two-level headers: each run of columns of one group label gets the
 * label once, merged and centred over the run; the label column and columns without a group
 * stay blank, in the header's fill.
 */
function writeGroupRow(
  sheet: ExcelJS.Worksheet,
  table: RenderedTable,
  row: number,
  widths: number[]
): void {
  const style = { font: HEADER_FONT, fill: HEADER_FILL };
  const blank = (column: number): void => {
    sheet.getCell(row, column).fill = HEADER_FILL;
  };
  blank(1);
  let i = 0;
  while (i < table.columns.length) {
    const label = table.columns[i]?.group?.label;
    let end = i + 1;
    while (label !== undefined && table.columns[end]?.group?.label === label) end += 1;
    if (label === undefined) blank(i + 2);
    else
      writeText(sheet.getCell(row, i + 2), label, {
        ...style,
        alignment: { horizontal: "center", vertical: "middle" },
      });
    for (let c = i + 1; c < end; c++) blank(c + 2);
    if (end - i > 1) sheet.mergeCells(row, i + 2, row, end + 1);
    else if (label !== undefined)
      widths[i + 1] = Math.max(widths[i + 1] ?? 0, textWidth(label, true));
    i = end;
  }
}

function chartOf(
  table: RenderedTable,
  placement: Omit<TemplateTablePlacement, "noteRows">
): TableChart | undefined {
  const valueColumns = table.columns.flatMap((c, i) => (c.kind === "value" ? [i] : []));
  return tableChartRequest({
    kind: table.chart ?? "column",
    title: table.title,
    headerRow: placement.headerRow,
    ...(table.periodColumns === true ? { periodColumns: true } : {}),
    rows: table.rows.map((row, k) => ({
      label: row.label,
      isTotal: row.isTotal,
      sheetRow: placement.rowNumbers[k] ?? 0,
      format: row.format,
    })),
    columns: valueColumns.map((i) => ({
      header: table.columns[i]?.header ?? "",
      shown: table.columns[i]?.group?.header ?? table.columns[i]?.header ?? "",
      sheetColumn: i + 2,
      values: table.rows.map((row) => row.values[i] ?? null),
    })),
  });
}
