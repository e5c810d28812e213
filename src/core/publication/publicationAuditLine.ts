/**
 * @module
 */
import type { RenderedTable } from "../templates/renderedTable";
import { WHOLE_TABLE_NOTE } from "../report/suppressReportSmallNumbers";

/**
 * The Dutch summary of publication mode's audit, for the terminal and the Toelichting: how
 * many values were hidden, how many of them because they are small and how many to protect
 * those, the tables hidden whole, and what the audit guarantees.
 *
 * @param tables - the published tables (the standard report through `reportAsRendered`, or a template's)
 * @param threshold - the publication threshold
 * @returns one Dutch sentence
 *
 * @example
 * publicationAuditLine(tables, 5)
 * //=> "21 waarden afgeschermd: 12 kleine aantallen (<5) en 9 andere waarden die ze zouden verraden; geen tabel geheel afgeschermd. …"
 */
export function publicationAuditLine(tables: readonly RenderedTable[], threshold: number): string {
  let small = 0;
  let hidden = 0;
  for (const table of tables)
    for (const row of table.rows)
      for (const mark of row.suppressed ?? []) {
        if (mark === "small") small++;
        else if (mark === "hidden") hidden++;
      }
  const whole = tables.filter((t) => t.notes.includes(WHOLE_TABLE_NOTE)).map((t) => t.title);
  const values = (n: number): string => (n === 1 ? "1 waarde" : `${n} waarden`);
  const wholeText =
    whole.length === 0
      ? "geen tabel geheel afgeschermd"
      : `geheel afgeschermd: ${whole.join(", ")}`;
  return (
    `${values(small + hidden)} afgeschermd: ${small} kleine aantallen (<${threshold}) en ` +
    `${hidden} andere waarden die ze zouden verraden; ${wholeText}. ` +
    `Gecontroleerd met alle verbanden tussen de gepubliceerde cijfers: geen klein aantal is ` +
    `nauwer te bepalen dan 1 tot ${threshold - 1}, geen ander afgeschermd aantal nauwer dan ` +
    `${threshold} mogelijke waarden.`
  );
}
