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

/** Eligible cases scattered by the high digit of their clientKey (see {@link groupCasesByClient}). */
export interface ClientBuckets {
  /**
   * Tuples ({@link STRIDE} numbers per case), bucket by bucket, in table order within a
   * bucket; the first `count` tuples of a buffer shared between calls (use them before the
   * next call).
   */
  readonly tuples: Int32Array;
  /** Number of tuples. */
  readonly count: number;
  /** Tuple index where bucket h starts (h = clientKey >>> lowBits); one more entry at the end. */
  readonly bucketStart: Int32Array;
  /** Bits of the low digit: a bucket holds the clients h·2^lowBits .. (h+1)·2^lowBits − 1. */
  readonly lowBits: number;
}

/**
 * Groups the cases that can take part in recidive (a client and a usable start) into buckets
 * of 2^lowBits consecutive clientKeys, as tuples (row, start, effective closedOn, domain bits,
 * client), in table order within a bucket. One counting pass and one scatter (O(n), no per-row
 * objects): scattering into a few hundred runs keeps the writes cache-friendly where
 * scattering straight to half a million clients would not; each bucket is then small enough
 * to be sorted by client in the cache (see `writeRecidiveFacts`). Each pass is a function of
 * its own with one loop, which V8 optimises once instead of deoptimising a long function
 * repeatedly.
 *
 * @param table - The columns (see `recidiveFactInput`): the start column recidive uses and
 *   the invalid bits that exclude a case (the start's and clientId's) among them.
 * @returns The buckets.
 * @example
 * const buckets = groupCasesByClient(recidiveFactInput(table, 'startedOn'));
 */
export function groupCasesByClient(table: RecidiveFactInput): ClientBuckets {
  const { startDay, eligibleBits } = table;
  const clients = table.clientCount;
  const lowBits = Math.max(1, Math.ceil(Math.log2(clients + 1) / 2));
  const bucketStart = new Int32Array((clients >>> lowBits) + 2);
  const { clientKey, invalid, closedOn, domainStart, domainCodes } = table;
  const columns = new TupleColumns(clientKey, invalid, closedOn, domainStart, domainCodes);
  // In chunks of rows, so that each pass is called often enough to be optimised as a function.
  let count = 0;
  for (let from = 0; from < table.size; from += CHUNK) {
    const to = Math.min(table.size, from + CHUNK);
    count += countPerBucket(columns, startDay, eligibleBits, lowBits, bucketStart, from, to);
  }
  for (let k = 1; k < bucketStart.length; k++)
    bucketStart[k] = (bucketStart[k] as number) + (bucketStart[k - 1] as number);
  const tuples = new Int32Array(count * STRIDE);
  const fill = bucketStart.slice();
  for (let from = 0; from < table.size; from += CHUNK) {
    const to = Math.min(table.size, from + CHUNK);
    scatterToBuckets(columns, startDay, eligibleBits, lowBits, fill, tuples, from, to);
  }
  return { tuples, count, bucketStart, lowBits };
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
 * The tuple of every eligible case of rows [from, to), in row order, into its bucket at
 * `fill[h]` (which moves on).
 */
function scatterToBuckets(
  columns: TupleColumns,
  startDay: DayColumn,
  eligibleBits: number,
  lowBits: number,
  fill: Int32Array,
  tuples: Int32Array,
  from: number,
  to: number
): void {
  const { clientKey, invalid, closedOn, domainStart, domainCodes } = columns;
  // Read once: FieldBit is built from the field list, an object V8 keeps as a dictionary, whose
  // every read per row cost this loop about a fifth of its time.
  const closedOnBit = FieldBit.closedOn;
  for (let i = from; i < to; i++) {
    const client = clientKey[i] as number;
    const s = startDay[i] as number;
    const bad = invalid[i] as number;
    if (!isEligible(client, s, bad, eligibleBits)) continue;
    const h = client >>> lowBits;
    const at = fill[h] as number;
    fill[h] = at + 1;
    const c = closedOn[i] as number;
    let domains = 0;
    const to = domainStart[i + 1] as number;
    for (let x = domainStart[i] as number; x < to; x++) {
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
