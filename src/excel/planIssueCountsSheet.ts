/**
 * Plans the "Controle" sheet of a publication: counts per kind of finding, no findings.
 *
 * @module
 */
import { countIssues, ISSUE_COUNT_HEADERS, ISSUE_COUNTS_NOTE } from "../core";
import type { DataIssue } from "../core";
import { rectAddress } from "./cellAddress";
import { REPORT_COLORS, textWidth } from "./reportStyle";
import { charactersToPoints, textCellFormat, type PlanValue, type SheetPlan } from "./sheetPlan";

const MIN_WIDTHS = [14, 24, 13, 13];

/**
 * Plans the "Controle" sheet of the publication version (SPEC §9, issue 16), as the command
 * line's published workbook has it: per kind of finding its code, Dutch description,
 * severity and number of input rows (`countIssues`), then a line saying why the findings
 * themselves are left out. No row numbers, case numbers or values; "Geen problemen gevonden"
 * when there are none.
 *
 * @param issues - the issues found while reading the data
 * @returns the sheet plan (kind 'controle')
 *
 * @example
 * planIssueCountsSheet(dataset.issues).blocks[0].values[1] // ['INVALID_DATE', 'Ongeldige datum', 'Fout', 3]
 */
export function planIssueCountsSheet(issues: readonly DataIssue[]): SheetPlan {
  const counts = countIssues(issues);
  const rows: PlanValue[][] = [
    [...ISSUE_COUNT_HEADERS],
    ...counts.map((c) => [
      c.code,
      c.description,
      c.severity === "error" ? "Fout" : "Waarschuwing",
      c.rows,
    ]),
  ];
  if (counts.length === 0) rows.push(["Geen problemen gevonden", "", "", ""]);
  rows.push(["", "", "", ""], [ISSUE_COUNTS_NOTE, "", "", ""]);
  const widths = MIN_WIDTHS.slice();
  for (const row of rows.slice(1, counts.length + 1))
    row.slice(0, 3).forEach((value, c) => {
      widths[c] = Math.max(widths[c] ?? 0, textWidth(String(value)));
    });
  const errorRows = counts.flatMap((c, i) => (c.severity === "error" ? [i + 2] : []));
  return {
    kind: "controle",
    blocks: [
      {
        address: rectAddress({ row: 0, column: 0, rowCount: rows.length, columnCount: 4 }),
        values: rows,
        numberFormat: rows.map((r) =>
          r.map((v) => (typeof v === "number" ? "#,##0" : textCellFormat(v)))
        ),
      },
    ],
    styles: [
      {
        address: "A1:D1",
        style: {
          bold: true,
          fill: REPORT_COLORS.headerFill,
          borderBottom: REPORT_COLORS.headerBorder,
        },
      },
      ...errorRows.map((r) => ({
        address: `C${r}`,
        style: { fontColor: REPORT_COLORS.error },
      })),
      { address: `A${rows.length}`, style: { italic: true } },
      ...(counts.length === 0 ? [{ address: "A2", style: { italic: true } }] : []),
    ],
    columnWidths: widths.map((w) => charactersToPoints(w)),
    charts: [],
    dataBars: [],
    freezeRows: 1,
    showGridlines: true,
  };
}
