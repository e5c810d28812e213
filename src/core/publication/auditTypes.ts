/**
 * One value in the linear system an attacker solves: a published cell, or an auxiliary quantity
 * behind it (the sum of ratings behind a mean) that is never shown.
 *
 * @example
 * const closed: AuditVariable = {
 *   id: "closed", value: 3, lower: 0, upper: Infinity, published: true, suppressed: true,
 *   mark: { lower: 1, upper: 4 }, required: 5, integer: true, cost: 3, groups: ["Kerncijfers"],
 * };
 */
export interface AuditVariable {
  readonly id: string;
  /** The true value (the auditor knows it). */
  readonly value: number;
  /** What any reader knows a priori: a count is at least 0, a sum of n ratings at least n. */
  readonly lower: number;
  /** May be Infinity. */
  readonly upper: number;
  /** False for an auxiliary quantity that is never shown (the sum of ratings behind a mean). */
  readonly published: boolean;
  /** Published and hidden (by the primary rule, or by an earlier secondary suppression). */
  readonly suppressed: boolean;
  /** What the shown mark says of a suppressed value ("<5": 1..4); without it, [lower, upper]. */
  readonly mark?: { readonly lower: number; readonly upper: number };
  /** A suppressed variable passes when its audited range (max − min) is at least this and > 0. */
  readonly required: number;
  /** Counts: the attacker's interval is rounded inwards (min up, max down). */
  readonly integer: boolean;
  /** Information lost when suppressed as a secondary cell; Infinity: never suppress it. */
  readonly cost: number;
  /** The tables it is shown in (a table that cannot be protected is suppressed whole). */
  readonly groups: readonly string[];
}

/** One term of a constraint: coefficient × variable. */
export interface AuditTerm {
  readonly variable: string;
  readonly coefficient: number;
}

/**
 * A linear relation between values a reader knows: lower ≤ Σ coefficient × variable ≤ upper
 * (an equality when lower === upper).
 *
 * @example
 * // behandeld = lopend + afgesloten
 * const stockFlow: AuditConstraint = {
 *   terms: [
 *     { variable: "active", coefficient: 1 },
 *     { variable: "openAtEnd", coefficient: -1 },
 *     { variable: "closed", coefficient: -1 },
 *   ],
 *   lower: 0, upper: 0, origin: "Behandeld = lopend + afgesloten",
 * };
 */
export interface AuditConstraint {
  readonly terms: readonly AuditTerm[];
  readonly lower: number;
  readonly upper: number;
  /** Where the relation comes from, for messages ("Totaal van tabel Type trajecten"). */
  readonly origin: string;
}

/** The range an attacker can narrow a suppressed value to, and whether it is wide enough. */
export interface AuditInterval {
  readonly min: number;
  readonly max: number;
  readonly passes: boolean;
  /**
   * False when the range is the LP relaxation's (rounded inwards) on a component too large for
   * whole-number optimisation and the relaxation's optimum was fractional: an attacker who
   * solves the integer problem may narrow such a cell further.
   */
  readonly exact: boolean;
}

/** The audit of a suppression pattern: one interval per suppressed published variable. */
export type AuditResult = ReadonlyMap<string, AuditInterval>;

/** Options of {@link protectSuppression}. */
export interface ProtectSuppressionOptions {
  /** Rounds of single-cell protection before falling back to whole tables (default: no limit; it terminates anyway). */
  readonly maxRounds?: number;
}

/** The outcome of {@link protectSuppression}. */
export interface ProtectedSuppression {
  /** Primary plus secondary suppressions (including cells of whole suppressed tables). */
  readonly suppressed: ReadonlySet<string>;
  /** Variables suppressed as secondary cells, in the order chosen. */
  readonly secondary: readonly string[];
  /** Groups (tables) suppressed whole because no single cell could protect them. */
  readonly wholeGroups: readonly string[];
  /**
   * Cells whose rule not even hiding every other cell could meet (what the "<5" marks say
   * together narrows them), with the width they were protected to instead: the widest that
   * hiding can give.
   */
  readonly relaxed: ReadonlyMap<string, number>;
  /** The audit of the primary suppressions under the final pattern. */
  readonly audit: AuditResult;
}
