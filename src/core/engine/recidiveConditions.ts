/**
 * The conditions of the recidive rule (SPEC §5) on a case: the plain rule over the case records
 * ({@link meetsRecidiveCondition}, the reference) and the column version
 * ({@link recidiveConditionColumn}), which reads the per-case recidive facts. They do not
 * depend on the period: whether a case is recidive depends on its own start, not on the period
 * it is counted in; a measure puts them on the case set `recidiveStart`.
 *
 * @module
 */
import type { CaseRecord } from "../measures/caseRecords";
import { judgeRecidive } from "../measures/reference/recidiveCases";
import { gapThresholds } from "../recidive/gapThresholds";
import type { RecidiveFacts } from "../recidive/recidiveFacts";
import { FieldBit, type CaseTable, type RecidiveOptions } from "../types";
import type { ConditionId } from "./caseConditions";

/**
 * - `hasClient`: the case has a usable client number and recidive start (it can be new or
 *   recidive at all);
 * - `newClient` ("nieuw"): the client had no earlier case (steps 2 fails);
 * - `recidive`: steps 2–5 pass;
 * - `returning`: steps 2–4 pass, whatever `sameDomain` says (the recidive breakdown's "recidive
 *   trajecten, elk hoofddomein", Mensenwerk Hogeland's "recidive casussen");
 * - `returningSeveral`: `returning`, and the client had two or more earlier cases ("waarvan
 *   meerdere voorgaande casussen");
 * - `returningSameQuestion`: `returning`, and the case shares a main domain with the previous
 *   case ("met een gelijke vraag"; what `recidive` is with `sameDomain` on);
 * - `returningNewQuestions`: `returning`, and it shares none, or its own main-domain cell is
 *   unusable ("alleen nieuwe vragen").
 *
 * The last three split `returning`: same question + new questions = returning.
 */
export type RecidiveConditionId =
  | "hasClient"
  | "newClient"
  | "recidive"
  | "returning"
  | "returningSeveral"
  | "returningSameQuestion"
  | "returningNewQuestions";

/** The recidive conditions. */
export const RECIDIVE_CONDITIONS: ReadonlySet<ConditionId> = new Set<ConditionId>([
  "hasClient",
  "newClient",
  "recidive",
  "returning",
  "returningSeveral",
  "returningSameQuestion",
  "returningNewQuestions",
]);

/**
 * Whether a condition is one of the recidive rule's.
 *
 * @param id - A condition id.
 * @returns True for a {@link RecidiveConditionId}.
 * @example
 * isRecidiveCondition("newClient"); //=> true
 */
export function isRecidiveCondition(id: ConditionId): id is RecidiveConditionId {
  return RECIDIVE_CONDITIONS.has(id);
}

/**
 * The recidive options a condition depends on, as a key: the start field for `hasClient` and
 * `newClient`, all three options for `recidive`, the start field and `minGapMonths` for the
 * `returning` conditions (they do not read `sameDomain`).
 *
 * @param id - The condition.
 * @param options - The recidive options.
 * @returns The key.
 * @example
 * recidiveConditionKey("newClient", DEFAULT_RECIDIVE_OPTIONS); //=> "newClient|startedOn"
 */
export function recidiveConditionKey(id: RecidiveConditionId, options: RecidiveOptions): string {
  switch (id) {
    case "hasClient":
    case "newClient":
      return `${id}|${options.startField}`;
    case "recidive":
      return `${id}|${options.startField}|${options.minGapMonths}|${options.sameDomain}`;
    default:
      return `${id}|${options.startField}|${options.minGapMonths}`;
  }
}

/**
 * The plain rule (see `judgeRecidive`).
 *
 * @param id - The condition.
 * @param c - The case.
 * @param cases - Every case of the table (its client's other cases are among them).
 * @param options - The recidive options.
 * @returns Whether the case meets it.
 * @example
 * meetsRecidiveCondition("newClient", c, data.cases, DEFAULT_RECIDIVE_OPTIONS); //=> true
 */
