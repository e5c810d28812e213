import { ratioResult, type KpiContext, type KpiResult } from "./kpiContext";
import { ScanBit } from "./periodScan";
import { scalarView } from "./scalarView";
import { Scalar } from "./statsLayout";

/**
 * meanWaitDays (SPEC §4): mean(intakeOn − registeredOn) in days over the cases with intakeOn in
 * P; cases without a (valid) registeredOn are skipped.
 *
 * @param context - The KPI context.
 * @returns The mean, null when no case qualifies.
 * @example
 * computeMeanWaitDays(context) // { value: 15.2, n: 310 }
 */
export function computeMeanWaitDays(context: KpiContext): KpiResult {
  const { scalars } = context;
  return ratioResult(scalars.scalar(Scalar.waitSum), scalars.scalar(Scalar.waitN));
}

/**
 * meanDurationClosed (SPEC §4): mean(closedOn − start) in days over the cases closed in P;
 * cases without a (valid) start are skipped.
 *
 * @param context - The KPI context.
 * @returns The mean, null when no case qualifies.
 * @example
 * computeMeanDurationClosed(context) // { value: 210.4, n: 274 }
 */
export function computeMeanDurationClosed(context: KpiContext): KpiResult {
  const { scalars } = context;
  return ratioResult(
    scalars.scalar(Scalar.closedDurationSum),
    scalars.scalar(Scalar.closedDurationN)
  );
}

/**
 * meanDurationActive (SPEC §4): mean(min(closedOn, P.end) − start) in days over the cases
 * active in P; open cases count up to P.end.
 *
 * @param context - The KPI context.
 * @returns The mean, null when no case is active.
 * @example
 * computeMeanDurationActive(context) // { value: 402.7, n: 524 }
 */
export function computeMeanDurationActive(context: KpiContext): KpiResult {
  const { scalars } = context;
  return ratioResult(scalars.scalar(Scalar.activeDurationSum), scalars.count(ScanBit.active));
}

/**
 * meanRating (SPEC §4): the mean rating (klantoordeel) over the cases closed in P that have one.
 *
 * @param context - The KPI context.
 * @returns The mean, null when no closed case has a rating.
 * @example
 * computeMeanRating(context) // { value: 7.9, n: 120 }
 */
export function computeMeanRating(context: KpiContext): KpiResult {
  // Ratings need not be whole: when the kept partitions' sums would be added out of table
  // order, take the filter's own tallies instead.
  const scalars = context.scalars.ratingExact ? context.scalars : scalarView(context.stats, null);
  return ratioResult(scalars.scalar(Scalar.ratingSum), scalars.scalar(Scalar.ratingN));
}
