import type { ReferenceBucket } from "./referenceGroupTypes";

/** One entry for one measure of one row: `key` null puts it in the "Onbekend" row. */
export interface Contribution {
  readonly key: string | null;
  readonly measure: string;
  /** The case id (counts), the number (means, sums) or the id (distinct counts). */
  readonly entry: number | string;
}

/** A row a fixed-order table always shows, in its order. */
export interface FixedRow {
  readonly key: string;
  readonly label: string;
}

/** Label of the row of cases with no (usable) value for the grouping. */
export const UNKNOWN_LABEL = "Onbekend";

function unknownBucket(order: number): Omit<ReferenceBucket, "entries"> {
  return { key: "", label: UNKNOWN_LABEL, order, unknown: true };
}

function entriesOf(contributions: readonly Contribution[]): Record<string, (number | string)[]> {
  const entries: Record<string, (number | string)[]> = {};
  for (const c of contributions) (entries[c.measure] ??= []).push(c.entry);
  return entries;
}

/**
 * The buckets of a category grouping: one per key that has an entry, labelled by the key
 * itself, and an "Onbekend" bucket (key '') when some entry has no key.
 *
 * @param contributions - The entries.
 * @returns The buckets, "Onbekend" last.
 * @example
 * collectCategoryBuckets([{ key: "Noord", measure: "active", entry: "c1" }]) // [{ key: "Noord", ... }]
 */
export function collectCategoryBuckets(contributions: readonly Contribution[]): ReferenceBucket[] {
  const keys = [...new Set(contributions.map((c) => c.key))];
  const known = keys.filter((k): k is string => k !== null);
  const buckets: ReferenceBucket[] = known.map((key, order) => ({
    key,
    label: key,
    order,
    unknown: false,
    entries: entriesOf(contributions.filter((c) => c.key === key)),
  }));
  const unknown = contributions.filter((c) => c.key === null);
  if (unknown.length > 0)
    buckets.push({ ...unknownBucket(known.length), entries: entriesOf(unknown) });
  return buckets;
}

/**
 * The buckets of a fixed-order grouping: every fixed row (also when empty), then "Onbekend"
 * when some entry has key null.
 *
 * @param rows - The fixed rows, in order.
 * @param contributions - The entries; a key must be one of the rows' keys, or null.
 * @returns The buckets.
 * @example
 * collectFixedBuckets([{ key: "1", label: "1" }], []) // one empty bucket "1"
 */
export function collectFixedBuckets(
  rows: readonly FixedRow[],
  contributions: readonly Contribution[]
): ReferenceBucket[] {
  const buckets: ReferenceBucket[] = rows.map((row, order) => ({
    ...row,
    order,
    unknown: false,
    entries: entriesOf(contributions.filter((c) => c.key === row.key)),
  }));
  const unknown = contributions.filter((c) => c.key === null);
  if (unknown.length > 0)
    buckets.push({ ...unknownBucket(rows.length), entries: entriesOf(unknown) });
  return buckets;
}