export function meetsRecidiveCondition(
  id: RecidiveConditionId,
  c: CaseRecord,
  cases: readonly CaseRecord[],
  options: RecidiveOptions
): boolean {
  const verdict = judgeRecidive(c, cases, options);
  switch (id) {
    case "hasClient":
      return verdict.standing !== "noClient";
    case "newClient":
      return verdict.standing === "new";
    case "recidive":
      return verdict.isRecidive;
    case "returning":
      return verdict.standing === "returning";
    case "returningSeveral":
      return verdict.standing === "returning" && verdict.earlierCases >= 2;
    case "returningSameQuestion":
      return verdict.standing === "returning" && verdict.sharesDomain;
    case "returningNewQuestions":
      return verdict.standing === "returning" && !verdict.sharesDomain;
  }
}

/**
 * Whether a case that passes steps 2–4 meets a condition that needs them, from its packed fact
 * and whether it shares a main domain with the previous case (its own cell usable).
 */
type ReturningTest = (fact: number, shares: boolean) => boolean;

function returningTest(
  id: Exclude<RecidiveConditionId, "hasClient" | "newClient">,
  sameDomain: boolean
): ReturningTest {
  switch (id) {
    case "recidive":
      return sameDomain ? (_fact, shares) => shares : () => true;
    case "returning":
      return () => true;
    case "returningSeveral":
      return (fact) => (fact & 4) !== 0;
    case "returningSameQuestion":
      return (_fact, shares) => shares;
    case "returningNewQuestions":
      return (_fact, shares) => !shares;
  }
}

/**
 * The column version of {@link meetsRecidiveCondition} over the cases of a selection only, from
 * the recidive facts of the options' start field (status bits 0–1, two or more earlier cases
 * bit 2, a shared domain bit 3, the previous case's end date bits 4–30; see `RecidiveFacts`). Step 4's threshold (the start minus
 * `minGapMonths` months) is looked up per day over the span of the selection's starts.
 *
 * @param table - The case table.
 * @param id - The condition.
 * @param facts - The recidive facts of `options.startField`.
 * @param options - The recidive options.
 * @param cases - Case indices (a selection).
 * @returns Entry k: 1 when case `cases[k]` meets it, else 0.
 * @example
 * recidiveConditionColumn(table, "recidive", computeRecidiveFacts(table, "startedOn"), DEFAULT_RECIDIVE_OPTIONS, started);
 */
export function recidiveConditionColumn(
  table: CaseTable,
  id: RecidiveConditionId,
  facts: RecidiveFacts,
  options: RecidiveOptions,
  cases: Int32Array
): Uint8Array {
  const out = new Uint8Array(cases.length);
  const { packed, startDay } = facts;
  switch (id) {
    case "hasClient":
      for (let k = 0; k < cases.length; k++)
        out[k] = +(((packed[cases[k] as number] as number) & 3) !== 0);
      break;
    case "newClient":
      for (let k = 0; k < cases.length; k++)
        out[k] = +(((packed[cases[k] as number] as number) & 3) === 1);
      break;
    default: {
      // Status 3 (every earlier case closed before the start) has a usable start.
      let first = Infinity;
      let last = -Infinity;
      for (let k = 0; k < cases.length; k++) {
        const i = cases[k] as number;
        if (((packed[i] as number) & 3) !== 3) continue;
        const s = startDay[i] as number;
        if (s < first) first = s;
        if (s > last) last = s;
      }
      if (first > last) break;
      const threshold = gapThresholds({ start: first, end: last }, options.minGapMonths);
      const { invalid } = table;
      const domainsBit = FieldBit.mainDomains;
      const meets = returningTest(id, options.sameDomain);
      for (let k = 0; k < cases.length; k++) {
        const i = cases[k] as number;
        const fact = packed[i] as number;
        if ((fact & 3) !== 3) continue;
        const gapPassed = fact >>> 4 <= (threshold[(startDay[i] as number) - first] as number);
        const shares = (fact & 8) !== 0 && ((invalid[i] as number) & domainsBit) === 0;
        out[k] = +(gapPassed && meets(fact, shares));
      }
      break;
    }
  }
  return out;
}
