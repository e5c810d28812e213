import type ExcelJS from "exceljs";
import { provenanceLines } from "../core";
import type { ReportProvenance } from "../core";
import { PROVENANCE_FONT } from "./reportStyle";
import { writeText } from "./writeText";

/**
 * Writes the provenance block (organisation, source files, peildatum, generation date), one
 * small line each in column A from `firstRow`.
 *
 * @param sheet - the report sheet
 * @param firstRow - the block's first row
 * @param provenance - the provenance, or undefined for no block
 * @returns the row after the block (`firstRow` when there is none)
 */
export function writeProvenance(
  sheet: ExcelJS.Worksheet,
  firstRow: number,
  provenance: ReportProvenance | undefined
): number {
  if (provenance === undefined) return firstRow;
  let row = firstRow;
  for (const line of provenanceLines(provenance))
    writeText(sheet.getCell(row++, 1), line, { font: PROVENANCE_FONT });
  return row;
}
