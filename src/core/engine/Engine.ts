/**
 * The engine of one dataset: it owns every column it derives from the dataset (case sets per
 * period, conditions, values), so that the KPIs of a report share them, and nothing is kept
 * anywhere else. Drop the engine and its caches go with it.
 *
 * @module
 */
import type { Dataset, Period } from "../types";
import { CASE_SET_INPUTS, markCaseSet, type CaseSetId } from "./caseSets";
import { CONDITION_INPUTS, conditionColumn, type ConditionId } from "./caseConditions";
import { caseValueColumn, PERIOD_DEPENDENT_VALUES, type CaseValueId } from "./caseValues";
import type { CaseSelection } from "./measureRule";

const periodKey = (period: Period): string => `${period.start}:${period.end}`;

/**
 * The engine of one dataset.
 *
 * @example
 * const engine = new Engine(dataset);
 * evaluateMeasure(engine, rule, [period, previousYearPeriod(period)], undefined, null);
 */
export class Engine {
  private readonly caseSets = new Map<string, Uint8Array>();
  private readonly conditions = new Map<ConditionId, Uint8Array>();
  private readonly values = new Map<string, Float64Array>();
  private readonly selections = new Map<string, Uint8Array>();
  private readonly derived = new Map<string, unknown>();

  /** @param dataset - The parsed dataset. */
  constructor(readonly dataset: Dataset) {}

  /**
   * The cases of a case set in a period (see {@link markCaseSet}).
   *
   * @param set - The case set.
   * @param period - The period.
   * @returns 1 for each case in the set.
   * @example
   * engine.caseSet("closed", period);
   */
  caseSet(set: CaseSetId, period: Period): Uint8Array {
    const key = `${set}|${periodKey(period)}`;
    let marks = this.caseSets.get(key);
    if (marks === undefined) {
      marks = markCaseSet(this.dataset.cases, set, period);
      this.caseSets.set(key, marks);
    }
    return marks;
  }

  /**
   * The cases that meet a condition (see {@link conditionColumn}).
   *
   * @param id - The condition.
   * @returns 1 for each case that meets it.
   * @example
   * engine.condition("informationAdvice");
   */
  condition(id: ConditionId): Uint8Array {
    let column = this.conditions.get(id);
    if (column === undefined) {
      column = conditionColumn(this.dataset.cases, id);
      this.conditions.set(id, column);
    }
    return column;
  }

  /**
   * A value of every case (see {@link caseValueColumn}).
   *
   * @param id - The value.
   * @param period - The period (used by period-dependent values only).
   * @returns One value per case, NaN for none.
   * @example
   * engine.caseValue("waitDays", period);
   */
  caseValue(id: CaseValueId, period: Period): Float64Array {
    const key = PERIOD_DEPENDENT_VALUES.has(id) ? `${id}|${periodKey(period)}` : id;
    let column = this.values.get(key);
    if (column === undefined) {
      column = caseValueColumn(this.dataset.cases, id, period);
      this.values.set(key, column);
    }
    return column;
  }

  /**
   * The cases of a period a measure takes: in one of the selections, meeting its condition and
   * with no unusable value among its inputs.
   *
   * @param select - One selection, or several of which a case meets at least one.
   * @param period - The period.
   * @returns 1 for each case taken.
   * @example
   * engine.selection({ cases: "started", inputs: 0 }, period);
   */
  selection(select: CaseSelection | readonly CaseSelection[], period: Period): Uint8Array {
    const parts: readonly CaseSelection[] = Array.isArray(select)
      ? select
      : [select as CaseSelection];
    const key = `${parts.map((s) => `${s.cases}/${s.where ?? ""}/${s.inputs}`).join("+")}|${periodKey(period)}`;
    let marks = this.selections.get(key);
    if (marks === undefined) {
      const table = this.dataset.cases;
      marks = new Uint8Array(table.size);
      for (const part of parts) {
        const set = this.caseSet(part.cases, period);
        const where = part.where === undefined ? null : this.condition(part.where);
        const inputs =
          part.inputs |
          CASE_SET_INPUTS[part.cases] |
          (part.where === undefined ? 0 : CONDITION_INPUTS[part.where]);
        const invalid = table.invalid;
        for (let i = 0; i < table.size; i++) {
          if (
            set[i] === 1 &&
            (where === null || where[i] === 1) &&
            ((invalid[i] as number) & inputs) === 0
          )
            marks[i] = 1;
        }
      }
      this.selections.set(key, marks);
    }
    return marks;
  }

  /**
   * Anything else derived from the dataset alone (a breakdown, a column of ages), made once:
   * the key names what `make` computes, so one key must always stand for one computation.
   *
   * @param key - What is derived, with every parameter it depends on ("ageBand|0,18,65").
   * @param make - Computes it.
   * @returns The derived value, made on the first call with this key.
   * @example
   * engine.derive("ratingClass", () => ratingClassDimension(engine.dataset.cases));
   */
  derive<T>(key: string, make: () => T): T {
    if (!this.derived.has(key)) this.derived.set(key, make());
    return this.derived.get(key) as T;
  }
}
