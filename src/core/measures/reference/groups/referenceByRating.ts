import type { Period } from "../../../types";
import type { CaseRecord } from "../../caseRecords";
import type { ReferenceData } from "../../referenceData";
import { arrangeReferenceRows } from "./arrangeReferenceRows";
import { isClosedIn } from "../caseMemberships";
import { collectFixedBuckets } from "./collectBuckets";
import { keptCases } from "./keptCases";
import type {
  ReferenceGroupLayout,
  ReferenceGroupOptions,
  ReferenceGroupRow,
} from "./referenceGroupTypes";

/** Layout of byRating: not every closed case has a rating, so its Totaal says so. */
export const BY_RATING_LAYOUT: ReferenceGroupLayout = {
  id: "byRating",
  measures: [{ id: "closed", kind: "count" }],
  mainMeasure: "closed",
  order: "fixed",
  hasTotal: true,
  totalLabel: "Totaal met een cijfer",
};

const RATING_ROWS = Array.from({ length: 10 }, (_, k) => ({
  key: String(k + 1),
  label: String(k + 1),
}));

/** The rating's row ('1'..'10', a rating with decimals at its rounded value), or null: no usable rating. */
function ratingRowOf(c: CaseRecord): string | null {
  if (c.rating === null || c.invalid.has("rating")) return null;
  const rounded = Math.round(c.rating);
  return rounded >= 1 && rounded <= 10 ? String(rounded) : null;
}

/**
 * Klantoordeel: per rapportcijfer 1..10 the cases closed in the period with that rating (7,5
 * counts as 8). Closed cases without a usable rating are in no row, so the Totaal is not the
 * number of closed cases.
 *
 * @param data - The dataset as plain records.
 * @param period - The period.
 * @param options - Filters.
 * @returns The ten rows (also when empty) and the Totaal.
 * @example
 * referenceByRating(data, q1, {}).map((r) => r.key) // ["1", ..., "10", "#totaal"]
 */
export function referenceByRating(
  data: ReferenceData,
  period: Period,
  options: ReferenceGroupOptions
): ReferenceGroupRow[] {
  const contributions = keptCases(data, options)
    .filter((c) => isClosedIn(c, period) && ratingRowOf(c) !== null)
    .map((c) => ({ key: ratingRowOf(c), measure: "closed", entry: c.caseId }));
  return arrangeReferenceRows(
    BY_RATING_LAYOUT,
    collectFixedBuckets(RATING_ROWS, contributions),
    options.topN
  );
}
