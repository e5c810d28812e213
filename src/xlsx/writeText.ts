import type ExcelJS from "exceljs";
import { fitCellText } from "../core";

/** Styles {@link writeText} may set on a cell. */
export interface TextStyle {
  readonly font?: Partial<ExcelJS.Font>;
  readonly fill?: ExcelJS.Fill;
  readonly border?: Partial<ExcelJS.Borders> | undefined;
  readonly alignment?: Partial<ExcelJS.Alignment>;
}

/**
 * Writes text to a cell as a plain string value, never as a formula (STYLE §6): text from
 * the data that starts with `=`, `+`, `-` or `@` ("=SUM(A1)", "-Noord") stays text. ExcelJS
 * stores a string value as a shared string; only `{ formula }` objects become formulas.
 * Text longer than a cell holds (32,767 characters) is cut (`fitCellText`), or Excel would
 * have to repair the file. This is a last guard: the parse already cuts every long text
 * from the data (with a TEXT_TRUNCATED issue), and issue messages clip what they echo.
 *
 * @param cell - the cell
 * @param text - the text
 * @param style - optional font, fill, border and alignment
 */
export function writeText(cell: ExcelJS.Cell, text: string, style: TextStyle): void {
  cell.value = fitCellText(String(text));
  if (style.font !== undefined) cell.font = style.font;
  if (style.fill !== undefined) cell.fill = style.fill;
  if (style.border !== undefined) cell.border = style.border;
  if (style.alignment !== undefined) cell.alignment = style.alignment;
}
