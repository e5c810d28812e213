/**
 * @module
 */
import { formatDeltaNl, formatDeltaPctNl } from "../report/formatDeltaNl";
import { formatValueNl } from "../report/formatValueNl";
import type { RenderedColumn, RenderedRow } from "./renderedTable";

/**
 * The Dutch text of a cell of a rendered table, as every output shows it: a value in the row's
 * format ("1.234", "12,5", "34,1%"), a difference signed in that format ("+12", "-3,4%-punt"),
 * a relative difference signed as a percentage ("+33,3%"), a share as a percentage; "–" for none.
 *
 * @param row - The row.
 * @param column - The column.
 * @param value - The cell's value (`row.values[c]`).
 * @returns The text.
 * @example
 * renderedCellText({ format: "count", … }, { header: "Verschil", kind: "delta" }, 12); //=> "+12"
 */
export function renderedCellText(
  row: Pick<RenderedRow, "format">,
  column: RenderedColumn,
  value: number | null
): string {
  switch (column.kind) {
    case "value":
      return formatValueNl(value, column.format ?? row.format);
    case "delta":
      return formatDeltaNl({ delta: value, format: column.format ?? row.format });
    case "deltaPct":
      return formatDeltaPctNl({ deltaPct: value, deltaKind: "absolute" });
    case "share":
      return formatValueNl(value, "percent");
  }
}
