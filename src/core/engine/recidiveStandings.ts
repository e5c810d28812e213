/**
 * Where each case stands in the recidive rule (SPEC §5), as bits per case: what the recidive
 * conditions (`recidiveConditions.ts`) read.
 *
 * @module
 */
import { gapThresholds } from "../recidive/gapThresholds";
import type { RecidiveFacts } from "../recidive/recidiveFacts";
import { FieldBit, type CaseTable } from "../types";

/**
 * The bits of a case's standing ({@link recidiveStandings}):
 * - `hasClient`: a usable client number and recidive start (step 1);
 * - `newClient`: no earlier case of the client (step 2 fails);
 * - `returning`: every earlier case closed before the start, the previous one at least
 *   `minGapMonths` months before it (steps 2–4 pass);
 * - `several`: two or more earlier cases (set with `returning` only);
 * - `sharesDomain`: a main domain shared with the previous case, its own main-domain cell
 *   usable (step 5; set with `returning` only).
 *
 * @example
 * const recidive = RecidiveStanding.returning | RecidiveStanding.sharesDomain;
 * (standings[i] & recidive) === recidive; //=> case i is recidive with sameDomain on
 */
export const RecidiveStanding = {
  hasClient: 1,
  newClient: 2,
  returning: 4,
  several: 8,
  sharesDomain: 16,
} as const;

/**
 * The standing of every case of a table under one start field (its facts) and one minimum
 * gap: the recidive rule worked out once per case, so that each recidive condition on any
 * selection is a test of bits. Step 4's threshold (the start minus `minGapMonths` months) is
 * looked up per day over the span of the starts of the cases whose earlier cases all closed
 * before their start.
 *
 * @param table - The case table.
 * @param facts - The recidive facts of a start field (see `computeRecidiveFacts`).
 * @param minGapMonths - The minimum gap in months (SPEC §5 step 4).
 * @returns Per case, its {@link RecidiveStanding} bits.
 * @example
 * const standings = recidiveStandings(table, computeRecidiveFacts(table, "startedOn"), 6);
 * (standings[i] & RecidiveStanding.returning) !== 0; //=> case i passes steps 2–4
 */
export function recidiveStandings(
  table: CaseTable,
  facts: RecidiveFacts,
  minGapMonths: number
): Uint8Array {
  const { packed, startDay } = facts;
  const standings = new Uint8Array(table.size);
  // Status 3 (every earlier case closed before the start) has a usable start.
  let first = Infinity;
  let last = -Infinity;
  for (let i = 0; i < table.size; i++) {
    const status = (packed[i] as number) & 3;
    // Status 0: no client or start; 1: no earlier case; 2: an earlier case open on the start.
    standings[i] = +(status !== 0) | (+(status === 1) << 1);
    if (status !== 3) continue;
    const s = startDay[i] as number;
    if (s < first) first = s;
    if (s > last) last = s;
  }
  if (first > last) return standings;
  const threshold = gapThresholds({ start: first, end: last }, minGapMonths);
  const { invalid } = table;
  const domainsBit = FieldBit.mainDomains;
  for (let i = 0; i < table.size; i++) {
    const fact = packed[i] as number;
    if ((fact & 3) !== 3) continue;
    if (fact >>> 4 > (threshold[(startDay[i] as number) - first] as number)) continue;
    const shares = (fact & 8) !== 0 && ((invalid[i] as number) & domainsBit) === 0;
    standings[i] =
      RecidiveStanding.hasClient |
      RecidiveStanding.returning |
      ((fact & 4) !== 0 ? RecidiveStanding.several : 0) |
      (shares ? RecidiveStanding.sharesDomain : 0);
  }
  return standings;
}
