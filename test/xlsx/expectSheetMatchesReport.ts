import type ExcelJS from "exceljs";
import { REPORT_COLUMNS, reportCell } from "../../src/core/report/reportCell";
import type { Report } from "../../src/core/reportTable";

/** Font colour of a Δ cell per tone (Excel's "Good" and "Bad" text colours). */
export const TONE_COLOURS = { good: "FF006100", bad: "FF9C0006", none: undefined } as const;

/**
 * Sheet rows of a table's body: the rows under the header that follows the title cell.
 * Throws when the title is missing or the table is shorter than expected.
 */
export function findTableRows(sheet: ExcelJS.Worksheet, title: string, count: number): number[] {
  let titleRow = 0;
  sheet.eachRow((row, r) => {
    if (titleRow === 0 && row.getCell(1).value === title) titleRow = r;
  });
  if (titleRow === 0) throw new Error(`table '${title}' not found`);
  return Array.from({ length: count }, (_, i) => titleRow + 2 + i);
}

/**
 * Asserts that every table of the report is on the sheet as the report says: title, five
 * headers, each row's label, and each number cell's value (the report's own number, not a
 * rounding of it) and format code, or the text the cell must show, and the colour of Δ and Δ%.
 */
export function expectSheetMatchesReport(sheet: ExcelJS.Worksheet, report: Report): void {
  const threshold = report.publication?.threshold ?? 5;
  const seen = new Set<string>();
  for (const table of report.tables) {
    expect(seen.has(table.title)).toBe(false);
    seen.add(table.title);
    const rows = findTableRows(sheet, table.title, table.rows.length);
    const header = sheet.getRow((rows[0] ?? 0) - 1);
    expect([1, 2, 3, 4, 5].map((c) => header.getCell(c).value)).toEqual([...table.headers]);
    table.rows.forEach((row, i) => {
      const sheetRow = sheet.getRow(rows[i] as number);
      expect(sheetRow.getCell(1).value).toBe(row.label);
      REPORT_COLUMNS.forEach((column, c) => {
        const cell = sheetRow.getCell(c + 2);
        const expected = reportCell(row, column, threshold);
        const where = `${table.id} / ${row.label} / ${column}`;
        const colour = cell.font?.color?.argb;
        expect({ where, colour }).toEqual({ where, colour: TONE_COLOURS[expected.tone] });
        if (expected.kind === "number") {
          expect({ where, value: cell.value, numFmt: cell.numFmt }).toEqual({
            where,
            value: expected.value,
            numFmt: expected.numFmt,
          });
          expect(expected.value).toBe(row[column]);
        } else if (expected.kind === "text") {
          expect({ where, value: cell.value }).toEqual({ where, value: expected.text });
          expect(cell.alignment?.horizontal).toBe("right");
        } else {
          expect({ where, value: cell.value }).toEqual({ where, value: null });
        }
      });
    });
  }
}
