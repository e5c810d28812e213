import { civilFromDays, daysFromCivil } from "../dates/civil";
import { daysInMonth } from "../dates/daysInMonth";
import { MAX_CASE_TYPE_BUCKETS } from "../filters/compileCaseTypeSelector";
import { ScanBit } from "../kpis/scanBits";
import {
  FieldBit,
  type CaseTable,
  type DayColumn,
  type Period,
  type RecidiveOptions,
} from "../types";
import { RecidiveStatus } from "./recidiveStatus";

/** Offsets of the counters of one caseType partition in {@link PartitionedRecidive.counts}. */
export const RecidiveCount = {
  started: 0,
  withClient: 1,
  newClients: 2,
  reopened: 3,
  passGap: 4,
  multiplePrevious: 5,
  sameQuestion: 6,
  recidive: 7,
} as const;

/** Counters per partition. */
export const RECIDIVE_COUNTS = 8;

/**
 * The recidive tallies of SPEC §5 for one period and one set of options, per caseType
 * partition (see `caseTypeBucket`), so that every caseType filter is answered without another
 * pass: counts add up over the partitions a filter keeps, and the recidive cases' clients are
 * kept to count distinct recidivists.
 */
export interface PartitionedRecidive {
  /** caseType labels + 2, or 1 when the table has too many case types to keep them apart. */
  readonly partitions: number;
  /** Per partition, the {@link RecidiveCount} counters. */
  readonly counts: Float64Array;
  /** The client of every recidive case, in table order. */
  readonly clients: readonly number[];
  /** The partition of every recidive case. */
  readonly clientPartitions: readonly number[];
}

/**
 * Adds one case whose recidive start is in the period to the counters at `at`, following
 * SPEC §5 with the case's precomputed fact (`recidiveFacts`).
 *
 * @param counts - Counters.
 * @param at - Offset of the case's partition.
 * @param fact - The case's packed fact.
 * @param limit - The latest closedOn of the previous case that leaves the gap: the case's
 *   start minus minGapMonths months (see {@link gapThresholds}).
 * @param domainsValid - Whether the case's main domains are valid.
 * @param sameDomain - The recidive option.
 * @returns True when the case counts as recidive (steps 1–5).
 * @example
 * if (tallyRecidiveCase(counts, 0, packed[i], threshold[start[i] - p0], true, true)) rows.push(i);
 */
export function tallyRecidiveCase(
  counts: Float64Array,
  at: number,
  fact: number,
  limit: number,
  domainsValid: boolean,
  sameDomain: boolean
): boolean {
  // The steps as 0/1 numbers rather than ifs: which step a case stops at is unpredictable
  // from one case to the next, and the mispredicted branches cost more than adding zeros
  // (the recidive pass over a million cases: 15.3 → 13.8 ms).
  const status = fact & 3;
  const withClient = +(status !== RecidiveStatus.none);
  const noEarlier = +(status === RecidiveStatus.noEarlier);
  // Step 3 (every earlier case closed) and step 4: the previous case's closedOn (bits 4–30)
  // at least minGapMonths before the start.
  const passGap = +(status === RecidiveStatus.earlierClosed) & +(fact >>> 4 <= limit);
  const reopened = withClient & (noEarlier ^ 1) & (passGap ^ 1);
  const several = passGap & ((fact >>> 2) & 1);
  const shares = passGap & ((fact >>> 3) & 1) & +domainsValid;
  const recidive = shares | (passGap & +!sameDomain);
  counts[at] = (counts[at] as number) + 1;
  counts[at + 1] = (counts[at + 1] as number) + withClient;
  counts[at + 2] = (counts[at + 2] as number) + noEarlier;
  counts[at + 3] = (counts[at + 3] as number) + reopened;
  counts[at + 4] = (counts[at + 4] as number) + passGap;
  counts[at + 5] = (counts[at + 5] as number) + several;
  counts[at + 6] = (counts[at + 6] as number) + shares;
  counts[at + 7] = (counts[at + 7] as number) + recidive;
  return recidive !== 0;
}

