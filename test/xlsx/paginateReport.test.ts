import ExcelJS from "exceljs";
import { paginateReport, type RowBlock } from "../../src/xlsx/paginateReport";

/** A sheet one page wide at 100%: A4 portrait holds 741 × 0.97 ≈ 719 points, 47 rows of 15 points. */
function sheetWithColumns(widths: readonly number[]): ExcelJS.Worksheet {
  const sheet = new ExcelJS.Workbook().addWorksheet("Rapport");
  widths.forEach((width, i) => {
    sheet.getColumn(i + 1).width = width;
  });
  return sheet;
}

function breaks(sheet: ExcelJS.Worksheet): number[] {
  return (sheet as unknown as { rowBreaks: { id: number }[] }).rowBreaks.map((b) => b.id);
}

/** Blocks of `size` rows with one blank row between them, from row 1. */
function blocks(count: number, size: number): RowBlock[] {
  return Array.from({ length: count }, (_, i) => ({
    first: 1 + i * (size + 1),
    last: i * (size + 1) + size,
  }));
}

describe("paginateReport", () => {
  it("breaks before a table that would run over the end of the page", () => {
    const sheet = sheetWithColumns([40, 12, 12, 12, 12]);
    // 20-row tables at 15 points: two fit (615 points), the third would reach 930.
    paginateReport(sheet, blocks(5, 20), 5);
    expect(breaks(sheet)).toEqual([42, 84]);
  });

  it("fits more rows on a page when a wide sheet is printed smaller", () => {
    // 100 + 4 × 12 characters ≈ 796 points, scaled to 509: 0.64, so about 1125 points of rows fit.
    const sheet = sheetWithColumns([100, 12, 12, 12, 12]);
    paginateReport(sheet, blocks(5, 20), 5);
    expect(breaks(sheet)).toEqual([63]);
  });

  describe("edge cases", () => {
    it("lets a table longer than a page run on without a break before it", () => {
      const sheet = sheetWithColumns([40, 12, 12, 12, 12]);
      paginateReport(
        sheet,
        [
          { first: 1, last: 10 },
          { first: 12, last: 80 },
        ],
        5
      );
      expect(breaks(sheet)).toEqual([]);
    });

    it("counts taller rows (titles, notes) by their height", () => {
      const sheet = sheetWithColumns([40, 12, 12, 12, 12]);
      for (let r = 1; r <= 20; r++) sheet.getRow(r).height = 30;
      // The first table takes 600 points; the second (300) no longer fits.
      paginateReport(sheet, blocks(2, 20), 5);
      expect(breaks(sheet)).toEqual([21]);
    });
  });
});
