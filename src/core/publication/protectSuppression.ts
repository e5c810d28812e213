import type {
  AuditConstraint,
  AuditVariable,
  ProtectSuppressionOptions,
  ProtectedSuppression,
} from "./auditTypes";

/**
 * Adds secondary suppressions until the audit passes (greedy, τ-ARGUS style).
 */
export function protectSuppression(
  variables: readonly AuditVariable[],
  constraints: readonly AuditConstraint[],
  options: ProtectSuppressionOptions = {}
): ProtectedSuppression {
  void variables;
  void constraints;
  void options;
  throw new Error("not implemented yet");
}
