/**
 * @module
 */
import { HIDDEN_TEXT } from "../report/reportCell";
import type { RenderedRow, RenderedTable } from "./renderedTable";

/** The threshold a table's marks stand for when it does not say (SPEC §6: default 5). */
const DEFAULT_THRESHOLD = 5;

/**
 * What a cell of a rendered table shows in publication mode instead of its value, as the
 * standard report shows it (`reportCell`): "<5" (the table's threshold) for a small count,
 * "–*" for a hidden cell; undefined for a cell that is not marked.
 *
 * @param table - The table (its publication threshold).
 * @param row - The row (its `suppressed` marks).
 * @param column - The column's index in `values`.
 * @returns The text to show instead of the value, or undefined.
 * @example
 * renderedMarkText({ publication: { threshold: 10 } }, { suppressed: ["small", null] }, 0); //=> "<10"
 * renderedMarkText({ publication: { threshold: 10 } }, { suppressed: ["small", null] }, 1); //=> undefined
 */
export function renderedMarkText(
  table: Pick<RenderedTable, "publication">,
  row: Pick<RenderedRow, "suppressed">,
  column: number
): string | undefined {
  const mark = row.suppressed?.[column];
  if (mark === "small") return `<${table.publication?.threshold ?? DEFAULT_THRESHOLD}`;
  if (mark === "hidden") return HIDDEN_TEXT;
  return undefined;
}
