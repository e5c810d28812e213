import { classifyRecidiveInContext, type RecidiveTally } from "../recidive/classifyRecidive";
import { isRecidiveComputable } from "../recidive/isRecidiveComputable";
import {
  countResult,
  ratioResult,
  UNAVAILABLE,
  type KpiContext,
  type KpiResult,
} from "./kpiContext";

function tallyOf(context: KpiContext, needsDomains: boolean): RecidiveTally | null {
  const needs = needsDomains && context.recidive.sameDomain;
  if (!isRecidiveComputable(context.table, context.recidive, needs)) return null;
  return classifyRecidiveInContext(context);
}

/**
 * recidive (SPEC §5): cases started in P that pass the filter and steps 2–5.
 *
 * @param context - The KPI context (its recidive options apply).
 * @returns The count, null when clientId, closedOn, the start or (with sameDomain) mainDomains is unmapped.
 * @example
 * computeRecidive(context) // { value: 16, n: 16 }
 */
export function computeRecidive(context: KpiContext): KpiResult {
  const tally = tallyOf(context, true);
  return tally === null ? UNAVAILABLE : countResult(tally.recidive);
}

/**
 * recidivePct (SPEC §4): recidive / started with the same filter, as a fraction. "Started"
 * uses the same start date as recidive step 1: the case's start, or registeredOn when that is
 * the recidive start field.
 *
 * @param context - The KPI context.
 * @returns The fraction, null when nothing started (or recidive is not computable).
 * @example
 * computeRecidivePct(context) // { value: 16 / 331, n: 331 }
 */
export function computeRecidivePct(context: KpiContext): KpiResult {
  const tally = tallyOf(context, true);
  return tally === null ? UNAVAILABLE : ratioResult(tally.recidive, tally.started);
}

/**
 * recidivists (SPEC §4): distinct clients of the recidive cases.
 *
 * @param context - The KPI context.
 * @returns The count.
 * @example
 * computeRecidivists(context) // { value: 15, n: 15 }
 */
export function computeRecidivists(context: KpiContext): KpiResult {
  const tally = tallyOf(context, true);
  return tally === null ? UNAVAILABLE : countResult(tally.recidivists);
}

/**
 * newClientPct (SPEC §4): the share of started cases with a clientId whose client has no
 * earlier case (SPEC §5 step 2). Cases without a clientId are left out of the base: whether
 * they are new cannot be known.
 *
 * @param context - The KPI context (its recidive startField applies).
 * @returns The fraction, null when no started case has a clientId.
 * @example
 * computeNewClientPct(context) // { value: 0.7, n: 300 }
 */
export function computeNewClientPct(context: KpiContext): KpiResult {
  const mapped = context.table.mappedFields;
  if (!mapped.has("clientId")) return UNAVAILABLE;
  const tally = classifyRecidiveInContext(context);
  return ratioResult(tally.newClients, tally.withClient);
}