/**
 * For every day of a period, that day minus `months` calendar months by the rule of
 * `subMonthsFromDay` (date-fns `subMonths`: the same day of the month, or the last day of a
 * shorter month), worked out a month at a time rather than a day at a time.
 *
 * @param period - The period.
 * @param months - Whole months, 0 or more.
 * @returns Per day (index day − period.start), the earlier day.
 * @example
 * gapThresholds(parsePeriod('aug 2024'), 6)[30] // 29 February 2024
 */
export function gapThresholds(period: Pick<Period, "start" | "end">, months: number): Float64Array {
  const thresholds = new Float64Array(Math.max(0, period.end - period.start + 1));
  let day = period.start;
  while (day <= period.end) {
    const { year, month, day: dayOfMonth } = civilFromDays(day);
    const monthIndex = year * 12 + (month - 1) - months;
    const targetYear = Math.floor(monthIndex / 12);
    const targetMonth = monthIndex - targetYear * 12 + 1;
    const targetLength = daysInMonth(targetYear, targetMonth);
    const targetFirst = daysFromCivil(targetYear, targetMonth, 1);
    const length = daysInMonth(year, month);
    for (let d = dayOfMonth; d <= length && day <= period.end; d++, day++)
      thresholds[day - period.start] = targetFirst + Math.min(d, targetLength) - 1;
  }
  return thresholds;
}

/** The ScanBit of the cases recidive counts as started: by the start field. */
export function recidiveStartBit(options: RecidiveOptions): number {
  return options.startField === "registeredOn" ? ScanBit.registered : ScanBit.started;
}

/** Number of caseType partitions recidive keeps for a table. */
export function recidivePartitions(table: CaseTable): number {
  const buckets = table.caseType.labels.length + 2;
  return buckets <= MAX_CASE_TYPE_BUCKETS ? buckets : 1;
}

/** The period {@link tallyPartitionedRecidive} tallies, with the ScanBits of its cases. */
export interface RecidivePartitionPeriod {
  /** Per case, its ScanBits in the period (`scanPeriod`). */
  readonly flags: Uint8Array;
  readonly start: number;
  readonly end: number;
}

/**
 * The partitioned recidive tallies of a period in one pass over the cases whose recidive
 * start is in it (SPEC §5 steps 1–5 per case, from the packed facts).
 *
 * @param table - The case table.
 * @param period - The period and its ScanBits per case.
 * @param options - Complete recidive options.
 * @param facts - The start day and packed facts of `options.startField` (`RecidiveFacts`).
 * @returns The tallies.
 * @example
 * const flags = scanPeriod(table, period, null, '').flags;
 * tallyPartitionedRecidive(table, { ...period, flags }, options, getRecidiveFacts(table, 'startedOn'));
 */
export function tallyPartitionedRecidive(
  table: CaseTable,
  period: RecidivePartitionPeriod,
  options: RecidiveOptions,
  facts: { readonly startDay: DayColumn; readonly packed: Int32Array }
): PartitionedRecidive {
  const partitions = recidivePartitions(table);
  const pass = new PartitionPass(
    recidiveStartBit(options),
    table.invalid,
    table.caseType.codes,
    partitions === 1 ? -1 : table.caseType.labels.length,
    facts.startDay,
    facts.packed,
    options.sameDomain,
    period.flags,
    gapThresholds(period, options.minGapMonths),
    period.start,
    new Float64Array(partitions * RECIDIVE_COUNTS)
  );
  // In chunks, so that the loop is called often enough to be optimised as a function.
  const n = pass.flags.length;
  for (let from = 0; from < n; from += CHUNK)
    tallyListed(
      pass,
      listRows(pass.flags, pass.shift, pass.listed, from, Math.min(n, from + CHUNK))
    );
  const { clientKey } = table;
  const clients: number[] = [];
  const clientPartitions: number[] = [];
  for (let k = 0; k < pass.count; k++) {
    clients.push(clientKey[pass.rows[k] as number] as number);
    clientPartitions.push(pass.parts[k] as number);
  }
  return { partitions, counts: pass.counts, clients, clientPartitions };
}

