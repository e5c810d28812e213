/**
 * Plans the report sheet of a template (SPEC §9): title, period and template, status line,
 * then every rendered table (title, header row, rows, notes) with the number format of its
 * row and column kind, a native chart beside each table that asks for one, and at the end
 * the tables the export cannot serve, each with its reason. The look (fonts, fills,
 * borders, widths) is the standard report's ({@link planReportSheet}).
 *
 * @module
 */
import { MISSING_TEXT, numberFormatCode, renderedMarkText, renderedTableNotes } from "../core";
import type { RenderedColumn, RenderedRow, RenderedTable, RenderedTemplate } from "../core";
import { cellAddress, rectAddress } from "./cellAddress";
import { planSheetHead } from "./planSheetHead";
import { CHART_ROWS } from "./planReportSheet";
import { REPORT_COLORS, REPORT_FONT_SIZES, textWidth } from "./reportStyle";
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

/** Options of {@link planTemplateSheet}. */
export interface PlanTemplateSheetOptions {
  /** The period's label ("t/m Q3 2024"). */
  readonly periodLabel: string;
  /** How the pane names the template ("Welstad", or the own file's title). */
  readonly templateName: string;
  /** A status line under the subtitle ("Bijgewerkt op 3-10-2024 om 14:05."). */
  readonly statusText?: string;
}

/** Title of the list of tables left out. */
export const OMITTED_TITLE = "Niet opgenomen";

/** Header of a crosstab's total column (the renderer's), not drawn in its chart. */
const TOTAL_HEADER = "Totaal";
/** A chart spans this many columns, one empty column right of its table. */
const CHART_WIDTH = 7;
const MIN_LABEL_WIDTH = 28;
const MAX_LABEL_WIDTH = 60;
const MIN_NUMBER_WIDTH = 11;

/**
 * Plans the report sheet of a rendered template.
 *
 * Every table is one block (label column plus its columns) written with one 2D assignment;
 * number cells carry the invariant format of their row's format and column kind
 * (`numberFormatCode`: a share is a percentage, Verschil % a signed percentage), empty
 * values show "–", and text cells are text ('@'), so a group label "=Noord" stays text.
 * A table with a `chart` gets a native chart right of it over its label column and value
 * columns, the total row left out (see {@link chartOf}).
 *
 * @param rendered - the rendered template (`renderTemplate`)
 * @param options - period label, template name, status line
 * @returns the sheet plan (kind 'report')
 *
 * @example
 * const plan = planTemplateSheet(rendered, { periodLabel: 't/m Q3 2024', templateName: 'Welstad' });
 * plan.blocks[1].address // 'A5:F12': the first table (title, header, five teams, Totaal)
 */
export function planTemplateSheet(
  rendered: RenderedTemplate,
  options: PlanTemplateSheetOptions
): SheetPlan {
  const head = [
    rendered.title,
    `Periode ${options.periodLabel}, sjabloon ${options.templateName}`,
    options.statusText ?? "",
  ];
  const headPlan = planSheetHead(head);
  const blocks: ValueBlock[] = [headPlan.block];
  const styles: StylePatch[] = headPlan.styles;
  const charts: ChartPlan[] = [];
  const widths: number[] = [MIN_LABEL_WIDTH];
  let row = head.length + 1;
  for (const table of rendered.tables) {
    const built = tableBlock(table, row, widths);
    blocks.push(built.block);
    styles.push(...built.styles);
    const chart = chartOf(table, row);
    if (chart) charts.push(chart);
    row += Math.max(built.block.values.length, chart ? CHART_ROWS : 0) + 1;
  }
  if (rendered.omitted.length > 0) {
    const lines = rendered.omitted.map((o) => `${o.title}: ${o.reason}`);
    const values: PlanValue[][] = [[OMITTED_TITLE], ...lines.map((line) => [line])];
    blocks.push({
      address: rectAddress({ row, column: 0, rowCount: values.length, columnCount: 1 }),
      values,
      numberFormat: values.map((r) => r.map(textCellFormat)),
    });
    styles.push(
      {
        address: cellAddress(row, 0),
        style: {
          bold: true,
          fontSize: REPORT_FONT_SIZES.tableTitle,
          fontColor: REPORT_COLORS.title,
        },
      },
      {
        address: rectAddress({ row: row + 1, column: 0, rowCount: lines.length, columnCount: 1 }),
        style: { italic: true, fontColor: REPORT_COLORS.muted },
      }
    );
  }
  return {
    kind: "report",
    blocks,
    styles,
    columnWidths: widths.map((w, i) =>
      charactersToPoints(i === 0 ? Math.min(w, MAX_LABEL_WIDTH) : w)
    ),
    charts,
    dataBars: [],
    freezeRows: head.length,
    showGridlines: false,
    statusCell: `A${head.length}`,
  };
}

