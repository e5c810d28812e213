/**
 * What a KPI calculation takes besides the engine and the period (filters, recidive options)
 * and what it gives (a value with its n).
 *
 * @module
 */
import type { CaseFilter, RecidiveOptions } from "../types";

/** Options of every KPI calculation. */
export interface KpiOptions {
  /** Keep only cases passing every filter (SPEC §4 "every KPI can be restricted by a filter"). */
  readonly filters?: readonly CaseFilter[];
  /** Recidive parameters (SPEC §5); missing members take the defaults. */
  readonly recidive?: Partial<RecidiveOptions>;
}

/** A KPI value with the number of cases (or case × domain pairs, or rows) it was computed over. */
export interface KpiResult {
  /** The value; null when it cannot be computed (unmapped input, absent table, no case qualifies for a mean or rate). */
  readonly value: number | null;
  /** For counts the count itself; for means and rates the size of the base (the n of publication mode). */
  readonly n: number;
}

/**
 * A KPI result for a count: the n is the count itself.
 *
 * @param count - The count.
 * @returns `{ value: count, n: count }`.
 * @example
 * countResult(12) // { value: 12, n: 12 }
 */
export function countResult(count: number): KpiResult {
  return { value: count, n: count };
}

/**
 * A KPI result for a mean or rate: null when nothing qualifies (SPEC §4: means are null, not 0).
 *
 * @param sum - The sum of the values (or the count of hits for a rate).
 * @param n - The number of values (the base).
 * @returns `{ value: sum / n, n }`, value null when n is 0.
 * @example
 * ratioResult(57, 3) // { value: 19, n: 3 }
 */
export function ratioResult(sum: number, n: number): KpiResult {
  return { value: n === 0 ? null : sum / n, n };
}

/** The result of a KPI that cannot be computed. */
export const UNAVAILABLE: KpiResult = Object.freeze({ value: null, n: 0 });
