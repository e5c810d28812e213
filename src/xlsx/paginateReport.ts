import type ExcelJS from "exceljs";

/** A block of rows that should stay on one page: a table with its title and notes. */
export interface RowBlock {
  readonly first: number;
  readonly last: number;
}

// A4 with the report's margins, in points.
const A4_SHORT = 595;
const A4_LONG = 842;
const SIDE_MARGINS = (0.6 + 0.6) * 72;
const TOP_BOTTOM_MARGINS = (0.7 + 0.7) * 72;
/** Renderers differ a little in row heights: fill a page to 97% only. */
const SLACK = 0.97;
const DEFAULT_ROW_HEIGHT = 15;

/**
 * Adds manual page breaks so that no table starts on one printed page and ends on the next,
 * as far as a table fits on a page. The sheet prints one page wide, so the scale is the page
 * width over the sheet's width; the heights of the rows then give the page's capacity.
 * Column widths are in Excel characters (7 pixels of Calibri 11 plus 5 pixels of padding).
 *
 * @param sheet - the report sheet, with its column widths and row heights set
 * @param blocks - the tables, in sheet order, each with its title and notes
 * @param lastColumn - the last printed column
 * @param orientation - the page's orientation (landscape when charts print beside the tables)
 */
export function paginateReport(
  sheet: ExcelJS.Worksheet,
  blocks: readonly RowBlock[],
  lastColumn: number,
  orientation: "portrait" | "landscape" = "portrait"
): void {
  const landscape = orientation === "landscape";
  const pageWidth = (landscape ? A4_LONG : A4_SHORT) - SIDE_MARGINS;
  const pageHeight = (landscape ? A4_SHORT : A4_LONG) - TOP_BOTTOM_MARGINS;
  let widthPoints = 0;
  for (let c = 1; c <= lastColumn; c++)
    widthPoints += ((sheet.getColumn(c).width ?? 9) * 7 + 5) * 0.75;
  const scale = Math.min(1, pageWidth / widthPoints);
  const capacity = (pageHeight / scale) * SLACK;
  const height = (from: number, to: number): number => {
    let sum = 0;
    for (let r = from; r <= to; r++) sum += sheet.getRow(r).height ?? DEFAULT_ROW_HEIGHT;
    return sum;
  };
  let used = height(1, (blocks[0]?.first ?? 1) - 1);
  let previousLast = (blocks[0]?.first ?? 1) - 1;
  for (const block of blocks) {
    const gap = height(previousLast + 1, block.first - 1);
    const size = height(block.first, block.last);
    if (used > 0 && used + gap + size > capacity && size <= capacity) {
      sheet.getRow(block.first - 1).addPageBreak();
      used = size;
    } else {
      used = (used + gap + size) % capacity;
    }
    previousLast = block.last;
  }
}