/**
 * The chart of a table whose spec asks for one, right of the table: over the header row and
 * the rows before the first total row, the label column as categories and the value
 * columns as series — Verschil and Aandeel columns left out, as is a crosstab's Totaal
 * column; a pie draws the last value column only (one series). A line over a table whose
 * value columns are periods (side by side) runs over them instead: series by rows, one line
 * per row, the period headers as categories. Where they are not side by side (a series with
 * Verschil columns between its periods) one source rectangle cannot skip the Verschil
 * categories, and the line stays over the rows. Under two-level headers the series are named
 * by the joined header ("Q1 2024: Gestart"), since the lower header cell alone ("Gestart")
 * would name every period's series alike.
 *
 * @param table - the rendered table
 * @param top - the sheet row (0-based) of the table's title
 * @returns the chart, or null when the table has none or nothing to draw
 */
export function chartOf(table: RenderedTable, top: number): ChartPlan | null {
  if (!table.chart) return null;
  const firstTotal = table.rows.findIndex((r) => r.isTotal);
  const rowCount = firstTotal === -1 ? table.rows.length : firstTotal;
  let drawn = table.columns.flatMap((c, i) => (c.kind === "value" ? [i] : []));
  const last = drawn[drawn.length - 1];
  if (drawn.length > 1 && last !== undefined && table.columns[last]?.header === TOTAL_HEADER)
    drawn = drawn.slice(0, -1);
  if (table.chart === "pie") drawn = drawn.slice(-1);
  const lastDrawn = drawn[drawn.length - 1];
  if (rowCount === 0 || lastDrawn === undefined) return null;
  const chartColumn = table.columns.length + 2;
  const headerRow = top + headerRowCount(table);
  const place = {
    topLeft: cellAddress(top, chartColumn),
    bottomRight: cellAddress(top + CHART_ROWS - 1, chartColumn + CHART_WIDTH - 1),
  };
  const sideBySide = drawn.every((column, k) => column === (drawn[0] ?? 0) + k);
  if (table.chart === "line" && table.periodColumns === true && sideBySide) {
    return {
      type: CHART_TYPE_NAMES.line,
      title: table.title,
      dataAddress: rectAddress({
        row: headerRow,
        column: 0,
        rowCount: rowCount + 1,
        columnCount: lastDrawn + 2,
      }),
      seriesBy: "Rows",
      ...place,
    };
  }
  const dropSeries: number[] = [];
  for (let i = 0; i < lastDrawn; i++) if (!drawn.includes(i)) dropSeries.push(i);
  const grouped = drawn.some((i) => table.columns[i]?.group !== undefined);
  return {
    type: CHART_TYPE_NAMES[table.chart],
    title: table.title,
    dataAddress: rectAddress({
      row: headerRow,
      column: 0,
      rowCount: rowCount + 1,
      columnCount: lastDrawn + 2,
    }),
    ...(dropSeries.length > 0 ? { dropSeries } : {}),
    ...(grouped ? { seriesNames: drawn.map((i) => table.columns[i]?.header ?? "") } : {}),
    ...place,
  };
}

/** Header rows of a table: two where a column has a two-level header, else one. */
function headerRowCount(table: RenderedTable): number {
  return table.columns.some((c) => c.group !== undefined) ? 2 : 1;
}

/**
 * The upper header row of two-level headers, and the runs of columns (1-based in the block)
 * that share a group label: the label sits in a run's first cell, centred across the run.
 */
function groupRowOf(table: RenderedTable): {
  values: PlanValue[];
  runs: { first: number; count: number }[];
} {
  const values: PlanValue[] = [""];
  const runs: { first: number; count: number }[] = [];
  table.columns.forEach((column, i) => {
    const label = column.group?.label;
    const before = table.columns[i - 1]?.group?.label;
    const run = runs[runs.length - 1];
    if (label !== undefined && label === before && run !== undefined) {
      run.count += 1;
      values.push("");
    } else {
      if (label !== undefined) runs.push({ first: i + 1, count: 1 });
      values.push(label ?? "");
    }
  });
  return { values, runs };
}

