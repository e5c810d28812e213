/**
 * The recidive rule of SPEC §5 for one case, stated plainly over the case records: what the
 * fast engine (`src/core/recidive/`) works out with packed facts and sorted tuples.
 *
 * @module
 */
import { subMonthsFromDay } from "../../dates/subMonthsFromDay";
import type { Day, RecidiveOptions } from "../../types";
import type { CaseRecord } from "../caseRecords";
import { isUnusable, usableDate, usableStart } from "./caseMemberships";

/**
 * Where a case stands under the recidive rule, independent of any period or filter:
 * - `noClient`: no usable client number (or no usable start): never recidive, never new;
 * - `new` ("nieuw"): the client has no earlier case;
 * - `reopened` ("heropening"): an earlier case was still open on the start, or the previous
 *   case closed less than `minGapMonths` months before it (steps 3–4 fail);
 * - `returning`: steps 2–4 pass; the case is recidive when step 5 passes too.
 */
export type RecidiveStanding = "noClient" | "new" | "reopened" | "returning";

/** The verdict of the recidive rule on one case. */
export interface RecidiveVerdict {
  readonly standing: RecidiveStanding;
  /** How many earlier cases the client had. */
  readonly earlierCases: number;
  /**
   * For a `returning` case: whether it shares a main domain with the previous case (and its
   * own main-domain cell is usable). False otherwise.
   */
  readonly sharesDomain: boolean;
  /** Steps 2–5: `returning`, and sharing a main domain when `sameDomain` is on. */
  readonly isRecidive: boolean;
}

/**
 * The day that counts as a case's start for recidive: its start (start date, else registration
 * date) or, with startField "registeredOn", its registration date; null when not usable.
 *
 * @param c - The case.
 * @param startField - The recidive option.
 * @returns The day or null.
 * @example
 * recidiveStart(c, "registeredOn") // c.registeredOn when usable
 */
export function recidiveStart(
  c: CaseRecord,
  startField: RecidiveOptions["startField"]
): Day | null {
  return startField === "registeredOn" ? usableDate(c, "registeredOn") : usableStart(c);
}

/**
 * The client number of a case when it is usable, else null.
 *
 * @param c - The case.
 * @returns The client number or null.
 * @example
 * usableClient(c) // "A"
 */
export function usableClient(c: CaseRecord): string | null {
  return isUnusable(c, "clientId") ? null : c.clientId;
}

/**
 * The earlier cases of a case (SPEC §5 step 2): the other cases of the same client, of any type
 * and whatever a filter says, whose recidive start is strictly before this case's. A case
 * without a usable client number or start is nobody's earlier case.
 *
 * @param c - The case.
 * @param cases - All cases of the table.
 * @param startField - The recidive option.
 * @returns The earlier cases, in table order.
 * @example
 * earlierCasesOf(c, data.cases, "startedOn").length // 2
 */
export function earlierCasesOf(
  c: CaseRecord,
  cases: readonly CaseRecord[],
  startField: RecidiveOptions["startField"]
): CaseRecord[] {
  const client = usableClient(c);
  const start = recidiveStart(c, startField);
  if (client === null || start === null) return [];
  return cases.filter((other) => {
    const otherStart = recidiveStart(other, startField);
    return usableClient(other) === client && otherStart !== null && otherStart < start;
  });
}

/**
 * The previous case among earlier cases that are all closed: the one with the latest end date;
 * on a tie the later start, then the greater case number (compared as text).
 *
 * @param earlier - Earlier cases, each with a usable end date.
 * @param startField - The recidive option.
 * @returns The previous case.
 * @example
 * previousCaseOf(earlierCasesOf(c, data.cases, "startedOn"), "startedOn").caseId // "c4"
 */
export function previousCaseOf(
  earlier: readonly CaseRecord[],
  startField: RecidiveOptions["startField"]
): CaseRecord {
  const isLater = (a: CaseRecord, b: CaseRecord): boolean => {
    const closedA = a.closedOn as number;
    const closedB = b.closedOn as number;
    if (closedA !== closedB) return closedA > closedB;
    const startA = recidiveStart(a, startField) as number;
    const startB = recidiveStart(b, startField) as number;
    if (startA !== startB) return startA > startB;
    return a.caseId > b.caseId;
  };
  return earlier.reduce((previous, other) => (isLater(other, previous) ? other : previous));
}

/**
 * Applies SPEC §5 steps 2–5 to one case:
 * 2. the client (a usable client number) had an earlier case ({@link earlierCasesOf});
 * 3. every earlier case was closed before the start (an empty or unusable end date counts as
 *    still open; an end date on the start day too);
 * 4. the previous case ({@link previousCaseOf}) closed at least `minGapMonths` calendar months
 *    before the start: end date ≤ start minus that many months (date-fns `subMonths`: the same
 *    day of the month, or the last day of a shorter month);
 * 5. with `sameDomain`: the case shares a main domain with the previous case (a case whose own
 *    main-domain cell is unusable shares none).
 * Step 1 (the start in the period, the filter) is up to the caller.
 *
 * @param c - The case.
 * @param cases - All cases of the table.
 * @param options - The recidive options.
 * @returns The verdict.
 * @example
 * judgeRecidive(c, data.cases, DEFAULT_RECIDIVE_OPTIONS).isRecidive // true
 */
export function judgeRecidive(
  c: CaseRecord,
  cases: readonly CaseRecord[],
  options: RecidiveOptions
): RecidiveVerdict {
  const start = recidiveStart(c, options.startField);
  if (usableClient(c) === null || start === null)
    return { standing: "noClient", earlierCases: 0, sharesDomain: false, isRecidive: false };
  const earlier = earlierCasesOf(c, cases, options.startField);
  const verdict = (standing: RecidiveStanding, sharesDomain = false): RecidiveVerdict => ({
    standing,
    earlierCases: earlier.length,
    sharesDomain,
    isRecidive: standing === "returning" && (sharesDomain || !options.sameDomain),
  });
  if (earlier.length === 0) return verdict("new");
  const allClosedBefore = earlier.every((e) => {
    const closed = usableDate(e, "closedOn");
    return closed !== null && closed < start;
  });
  if (!allClosedBefore) return verdict("reopened");
  const previous = previousCaseOf(earlier, options.startField);
  if ((previous.closedOn as number) > subMonthsFromDay(start, options.minGapMonths))
    return verdict("reopened");
  const shares =
    !isUnusable(c, "mainDomains") &&
    c.mainDomains.some((domain) => previous.mainDomains.includes(domain));
  return verdict("returning", shares);
}
