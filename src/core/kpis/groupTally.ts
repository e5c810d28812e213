import type { GroupBucket, GroupTally } from "./groupTypes";

/** How a bucket index turns into a row: key, label, order; `always` keeps it even when empty. */
export interface BucketDescription {
  readonly key: string;
  readonly label: string;
  readonly order: number;
  readonly unknown?: boolean;
  readonly always?: boolean;
}

/**
 * Accumulates measure values per bucket index in flat typed arrays (no per-case objects),
 * then turns the touched buckets into a {@link GroupTally}.
 *
 * @example
 * const builder = new TallyBuilder(2, labels.length + 1);
 * builder.count(0, code);
 * builder.add(1, code, duration);
 * builder.build((b) => ({ key: labels[b], label: labels[b], order: b }));
 */
export class TallyBuilder {
  private readonly sums: Float64Array[];
  private readonly counts: Float64Array[];
  private readonly sets: Map<number, Set<number>>[];

  /**
   * @param measures - Number of measures.
   * @param buckets - Number of bucket indexes.
   */
  constructor(
    private readonly measures: number,
    private readonly buckets: number
  ) {
    this.sums = Array.from({ length: measures }, () => new Float64Array(buckets));
    this.counts = Array.from({ length: measures }, () => new Float64Array(buckets));
    this.sets = Array.from({ length: measures }, () => new Map());
  }

  /** Counts one case for a count measure. */
  count(measure: number, bucket: number): void {
    this.countMany(measure, bucket, 1);
  }

  /** Counts `cases` cases at once for a count measure. */
  countMany(measure: number, bucket: number, cases: number): void {
    const sums = this.sums[measure] as Float64Array;
    const counts = this.counts[measure] as Float64Array;
    sums[bucket] = (sums[bucket] as number) + cases;
    counts[bucket] = (counts[bucket] as number) + cases;
  }

  /** Adds one value for a mean or sumOrNull measure. */
  add(measure: number, bucket: number, value: number): void {
    const sums = this.sums[measure] as Float64Array;
    const counts = this.counts[measure] as Float64Array;
    sums[bucket] = (sums[bucket] as number) + value;
    counts[bucket] = (counts[bucket] as number) + 1;
  }

  /** Adds `n` values with sum `sum` at once for a mean measure. */
  addMany(measure: number, bucket: number, sum: number, n: number): void {
    const sums = this.sums[measure] as Float64Array;
    const counts = this.counts[measure] as Float64Array;
    sums[bucket] = (sums[bucket] as number) + sum;
    counts[bucket] = (counts[bucket] as number) + n;
  }

  /** Adds an id for a distinct measure. */
  addId(measure: number, bucket: number, id: number): void {
    const perBucket = this.sets[measure] as Map<number, Set<number>>;
    let set = perBucket.get(bucket);
    if (set === undefined) {
      set = new Set();
      perBucket.set(bucket, set);
    }
    set.add(id);
    (this.counts[measure] as Float64Array)[bucket] = set.size;
  }

  /**
   * Builds the tally: every bucket with a tally in some measure, plus those described `always`.
   *
   * @param describe - Row description of a bucket index; null drops the bucket.
   * @param totals - Explicit Totaal values, for measures not formed from the buckets.
   * @returns The tally.
   */
  build(
    describe: (bucket: number) => BucketDescription | null,
    totals?: GroupTally["totals"]
  ): GroupTally {
    const result: GroupBucket[] = [];
    for (let b = 0; b < this.buckets; b++) {
      const description = describe(b);
      if (description === null) continue;
      let touched = description.always === true;
      for (let m = 0; m < this.measures && !touched; m++)
        touched = (this.counts[m] as Float64Array)[b] !== 0;
      if (!touched) continue;
      result.push({
        key: description.key,
        label: description.label,
        order: description.order,
        unknown: description.unknown === true,
        sum: this.sums.map((s) => s[b] as number),
        n: this.counts.map((c) => c[b] as number),
        ids: this.sets.map((perBucket) => perBucket.get(b)),
      });
    }
    return totals === undefined ? { buckets: result } : { buckets: result, totals };
  }
}

/** Label of the bucket of cases with no value for the grouping field. */
export const UNKNOWN_LABEL = "Onbekend";

/**
 * Describes the buckets of a category column: one per label, then an "Onbekend" bucket (index
 * `labels.length`) for cases with an empty or invalid value.
 *
 * @param labels - The category labels.
 * @returns A describe function for {@link TallyBuilder.build}.
 * @example
 * builder.build(describeCategories(table.team.labels));
 */
export function describeCategories(
  labels: readonly string[]
): (bucket: number) => BucketDescription {
  return (bucket) =>
    bucket < labels.length
      ? { key: labels[bucket] as string, label: labels[bucket] as string, order: bucket }
      : { key: "", label: UNKNOWN_LABEL, order: bucket, unknown: true };
}
