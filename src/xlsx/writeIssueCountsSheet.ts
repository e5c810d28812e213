import type ExcelJS from "exceljs";
import type { DataIssue } from "../core";
import { countIssues, ISSUE_COUNT_HEADERS, ISSUE_COUNTS_NOTE } from "../core";
import { SEVERITY_NL } from "./writeIssuesSheet";
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

const HEADERS = ISSUE_COUNT_HEADERS;
const MIN_WIDTHS = [14, 24, 13, 13];

/**
 * Writes the "Controle" sheet of a publication (SPEC §9, issue 16): per kind of finding its
 * code, Dutch description, severity and number of input rows (`countIssues`), and a line
 * saying why there is nothing more; no row numbers, case numbers or values. "Geen problemen
 * gevonden" when there are none.
 *
 * @param sheet - an empty worksheet
 * @param issues - the data issues found while reading the input
 */
export function writeIssueCountsSheet(
  sheet: ExcelJS.Worksheet,
  issues: readonly DataIssue[]
): void {
  HEADERS.forEach((header, i) => {
    writeText(sheet.getCell(1, i + 1), header, {
      font: HEADER_FONT,
      fill: HEADER_FILL,
      border: HEADER_BORDER,
      alignment: { horizontal: i === 3 ? "right" : "left" },
    });
  });
  const counts = countIssues(issues);
  const widths = MIN_WIDTHS.slice();
  if (counts.length === 0)
    writeText(sheet.getCell(2, 1), "Geen problemen gevonden", {
      font: { ...BODY_FONT, italic: true },
    });
  counts.forEach((count, index) => {
    const r = index + 2;
    const texts = [count.code, count.description, SEVERITY_NL[count.severity]];
    texts.forEach((text, i) => {
      const font =
        i === 2 && count.severity === "error"
          ? { ...BODY_FONT, color: { argb: COLOURS.error } }
          : BODY_FONT;
      writeText(sheet.getCell(r, i + 1), text, { font });
      widths[i] = Math.max(widths[i] ?? 0, textWidth(text));
    });
    const rows = sheet.getCell(r, 4);
    rows.value = count.rows;
    rows.numFmt = "#,##0";
    rows.font = BODY_FONT;
  });
  writeText(sheet.getCell(Math.max(2, counts.length + 1) + 2, 1), ISSUE_COUNTS_NOTE, {
    font: { ...BODY_FONT, italic: true },
  });
  widths.forEach((width, i) => {
    sheet.getColumn(i + 1).width = width;
  });
  sheet.views = [{ state: "frozen", xSplit: 0, ySplit: 1, topLeftCell: "A2" }];
  sheet.pageSetup = { ...PAGE_SETUP, orientation: "portrait", printTitlesRow: "1:1" };
  sheet.headerFooter = { oddFooter: FOOTER, evenFooter: FOOTER };
}
