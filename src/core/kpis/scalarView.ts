import type { PeriodStats } from "./periodStats";
import { countWithBit, FLAG_COMBINATIONS, PARTITION_WIDTH, Scalar } from "./statsLayout";

/** The scalar tallies of one period under one filter, summed over the partitions kept. */
export interface ScalarView {
  /** Cases with a {@link ScanBit} set. */
  count(bit: number): number;
  /** A scalar sum of `statsLayout` ({@link Scalar}). */
  scalar(index: number): number;
  /**
   * Whether `scalar(Scalar.ratingSum)` was added in table order, as a pass over the kept
   * cases would add it: ratings need not be whole, so a sum of partial sums may differ in the
   * last bit. False when ratings of more than one partition were added.
   */
  readonly ratingExact: boolean;
}

/**
 * Sums the tallies of the partitions a caseType selector keeps (all of them for null).
 *
 * @param stats - The period's tallies.
 * @param selector - Per partition 1 to keep (from `compileCaseTypeSelector`, as long as
 *   `stats.partitions`), or null for all cases the tallies counted.
 * @returns The view.
 * @example
 * scalarView(stats, null).count(ScanBit.started) // 285
 */
export function scalarView(stats: PeriodStats, selector: Uint8Array | null): ScalarView {
  const sums = new Float64Array(PARTITION_WIDTH);
  const { tallies, partitions } = stats;
  let ratingParts = 0;
  for (let p = 0; p < partitions; p++) {
    if (selector !== null && selector[p] !== 1) continue;
    const o = p * PARTITION_WIDTH;
    for (let k = 0; k < PARTITION_WIDTH; k++)
      sums[k] = (sums[k] as number) + (tallies[o + k] as number);
    if ((tallies[o + FLAG_COMBINATIONS + Scalar.ratingN] as number) > 0) ratingParts++;
  }
  if (selector === null) sums[FLAG_COMBINATIONS + Scalar.ratingSum] = stats.ratingSum;
  return {
    count: (bit) => countWithBit(sums, 0, bit),
    scalar: (index) => sums[FLAG_COMBINATIONS + index] as number,
    ratingExact: selector === null || ratingParts <= 1,
  };
}
