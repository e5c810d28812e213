/**
 * @module
 */
import { rectAddress } from "./cellAddress";
import { REPORT_COLORS, REPORT_FONT_SIZES } from "./reportStyle";
import { textCellFormat, type PlanValue, type StylePatch, type ValueBlock } from "./sheetPlan";

/**
 * The head of a report sheet: its lines down column A from A1, the first as the title, the
 * others as muted subtitles, the last (the status line) in italics.
 *
 * @param lines - The title, the subtitles and the status line, in order.
 * @returns The block of the lines and their styles.
 * @example
 * planSheetHead(["Rapportage t/m Q3 2024", "Periode t/m Q3 2024, …", "Bijgewerkt op …"]).block.address; //=> "A1:A3"
 */
export function planSheetHead(lines: readonly string[]): {
  block: ValueBlock;
  styles: StylePatch[];
} {
  const values: PlanValue[][] = lines.map((text) => [text]);
  return {
    block: {
      address: rectAddress({ row: 0, column: 0, rowCount: lines.length, columnCount: 1 }),
      values,
      numberFormat: values.map((r) => r.map(textCellFormat)),
    },
    styles: [
      {
        address: "A1",
        style: { bold: true, fontSize: REPORT_FONT_SIZES.title, fontColor: REPORT_COLORS.title },
      },
      {
        address: `A2:A${lines.length}`,
        style: { fontSize: REPORT_FONT_SIZES.subtitle, fontColor: REPORT_COLORS.muted },
      },
      { address: `A${lines.length}`, style: { italic: true } },
    ],
  };
}
