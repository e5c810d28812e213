/**
 * Conditions on a case that a measure can add to its case set: the plain rule over one case
 * ({@link meetsCondition}, the reference) and the column version ({@link conditionColumn}).
 *
 * @module
 */
import { FieldBit, type CaseTable } from "../types";
import type { CaseRecord } from "../measures/caseRecords";

/**
 * - `informationAdvice`: the case type is information and advice (IA);
 * - `resolvedDirectly`: the case was resolved directly (yes).
 */
export type ConditionId = "informationAdvice" | "resolvedDirectly";

/** The fields each condition reads: an unusable value in one of them leaves the case out. */
export const CONDITION_INPUTS: Readonly<Record<ConditionId, number>> = {
  informationAdvice: FieldBit.caseType,
  resolvedDirectly: FieldBit.resolvedDirectly,
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
export function meetsCondition(id: ConditionId, c: CaseRecord): boolean {
  switch (id) {
    case "informationAdvice":
      return c.caseType === "IA";
    case "resolvedDirectly":
      return c.resolvedDirectly === true;
  }
}

/**
 * The column version of {@link meetsCondition}.
 *
 * @param table - The case table.
 * @param id - The condition.
 * @returns 1 for each case that meets it, else 0.
 * @example
 * conditionColumn(table, "resolvedDirectly")[0]; //=> 1 or 0
 */
export function conditionColumn(table: CaseTable, id: ConditionId): Uint8Array {
  const out = new Uint8Array(table.size);
  switch (id) {
    case "informationAdvice": {
      const { codes, labels } = table.caseType;
      const ia = labels.indexOf("IA");
      if (ia >= 0) for (let i = 0; i < table.size; i++) out[i] = +(codes[i] === ia);
      break;
    }
    case "resolvedDirectly": {
      const answers = table.resolvedDirectly;
      for (let i = 0; i < table.size; i++) out[i] = +(answers[i] === 1);
      break;
    }
  }
  return out;
}
