import { caseTypeBucket, MAX_CASE_TYPE_BUCKETS } from "../filters/compileCaseTypeSelector";
import {
  gapThresholds,
  RECIDIVE_COUNTS,
  recidiveStartBit,
  type PartitionedRecidive,
} from "../recidive/partitionedRecidive";
import type { RecidiveFacts } from "../recidive/recidiveFacts";
import { DEFAULT_RECIDIVE_OPTIONS } from "../recidive/recidiveOptions";
import { FieldBit, type CaseTable, type Period, type RecidiveOptions } from "../types";
import { packedDateTable } from "./calendarLookup";
import { passLayout, type PassLayout } from "./passLayout";
import { scanFlags, scanFlagsOfTwo } from "./scanFlags";
import { LoopColumns, LoopInput, seenBytes, tallyLoop } from "./tallyLoop";

/** Longest period (in days) whose day tallies are kept: 179 years. */
export const MAX_DAY_TALLIES = 1 << 16;

/** Recidive to tally in the same pass (see `partitionedRecidive`). */
export interface RecidiveRequest {
  readonly options: RecidiveOptions;
  readonly facts: RecidiveFacts;
  /** Per period, whether to tally recidive for it. */
  readonly periods: readonly boolean[];
}

/** The raw tallies of one or two periods, as {@link tallyPeriods} leaves them. */
export interface PeriodTallies {
  readonly layout: PassLayout;
  /** Per period, the flags (scanned here or given). */
  readonly flags: readonly Uint8Array[];
  /** Per period, the recidive tallies when asked for. */
  readonly recidive: readonly (PartitionedRecidive | null)[];
  /** Per period: the numbers of `layout`, then (when kept) four day tallies of `dayLengths[k]` days. */
  readonly runs: readonly Float64Array[];
  /** Per period: its length in days when the day tallies were kept, else 0. */
  readonly dayLengths: readonly number[];
}

/**
 * Tallies everything the KPIs of SPEC §4 count in one or two periods, in one pass over the
 * cases with a membership flag in either, into the joint counts of `passLayout` (from which
 * `statsViews` derives each KPI's tally): most cases add to a handful of counters instead of
 * one per KPI, and what does not depend on the period (buckets, the age at the start) is
 * worked out once for both periods. Flags not given are scanned first (both periods' in one
 * pass over the dates), and the recidive tallies of SPEC §5 can be made in the same pass. The
 * rules per KPI are documented where the tallies are read (countKpis, meanKpis, rateKpis and
 * the group files).
 *
 * @param table - The case table.
 * @param periods - One or two periods.
 * @param flagsList - Per period, the {@link ScanBit}s per case (0 for cases a filter drops),
 *   or null to scan them (no filter).
 * @param recidive - Recidive to tally, or null.
 * @returns The raw tallies.
 * @example
 * const tallies = tallyPeriods(table, [period, previous], [null, null], null);
 */
