/**
 * What a measure computes, as data: which cases relative to the period, an optional condition,
 * the inputs whose unusable value leaves a case out, and how the cases become a number.
 *
 * @module
 */
import type { CaseSetId } from "./caseSets";
import type { CaseValueId } from "./caseValues";
import type { ConditionId } from "./caseConditions";

/**
 * How a measure turns its cases into a number:
 * - `count`: the number of cases (n = the count);
 * - `distinctClients`: the number of distinct clients among them (cases without one left out);
 * - `sum`: the sum of a value (n = the cases with a value);
 * - `mean`: the mean of a value over the cases that have one (null when none; a share is the
 *   mean of a 0/1 value).
 */
export type Aggregate =
  | { readonly kind: "count" }
  | { readonly kind: "distinctClients" }
  | { readonly kind: "sum"; readonly value: CaseValueId }
  | { readonly kind: "mean"; readonly value: CaseValueId };

/**
 * Which cases of a period a measure takes: a case set, an optional condition, and the inputs
 * (besides those of the set, the condition and the value) whose unusable value leaves a case out.
 */
export interface CaseSelection {
  readonly cases: CaseSetId;
  readonly where?: ConditionId;
  /** FieldBits whose unusable value leaves the case out. */
  readonly inputs: number;
}

/**
 * A measure's rule: its cases (one selection, or several of which a case needs to meet one:
 * it then counts once) and its aggregate.
 *
 * @example
 * const meanWaitDays: MeasureRule = {
 *   select: { cases: "intake", inputs: 0 },
 *   aggregate: { kind: "mean", value: "waitDays" },
 * };
 */
export interface MeasureRule {
  readonly select: CaseSelection | readonly CaseSelection[];
  readonly aggregate: Aggregate;
}
