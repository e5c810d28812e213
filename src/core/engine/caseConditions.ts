/**
 * Conditions on a case that a measure can add to its case set: the plain rule over one case
 * ({@link meetsCondition}, the reference) and the column version ({@link conditionColumn}).
 * The conditions of the recidive rule, which depend on the recidive options, are in
 * `recidiveConditions`.
 *
 * @module
 */
import { FieldBit, type CaseTable } from "../types";
import type { CaseRecord } from "../measures/caseRecords";
import type { RecidiveConditionId } from "./recidiveConditions";

/**
 * The conditions that read one case only:
 * - `informationAdvice`: the case type is information and advice (IA);
 * - `resolvedDirectly`: the case was resolved directly (yes).
 */
export type CaseConditionId = "informationAdvice" | "resolvedDirectly";

/** Every condition: on one case, or of the recidive rule ({@link RecidiveConditionId}). */
export type ConditionId = CaseConditionId | RecidiveConditionId;

/**
 * The fields each condition reads: an unusable value in one of them leaves the case out. The
 * recidive conditions read none this way: the recidive rule says itself what an unusable
 * client number, start, end date or main-domain cell means.
 */
export const CONDITION_INPUTS: Readonly<Record<ConditionId, number>> = {
  informationAdvice: FieldBit.caseType,
  resolvedDirectly: FieldBit.resolvedDirectly,
  hasClient: 0,
  newClient: 0,
  recidive: 0,
  returning: 0,
  returningSeveral: 0,
  returningSameQuestion: 0,
  returningNewQuestions: 0,
};

/**
 * The plain rule.
 *
 * @param id - The condition.
 * @param c - The case.
 * @returns Whether the case meets it.
 * @example
 * meetsCondition("informationAdvice", { ...c, caseType: "IA" }); //=> true
 */
export function meetsCondition(id: CaseConditionId, c: CaseRecord): boolean {
  switch (id) {
    case "informationAdvice":
      return c.caseType === "IA";
    case "resolvedDirectly":
      return c.resolvedDirectly === true;
  }
}

/**
 * The column version of {@link meetsCondition}, over the cases of a selection only.
 *
 * @param table - The case table.
 * @param id - The condition.
 * @param cases - Case indices (a selection).
 * @returns Entry k: 1 when case `cases[k]` meets it, else 0.
 * @example
 * conditionColumn(table, "resolvedDirectly", Int32Array.of(0, 5)); //=> Uint8Array [1, 0]
 */
export function conditionColumn(
  table: CaseTable,
  id: CaseConditionId,
  cases: Int32Array
): Uint8Array {
  const out = new Uint8Array(cases.length);
  switch (id) {
    case "informationAdvice": {
      const { codes, labels } = table.caseType;
      const ia = labels.indexOf("IA");
      if (ia >= 0)
        for (let k = 0; k < cases.length; k++) out[k] = +(codes[cases[k] as number] === ia);
      break;
    }
    case "resolvedDirectly": {
      const answers = table.resolvedDirectly;
      for (let k = 0; k < cases.length; k++) out[k] = +(answers[cases[k] as number] === 1);
      break;
    }
  }
  return out;
}
