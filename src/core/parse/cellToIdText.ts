import { cellToText } from "../text/cellToText";
import type { CellValue } from "../types";

function isSpace(code: number): boolean {
  return code <= 32 || code === 160;
}

/**
 * The text of an id cell (SPEC §2): trimmed text; a number becomes its text, so 123 and
 * "123" are the same id.
 *
 * @param value - The cell value.
 * @returns The id, or '' when the cell is empty.
 * @example
 * cellToIdText(123); //=> '123'
 * cellToIdText(' C-7 '); //=> 'C-7'
 */
export function cellToIdText(value: CellValue): string {
  if (typeof value === "string") {
    if (value.length === 0) return value;
    return isSpace(value.charCodeAt(0)) || isSpace(value.charCodeAt(value.length - 1))
      ? value.trim()
      : value;
  }
  if (typeof value === "number") return value === value ? String(value) : "";
  return cellToText(value).trim();
}
