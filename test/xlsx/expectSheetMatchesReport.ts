import type ExcelJS from "exceljs";
import type { Report, ReportRow } from "../../src/core/reportTable";
import type { ValueFormat } from "../../src/core/types";

/** Font colour of a Δ cell per tone (Excel's "Good" and "Bad" text colours). */
export const TONE_COLOURS = { good: "FF006100", bad: "FF9C0006", none: undefined } as const;

/** Fill colour of a Δ cell per tone (Excel's "Good" and "Bad" cell fills). */
export const TONE_FILL_COLOURS = { good: "FFE2EFDA", bad: "FFFCE4E4", none: undefined } as const;

/** The invariant format codes of SPEC §6, written out by hand (U+2212 minus). */
export const FORMAT_CODES: Readonly<
  Record<ValueFormat, { value: string; delta: string; deltaPct: string }>
> = {
  count: {
    value: '#,##0;"−"#,##0',
    delta: '+#,##0;"−"#,##0;0',
    deltaPct: '+0.0%;"−"0.0%;0.0%',
  },
  days: { value: '#,##0;"−"#,##0', delta: '+#,##0;"−"#,##0;0', deltaPct: '+0.0%;"−"0.0%;0.0%' },
  percent: {
    value: '0.0%;"−"0.0%',
    delta: '+0.0 %"-punt";"−"0.0 %"-punt";0.0 %"-punt"',
    deltaPct: '+0.0%;"−"0.0%;0.0%',
  },
  decimal: {
    value: '#,##0.0;"−"#,##0.0',
    delta: '+#,##0.0;"−"#,##0.0;0.0',
    deltaPct: '+0.0%;"−"0.0%;0.0%',
  },
  score: {
    value: '#,##0.0;"−"#,##0.0',
    delta: '+#,##0.0;"−"#,##0.0;0.0',
    deltaPct: '+0.0%;"−"0.0%;0.0%',
  },
};

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

/** Green, red or nothing, worked out here from SPEC §6 rather than by the writer's own code. */
export function expectedTone(row: ReportRow): "good" | "bad" | "none" {
  if (row.delta === null || row.delta === 0 || row.polarity === "neutral") return "none";
  return row.delta > 0 === (row.polarity === "up") ? "good" : "bad";
}

type Expected = { value: number; numFmt: string } | { text: string } | { empty: true };

/** What a cell must hold, from the report row and SPEC §6's rules, independent of `reportCell`. */
function expectedCell(
  row: ReportRow,
  column: "previous" | "current" | "delta" | "deltaPct",
  threshold: number
): Expected {
  const codes = FORMAT_CODES[row.format];
  if (column === "previous" || column === "current") {
    const mark = row.suppressed?.[column];
    if (mark === "small") return { text: `<${threshold}` };
    if (mark === "hidden") return { text: "–*" };
    const value = row[column];
    return value === null ? { text: row.missingText ?? "–" } : { value, numFmt: codes.value };
  }
  if (column === "deltaPct" && row.deltaKind === "points") return { empty: true };
  if (row.suppressed?.delta === true) return { text: "–*" };
  const value = row[column];
  return value === null ? { text: "–" } : { value, numFmt: codes[column] };
}

/**
 * Asserts that every table of the report is on the sheet as the report says: title, five
 * headers, each row's label, and each number cell's value (the report's own number, not a
 * rounding of it) and format code (written out by hand in {@link FORMAT_CODES}), or the text the
 * cell must show, and the colour and fill of Δ and Δ% by polarity. The expectations come from the
 * report data and the spec's rules, not from the writer's `reportCell`.
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
      (["previous", "current", "delta", "deltaPct"] as const).forEach((column, c) => {
        const cell = sheetRow.getCell(c + 2);
        const expected = expectedCell(row, column, threshold);
        const where = `${table.id} / ${row.label} / ${column}`;
        const isDelta = column === "delta" || column === "deltaPct";
        const tone = isDelta && "value" in expected ? expectedTone(row) : "none";
        const fill = (cell.fill as ExcelJS.FillPattern | undefined)?.fgColor?.argb;
        expect({ where, colour: cell.font?.color?.argb, fill }).toEqual({
          where,
          colour: TONE_COLOURS[tone],
          fill: TONE_FILL_COLOURS[tone],
        });
        expect({ where, bold: cell.font?.bold === true }).toEqual({ where, bold: row.isTotal });
        if ("value" in expected) {
          expect({ where, value: cell.value, numFmt: cell.numFmt }).toEqual({
            where,
            value: expected.value,
            numFmt: expected.numFmt,
          });
        } else if ("text" in expected) {
          expect({ where, value: cell.value }).toEqual({ where, value: expected.text });
          expect(cell.alignment?.horizontal).toBe("right");
        } else {
          expect({ where, value: cell.value }).toEqual({ where, value: null });
        }
      });
    });
  }
}
