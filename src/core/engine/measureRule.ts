/**
 * What a measure computes, as data: which units it counts (the cases, or the rows of another
 * table), which of them relative to the period, an optional condition, the inputs whose
 * unusable value leaves a case out, and how the units become a number.
 *
 * @module
 */
import type { CaseSetId } from "./caseSets";
import type { CaseValueId } from "./caseValues";
import type { ConditionId } from "./caseConditions";
import type { RowKeyId, RowTableId, RowValueId } from "./rowTables";

/**
 * How a measure turns its cases into a number:
 * - `count`: the number of cases (n = the count);
 * - `distinctClients`: the number of distinct clients among them (cases without one left out);
 * - `sum`: the sum of a value (n = the cases with a value);
 * - `mean`: the mean of a value over the cases that have one (null when none; a share is the
 *   mean of a 0/1 value);
 * - `share`: the share of the cases that meet a condition (n = all the cases; null when none);
 * - `meanOverMonths`: the mean over the calendar months of the period, each clipped to the
 *   period, of the number of cases the selection takes in the month (n = those numbers added
 *   up). With `waitingAtEnd` that is the mean number waiting at each month's end, a month
 *   that ends after the period's end counting at the period's end (De Badde's aanmeldlijst).
 *   Like a count it adds up over groups.
 */
export type Aggregate =
  | { readonly kind: "count" }
  | { readonly kind: "meanOverMonths" }
  | { readonly kind: "distinctClients" }
  | { readonly kind: "sum"; readonly value: CaseValueId }
  | { readonly kind: "mean"; readonly value: CaseValueId }
  | { readonly kind: "share"; readonly where: ConditionId };

/**
 * A case set a selection names: one of {@link CaseSetId}, or `recidiveStart`, the cases whose
 * recidive start (SPEC §5, by the recidive option `startField`) is in the period: `started`
 * for startField "startedOn", `registered` for "registeredOn" (see `resolveCaseSet`).
 */
export type SelectedCaseSet = CaseSetId | "recidiveStart";

/**
 * Which cases of a period a measure takes: a case set, an optional condition, and the inputs
 * (besides those of the set, the condition and the value) whose unusable value leaves a case out.
 */
export interface CaseSelection {
  readonly cases: SelectedCaseSet;
  readonly where?: ConditionId;
  /** FieldBits whose unusable value leaves the case out. */
  readonly inputs: number;
}

/**
 * A measure over the cases: its cases (one selection, or several of which a case needs to
 * meet one: it then counts once) and its aggregate.
 *
 * @example
 * const meanWaitDays: MeasureRule = {
 *   select: { cases: "intake", inputs: 0 },
 *   aggregate: { kind: "mean", value: "waitDays" },
 * };
 */
export interface CaseMeasureRule {
  readonly over?: undefined;
  readonly select: CaseSelection | readonly CaseSelection[];
  readonly aggregate: Aggregate;
}

/**
 * How a measure over the rows of a table turns its rows into a number (as {@link Aggregate}),
 * and besides:
 * - `sumOrNull`: the sum of a value, null when no row has one (n = the rows with a value);
 * - `distinct`: the number of different keys among the rows (rows without one left out; a
 *   key in several groups counts once in each and once in the total).
 */
export type RowAggregate =
  | { readonly kind: "count" }
  | { readonly kind: "sum"; readonly value: RowValueId }
  | { readonly kind: "sumOrNull"; readonly value: RowValueId }
  | { readonly kind: "mean"; readonly value: RowValueId }
  | { readonly kind: "distinct"; readonly key: RowKeyId };

/**
 * A measure over the rows of another table (see {@link RowTableId}). Its rows are those of a
 * table linked to cases whose case is in the selection (and the filter), or, with
 * `"dateInPeriod"`, those whose own date is in the period (the rows of a table that belongs to
 * no case: case filters do not apply to them).
 *
 * @example
 * const complaints: MeasureRule = {
 *   over: "complaints",
 *   select: "dateInPeriod",
 *   aggregate: { kind: "count" },
 * };
 */
export interface RowMeasureRule {
  readonly over: RowTableId;
  readonly select: CaseSelection | readonly CaseSelection[] | "dateInPeriod";
  readonly aggregate: RowAggregate;
}

/** A measure's rule: over the cases, or over the rows of another table. */
export type MeasureRule = CaseMeasureRule | RowMeasureRule;
