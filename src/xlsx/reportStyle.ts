import type ExcelJS from "exceljs";

/** Colours and fonts of the report workbook, in one place. */
export const COLOURS = {
  title: "FF1F3864",
  subtle: "FF595959",
  headerFill: "FFD9E1F2",
  border: "FF8EA9DB",
  totalBorder: "FF404040",
  /** Excel's built-in "Good" / "Bad" text colours: readable on white and in print. */
  good: "FF006100",
  bad: "FF9C0006",
  /** Light green and red fills behind the text colours above (lighter than Excel's Good/Bad, so a column of changes stays calm). */
  goodFill: "FFE2EFDA",
  badFill: "FFFCE4E4",
  dataBar: "FF9DC3E6",
  error: "FF9C0006",
} as const;

export const FONT_NAME = "Calibri";

export const TITLE_FONT: Partial<ExcelJS.Font> = {
  name: FONT_NAME,
  size: 16,
  bold: true,
  color: { argb: COLOURS.title },
};
export const SUBTITLE_FONT: Partial<ExcelJS.Font> = {
  name: FONT_NAME,
  size: 11,
  color: { argb: COLOURS.subtle },
};
/** The provenance block under the title: where the numbers come from, small and calm. */
export const PROVENANCE_FONT: Partial<ExcelJS.Font> = {
  name: FONT_NAME,
  size: 9,
  color: { argb: COLOURS.subtle },
};
export const TABLE_TITLE_FONT: Partial<ExcelJS.Font> = {
  name: FONT_NAME,
  size: 13,
  bold: true,
  color: { argb: COLOURS.title },
};
export const HEADER_FONT: Partial<ExcelJS.Font> = { name: FONT_NAME, size: 11, bold: true };
export const BODY_FONT: Partial<ExcelJS.Font> = { name: FONT_NAME, size: 11 };
export const NOTE_FONT: Partial<ExcelJS.Font> = {
  name: FONT_NAME,
  size: 9,
  italic: true,
  color: { argb: COLOURS.subtle },
};

export const HEADER_FILL: ExcelJS.Fill = {
  type: "pattern",
  pattern: "solid",
  fgColor: { argb: COLOURS.headerFill },
};

/** Fill of a Δ cell whose change is good or bad by the KPI's polarity. */
export const TONE_FILLS: Readonly<Record<"good" | "bad", ExcelJS.Fill>> = {
  good: { type: "pattern", pattern: "solid", fgColor: { argb: COLOURS.goodFill } },
  bad: { type: "pattern", pattern: "solid", fgColor: { argb: COLOURS.badFill } },
};

export const HEADER_BORDER: Partial<ExcelJS.Borders> = {
  bottom: { style: "thin", color: { argb: COLOURS.border } },
};
export const TOTAL_BORDER: Partial<ExcelJS.Borders> = {
  top: { style: "thin", color: { argb: COLOURS.totalBorder } },
};

/** A4 portrait, one page wide, as a controller prints a report to hand on. */
export const PAGE_SETUP: Partial<ExcelJS.PageSetup> = {
  paperSize: 9,
  orientation: "portrait",
  fitToPage: true,
  fitToWidth: 1,
  fitToHeight: 0,
  horizontalCentered: true,
  margins: { left: 0.6, right: 0.6, top: 0.7, bottom: 0.7, header: 0.3, footer: 0.3 },
};

/** Footer with the product name and page numbers. */
export const FOOTER = "&L&8Welzijnsmonitor&R&8Pagina &P van &N";

/**
 * Width in Excel character units that fits a text in an 11-point Calibri cell.
 * Excel's width unit is the width of a '0'; bold text and capitals run a little wider.
 */
export function textWidth(text: string, bold = false): number {
  let width = 0;
  for (const ch of text) width += /[A-Z%@MW—–]/.test(ch) ? 1.25 : /[il.,:;'|! ]/.test(ch) ? 0.6 : 1;
  return Math.ceil(width * (bold ? 1.1 : 1)) + 2;
}
