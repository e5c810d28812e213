/**
 * @module
 */
import type { AuditConstraint } from "./auditTypes";
import { derivePublicationSystem, type PublicationSystem } from "./derivePublicationSystem";
import { protectSuppression } from "./protectSuppression";
import type { CellSum, PublicationCell, PublicationMark } from "./publicationCell";

/** The marks of a published report, and the tables hidden whole. */
export interface PublishedCells {
  /** Cell id → its mark; absent: shown. */
  readonly marks: Map<string, PublicationMark>;
  readonly wholeTables: ReadonlySet<string>;
  /**
   * Hidden counts the rule could not be met for (what the "<5" marks say together narrows
   * them), by variable id: the width they keep, the widest hiding can give; 0 when none.
   */
  readonly narrowed: ReadonlyMap<string, number>;
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
  // A count that hiding other counts cannot protect to the rule is protected by hiding the
  // means and shares whose rounding narrows it (the mean rating over a Klantoordeel table).
  const hiddenRatios = new Set<string>();
  let constraints = system.constraints;
  let outcome = protectSuppression(system.variables, constraints);
  for (let round = 0; round < 3; round++) {
    const weak = [...outcome.audit]
      .filter(([id, interval]) => !interval.passes || outcome.relaxed.has(id))
      .map(([id]) => id);
    const drop = ratiosNear(weak, outcome.suppressed, system, constraints, hiddenRatios);
    if (drop.length === 0) break;
    for (const cell of drop) hiddenRatios.add(cell);
    const dropped = new Set(drop.flatMap((cell) => system.ratios.get(cell) ?? []));
    constraints = constraints.filter((c) => !dropped.has(c));
    outcome = protectSuppression(system.variables, constraints);
  }
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
    else if (hiddenRatios.has(cell.id)) marks.set(cell.id, "hidden");
    else if (pattern.wholeTables.has(cell.table) && cell.kind !== "count")
      marks.set(cell.id, "hidden");
  }
  const narrowed = new Map(outcome.relaxed);
  for (const [id, interval] of outcome.audit) if (!interval.passes) narrowed.set(id, 0);
  return { marks, wholeTables: pattern.wholeTables, narrowed };
}

/**
 * The shown means and shares whose relations reach the weak cells through hidden values (and
 * unpublished stocks): hiding them takes those relations away.
 */
function ratiosNear(
  weak: readonly string[],
  hidden: ReadonlySet<string>,
  system: PublicationSystem,
  constraints: readonly AuditConstraint[],
  already: ReadonlySet<string>
): string[] {
  if (weak.length === 0) return [];
  const published = new Set(system.variables.filter((v) => v.published).map((v) => v.id));
  const open = (id: string): boolean => hidden.has(id) || !published.has(id);
  const byVariable = new Map<string, AuditConstraint[]>();
  for (const c of constraints)
    for (const { variable } of c.terms)
      byVariable.set(variable, [...(byVariable.get(variable) ?? []), c]);
  const reached = new Set<string>(weak);
  const queue = [...weak];
  for (let next = queue.pop(); next !== undefined; next = queue.pop())
    for (const c of byVariable.get(next) ?? [])
      for (const { variable } of c.terms)
        if (open(variable) && !reached.has(variable)) {
          reached.add(variable);
          queue.push(variable);
        }
  return [...system.ratios]
    .filter(
      ([cell, list]) =>
        !already.has(cell) && list.some((c) => c.terms.some((t) => reached.has(t.variable)))
    )
    .map(([cell]) => cell);
}
