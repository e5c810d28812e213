import { foldText } from "../text/foldText";
import type {
  GroupBucket,
  GroupComparisonRow,
  GroupDefinition,
  GroupMeasure,
  GroupTally,
} from "./groupTypes";
import { InvalidGroupOptionsError } from "./kpiErrors";

/** Key of the remainder row under a top N ("#" so that no category label collides with it). */
export const OTHER_KEY = "#overig";
/** Label of the remainder row under a top N. */
export const OTHER_LABEL = "Overig";
/** Key of the Totaal row. */
export const TOTAL_KEY = "#totaal";

interface Entry {
  readonly key: string;
  readonly label: string;
  readonly order: number;
  readonly unknown: boolean;
  readonly current?: GroupBucket;
  readonly previous?: GroupBucket;
}

interface MeasureValue {
  readonly value: number | null;
  readonly n: number;
}

/**
 * Turns the tallies of the current and the comparison period into rows: the keys of both
 * periods united; sorted by the current main measure (descending, then label, "Onbekend"
 * last) or in the definition's fixed order; with `topN` (value-ordered groups only) the N
 * largest groups of the current period and one "Overig" row over the rest in both periods
 * (an "Onbekend" group and a group that is itself called "Overig" are never ranked and go into
 * the remainder); then the Totaal row when the definition has one.
 *
 * @param group - The definition.
 * @param current - The current period's tally.
 * @param previous - The comparison period's tally (null for a single period: previous values are null).
 * @param topN - Optional top N.
 * @returns The rows.
 * @throws {@link InvalidGroupOptionsError} when topN is not a whole number ≥ 1.
 * @example
 * arrangeGroupRows(getGroup('byDomain'), currentTally, previousTally, 5) // 5 domains, Overig, Totaal hulpvragen
 */
export function arrangeGroupRows(
  group: GroupDefinition,
  current: GroupTally,
  previous: GroupTally | null,
  topN?: number
): GroupComparisonRow[] {
  if (topN !== undefined && (!Number.isInteger(topN) || topN < 1)) {
    throw new InvalidGroupOptionsError(
      `Het aantal groepen (top N) moet een geheel getal van 1 of meer zijn, niet '${topN}'.`
    );
  }
  const entries = uniteKeys(current, previous);
  const mainIndex = group.measures.findIndex((m) => m.id === group.mainMeasure);
  const mainMeasure = group.measures[mainIndex] as GroupMeasure;
  const mainValue = new Map(
    entries.map((e) => [
      e,
      measureValue(mainMeasure, mainIndex, e.current ? [e.current] : []).value,
    ])
  );
  entries.sort((a, b) => {
    if (a.unknown !== b.unknown) return a.unknown ? 1 : -1;
    if (group.order === "fixed") return a.order - b.order;
    const va = mainValue.get(a) ?? -Infinity;
    const vb = mainValue.get(b) ?? -Infinity;
    if (va !== vb) return vb - va;
    return a.label.localeCompare(b.label, "nl");
  });

  let shown = entries;
  let rest: Entry[] = [];
  if (topN !== undefined && group.order === "value") {
    const isRanked = (e: Entry): boolean => !e.unknown && foldText(e.label) !== "overig";
    const ranked = entries.filter(isRanked);
    shown = ranked.slice(0, topN);
    rest = [...ranked.slice(topN), ...entries.filter((e) => !isRanked(e))];
    if (rest.length === 1 && (rest[0] as Entry).unknown) {
      shown = [...shown, rest[0] as Entry];
      rest = [];
    }
  }

  const rows = shown.map((e) =>
    makeRow(
      group,
      e.key,
      e.label,
      "group",
      bucketsOf([e], "current"),
      bucketsOf([e], "previous"),
      previous !== null
    )
  );
  if (rest.length > 0) {
    rows.push(
      makeRow(
        group,
        OTHER_KEY,
        OTHER_LABEL,
        "other",
        bucketsOf(rest, "current"),
        bucketsOf(rest, "previous"),
        previous !== null
      )
    );
  }
  if (group.hasTotal) {
    rows.push(
      makeRow(
        group,
        TOTAL_KEY,
        group.totalLabel,
        "total",
        bucketsOf(entries, "current"),
        bucketsOf(entries, "previous"),
        previous !== null,
        current.totals,
        previous?.totals
      )
    );
  }
  return rows;
}

function uniteKeys(current: GroupTally, previous: GroupTally | null): Entry[] {
  const byKey = new Map<string, Entry>();
  for (const bucket of current.buckets) {
    byKey.set(bucket.key, {
      key: bucket.key,
      label: bucket.label,
      order: bucket.order,
      unknown: bucket.unknown,
      current: bucket,
    });
  }
  for (const bucket of previous?.buckets ?? []) {
    const seen = byKey.get(bucket.key);
    byKey.set(
      bucket.key,
      seen === undefined
        ? {
            key: bucket.key,
            label: bucket.label,
            order: bucket.order,
            unknown: bucket.unknown,
            previous: bucket,
          }
        : { ...seen, previous: bucket }
    );
  }
  return [...byKey.values()];
}

function bucketsOf(entries: readonly Entry[], side: "current" | "previous"): GroupBucket[] {
  const buckets: GroupBucket[] = [];
  for (const entry of entries) {
    const bucket = entry[side];
    if (bucket !== undefined) buckets.push(bucket);
  }
  return buckets;
}

function makeRow(
  group: GroupDefinition,
  key: string,
  label: string,
  kind: GroupComparisonRow["kind"],
  currentBuckets: readonly GroupBucket[],
  previousBuckets: readonly GroupBucket[],
  hasPrevious: boolean,
  currentTotals?: GroupTally["totals"],
  previousTotals?: GroupTally["totals"]
): GroupComparisonRow {
  const current: Record<string, number | null> = {};
  const previous: Record<string, number | null> = {};
  const currentN: Record<string, number> = {};
  const previousN: Record<string, number> = {};
  group.measures.forEach((measure, m) => {
    const cur = currentTotals?.[measure.id] ?? measureValue(measure, m, currentBuckets);
    current[measure.id] = cur.value;
    currentN[measure.id] = cur.n;
    const prev = hasPrevious
      ? (previousTotals?.[measure.id] ?? measureValue(measure, m, previousBuckets))
      : { value: null, n: 0 };
    previous[measure.id] = prev.value;
    previousN[measure.id] = prev.n;
  });
  return { key, label, current, previous, currentN, previousN, kind };
}

/**
 * The value of one measure over one or more buckets (a group, the remainder, everything):
 * counts add up, means are taken over the pooled cases, distinct ids are united.
 */
function measureValue(
  measure: GroupMeasure,
  m: number,
  buckets: readonly GroupBucket[]
): MeasureValue {
  let sum = 0;
  let n = 0;
  if (measure.kind === "distinct") {
    const union = new Set<number>();
    for (const bucket of buckets) bucket.ids[m]?.forEach((id) => union.add(id));
    return { value: union.size, n: union.size };
  }
  for (const bucket of buckets) {
    sum += bucket.sum[m] as number;
    n += bucket.n[m] as number;
  }
  switch (measure.kind) {
    case "count":
      return { value: sum, n: sum };
    case "mean":
      return { value: n === 0 ? null : sum / n, n };
    case "sumOrNull":
      return { value: n === 0 ? null : sum, n: sum };
  }
}
