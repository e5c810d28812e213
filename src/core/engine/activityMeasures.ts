/**
 * Measures over the activities table (SPEC §4 "Collectieve trajecten per categorie"): its rows
 * are meetings, a meeting counts in a period when its date is in it, and the breakdown is the
 * meeting's category (an empty one in "Onbekend"). Case filters do not apply.
 *
 * @module
 */
import type { ActivityTable, Period } from "../types";
import { UNKNOWN_LABEL, type TableRow } from "./tableRows";

/**
 * How the meetings of a period become a number:
 * - `count`: the meetings;
 * - `sum` of `participants`: their participants (n = the meetings with a number);
 * - `distinct` `activity`: the different activities they belong to (meetings without an
 *   activity id left out); a pooled row unites the activities, so each counts once.
 */
export type ActivityAggregate =
  | { readonly kind: "count" }
  | { readonly kind: "sum"; readonly value: "participants" }
  | { readonly kind: "distinct"; readonly key: "activity" };

/** An activity measure's tallies per category (group g) and in total (last). */
export interface ActivityTally {
  readonly sums: Float64Array;
  readonly counts: Float64Array;
  /** `distinct`: the activity keys per group (counts[g] is their number). */
  readonly ids: readonly Set<number>[] | null;
}

/**
 * The rows of the activity categories: one per label, then "Onbekend" (group `labels.length`).
 *
 * @param activities - The activities table.
 * @returns The rows.
 * @example
 * activityCategoryRows(activities).map((r) => r.label); //=> ["Cursus", "Open groep", "Onbekend"]
 */
export function activityCategoryRows(activities: ActivityTable): readonly TableRow[] {
  const { labels } = activities.category;
  return [
    ...labels.map((label, order) => ({ key: label, label, order })),
    { key: "", label: UNKNOWN_LABEL, order: labels.length, unknown: true },
  ];
}

/**
 * Tallies an activity measure over the meetings of a period, per category and in total.
 *
 * @param activities - The activities table.
 * @param aggregate - The measure.
 * @param period - The period.
 * @returns The tallies; group `labels.length` is "Onbekend", the total is last.
 * @example
 * tallyActivityMeasure(activities, { kind: "count" }, q1).counts; // meetings per category
 */
export function tallyActivityMeasure(
  activities: ActivityTable,
  aggregate: ActivityAggregate,
  period: Period
): ActivityTally {
  const { category, activityKey, date, participants } = activities;
  const total = category.labels.length + 1;
  const sums = new Float64Array(total + 1);
  const counts = new Float64Array(total + 1);
  const ids =
    aggregate.kind === "distinct"
      ? Array.from({ length: total + 1 }, () => new Set<number>())
      : null;
  for (let r = 0; r < activities.size; r++) {
    const d = date[r] as number;
    if (!(d >= period.start && d <= period.end)) continue;
    const code = category.codes[r] as number;
    const g = code < 0 ? total - 1 : code;
    if (ids !== null) {
      const id = activityKey[r] as number;
      if (id < 0) continue;
      ids[g]!.add(id);
      ids[total]!.add(id);
    } else if (aggregate.kind === "sum") {
      const p = participants[r] as number;
      if (p !== p) continue; // NaN: no number
      sums[g]! += p;
      counts[g]! += 1;
      sums[total]! += p;
      counts[total]! += 1;
    } else {
      counts[g]! += 1;
      counts[total]! += 1;
    }
  }
  if (ids !== null) ids.forEach((set, g) => (counts[g] = set.size));
  return { sums, counts, ids };
}
