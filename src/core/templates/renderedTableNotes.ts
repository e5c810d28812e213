/**
 * @module
 */
import { publicationLegend } from "../report/publicationMarks";
import type { RenderedTable } from "./renderedTable";

/**
 * The notes every output prints below a rendered table: the table's own notes, and in
 * publication mode the legend of the marks the table shows ("<5: minder dan 5 personen …",
 * "–*: afgeschermd …"), unless its notes already hold that line (the standard report adds
 * its legend when it suppresses). A table without marks gets no legend.
 *
 * @param table - The rendered table.
 * @returns The lines, in order.
 * @example
 * renderedTableNotes({ notes: ["Totaal: alle casussen."], rows: [{ suppressed: ["small"] }], publication: { threshold: 5 } });
 * //=> ["Totaal: alle casussen.", "<5: minder dan 5 personen; kleine aantallen zijn afgeschermd."]
 */
export function renderedTableNotes(
  table: Pick<RenderedTable, "notes" | "rows" | "publication">
): readonly string[] {
  let small = false;
  let hidden = false;
  for (const row of table.rows) {
    for (const mark of row.suppressed ?? []) {
      if (mark === "small") small = true;
      else if (mark === "hidden") hidden = true;
    }
  }
  if (!small && !hidden) return table.notes;
  const present = new Set(table.notes);
  const legend = publicationLegend(table.publication?.threshold ?? 5, small, hidden);
  const missing = legend.filter((line) => !present.has(line));
  return missing.length === 0 ? table.notes : [...table.notes, ...missing];
}
