import { DAY_FLOOR } from "../kpis/dayFloor";
import { FieldBit, type DayColumn } from "../types";
import type { RecidiveFactInput } from "./recidiveFactInput";

/** Rows per call of the passes below. */
const CHUNK = 16384;

/** Tuple per eligible case: row, start, effective closedOn, domain bits, client. */
export const STRIDE = 5;
/** Effective closedOn of a case not shown to be closed (empty or invalid closedOn). */
export const OPEN = 0x7fffffff;
/** Domain bit set when a case has a domain code ≥ 31 (then domains are compared exactly). */
export const WIDE = 1 << 31;

/**
 * The eligible cases counted per bucket of clientKeys (see {@link countCasesByClient}); the
 * tuples of a range of buckets are then scattered at a time ({@link scatterBucketRange}).
 */
export interface ClientBuckets {
  /** Number of eligible cases (tuples) in all buckets. */
  readonly count: number;
  /** Tuple index where bucket h starts (h = clientKey >>> lowBits); one more entry at the end. */
  readonly bucketStart: Int32Array;
  /** Bits of the low digit: a bucket holds the clients h·2^lowBits .. (h+1)·2^lowBits − 1. */
  readonly lowBits: number;
}

/**
 * Counts the cases that can take part in recidive (a client and a usable start) per bucket of
 * 2^lowBits consecutive clientKeys: the first of the two passes that group the cases by
 * client (O(n), no per-row objects). Scattering into a few hundred runs keeps the writes
 * cache-friendly where scattering straight to half a million clients would not; each bucket
 * is then small enough to be sorted by client in the cache (see `writeRecidiveFacts`). Each
 * pass is a function of its own with one loop, which V8 optimises once instead of
 * deoptimising a long function repeatedly.
 *
 * @param table - The columns (see `recidiveFactInput`): the start column recidive uses and
 *   the invalid bits that exclude a case (the start's and clientId's) among them.
 * @returns The buckets' sizes.
 * @example
 * const input = recidiveFactInput(table, 'startedOn');
 * countCasesByClient(input).count; //=> the cases with a client and a usable start
 */
export function countCasesByClient(table: RecidiveFactInput): ClientBuckets {
  const { startDay, eligibleBits } = table;
  const clients = table.clientCount;
  const lowBits = Math.max(1, Math.ceil(Math.log2(clients + 1) / 2));
  const bucketStart = new Int32Array((clients >>> lowBits) + 2);
  const columns = tupleColumns(table);
  // In chunks of rows, so that each pass is called often enough to be optimised as a function.
  let count = 0;
  for (let from = 0; from < table.size; from += CHUNK) {
    const to = Math.min(table.size, from + CHUNK);
    count += countPerBucket(columns, startDay, eligibleBits, lowBits, bucketStart, from, to);
  }
  for (let k = 1; k < bucketStart.length; k++)
    bucketStart[k] = (bucketStart[k] as number) + (bucketStart[k - 1] as number);
  return { count, bucketStart, lowBits };
}

/**
 * Writes the tuples (row, start, effective closedOn, domain bits, client) of the eligible
 * cases of buckets [first, end) into `tuples`, bucket by bucket from tuple 0 (bucket h from
 * tuple bucketStart[h] − bucketStart[first]), in table order within a bucket. One pass over
 * the table per range: the tuples of a range of buckets need room for that range only
 * (a million rows make 19 MB of tuples, which made V8 run a full collection), and a row
 * of another range costs one read of its clientKey.
 *
 * @param table - The columns, as for {@link countCasesByClient}.
 * @param buckets - The buckets' sizes, from {@link countCasesByClient}.
 * @param first - The range's first bucket.
 * @param end - The bucket after the range's last.
 * @param tuples - Room for the range's tuples ({@link STRIDE} numbers each), overwritten.
 * @example
 * const buckets = countCasesByClient(input);
 * const tuples = new Int32Array(buckets.count * STRIDE);
 * scatterBucketRange(input, buckets, 0, buckets.bucketStart.length - 1, tuples); // every tuple
 */