/** Rows per chunk of {@link tallyPartitionedRecidive}. */
const CHUNK = 16384;

/** What {@link tallyListed} reads and writes. */
class PartitionPass {
  /** The bit's position: flag >>> shift & 1 is 1 when the case has it. */
  readonly shift: number;
  /** The rows of a chunk that have the bit in the period. */
  readonly listed = new Int32Array(CHUNK);
  /** The recidive cases' rows and partitions: `count` of them. */
  rows: Int32Array;
  parts: Int32Array;
  count: number;

  /**
   * @param bit - A single ScanBit.
   * @param caseTypes - Number of caseType labels, or -1 for a single partition.
   * @param threshold - Per day of the period, that day minus minGapMonths months.
   */
  constructor(
    bit: number,
    readonly invalid: Uint32Array,
    readonly caseTypeCodes: Int32Array,
    readonly caseTypes: number,
    readonly startDay: DayColumn,
    readonly packed: Int32Array,
    readonly sameDomain: boolean,
    readonly flags: Uint8Array,
    readonly threshold: Float64Array,
    readonly start: number,
    readonly counts: Float64Array
  ) {
    this.shift = 31 - Math.clz32(bit);
    const room = Math.max(256, flags.length >> 5);
    this.rows = new Int32Array(room);
    this.parts = new Int32Array(room);
    this.count = 0;
  }
}

/**
 * Writes the rows [from, to) whose flag has the bit at `shift` to `listed`, without a branch
 * (whether a row is in is as good as random, and a mispredicted branch per row cost more than
 * the rest of the pass); returns how many.
 */
function listRows(
  flags: Uint8Array,
  shift: number,
  listed: Int32Array,
  from: number,
  to: number
): number {
  let count = 0;
  for (let i = from; i < to; i++) {
    listed[count] = i;
    count += ((flags[i] as number) >>> shift) & 1;
  }
  return count;
}

/** Tallies the first `count` rows of `pass.listed`. */
function tallyListed(pass: PartitionPass, count: number): void {
  const { invalid, caseTypeCodes, caseTypes, startDay, packed, sameDomain, listed } = pass;
  const { threshold, start, counts } = pass;
  for (let k = 0; k < count; k++) {
    const i = listed[k] as number;
    const bad = invalid[i] as number;
    const code = caseTypeCodes[i] as number;
    // caseTypeBucket, inlined.
    const part =
      caseTypes < 0
        ? 0
        : (bad & FieldBit.caseType) !== 0
          ? caseTypes + 1
          : code < 0
            ? caseTypes
            : code;
    const limit = threshold[(startDay[i] as number) - start] as number;
    const domainsValid = (bad & FieldBit.mainDomains) === 0;
    if (
      tallyRecidiveCase(
        counts,
        part * RECIDIVE_COUNTS,
        packed[i] as number,
        limit,
        domainsValid,
        sameDomain
      )
    )
      addRecidiveCase(pass, i, part);
  }
}

/** Adds a recidive case (rare: a function of its own). */
function addRecidiveCase(pass: PartitionPass, row: number, part: number): void {
  if (pass.count === pass.rows.length) {
    pass.rows = doubled(pass.rows);
    pass.parts = doubled(pass.parts);
  }
  pass.rows[pass.count] = row;
  pass.parts[pass.count] = part;
  pass.count++;
}

function doubled(values: Int32Array): Int32Array {
  const bigger = new Int32Array(values.length * 2);
  bigger.set(values);
  return bigger;
}
