import type { CaseTable, DayColumn, RecidiveOptions } from "../types";
import { groupCasesByClient } from "./caseTuples";
import { recidiveFactInput, recidiveStartOf } from "./recidiveFactInput";
import { writeRecidiveFacts } from "./walkClientCases";

/**
 * Per-case recidive facts for one table and one start field. Computed once (O(n)) and
 * cached, so recidive for any period, filter or gap is a cheap pass over the period's cases.
 * The facts of a case are packed into one 32-bit number (read them with {@link factStatus},
 * {@link hasSeveralEarlier}, {@link sharesPreviousDomain}, {@link previousClosedOn}), because
 * writing one number per case in client order, rather than five, is what keeps this fast.
 */
export interface RecidiveFacts {
  readonly startField: RecidiveOptions["startField"];
  /** The day that counts as the case's start for recidive (`start` or `registeredOn`). */
  readonly startDay: DayColumn;
  /** Invalid bits that make {@link startDay} unusable. */
  readonly startBits: number;
  /**
   * Per case: bits 0–1 the {@link RecidiveStatus}; bit 2 two or more earlier cases; bit 3 a
   * main domain shared with the previous case; bits 4–30 the previous case's closedOn (status 3).
   */
  readonly packed: Int32Array;
}

const factsCache = new WeakMap<CaseTable, Map<RecidiveOptions["startField"], RecidiveFacts>>();

/**
 * Computes (once per table and start field, then from cache) the facts recidive needs.
 *
 * Rules (SPEC §5), made precise:
 * - Cases are grouped by clientKey; a case without clientId (or with an invalid one) or without
 *   a usable start date is status 0 and is nobody's earlier case.
 * - An earlier case of C has a start strictly before C's start; two cases of a client starting
 *   the same day are not earlier than each other.
 * - An earlier case is "open on C's start" when its closedOn is empty, invalid (it cannot be
 *   shown to be closed) or on or after C's start; step 3 needs every earlier case closed
 *   strictly before C's start.
 * - The previous case is the earlier case with the latest closedOn; ties go to the later start,
 *   then to the greater caseId (text order), so the choice does not depend on row order.
 *
 * @param table - The case table (dates are whole days).
 * @param startField - 'startedOn' uses the case's `start` (startedOn, else registeredOn);
 *   'registeredOn' uses registeredOn.
 * @returns The facts, shared between calls: do not modify.
 * @example
 * const facts = getRecidiveFacts(table, 'startedOn');
 * factStatus(facts.packed[i]) === RecidiveStatus.earlierClosed;
 */
export function getRecidiveFacts(
  table: CaseTable,
  startField: RecidiveOptions["startField"]
): RecidiveFacts {
  let perTable = factsCache.get(table);
  if (perTable === undefined) {
    perTable = new Map();
    factsCache.set(table, perTable);
  }
  let facts = perTable.get(startField);
  if (facts === undefined) {
    facts = computeRecidiveFacts(table, startField);
    perTable.set(startField, facts);
  }
  return facts;
}

/**
 * Computes the facts of {@link getRecidiveFacts} without caching them: for an owner that keeps
 * them itself (the engine of a dataset).
 *
 * @param table - The case table.
 * @param startField - The recidive start field.
 * @returns The facts.
 * @example
 * factStatus(computeRecidiveFacts(table, "startedOn").packed[i]) === RecidiveStatus.noEarlier
 */
export function computeRecidiveFacts(
  table: CaseTable,
  startField: RecidiveOptions["startField"]
): RecidiveFacts {
  const { startDay, startBits } = recidiveStartOf(table, startField);
  const input = recidiveFactInput(table, startField);
  const packed = new Int32Array(table.size);
  writeRecidiveFacts(input, groupCasesByClient(input), packed);
  return { startField, startDay, startBits, packed };
}
