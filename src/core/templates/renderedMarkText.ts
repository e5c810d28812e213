/**
 * @module
 */
import { NOT_APPLICABLE_TEXT } from "../report/buildGroupTable";
import { HIDDEN_TEXT } from "../report/reportCell";
import type { RenderedRow, RenderedTable } from "./renderedTable";

/** The threshold a table's marks stand for when it does not say (SPEC §6: default 5). */
const DEFAULT_THRESHOLD = 5;

/**
 * What a cell of a rendered table shows instead of its value, as the standard report shows it
 * (`reportCell`, `buildGroupTable`): in publication mode "<5" (the table's threshold) for a
 * small count and "–*" for a hidden cell; "n.v.t." for the participants of meetings none of
 * which has a number (SPEC §4: not 0, and not the "–" of a missing value); undefined for any
 * other cell.
 *
 * @param table - The table (its publication threshold).
 * @param row - The row (its `suppressed` marks; its values and what each cell is of).
 * @param column - The column's index in `values`.
 * @returns The text to show instead of the value, or undefined.
 * @example
 * renderedMarkText({ publication: { threshold: 10 } }, { suppressed: ["small", null] }, 0); //=> "<10"
 * renderedMarkText({ publication: { threshold: 10 } }, { suppressed: ["small", null] }, 1); //=> undefined
 * renderedMarkText({}, { values: [null], sources: [{ kpi: "participants", … }] }, 0); //=> "n.v.t."
 */
export function renderedMarkText(
  table: Pick<RenderedTable, "publication">,
  row: Pick<RenderedRow, "suppressed"> & Partial<Pick<RenderedRow, "values" | "sources">>,
  column: number
): string | undefined {
  const mark = row.suppressed?.[column];
  if (mark === "small") return `<${table.publication?.threshold ?? DEFAULT_THRESHOLD}`;
  if (mark === "hidden") return HIDDEN_TEXT;
  if (row.values?.[column] === null && row.sources?.[column]?.kpi === "participants")
    return NOT_APPLICABLE_TEXT;
  return undefined;
}
