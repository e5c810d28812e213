/**
 * Colours and sizes of the report sheets: the ExcelJS report workbook's own constants
 * (src/xlsx/reportStyle.ts, whose ExcelJS import is type-only), converted to the '#RRGGBB'
 * colours Office.js takes, so that both writers look the same.
 *
 * @module
 */
import type { ReportTone } from "../core";

/** A tone that colours a cell. */
export type CellTone = Exclude<ReportTone, "none">;
import { COLOURS } from "../xlsx/reportStyle";

export { textWidth } from "../xlsx/reportStyle";

/** ExcelJS 'FFRRGGBB' → Office.js '#RRGGBB'. */
function rgb(argb: string): string {
  return `#${argb.slice(-6)}`;
}

export const REPORT_COLORS = {
  title: rgb(COLOURS.title),
  muted: rgb(COLOURS.subtle),
  headerFill: rgb(COLOURS.headerFill),
  headerBorder: rgb(COLOURS.border),
  totalBorder: rgb(COLOURS.totalBorder),
  good: rgb(COLOURS.good),
  bad: rgb(COLOURS.bad),
  goodFill: rgb(COLOURS.goodFill),
  badFill: rgb(COLOURS.badFill),
  dataBar: rgb(COLOURS.dataBar),
  error: rgb(COLOURS.error),
} as const;

/** Font sizes (points) of the ExcelJS report: title, subtitle, table title, notes. */
export const REPORT_FONT_SIZES = { title: 16, subtitle: 11, tableTitle: 13, note: 9 } as const;

/**
 * The font colour of a difference judged by polarity.
 *
 * @param tone - 'good' or 'bad'
 * @returns a colour
 *
 * @example
 * toneColor('bad') // '#9C0006'
 */
export function toneColor(tone: CellTone): string {
  return tone === "good" ? REPORT_COLORS.good : REPORT_COLORS.bad;
}

/**
 * The light fill behind a coloured difference, as in the ExcelJS report.
 *
 * @param tone - 'good' or 'bad'
 * @returns a fill colour
 *
 * @example
 * toneFill('bad') // '#FCE4E4'
 */
export function toneFill(tone: CellTone): string {
  return tone === "good" ? REPORT_COLORS.goodFill : REPORT_COLORS.badFill;
}