/** The value and number format of one cell of a rendered row. */
function cellOf(
  row: RenderedRow,
  column: RenderedColumn,
  value: number | null | undefined
): { value: PlanValue; format: string } {
  if (value === null || value === undefined || !Number.isFinite(value))
    return { value: MISSING_TEXT, format: textCellFormat(MISSING_TEXT) };
  const { kind } = column;
  // A column of its own format (a column per measure, a table turned a quarter) wins.
  const format =
    kind === "share"
      ? numberFormatCode("percent", "value")
      : numberFormatCode(column.format ?? row.format, kind === "value" ? "value" : kind);
  return { value, format };
}

function tableBlock(
  table: RenderedTable,
  top: number,
  widths: number[]
): { block: ValueBlock; styles: StylePatch[] } {
  const columnCount = table.columns.length + 1;
  const blank = (): PlanValue[] => Array.from({ length: columnCount - 1 }, () => "");
  const headerRow: PlanValue[] = [
    table.rowHeader,
    ...table.columns.map((c) => c.group?.header ?? c.header),
  ];
  // Two-level headers: each period's label above, centred across its measures' columns.
  const headers = headerRowCount(table);
  const group = headers === 2 ? groupRowOf(table) : undefined;
  const values: PlanValue[][] = [
    [table.title, ...blank()],
    ...(group === undefined ? [] : [group.values]),
    headerRow,
  ];
  const formats: string[][] = values.map((r) => r.map(textCellFormat));
  const grow = (column: number, width: number, floor: number): void => {
    widths[column] = Math.max(widths[column] ?? floor, width, floor);
  };
  headerRow.forEach((header, i) =>
    grow(i, textWidth(String(header), true), i === 0 ? MIN_LABEL_WIDTH : MIN_NUMBER_WIDTH)
  );
  const styles: StylePatch[] = [
    {
      address: cellAddress(top, 0),
      style: { bold: true, fontSize: REPORT_FONT_SIZES.tableTitle, fontColor: REPORT_COLORS.title },
    },
    {
      address: rectAddress({ row: top + 1, column: 0, rowCount: headers, columnCount }),
      style: { bold: true, fill: REPORT_COLORS.headerFill, verticalAlignment: "Center" },
    },
    {
      address: rectAddress({ row: top + headers, column: 0, rowCount: 1, columnCount }),
      style: { borderBottom: REPORT_COLORS.headerBorder },
    },
  ];
  const body = top + 1 + headers;
  table.rows.forEach((row, i) => {
    const cells = table.columns.map((column, c) => {
      const mark = renderedMarkText(table, row, c);
      return mark === undefined
        ? cellOf(row, column, row.values[c])
        : { value: mark, format: textCellFormat(mark) };
    });
    values.push([row.label, ...cells.map((cell) => cell.value)]);
    formats.push([textCellFormat(row.label), ...cells.map((cell) => cell.format)]);
    grow(0, textWidth(row.label, row.isTotal), MIN_LABEL_WIDTH);
    if (row.isTotal) {
      styles.push({
        address: rectAddress({ row: body + i, column: 0, rowCount: 1, columnCount }),
        style: { bold: true, borderTop: REPORT_COLORS.totalBorder },
      });
    }
  });
  if (table.columns.length > 0) {
    styles.push({
      address: rectAddress({
        row: top + headers,
        column: 1,
        rowCount: table.rows.length + 1,
        columnCount: table.columns.length,
      }),
      style: { horizontalAlignment: "Right" },
    });
  }
  for (const run of group?.runs ?? []) {
    styles.push({
      address: rectAddress({
        row: top + 1,
        column: run.first,
        rowCount: 1,
        columnCount: run.count,
      }),
      style: { horizontalAlignment: "CenterAcrossSelection" },
    });
  }
  const notes = renderedTableNotes(table);
  for (const note of notes) {
    values.push([note, ...blank()]);
    formats.push([textCellFormat(note), ...blank().map(() => GENERAL_FORMAT)]);
  }
  if (notes.length > 0) {
    styles.push({
      address: rectAddress({
        row: body + table.rows.length,
        column: 0,
        rowCount: notes.length,
        columnCount: 1,
      }),
      style: { italic: true, fontSize: REPORT_FONT_SIZES.note, fontColor: REPORT_COLORS.muted },
    });
  }
  const address = rectAddress({ row: top, column: 0, rowCount: values.length, columnCount });
  return { block: { address, values, numberFormat: formats }, styles };
}
