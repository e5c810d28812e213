import { ratioResult, UNAVAILABLE, type KpiContext, type KpiResult } from "./kpiContext";
import { Scalar } from "./statsLayout";
import { forEachClosedZrmPair } from "./zrmPairs";

/**
 * selfReferralPct (SPEC §4): the share of started cases whose referrer is a self-referral
 * ({@link isSelfReferral}). Cases with no referrer are left out of the base: their referrer is
 * unknown, not "not self".
 *
 * @param context - The KPI context.
 * @returns A fraction 0..1, null when no started case has a referrer.
 * @example
 * computeSelfReferralPct(context) // { value: 0.31, n: 280 }
 */
export function computeSelfReferralPct(context: KpiContext): KpiResult {
  const { scalars } = context;
  return ratioResult(scalars.scalar(Scalar.selfReferrals), scalars.scalar(Scalar.referrerN));
}

/**
 * canContinueAlonePct (SPEC §4): yes / (yes + no) over the cases closed in P; unknown answers
 * are left out.
 *
 * @param context - The KPI context.
 * @returns A fraction 0..1, null when no closed case has an answer.
 * @example
 * computeCanContinueAlonePct(context) // { value: 0.8, n: 150 }
 */
export function computeCanContinueAlonePct(context: KpiContext): KpiResult {
  const { scalars } = context;
  return ratioResult(scalars.scalar(Scalar.continueYes), scalars.scalar(Scalar.continueN));
}

/**
 * goalReachedPct (SPEC §4): over the (case, main domain) pairs of cases closed in P that have
 * both a goalScore and an endScore in the ZRM table, the share with endScore ≥ goalScore. Only
 * the case's main domains count; a second ZRM row for the same pair is ignored (the first
 * row in the table counts).
 *
 * @param context - The KPI context.
 * @returns A fraction 0..1, null when no pair qualifies or there is no ZRM table.
 * @example
 * computeGoalReachedPct(context) // { value: 0.62, n: 410 }
 */
export function computeGoalReachedPct(context: KpiContext): KpiResult {
  const zrm = context.dataset.zrm;
  if (zrm === undefined) return UNAVAILABLE;
  const { goalScore, endScore } = zrm;
  let reached = 0;
  let n = 0;
  forEachClosedZrmPair(
    context.table,
    zrm,
    context.scan,
    (r) => !Number.isNaN(goalScore[r] as number) && !Number.isNaN(endScore[r] as number),
    (r) => {
      n++;
      if ((endScore[r] as number) >= (goalScore[r] as number)) reached++;
    }
  );
  return ratioResult(reached, n);
}
