import type { Period } from "../../../types";
import type { ReferenceData } from "../../referenceData";
import { arrangeReferenceRows } from "./arrangeReferenceRows";
import { collectCategoryBuckets, type Contribution } from "./collectBuckets";
import type {
  ReferenceGroupLayout,
  ReferenceGroupOptions,
  ReferenceGroupRow,
} from "./referenceGroupTypes";

/** Layout of activities. */
export const ACTIVITIES_LAYOUT: ReferenceGroupLayout = {
  id: "activities",
  measures: [
    { id: "trajecten", kind: "distinct" },
    { id: "bijeenkomsten", kind: "count" },
    { id: "deelnemers", kind: "sumOrNull" },
  ],
  mainMeasure: "trajecten",
  order: "value",
  hasTotal: true,
  totalLabel: "Totaal",
};

/**
 * Collectieve trajecten per categorie: per category the activities with a meeting in the
 * period (each activity once; a meeting without an activity id counts as a meeting but not as
 * a traject), the meetings in the period, and the sum of their participants (null, "n.v.t.",
 * when no meeting in the row has a number). Meetings without a usable date do not count. A
 * meeting without a category is in the row "Onbekend". The Totaal counts an activity once even
 * when its meetings are in several categories. Case filters do not apply to activities.
 *
 * @param data - The dataset as plain records.
 * @param period - The period.
 * @param options - topN (filters are not applicable).
 * @returns The rows; none without an activities table.
 * @example
 * referenceActivities(data, q1, {})[0] // { key: "Open groep met inloop", values: { trajecten: 36, bijeenkomsten: 667, deelnemers: 6748 }, ... }
 */
export function referenceActivities(
  data: ReferenceData,
  period: Period,
  options: ReferenceGroupOptions
): ReferenceGroupRow[] {
  if (data.activities === undefined) return [];
  const meetings = data.activities.filter(
    (a) => a.date !== null && a.date >= period.start && a.date <= period.end
  );
  const contributions: Contribution[] = meetings.flatMap((a, k) => [
    ...(a.activityId === null
      ? []
      : [{ key: a.category, measure: "trajecten", entry: a.activityId }]),
    { key: a.category, measure: "bijeenkomsten", entry: k },
    ...(a.participants === null
      ? []
      : [{ key: a.category, measure: "deelnemers", entry: a.participants }]),
  ]);
  return arrangeReferenceRows(
    ACTIVITIES_LAYOUT,
    collectCategoryBuckets(contributions),
    options.topN
  );
}
