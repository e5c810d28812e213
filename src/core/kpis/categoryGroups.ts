import { FieldBit, type CaseTable } from "../types";
import { describeCategories, TallyBuilder } from "./groupTally";
import type { GroupContext, GroupTally } from "./groupTypes";
import { ScanBit } from "./periodScan";
import type { PeriodStats } from "./periodStats";

type CategoryField = "caseType" | "product" | "closeReason" | "referrer" | "team";

/**
 * Cases per category bucket with one membership: the category code, or `labels.length`
 * ("Onbekend") when the value is empty or invalid. Taken from the period's tallies; a
 * combination they do not keep is counted from the flags.
 */
function membersByCategory(
  table: CaseTable,
  stats: PeriodStats,
  field: CategoryField,
  membership: number
): Float64Array {
  const kept = keptTally(stats, field, membership);
  if (kept !== undefined) return kept;
  const { codes, labels } = table[field];
  const { invalid } = table;
  const { flags } = stats;
  const bit = FieldBit[field];
  const counts = new Float64Array(labels.length + 1);
  for (let i = 0; i < flags.length; i++) {
    if (((flags[i] as number) & membership) === 0) continue;
    const code = codes[i] as number;
    const b = code < 0 || ((invalid[i] as number) & bit) !== 0 ? labels.length : code;
    counts[b] = (counts[b] as number) + 1;
  }
  return counts;
}

function keptTally(
  stats: PeriodStats,
  field: CategoryField,
  membership: number
): Float64Array | undefined {
  switch (`${field}:${membership}`) {
    case `caseType:${ScanBit.active}`:
      return stats.caseTypeActive;
    case `product:${ScanBit.active}`:
      return stats.productActive;
    case `team:${ScanBit.started}`:
      return stats.teamStarted;
    case `team:${ScanBit.active}`:
      return stats.teamActive;
    case `team:${ScanBit.closed}`:
      return stats.teamClosed;
    case `closeReason:${ScanBit.closed}`:
      return stats.closeReasonClosed;
    case `referrer:${ScanBit.started}`:
      return stats.referrerStarted;
    default:
      return undefined;
  }
}

function addCounts(builder: TallyBuilder, measure: number, counts: Float64Array): void {
  for (let b = 0; b < counts.length; b++) {
    if ((counts[b] as number) > 0) builder.countMany(measure, b, counts[b] as number);
  }
}

/** Sums and counts per bucket for a mean measure. */
function addMeans(
  builder: TallyBuilder,
  measure: number,
  sums: Float64Array,
  n: Float64Array
): void {
  for (let b = 0; b < n.length; b++) {
    if ((n[b] as number) > 0) builder.addMany(measure, b, sums[b] as number, n[b] as number);
  }
}

/**
 * byCaseType / byProduct (SPEC §4): per category, the active cases (measure 0) and the mean
 * duration of the cases closed in P (measure 1; cases without a usable start are skipped).
 *
 * @param field - 'caseType' or 'product'.
 * @returns The group calculation.
 * @example
 * tallyActiveAndDuration('caseType')(context).buckets[0] // { key: 'IT', sum: [531, 99468], n: [531, 354], ... }
 */
export function tallyActiveAndDuration(
  field: "caseType" | "product"
): (context: GroupContext) => GroupTally {
  return ({ kpi }) => {
    const { table, stats } = kpi;
    const labels = table[field].labels;
    const builder = new TallyBuilder(2, labels.length + 1);
    addCounts(builder, 0, membersByCategory(table, stats, field, ScanBit.active));
    if (field === "caseType")
      addMeans(builder, 1, stats.caseTypeDurationSum, stats.caseTypeDurationN);
    else addMeans(builder, 1, stats.productDurationSum, stats.productDurationN);
    return builder.build(describeCategories(labels));
  };
}

/**
 * byCloseReason / byReferrer (SPEC §4): per category, the cases with one membership (closed,
 * started) in P.
 *
 * @param field - The category field.
 * @param membership - A {@link ScanBit}.
 * @returns The group calculation.
 * @example
 * tallyMembers('closeReason', ScanBit.closed)(context)
 */
export function tallyMembers(
  field: CategoryField,
  membership: number
): (context: GroupContext) => GroupTally {
  return ({ kpi }) => {
    const labels = kpi.table[field].labels;
    const builder = new TallyBuilder(1, labels.length + 1);
    addCounts(builder, 0, membersByCategory(kpi.table, kpi.stats, field, membership));
    return builder.build(describeCategories(labels));
  };
}

/**
 * byTeam (SPEC §4): per team, started (0), active (1), closed (2) and the mean wait in days of
 * the cases with their intake in P (3; cases without a usable registeredOn are skipped).
 *
 * @param context - The group context.
 * @returns The tally.
 * @example
 * tallyByTeam(context).buckets.map((b) => b.label) // ['Noord', 'Zuid', 'Onbekend']
 */
export function tallyByTeam({ kpi }: GroupContext): GroupTally {
  const { table, stats } = kpi;
  const labels = table.team.labels;
  const builder = new TallyBuilder(4, labels.length + 1);
  addCounts(builder, 0, stats.teamStarted);
  addCounts(builder, 1, stats.teamActive);
  addCounts(builder, 2, stats.teamClosed);
  addMeans(builder, 3, stats.teamWaitSum, stats.teamWaitN);
  return builder.build(describeCategories(labels));
}
