/**
 * The conditions of the recidive rule (SPEC §5) on a case: the plain rule over the case records
 * ({@link meetsRecidiveCondition}, the reference) and the column version
 * ({@link recidiveConditionColumn}), which reads the per-case standings (`recidiveStandings`). They do not
 * depend on the period: whether a case is recidive depends on its own start, not on the period
 * it is counted in; a measure puts them on the case set `recidiveStart`.
 *
 * @module
 */
import type { CaseRecord } from "../measures/caseRecords";
import { judgeRecidive } from "../measures/reference/recidiveCases";
import type { RecidiveOptions } from "../types";
import type { ConditionId } from "./caseConditions";
import { RecidiveStanding } from "./recidiveStandings";

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

/** The bits a condition tests, and what they must be (see {@link RecidiveStanding}). */
function standingTest(id: RecidiveConditionId, sameDomain: boolean): [mask: number, want: number] {
  const { hasClient, newClient, returning, several, sharesDomain } = RecidiveStanding;
  switch (id) {
    case "hasClient":
      return [hasClient, hasClient];
    case "newClient":
      return [newClient, newClient];
    case "recidive":
      return sameDomain
        ? [returning | sharesDomain, returning | sharesDomain]
        : [returning, returning];
    case "returning":
      return [returning, returning];
    case "returningSeveral":
      return [returning | several, returning | several];
    case "returningSameQuestion":
      return [returning | sharesDomain, returning | sharesDomain];
    case "returningNewQuestions":
      return [returning | sharesDomain, returning];
  }
}

/**
 * The column version of {@link meetsRecidiveCondition} over the cases of a selection only, from
 * the standings of the options' start field and minimum gap (see {@link recidiveStandings},
 * which the engine works out once per table): a test of each case's bits.
 *
 * @param id - The condition.
 * @param options - The recidive options (`sameDomain` for `recidive`).
 * @param standings - The standings of `options.startField` and `options.minGapMonths`.
 * @param cases - Case indices (a selection).
 * @returns Entry k: 1 when case `cases[k]` meets it, else 0.
 * @example
 * const standings = recidiveStandings(table, computeRecidiveFacts(table, "startedOn"), 6);
 * recidiveConditionColumn("recidive", DEFAULT_RECIDIVE_OPTIONS, standings, started);
 */
export function recidiveConditionColumn(
  id: RecidiveConditionId,
  options: RecidiveOptions,
  standings: Uint8Array,
  cases: Int32Array
): Uint8Array {
  const out = new Uint8Array(cases.length);
  const [mask, want] = standingTest(id, options.sameDomain);
  for (let k = 0; k < cases.length; k++)
    out[k] = +(((standings[cases[k] as number] as number) & mask) === want);
  return out;
}