export function scatterBucketRange(
  table: RecidiveFactInput,
  buckets: ClientBuckets,
  first: number,
  end: number,
  tuples: Int32Array
): void {
  const { bucketStart, lowBits } = buckets;
  const origin = bucketStart[first] as number;
  const fill = bucketStart.slice(first, end);
  for (let h = 0; h < fill.length; h++) fill[h] = (fill[h] as number) - origin;
  const columns = tupleColumns(table);
  const range = new BucketRange(table.startDay, table.eligibleBits, lowBits, first, end);
  for (let from = 0; from < table.size; from += CHUNK) {
    const to = Math.min(table.size, from + CHUNK);
    scatterToBuckets(columns, range, fill, tuples, from, to);
  }
}

/** The columns the passes read. */
class TupleColumns {
  constructor(
    readonly clientKey: Int32Array,
    readonly invalid: Uint32Array,
    readonly closedOn: DayColumn,
    readonly domainStart: Int32Array,
    readonly domainCodes: Int32Array
  ) {}
}

function tupleColumns(table: RecidiveFactInput): TupleColumns {
  const { clientKey, invalid, closedOn, domainStart, domainCodes } = table;
  return new TupleColumns(clientKey, invalid, closedOn, domainStart, domainCodes);
}

/** What a scatter pass selects: the eligible cases of the buckets [first, end). */
class BucketRange {
  constructor(
    readonly startDay: DayColumn,
    readonly eligibleBits: number,
    readonly lowBits: number,
    readonly first: number,
    readonly end: number
  ) {}
}

/** Whether case i can take part in recidive at all: a client and a usable start. */
function isEligible(client: number, start: number, bad: number, eligibleBits: number): boolean {
  return client >= 0 && start >= DAY_FLOOR && (bad & eligibleBits) === 0;
}

/** Counts the eligible cases of rows [from, to) per bucket into bucketStart[h + 1]; returns how many. */
function countPerBucket(
  columns: TupleColumns,
  startDay: DayColumn,
  eligibleBits: number,
  lowBits: number,
  bucketStart: Int32Array,
  from: number,
  to: number
): number {
  const { clientKey, invalid } = columns;
  let m = 0;
  for (let i = from; i < to; i++) {
    const client = clientKey[i] as number;
    if (!isEligible(client, startDay[i] as number, invalid[i] as number, eligibleBits)) continue;
    const h = (client >>> lowBits) + 1;
    bucketStart[h] = (bucketStart[h] as number) + 1;
    m++;
  }
  return m;
}

/**
 * The tuple of every eligible case of rows [from, to) whose bucket is in the range, in row
 * order, into its bucket at `fill[h − range.first]` (which moves on).
 */
function scatterToBuckets(
  columns: TupleColumns,
  range: BucketRange,
  fill: Int32Array,
  tuples: Int32Array,
  from: number,
  to: number
): void {
  const { clientKey, invalid, closedOn, domainStart, domainCodes } = columns;
  const { startDay, eligibleBits, lowBits, first, end } = range;
  // Read once: FieldBit is built from the field list, an object V8 keeps as a dictionary, whose
  // every read per row cost this loop about a fifth of its time.
  const closedOnBit = FieldBit.closedOn;
  for (let i = from; i < to; i++) {
    const client = clientKey[i] as number;
    // A case without a client (-1) is in no range: -1 >>> lowBits is past every bucket.
    const h = client >>> lowBits;
    if (h < first || h >= end) continue;
    const s = startDay[i] as number;
    const bad = invalid[i] as number;
    if (!isEligible(client, s, bad, eligibleBits)) continue;
    const at = fill[h - first] as number;
    fill[h - first] = at + 1;
    const c = closedOn[i] as number;
    let domains = 0;
    const next = domainStart[i + 1] as number;
    for (let x = domainStart[i] as number; x < next; x++) {
      const code = domainCodes[x] as number;
      domains |= code < 31 ? 1 << code : WIDE;
    }
    const t = at * STRIDE;
    tuples[t] = i;
    tuples[t + 1] = s;
    tuples[t + 2] = c >= DAY_FLOOR && (bad & closedOnBit) === 0 ? c : OPEN;
    tuples[t + 3] = domains;
    tuples[t + 4] = client;
  }
}
