import { countResult, UNAVAILABLE, type KpiContext, type KpiResult } from "./kpiContext";
import { Scalar } from "./statsLayout";

/**
 * Counts the cases of the period scan with membership `bit` whose invalid mask does not
 * intersect `inputs` (the scan already dropped cases whose membership dates are invalid).
 *
 * @param context - The KPI context.
 * @param bit - A {@link ScanBit}.
 * @param inputs - {@link FieldBit}s the KPI reads besides the membership dates.
 * @returns The count as a KPI result.
 * @example
 * countMembers(context, ScanBit.started, 0) // { value: 285, n: 285 }
 */
export function countMembers(context: KpiContext, bit: number, inputs: number): KpiResult {
  if (inputs === 0) return countResult(context.scalars.count(bit));
  const { flags } = context.scan;
  const invalid = context.table.invalid;
  let count = 0;
  for (let i = 0; i < flags.length; i++)
    if (((flags[i] as number) & bit) !== 0 && ((invalid[i] as number) & inputs) === 0) count++;
  return countResult(count);
}

/**
 * infoAdvice (SPEC §4): cases of type IA with start in P, plus cases with resolvedDirectly =
 * yes and registeredOn in P; a case counts once. The second part is skipped when
 * resolvedDirectly is not mapped; each part leaves out cases whose own inputs are invalid.
 *
 * @param context - The KPI context.
 * @returns The count.
 * @example
 * computeInfoAdvice(context) // { value: 666, n: 666 }
 */
export function computeInfoAdvice(context: KpiContext): KpiResult {
  const { scalars, table } = context;
  const extra = table.mappedFields.has("resolvedDirectly")
    ? scalars.scalar(Scalar.resolvedExtra)
    : 0;
  return countResult(scalars.scalar(Scalar.iaStarted) + extra);
}

/**
 * helpQuestions (SPEC §4): the number of main domains summed over the cases active in P.
 *
 * @param context - The KPI context.
 * @returns The sum, with n = the number of active cases counted.
 * @example
 * computeHelpQuestions(context) // { value: 1210, n: 524 }
 */
export function computeHelpQuestions(context: KpiContext): KpiResult {
  const { scalars } = context;
  return { value: scalars.scalar(Scalar.helpQuestions), n: scalars.scalar(Scalar.helpN) };
}

/**
 * uniqueClients (SPEC §4): distinct clientIds over the cases active in P. Cases without a
 * clientId are not clients we can count and are left out.
 *
 * @param context - The KPI context.
 * @returns The count of distinct clients.
 * @example
 * computeUniqueClients(context) // { value: 498, n: 498 }
 */
export function computeUniqueClients(context: KpiContext): KpiResult {
  return countResult(context.stats.uniqueClients);
}

/**
 * complaints (SPEC §4): rows of the complaints table with a date in P. Complaints cannot be
 * tied to cases, so with a case filter the value is null rather than an unfiltered number.
 *
 * @param context - The KPI context.
 * @returns The count, or null without a complaints table or with a filter.
 * @example
 * computeComplaints(context) // { value: 2, n: 2 }
 */
export function computeComplaints(context: KpiContext): KpiResult {
  const complaints = context.dataset.complaints;
  if (complaints === undefined || context.hasFilter) return UNAVAILABLE;
  const { start, end } = context.period;
  let count = 0;
  for (let r = 0; r < complaints.size; r++) {
    const d = complaints.date[r] as number;
    if (d >= start && d <= end) count++;
  }
  return countResult(count);
}
