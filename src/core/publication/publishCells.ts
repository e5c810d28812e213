/**
 * @module
 */
import { derivePublicationSystem } from "./derivePublicationSystem";
import { protectSuppression } from "./protectSuppression";
import type { CellSum, PublicationCell, PublicationMark } from "./publicationCell";

/** The marks of a published report, and the tables hidden whole. */
export interface PublishedCells {
  /** Cell id → its mark; absent: shown. */
  readonly marks: Map<string, PublicationMark>;
  readonly wholeTables: ReadonlySet<string>;
}

/**
 * Publication mode over a report's cells: the relations between them, the audit and the extra
 * hidden counts (`derivePublicationSystem`, `protectSuppression`), as one mark per hidden cell. A
 * count keeps "<5" when it is small and is "–*" when hidden to protect another; a mean or share
 * keeps its primary mark, and is hidden in a table hidden whole. Counts that are not about
 * persons are never marked.
 *
 * @param cells - every published value, with its primary mark
 * @param sums - the sums the tables show
 * @param threshold - the publication threshold
 * @returns the marks and the tables hidden whole
 *
 * @example
 * publishCells(cells, sums, 5).marks.get("0:5:current") //=> "small"
 */
export function publishCells(
  cells: readonly PublicationCell[],
  sums: readonly CellSum[],
  threshold: number
): PublishedCells {
  const system = derivePublicationSystem(cells, sums, threshold);
  const outcome = protectSuppression(system.variables, system.constraints);
  const pattern = { hidden: outcome.suppressed, wholeTables: new Set(outcome.wholeGroups) };
  // A count is hidden in every table it is shown in, also where that table's row does not count
  // persons (the help questions of the first table are the Totaal of the domain table).
  const persons = new Set<string>();
  const smallOnes = new Set<string>();
  for (const cell of cells) {
    const variable = system.variableOf.get(cell.id);
    if (variable === undefined) continue;
    if (cell.kind === "persons") persons.add(variable);
    if (cell.primary === "small") smallOnes.add(variable);
  }
  const marks = new Map<string, PublicationMark>();
  for (const cell of cells) {
    const variable = system.variableOf.get(cell.id);
    if (variable !== undefined) {
      if (pattern.hidden.has(variable) && persons.has(variable))
        marks.set(cell.id, smallOnes.has(variable) ? "small" : "hidden");
    } else if (cell.primary !== undefined) marks.set(cell.id, cell.primary);
    else if (pattern.wholeTables.has(cell.table) && cell.kind !== "count")
      marks.set(cell.id, "hidden");
  }
  return { marks, wholeTables: pattern.wholeTables };
}

/**
 * Half the step a value of a format is shown to: whole counts and days 0.5, 0,1% 0.0005, a
 * score with one decimal 0.05.
 *
 * @param decimals - the decimals the format shows (of the percentage, for a share)
 * @param percent - whether the value is a fraction shown as a percentage
 * @returns half a step
 *
 * @example
 * displayHalfStep(1, true) //=> 0.0005
 */
export function displayHalfStep(decimals: number, percent: boolean): number {
  return 0.5 / 10 ** (decimals + (percent ? 2 : 0));
}
