/**
 * @module
 */
import type { PublicationSystem } from "./derivePublicationSystem";
import { protectSuppression } from "./protectSuppression";

/** Which counts a published report hides, and the tables it hides whole. */
export interface ProtectedPattern {
  /** Variable ids of the hidden counts. */
  readonly hidden: ReadonlySet<string>;
  /** Tables (groups) hidden whole. */
  readonly wholeTables: ReadonlySet<string>;
}

/**
 * The suppression pattern of a report: `protectSuppression` over its system, and then, for a
 * hidden count the audit still finds too narrow (no pattern of single cells protects it), every
 * table it is shown in hidden whole, so that no output shows a number that gives it away.
 *
 * @param system - the report's variables and relations (`derivePublicationSystem`)
 * @returns the hidden counts and the tables hidden whole
 *
 * @example
 * protectedPattern(derivePublicationSystem(cells, sums, 5)).hidden.has("closed|@45292..45565#3")
 */
export function protectedPattern(system: PublicationSystem): ProtectedPattern {
  const outcome = protectSuppression(system.variables, system.constraints);
  const wholeTables = new Set(outcome.wholeGroups);
  const byId = new Map(system.variables.map((v) => [v.id, v]));
  for (const [id, interval] of outcome.audit)
    if (!interval.passes) for (const table of byId.get(id)?.groups ?? []) wholeTables.add(table);
  const hidden = new Set(outcome.suppressed);
  for (const variable of system.variables)
    if (variable.published && variable.groups.some((g) => wholeTables.has(g)))
      hidden.add(variable.id);
  return { hidden, wholeTables };
}
