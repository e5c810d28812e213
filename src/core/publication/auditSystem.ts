import { AUDIT_MESSAGES } from "./auditMessages";
import type { AuditConstraint, AuditVariable } from "./auditTypes";

/** A validated audit system with variables and constraint terms indexed by position. */
export interface AuditSystem {
  readonly variables: readonly AuditVariable[];
  readonly constraints: readonly AuditConstraint[];
  /** Per constraint: [variable index, coefficient] pairs. */
  readonly rows: readonly (readonly (readonly [number, number])[])[];
  /** Per variable: the constraints it occurs in. */
  readonly rowsOf: readonly (readonly number[])[];
  readonly indexOf: ReadonlyMap<string, number>;
}

/** Relative tolerance for checking relations against the true values. */
const TOLERANCE = 1e-9;

/**
 * The bounds an attacker knows for a hidden variable: its mark when it is a primary suppression
 * with a mark, else its a-priori bounds; rounded inwards for integers.
 *
 * @example
 * hiddenBounds({ lower: 0, upper: Infinity, integer: true, mark: { lower: 1, upper: 4 } }, true) // [1, 4]
 */
export function hiddenBounds(
  variable: Pick<AuditVariable, "lower" | "upper" | "integer" | "mark">,
  useMark: boolean
): readonly [number, number] {
  let lower = variable.lower;
  let upper = variable.upper;
  if (useMark && variable.mark !== undefined) {
    lower = Math.max(lower, variable.mark.lower);
    upper = Math.min(upper, variable.mark.upper);
  }
  return variable.integer ? [Math.ceil(lower), Math.floor(upper)] : [lower, upper];
}

/**
 * Indexes variables and constraints and checks that the constraints hold at the true values
 * and that every value lies within its bounds (and its mark): the system must describe the
 * truth, or the audit would certify nonsense.
 *
 * @throws {RangeError} on a duplicate id, an unknown variable, a value outside its bounds, or a
 *   relation the true values break (the message names the relation's origin)
 *
 * @example
 * indexAuditSystem([a, b, total], [{ terms: [...], lower: 0, upper: 0, origin: "Totaal" }]).rows
 */
export function indexAuditSystem(
  variables: readonly AuditVariable[],
  constraints: readonly AuditConstraint[]
): AuditSystem {
  const indexOf = new Map<string, number>();
  variables.forEach((v, i) => {
    if (indexOf.has(v.id)) throw new RangeError(AUDIT_MESSAGES.duplicateVariable(v.id));
    indexOf.set(v.id, i);
    const [lower, upper] = hiddenBounds(v, v.suppressed);
    if (!(
      v.value >= lower - TOLERANCE * Math.abs(v.value) &&
      v.value <= upper + TOLERANCE * Math.abs(v.value)
    )) {
      throw new RangeError(AUDIT_MESSAGES.valueOutsideBounds(v.id));
    }
  });
  const rowsOf: number[][] = variables.map(() => []);
  const rows = constraints.map((constraint, r) => {
    let sum = 0;
    let scale = 1;
    const row = constraint.terms.map((term): readonly [number, number] => {
      const i = indexOf.get(term.variable);
      if (i === undefined) {
        throw new RangeError(AUDIT_MESSAGES.unknownVariable(term.variable, constraint.origin));
      }
      const product = term.coefficient * variables[i]!.value;
      sum += product;
      scale = Math.max(scale, Math.abs(product));
      if (rowsOf[i]!.at(-1) !== r) rowsOf[i]!.push(r);
      return [i, term.coefficient];
    });
    const slack = TOLERANCE * scale;
    if (sum < constraint.lower - slack || sum > constraint.upper + slack) {
      throw new RangeError(AUDIT_MESSAGES.violatedConstraint(constraint.origin, sum));
    }
    return row;
  });
  return { variables, constraints, rows, rowsOf, indexOf };
}
