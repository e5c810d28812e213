/**
 * Layout of the per-period tallies of {@link PeriodStats}: for each caseType partition, 64
 * counts (one per combination of {@link ScanBit}s) followed by the scalar sums below.
 *
 * @module
 */

/** Offsets of the scalar sums within a partition, after the 64 flag counts. */
export const Scalar = {
  /** Started cases of type IA (infoAdvice, first part). */
  iaStarted: 0,
  /** Registered cases resolved directly, not already counted as started IA (infoAdvice, second part). */
  resolvedExtra: 1,
  /** meanWaitDays: sum and n over the intake cases with a usable registeredOn. */
  waitSum: 2,
  waitN: 3,
  /** meanDurationClosed: sum and n over the closed cases with a usable start. */
  closedDurationSum: 4,
  closedDurationN: 5,
  /** meanDurationActive: sum over the active cases (n: the active count). */
  activeDurationSum: 6,
  /** meanRating over the closed cases with a rating. */
  ratingSum: 7,
  ratingN: 8,
  /** canContinueAlonePct over the closed cases with an answer. */
  continueYes: 9,
  continueN: 10,
  /** selfReferralPct over the started cases with a referrer. */
  selfReferrals: 11,
  referrerN: 12,
  /** helpQuestions: main domains summed, and the cases counted, over the active cases. */
  helpQuestions: 13,
  helpN: 14,
} as const;

/** Number of scalar sums. */
export const SCALARS = 15;
/** Flag combinations (six {@link ScanBit}s). */
export const FLAG_COMBINATIONS = 64;
/** Numbers per partition. */
export const PARTITION_WIDTH = FLAG_COMBINATIONS + SCALARS;

/**
 * Rows with `bit` set, from the 64 flag counts starting at `offset`.
 *
 * @param counts - Flag counts.
 * @param offset - Where the 64 counts start.
 * @param bit - A {@link ScanBit}.
 * @returns The number of rows.
 * @example
 * countWithBit(partitionCounts, 0, ScanBit.started) // 285
 */
export function countWithBit(counts: Float64Array, offset: number, bit: number): number {
  let total = 0;
  for (let f = 0; f < FLAG_COMBINATIONS; f++) if (f & bit) total += counts[offset + f] as number;
  return total;
}
