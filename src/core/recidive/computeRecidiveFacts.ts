import { groupCasesByClient } from "./caseTuples";
import type { RecidiveFactInput } from "./recidiveFactInput";
import { writeRecidiveFacts } from "./walkClientCases";

/**
 * Computes every case's packed recidive fact (see `RecidiveFacts.packed`) from plain columns:
 * the work `getRecidiveFacts` caches, in a form another thread can run (it reads nothing but
 * `input` and writes nothing but `packed`).
 *
 * @param input - The columns ({@link recidiveFactInput}).
 * @param packed - Receives the facts: `input.size` entries, zero on entry.
 * @example
 * const packed = new Int32Array(table.size);
 * computeRecidiveFacts(recidiveFactInput(table, 'startedOn'), packed);
 */
export function computeRecidiveFacts(input: RecidiveFactInput, packed: Int32Array): void {
  writeRecidiveFacts(input, groupCasesByClient(input), packed);
}
