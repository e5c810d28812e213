import type { AuditConstraint, AuditVariable } from "../../../src/core";

/** A published count: visible unless `mark` is given (then a primary suppression "<5": 1..4). */
export function count(
  id: string,
  value: number,
  extra: Partial<AuditVariable> & { hidden?: { lower: number; upper: number } | true } = {}
): AuditVariable {
  const { hidden, ...rest } = extra;
  return {
    id,
    value,
    lower: 0,
    upper: Infinity,
    published: true,
    suppressed: hidden !== undefined,
    ...(hidden !== undefined && hidden !== true ? { mark: hidden } : {}),
    required: 1,
    integer: true,
    cost: value,
    groups: ["Tabel"],
    ...rest,
  };
}

/** total = Σ parts, as an equality. */
export function sum(total: string, parts: readonly string[], origin: string): AuditConstraint {
  return {
    terms: [
      { variable: total, coefficient: 1 },
      ...parts.map((variable) => ({ variable, coefficient: -1 })),
    ],
    lower: 0,
    upper: 0,
    origin,
  };
}

/** lower ≤ Σ coefficient × variable ≤ upper. */
export function linear(
  terms: readonly (readonly [string, number])[],
  lower: number,
  upper: number,
  origin: string
): AuditConstraint {
  return {
    terms: terms.map(([variable, coefficient]) => ({ variable, coefficient })),
    lower,
    upper,
    origin,
  };
}
