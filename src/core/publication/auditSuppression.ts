import { auditPattern } from "./auditPattern";
import { indexAuditSystem } from "./auditSystem";
import type { AuditConstraint, AuditInterval, AuditVariable } from "./auditTypes";

/**
 * Audits a suppression pattern as an attacker would: for every suppressed published variable,
 * the least and greatest value it can take under all the relations (two linear programs), with
 * every visible variable fixed at its value, suppressed ones within their mark (else their
 * a-priori bounds) and auxiliaries within their bounds. Integer variables' ranges are rounded
 * inwards. A variable passes when its range is at least `required` wide and not a single value.
 *
 * Only hidden variables linked by relations are solved together (components), so a report's
 * many small tables stay many small LPs.
 *
 * @param variables - published cells and auxiliary quantities, with their true values
 * @param constraints - the linear relations a reader knows
 * @returns per suppressed published variable id: its range and whether it passes
 * @throws {RangeError} when the relations do not hold at the true values, a value lies outside
 *   its bounds or mark, or a relation names an unknown variable (the message names the relation)
 *
 * @example
 * // behandeld 40 and lopend 37 visible, afgesloten "<5" hidden: 40 − 37 = 3 exactly
 * const cell = { lower: 0, upper: Infinity, integer: true, required: 3, cost: 1, groups: ["T"] };
 * auditSuppression(
 *   [
 *     { ...cell, id: "behandeld", value: 40, published: true, suppressed: false },
 *     { ...cell, id: "lopend", value: 37, published: true, suppressed: false },
 *     { ...cell, id: "afgesloten", value: 3, published: true, suppressed: true, mark: { lower: 1, upper: 4 } },
 *   ],
 *   [{ terms: [{ variable: "behandeld", coefficient: 1 }, { variable: "lopend", coefficient: -1 },
 *     { variable: "afgesloten", coefficient: -1 }], lower: 0, upper: 0, origin: "Behandeld = lopend + afgesloten" }]
 * ).get("afgesloten") // { min: 3, max: 3, passes: false, exact: true }
 */
export function auditSuppression(
  variables: readonly AuditVariable[],
  constraints: readonly AuditConstraint[]
): Map<string, AuditInterval> {
  const system = indexAuditSystem(variables, constraints);
  const suppressed = variables.map((v) => v.published && v.suppressed);
  const targets = variables.flatMap((_, i) => (suppressed[i] ? [i] : []));
  const audit = auditPattern(system, suppressed, targets);
  return new Map(targets.map((t) => [variables[t]!.id, audit.get(t)!]));
}
