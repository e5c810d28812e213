/**
 * A "write plan": everything the Office layer writes on one sheet, as plain data. Pure
 * planning functions turn a report into plans; {@link writeSheetPlans} in the Office
 * layer only replays them (one 2D assignment per block), so the look of the report is
 * tested without Excel.
 *
 * @module
 */
import type { OwnedSheetKind } from "./storedSettings";

/** A value as `range.values` takes it ('' is an empty cell). */
export type PlanValue = string | number | boolean;

/** Number format of a text cell: Excel keeps what is written as text, never as a formula. */
export const TEXT_FORMAT = "@";

/** Number format of an empty cell. */
export const GENERAL_FORMAT = "General";

/** One rectangle written with one `values` and one `numberFormat` assignment. */
export interface ValueBlock {
  /** A1 address of the rectangle ("A5:E17"). */
  readonly address: string;
  readonly values: readonly (readonly PlanValue[])[];
  /** Same shape as `values`; '@' for every text cell (formula-safe), invariant codes for numbers. */
  readonly numberFormat: readonly (readonly string[])[];
}

/** Formatting applied to a range (colours as '#RRGGBB'). */
export interface CellStyle {
  readonly bold?: boolean;
  readonly italic?: boolean;
  readonly fontSize?: number;
  readonly fontColor?: string;
  readonly fill?: string;
  /** `CenterAcrossSelection`: text centred over the range's empty cells right of it, unmerged. */
  readonly horizontalAlignment?: "Left" | "Right" | "Center" | "CenterAcrossSelection";
  readonly verticalAlignment?: "Top" | "Center" | "Bottom";
  readonly wrapText?: boolean;
  /** Colour of a thin line under the range. */
  readonly borderBottom?: string;
  /** Colour of a thin line above the range. */
  readonly borderTop?: string;
  /** Row height in points (for wrapped text, which Excel does not grow by itself). */
  readonly rowHeight?: number;
}

/** A style for one A1 range. */
export interface StylePatch {
  readonly address: string;
  readonly style: CellStyle;
}

/** The Office.js chart types the report draws. */
export type ChartTypeName = "BarClustered" | "ColumnClustered" | "Line" | "Pie";

/**
 * The Office.js chart type of a chart kind of the core (SPEC §9: bar, column, line, pie).
 *
 * @example
 * CHART_TYPE_NAMES.bar // 'BarClustered'
 */
export const CHART_TYPE_NAMES: Readonly<Record<"bar" | "column" | "line" | "pie", ChartTypeName>> =
  { bar: "BarClustered", column: "ColumnClustered", line: "Line", pie: "Pie" };

/** A native Excel chart over a range of the sheet. */
export interface ChartPlan {
  /** Office.js chart type name. */
  readonly type: ChartTypeName;
  readonly title: string;
  /** The source: a header row (series names) and a label column (categories). */
  readonly dataAddress: string;
  /**
   * Series by the source's columns (the default: the header row names them, the label column
   * gives the categories) or by its rows (a line over periods: each row a series named by its
   * label, the header row the categories).
   */
  readonly seriesBy?: "Columns" | "Rows";
  /**
   * Names of the drawn series, in order, where their header cells do not show them whole: a
   * column under a two-level header shows "Gestart", its series is named "Q1 2024: Gestart".
   */
  readonly seriesNames?: readonly string[];
  /**
   * Series of the source that are not drawn (0-based, in column order after the label
   * column): the Verschil columns between a series' periods, which one rectangle cannot skip.
   */
  readonly dropSeries?: readonly number[];
  /** Cells the chart is placed over. */
  readonly topLeft: string;
  readonly bottomRight: string;
}

/** Everything written on one sheet. */
export interface SheetPlan {
  readonly kind: OwnedSheetKind;
  readonly blocks: readonly ValueBlock[];
  readonly styles: readonly StylePatch[];
  /** Widths in points of columns A, B, … (Office.js `format.columnWidth`). */
  readonly columnWidths: readonly number[];
  readonly charts: readonly ChartPlan[];
  /** Ranges that get an in-cell data bar. */
  readonly dataBars: readonly string[];
  /** Rows kept in view when scrolling (the title area). */
  readonly freezeRows: number;
  /** Whether Excel's gridlines show (off on the report, as in the ExcelJS workbook). */
  readonly showGridlines: boolean;
  /** A range that gets Excel's filter buttons (the Controle list). */
  readonly autoFilter?: string;
  /** The cell of the status line ("Bijgewerkt op …"), which the ribbon command updates. */
  readonly statusCell?: string;
}

/**
 * The number format of a text cell or an empty cell: '@' for text (so that "=x", "+31",
 * "-", "@home" or "1" are kept as the text they are), 'General' for an empty cell.
 *
 * @param value - the cell's value
 * @returns the number format
 *
 * @example
 * textCellFormat('=HYPERLINK("x")') // '@'
 */
export function textCellFormat(value: PlanValue): string {
  return value === "" ? GENERAL_FORMAT : TEXT_FORMAT;
}

/**
 * Converts an Excel column width in characters (the unit ExcelJS uses: the width of a '0'
 * in 11-point Calibri, 7 pixels, plus 5 pixels of padding) to points for Office.js
 * `format.columnWidth`.
 *
 * @param characters - the width in characters
 * @returns the width in points
 *
 * @example
 * charactersToPoints(10) // 56.25
 */
export function charactersToPoints(characters: number): number {
  return (Math.trunc(characters * 7) + 5) * 0.75;
}
