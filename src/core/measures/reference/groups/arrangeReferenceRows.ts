import { foldText } from "../../../text/foldText";
import type {
  ReferenceBucket,
  ReferenceGroupLayout,
  ReferenceGroupRow,
  ReferenceMeasure,
  ReferenceValue,
} from "./referenceGroupTypes";

/** Key and label of the remainder row under a top N; "#" so that no category collides with it. */
const OTHER = { key: "#overig", label: "Overig" } as const;
/** Key of the Totaal row. */
const TOTAL_KEY = "#totaal";

/**
 * The value of a measure over one or more buckets (a row, the remainder, the whole table):
 * counts add up, a mean is taken over the pooled numbers, distinct ids are united, a sum is
 * null when no bucket has a number (its n is then the sum itself: the participants).
 *
 * @param measure - The measure.
 * @param buckets - The buckets pooled.
 * @returns The value and its n.
 * @example
 * measureValueOf({ id: "active", kind: "count" }, buckets) // { value: 12, n: 12 }
 */
export function measureValueOf(
  measure: ReferenceMeasure,
  buckets: readonly ReferenceBucket[]
): ReferenceValue {
  const entries = buckets.flatMap((b) => b.entries[measure.id] ?? []);
  const sum = (): number => entries.reduce<number>((total, x) => total + Number(x), 0);
  switch (measure.kind) {
    case "count":
      return { value: entries.length, n: entries.length };
    case "mean":
      return { value: entries.length === 0 ? null : sum() / entries.length, n: entries.length };
    case "distinct": {
      const distinct = new Set(entries).size;
      return { value: distinct, n: distinct };
    }
    case "sumOrNull":
      return { value: entries.length === 0 ? null : sum(), n: sum() };
  }
}

/**
 * Turns one period's buckets into the rows of a group table (docs/definities.md "Tabellen per
 * groep"): sorted by the main measure, highest first, then by label (Dutch collation), or in
 * the table's fixed order; "Onbekend" always last. With `topN` (value-ordered tables only) the N
 * largest rows are shown and the rest pooled into one "Overig" row; "Onbekend" and a category
 * that is itself called "Overig" are never ranked and go into the rest, but an "Onbekend" that
 * would be the only row of the rest is shown as itself. Then the Totaal row over every bucket,
 * when the table has one; `totals` gives a Totaal value that is not pooled from the rows.
 *
 * @param layout - The table's shape.
 * @param buckets - The buckets of the period (those with no entries already left out, unless always shown).
 * @param topN - Optional top N.
 * @param totals - Per measure id, a Totaal value of its own (byMonth's active).
 * @returns The rows.
 * @example
 * arrangeReferenceRows(layout, buckets, 5).map((r) => r.label) // 5 domains, "Overig", "Totaal hulpvragen"
 */
export function arrangeReferenceRows(
  layout: ReferenceGroupLayout,
  buckets: readonly ReferenceBucket[],
  topN?: number,
  totals?: Readonly<Record<string, ReferenceValue>>
): ReferenceGroupRow[] {
  const main = layout.measures.find((m) => m.id === layout.mainMeasure) as ReferenceMeasure;
  const mainValue = (b: ReferenceBucket): number => measureValueOf(main, [b]).value ?? -Infinity;
  const sorted = [...buckets].sort((a, b) => {
    if (a.unknown !== b.unknown) return a.unknown ? 1 : -1;
    if (layout.order === "fixed") return a.order - b.order;
    return mainValue(b) - mainValue(a) || a.label.localeCompare(b.label, "nl");
  });

  let shown = sorted;
  let rest: ReferenceBucket[] = [];
  if (topN !== undefined && layout.order === "value") {
    const isRanked = (b: ReferenceBucket): boolean => !b.unknown && foldText(b.label) !== "overig";
    const ranked = sorted.filter(isRanked);
    shown = ranked.slice(0, topN);
    rest = [...ranked.slice(topN), ...sorted.filter((b) => !isRanked(b))];
    if (rest.length === 1 && rest[0]?.unknown === true) {
      shown = [...shown, ...rest];
      rest = [];
    }
  }

  const rowOf = (
    key: string,
    label: string,
    kind: ReferenceGroupRow["kind"],
    pooled: readonly ReferenceBucket[],
    own?: Readonly<Record<string, ReferenceValue>>
  ): ReferenceGroupRow => {
    const results = layout.measures.map(
      (m) => [m.id, own?.[m.id] ?? measureValueOf(m, pooled)] as const
    );
    return {
      key,
      label,
      kind,
      values: Object.fromEntries(results.map(([id, r]) => [id, r.value])),
      n: Object.fromEntries(results.map(([id, r]) => [id, r.n])),
    };
  };
  const rows = shown.map((b) => rowOf(b.key, b.label, "group", [b]));
  if (rest.length > 0) rows.push(rowOf(OTHER.key, OTHER.label, "other", rest));
  if (layout.hasTotal) rows.push(rowOf(TOTAL_KEY, layout.totalLabel, "total", sorted, totals));
  return rows;
}
