import { civilFromDays, daysFromCivil } from "../dates/civil";
import { daysInMonth } from "../dates/daysInMonth";
import { MAX_CASE_TYPE_BUCKETS } from "../filters/compileCaseTypeSelector";
import { ScanBit, scanPeriod } from "../kpis/periodScan";
import {
  FieldBit,
  type CaseTable,
  type DayColumn,
  type Period,
  type RecidiveOptions,
} from "../types";
import { getRecidiveFacts, type RecidiveFacts } from "./recidiveFacts";
import { RecidiveStatus } from "./recidiveStatus";

// Module constants as plain constants of this module: compiled to CommonJS (the command
// line), an imported or exported constant is read from a module object on every use, which
// costs measurably in the loop that calls tallyRecidiveCase.
const NONE = RecidiveStatus.none;
const NO_EARLIER = RecidiveStatus.noEarlier;
const EARLIER_OPEN = RecidiveStatus.earlierOpen;
const CASE_TYPE_BIT = FieldBit.caseType;
const DOMAINS_BIT = FieldBit.mainDomains;

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
  counts[at] = (counts[at] as number) + 1;
  const status = fact & 3;
  if (status === NONE) return false;
  counts[at + 1] = (counts[at + 1] as number) + 1;
  if (status === NO_EARLIER) {
    counts[at + 2] = (counts[at + 2] as number) + 1;
    return false;
  }
  // Step 3 fails (an earlier case still open), or step 4: the previous case's closedOn
  // (bits 4–30) must be at least minGapMonths before the start.
  if (status === EARLIER_OPEN || !(fact >>> 4 <= limit)) {
    counts[at + 3] = (counts[at + 3] as number) + 1;
    return false;
  }
  counts[at + 4] = (counts[at + 4] as number) + 1;
  if ((fact & 4) !== 0) counts[at + 5] = (counts[at + 5] as number) + 1;
  const shares = (fact & 8) !== 0 && domainsValid;
  if (shares) counts[at + 6] = (counts[at + 6] as number) + 1;
  if (!shares && sameDomain) return false;
  counts[at + 7] = (counts[at + 7] as number) + 1;
  return true;
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
export function gapThresholds(period: Period, months: number): Float64Array {
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

const cache = new WeakMap<CaseTable, Map<string, PartitionedRecidive>>();
const MAX_CACHED = 32;

function keyOf(period: Period, options: RecidiveOptions): string {
  return `${period.start}:${period.end}:${options.minGapMonths}:${options.sameDomain}:${options.startField}`;
}

/**
 * Whether the partitioned tallies of a period and options are in the cache.
 *
 * @param table - The case table.
 * @param period - The period.
 * @param options - Complete recidive options.
 * @returns True when cached.
 * @example
 * hasPartitionedRecidive(table, period, DEFAULT_RECIDIVE_OPTIONS) // false before the first use
 */
export function hasPartitionedRecidive(
  table: CaseTable,
  period: Period,
  options: RecidiveOptions
): boolean {
  return cache.get(table)?.has(keyOf(period, options)) === true;
}

/**
 * Keeps partitioned tallies made elsewhere (in the pass that tallies the period's KPIs).
 *
 * @param table - The case table.
 * @param period - The period.
 * @param options - Complete recidive options.
 * @param tallies - The tallies.
 * @example
 * keepPartitionedRecidive(table, period, options, tallies);
 */
export function keepPartitionedRecidive(
  table: CaseTable,
  period: Period,
  options: RecidiveOptions,
  tallies: PartitionedRecidive
): void {
  let perTable = cache.get(table);
  if (perTable === undefined) {
    perTable = new Map();
    cache.set(table, perTable);
  }
  if (perTable.size >= MAX_CACHED) {
    const oldest = perTable.keys().next().value;
    if (oldest !== undefined) perTable.delete(oldest);
  }
  perTable.set(keyOf(period, options), tallies);
}

/**
 * The partitioned recidive tallies of a period: from the cache, or in one pass over the
 * cases whose recidive start is in the period.
 *
 * @param table - The case table.
 * @param period - The period.
 * @param options - Complete recidive options.
 * @returns The tallies.
 * @example
 * getPartitionedRecidive(table, period, DEFAULT_RECIDIVE_OPTIONS).counts
 */
export function getPartitionedRecidive(
  table: CaseTable,
  period: Period,
  options: RecidiveOptions
): PartitionedRecidive {
  const cached = cache.get(table)?.get(keyOf(period, options));
  if (cached !== undefined) return cached;
  const tallies = tallyPartitions(
    table,
    period,
    options,
    getRecidiveFacts(table, options.startField)
  );
  keepPartitionedRecidive(table, period, options, tallies);
  return tallies;
}

function tallyPartitions(
  table: CaseTable,
  period: Period,
  options: RecidiveOptions,
  facts: RecidiveFacts
): PartitionedRecidive {
  const partitions = recidivePartitions(table);
  const input = new PartitionInput(
    scanPeriod(table, period, null, "").flags,
    recidiveStartBit(options),
    table.invalid,
    table.caseType.codes,
    partitions === 1 ? -1 : table.caseType.labels.length,
    facts.startDay,
    facts.packed,
    gapThresholds(period, options.minGapMonths),
    period.start,
    options.sameDomain,
    new Float64Array(partitions * RECIDIVE_COUNTS)
  );
  // In chunks, so that the loop is called often enough to be optimised as a function.
  for (let from = 0; from < input.flags.length; from += CHUNK)
    tallyPartitionRows(input, from, Math.min(input.flags.length, from + CHUNK));
  const { clientKey } = table;
  const clients: number[] = [];
  const clientPartitions: number[] = [];
  for (let k = 0; k < input.count; k++) {
    const i = input.rows[k] as number;
    clients.push(clientKey[i] as number);
    clientPartitions.push(input.parts[k] as number);
  }
  return { partitions, counts: input.counts, clients, clientPartitions };
}

/** Rows per call of {@link tallyPartitionRows}. */
const CHUNK = 16384;

/** What {@link tallyPartitionRows} reads and writes, with a hidden class kept for good. */
class PartitionInput {
  /** An instance kept for good, so that V8 keeps the hidden class of all instances. */
  static readonly shape = new PartitionInput(
    new Uint8Array(0),
    0,
    new Uint32Array(0),
    new Int32Array(0),
    -1,
    new Float32Array(0),
    new Int32Array(0),
    new Float64Array(0),
    0,
    false,
    new Float64Array(0)
  );

  /** The recidive cases' rows and partitions: `count` of them. */
  rows: Int32Array;
  parts: Int32Array;
  count: number;

  /**
   * @param caseTypes - Number of caseType labels, or -1 for a single partition.
   * @param threshold - Per day of the period, its start minus minGapMonths months.
   */
  constructor(
    readonly flags: Uint8Array,
    readonly bit: number,
    readonly invalid: Uint32Array,
    readonly caseTypeCodes: Int32Array,
    readonly caseTypes: number,
    readonly startDay: DayColumn,
    readonly packed: Int32Array,
    readonly threshold: Float64Array,
    readonly periodStart: number,
    readonly sameDomain: boolean,
    readonly counts: Float64Array
  ) {
    const room = Math.max(256, flags.length >> 5);
    this.rows = new Int32Array(room);
    this.parts = new Int32Array(room);
    this.count = 0;
  }
}

/** Rows [from, to) of `tallyPartitions`: the cases whose recidive start is in the period. */
function tallyPartitionRows(input: PartitionInput, from: number, to: number): void {
  const { flags, bit, invalid, caseTypeCodes, caseTypes, startDay, packed } = input;
  const { threshold, periodStart, sameDomain, counts } = input;
  const BIT_CASE_TYPE = CASE_TYPE_BIT;
  const BIT_DOMAINS = DOMAINS_BIT;
  const COUNTS = RECIDIVE_COUNTS;
  for (let i = from; i < to; i++) {
    if (((flags[i] as number) & bit) === 0) continue;
    const bad = invalid[i] as number;
    const code = caseTypeCodes[i] as number;
    // caseTypeBucket, inlined.
    const part =
      caseTypes < 0 ? 0 : (bad & BIT_CASE_TYPE) !== 0 ? caseTypes + 1 : code < 0 ? caseTypes : code;
    const limit = threshold[(startDay[i] as number) - periodStart] as number;
    const domainsValid = (bad & BIT_DOMAINS) === 0;
    if (
      tallyRecidiveCase(counts, part * COUNTS, packed[i] as number, limit, domainsValid, sameDomain)
    )
      addRecidiveCase(input, i, part);
  }
}

/** Adds a recidive case (rare: a function of its own). */
function addRecidiveCase(input: PartitionInput, row: number, part: number): void {
  if (input.count === input.rows.length) {
    input.rows = doubled(input.rows);
    input.parts = doubled(input.parts);
  }
  input.rows[input.count] = row;
  input.parts[input.count] = part;
  input.count++;
}

function doubled(values: Int32Array): Int32Array {
  const bigger = new Int32Array(values.length * 2);
  bigger.set(values);
  return bigger;
}
