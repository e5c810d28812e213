import { describeCategories, TallyBuilder } from "./groupTally";
import type { GroupContext, GroupTally } from "./groupTypes";

/**
 * activities (SPEC §4): per category of collective activity, trajecten (0: distinct activities
 * with a meeting in P), bijeenkomsten (1: meetings in P) and deelnemers (2: the sum of the
 * participants, null in a group where no meeting has a number, shown "n.v.t."). A meeting
 * without an activity id counts as a meeting but not as a traject. The Totaal row's
 * trajecten counts an activity once even when its meetings are in several categories.
 *
 * @param context - The group context.
 * @returns The tally; no buckets without an activities table.
 * @example
 * tallyActivities(context).buckets[0] // { key: 'Open groep met inloop', n: [36, 667, 667], sum: [0, 667, 6748], ... }
 */
export function tallyActivities({ kpi }: GroupContext): GroupTally {
  const activities = kpi.dataset.activities;
  if (activities === undefined) return { buckets: [] };
  const { category, activityKey, date, participants } = activities;
  const labels = category.labels;
  const builder = new TallyBuilder(3, labels.length + 1);
  const { start, end } = kpi.period;
  for (let r = 0; r < activities.size; r++) {
    const d = date[r] as number;
    if (!(d >= start && d <= end)) continue;
    const code = category.codes[r] as number;
    const bucket = code < 0 ? labels.length : code;
    const id = activityKey[r] as number;
    if (id >= 0) builder.addId(0, bucket, id);
    builder.count(1, bucket);
    const p = participants[r] as number;
    if (!Number.isNaN(p)) builder.add(2, bucket, p);
  }
  return builder.build(describeCategories(labels));
}
