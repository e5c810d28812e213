import type ExcelJS from "exceljs";
import type { DataIssue, IssueSeverity, TableName } from "../core";
import { writeText } from "./writeText";
import {
  BODY_FONT,
  COLOURS,
  FOOTER,
  HEADER_BORDER,
  HEADER_FILL,
  HEADER_FONT,
  PAGE_SETUP,
  textWidth,
} from "./reportStyle";

/** Dutch names of the input tables, as the "Controle" sheet shows them. */
export const TABLE_NAMES_NL: Readonly<Record<TableName, string>> = {
  cases: "Casussen",
  zrm: "ZRM-scores",
  activities: "Activiteiten",
  complaints: "Klachten",
};

/** Dutch names of the issue severities. */
export const SEVERITY_NL: Readonly<Record<IssueSeverity, string>> = {
  error: "Fout",
  warning: "Waarschuwing",
};

const HEADERS = ["Tabel", "Rij", "Kolom", "Code", "Ernst", "Melding"] as const;
const MIN_WIDTHS = [12, 7, 16, 14, 13, 60];
const MAX_WIDTHS = [16, 9, 40, 30, 14, 110];

/**
 * Writes the "Controle" sheet: one row per data issue (table, sheet row, column, code,
 * severity, message) under a filterable header, or "Geen problemen gevonden" when none.
 *
 * @param sheet - an empty worksheet
 * @param issues - the data issues found while reading the input
 */
export function writeIssuesSheet(sheet: ExcelJS.Worksheet, issues: readonly DataIssue[]): void {
  HEADERS.forEach((header, i) => {
    const alignment: Partial<ExcelJS.Alignment> = { horizontal: i === 1 ? "center" : "left" };
    writeText(sheet.getCell(1, i + 1), header, {
      font: HEADER_FONT,
      fill: HEADER_FILL,
      border: HEADER_BORDER,
      alignment,
    });
  });
  const widths = MIN_WIDTHS.slice();
  if (issues.length === 0) {
    writeText(sheet.getCell(2, 1), "Geen problemen gevonden", {
      font: { ...BODY_FONT, italic: true },
    });
  }
  issues.forEach((issue, index) => {
    const r = index + 2;
    const texts = [
      TABLE_NAMES_NL[issue.table] ?? issue.table,
      "",
      issue.column,
      issue.code,
      SEVERITY_NL[issue.severity],
      issue.message,
    ];
    texts.forEach((text, i) => {
      if (i === 1) return;
      const font =
        i === 4 && issue.severity === "error"
          ? { ...BODY_FONT, color: { argb: COLOURS.error } }
          : BODY_FONT;
      writeText(sheet.getCell(r, i + 1), text, { font });
      widths[i] = Math.max(widths[i] ?? 0, textWidth(text));
    });
    const rowCell = sheet.getCell(r, 2);
    rowCell.value = issue.row;
    rowCell.font = BODY_FONT;
    rowCell.alignment = { horizontal: "center" };
  });
  widths.forEach((width, i) => {
    sheet.getColumn(i + 1).width = Math.min(width, MAX_WIDTHS[i] ?? width);
  });
  sheet.autoFilter = {
    from: { row: 1, column: 1 },
    to: { row: Math.max(1, issues.length + 1), column: HEADERS.length },
  };
  sheet.views = [{ state: "frozen", xSplit: 0, ySplit: 1, topLeftCell: "A2" }];
  sheet.pageSetup = { ...PAGE_SETUP, orientation: "landscape", printTitlesRow: "1:1" };
  sheet.headerFooter = { oddFooter: FOOTER, evenFooter: FOOTER };
}