export function tallyPeriods(
  table: CaseTable,
  periods: readonly Period[],
  flagsList: readonly (Uint8Array | null)[],
  recidive: RecidiveRequest | null
): PeriodTallies {
  const caseTypes = table.caseType.labels.length;
  const partitioned = caseTypes + 2 <= MAX_CASE_TYPE_BUCKETS;
  const layout = passLayout(
    {
      caseType: caseTypes,
      product: table.product.labels.length,
      team: table.team.labels.length,
      closeReason: table.closeReason.labels.length,
      referrer: table.referrer.labels.length,
      domains: table.domainLabels.length,
    },
    partitioned ? caseTypes + 2 : 1
  );
  // Both periods' numbers in one array: the second period's start at `second`.
  const two = flagsList.length > 1;
  const periodA = periods[0] as Period;
  const periodB = (two ? periods[1] : periods[0]) as Period;
  const dayLengthA = dayLengthOf(periodA);
  const dayLengthB = two ? dayLengthOf(periodB) : 0;
  const second = layout.size + 4 * dayLengthA;
  const acc = new Float64Array(second + (two ? layout.size + 4 * dayLengthB : 0));
  let flagsA = flagsList[0] ?? null;
  let flagsB = two ? (flagsList[1] ?? null) : null;
  if (flagsA === null && flagsB === null && two)
    [flagsA, flagsB] = scanFlagsOfTwo(table, periodA, periodB);
  flagsA ??= scanFlags(table, periodA.start, periodA.end);
  if (two) flagsB ??= scanFlags(table, periodB.start, periodB.end);
  const flagsOfB = flagsB ?? flagsA;

  // Recidive: per period, counters per partition and the rows of its recidive cases.
  const recidiveA = recidive !== null && recidive.periods[0] === true;
  const recidiveB = two && recidive !== null && recidive.periods[1] === true;
  const recidiveOptions = recidive?.options ?? DEFAULT_RECIDIVE_OPTIONS;
  const recidiveCounts = (on: boolean): Float64Array =>
    new Float64Array(on ? layout.partitions * RECIDIVE_COUNTS : 0);
  const threshold = (on: boolean, p: Period): Float64Array =>
    on ? gapThresholds(p, recidiveOptions.minGapMonths) : new Float64Array(0);
  const input = new LoopInput({
    columns: new LoopColumns(table),
    layout,
    partitioned,
    flagsA,
    flagsB: flagsOfB,
    two,
    a0: periodA.start,
    a1: periodA.end,
    b0: periodB.start,
    b1: periodB.end,
    dayLengthA,
    dayLengthB,
    second,
    acc,
    seen: new Uint8Array(seenBytes(table.clientCount ?? table.clientIds.length)),
    packedDates: packedDateTable(),
    recidiveA,
    recidiveB,
    recidiveBit: recidive === null ? 0 : recidiveStartBit(recidive.options),
    sameDomain: recidiveOptions.sameDomain,
    recidiveStart: recidive?.facts.startDay ?? table.start,
    facts: recidive?.facts.packed ?? new Int32Array(0),
    countsA: recidiveCounts(recidiveA),
    countsB: recidiveCounts(recidiveB),
    thresholdA: threshold(recidiveA, periodA),
    thresholdB: threshold(recidiveB, periodB),
  });
  tallyLoop(input);

  const slots = two ? [0, 1] : [0];
  return {
    layout,
    flags: two ? [flagsA, flagsOfB] : [flagsA],
    recidive: slots.map((q) =>
      (q === 0 ? recidiveA : recidiveB)
        ? recidiveOf(
            table,
            input,
            q === 0 ? input.countsA : input.countsB,
            q === 0 ? input.rowsA.subarray(0, input.countA) : input.rowsB.subarray(0, input.countB)
          )
        : null
    ),
    runs: slots.map((q) => (q === 0 ? acc.subarray(0, second) : acc.subarray(second))),
    dayLengths: two ? [dayLengthA, dayLengthB] : [dayLengthA],
  };
}

/** The recidive tallies of a period: its counters and the clients of its recidive cases. */
function recidiveOf(
  table: CaseTable,
  input: LoopInput,
  counts: Float64Array,
  rows: Int32Array
): PartitionedRecidive {
  const { clientKey, invalid } = table;
  const caseTypeCodes = table.caseType.codes;
  const caseTypes = table.caseType.labels.length;
  const clients: number[] = [];
  const clientPartitions: number[] = [];
  for (let k = 0; k < rows.length; k++) {
    const i = rows[k] as number;
    clients.push(clientKey[i] as number);
    const bad = (invalid[i] as number) & FieldBit.caseType;
    const code = caseTypeCodes[i] as number;
    clientPartitions.push(input.partitioned ? caseTypeBucket(code, bad !== 0, caseTypes) : 0);
  }
  return { partitions: input.layout.partitions, counts, clients, clientPartitions };
}

/** The number of days of a period, or 0 when it is too long to keep day tallies for. */
function dayLengthOf(period: Period): number {
  const length = period.end - period.start + 1;
  return length > 0 && length <= MAX_DAY_TALLIES ? length : 0;
}
