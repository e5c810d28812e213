import type { CaseTable, DayColumn, RecidiveOptions } from "../types";
import { groupCasesByClient } from "./caseTuples";
import { recidiveFactInput, recidiveStartOf } from "./recidiveFactInput";
import { writeRecidiveFacts } from "./walkClientCases";

/**
 * Per-case recidive facts for one table and one start field. Computed once (O(n)) and kept
 * by the engine (`Engine.factsOf`), so recidive for any period, filter or gap is a cheap pass
 * over the period's cases.
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

/**
 * Computes the recidive facts of a table for a start field (not kept: the engine of the
 * dataset keeps them).
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
