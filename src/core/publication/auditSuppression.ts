import type { AuditConstraint, AuditResult, AuditVariable } from "./auditTypes";

/**
 * Audits a suppression pattern: for every suppressed published variable, the least and greatest
 * value it can take over all constraints (linear programming), with every visible variable fixed
 * at its value, suppressed ones within their mark (else their a-priori bounds) and auxiliaries
 * within their bounds.
 *
 * @throws {RangeError} when the constraints contradict the true values (names the constraint)
 */
export function auditSuppression(
  variables: readonly AuditVariable[],
  constraints: readonly AuditConstraint[]
): AuditResult {
  void variables;
  void constraints;
  throw new Error("not implemented yet");
}
