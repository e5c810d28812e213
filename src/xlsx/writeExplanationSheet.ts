import type ExcelJS from "exceljs";
import { definitionLines } from "../core";
import type { Report, SectionLine } from "../core";
import { writeText } from "./writeText";
import {
  BODY_FONT,
  FOOTER,
  HEADER_BORDER,
  HEADER_FILL,
  HEADER_FONT,
  PAGE_SETUP,
  TABLE_TITLE_FONT,
  TITLE_FONT,
  textWidth,
} from "./reportStyle";

/** What the "Toelichting" sheet explains: the period, the parameters and the definitions. */
export type ReportExplanation = Pick<Report, "periodLabel" | "parameters" | "definitions">;

const LABEL_WIDTH = 36;
const TEXT_WIDTH = 72;

/**
 * Writes the "Toelichting" sheet: the period and parameters used, then the definition of
 * every KPI in the report (from the registry) and what it leaves out, with wrapped text.
 *
 * @param sheet - an empty worksheet
 * @param report - the report, or what a template's workbook explains (period, parameters, definitions)
 */
export function writeExplanationSheet(sheet: ExcelJS.Worksheet, report: ReportExplanation): void {
  sheet.getColumn(1).width = LABEL_WIDTH;
  sheet.getColumn(2).width = TEXT_WIDTH;
  writeText(sheet.getCell(1, 1), `Toelichting bij de rapportage ${report.periodLabel}`, {
    font: TITLE_FONT,
  });
  let row = 3;
  row = writeSection(
    sheet,
    row,
    "Periode en parameters",
    ["Parameter", "Waarde"],
    report.parameters.map((p) => ({ label: p.label, text: p.value }))
  );
  row += 1;
  writeSection(
    sheet,
    row,
    "Definities",
    ["Begrip", "Definitie"],
    definitionLines(report.definitions)
  );
  sheet.views = [{ showGridLines: false }];
  sheet.pageSetup = { ...PAGE_SETUP };
  sheet.headerFooter = { oddFooter: FOOTER, evenFooter: FOOTER };
}

function writeSection(
  sheet: ExcelJS.Worksheet,
  top: number,
  title: string,
  headers: readonly [string, string],
  rows: readonly SectionLine[]
): number {
  writeText(sheet.getCell(top, 1), title, { font: TABLE_TITLE_FONT });
  headers.forEach((header, i) => {
    writeText(sheet.getCell(top + 1, i + 1), header, {
      font: HEADER_FONT,
      fill: HEADER_FILL,
      border: HEADER_BORDER,
    });
  });
  let row = top + 2;
  for (const { label, text, sub } of rows) {
    const alignment: Partial<ExcelJS.Alignment> = { wrapText: true, vertical: "top" };
    const labelFont = sub === true ? { ...BODY_FONT, italic: true } : { ...BODY_FONT, bold: true };
    writeText(sheet.getCell(row, 1), label, {
      font: labelFont,
      alignment: sub === true ? { ...alignment, indent: 1 } : alignment,
    });
    writeText(sheet.getCell(row, 2), text, { font: BODY_FONT, alignment });
    // Excel does not grow rows for wrapped text on open; give long texts their lines.
    const lines = Math.max(
      Math.ceil(textWidth(text) / (TEXT_WIDTH * 1.1)),
      Math.ceil(textWidth(label, true) / (LABEL_WIDTH * 1.1))
    );
    if (lines > 1) sheet.getRow(row).height = 14.5 * lines + 1;
    row += 1;
  }
  return row;
}
