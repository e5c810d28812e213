import { DAY_FLOOR } from "../kpis/dayFloor";
import { FieldBit, type CaseTable } from "../types";

/** Tuple per eligible case: row, start, effective closedOn, domain bits, client. */
export const STRIDE = 5;
/** Effective closedOn of a case not shown to be closed (empty or invalid closedOn). */
export const OPEN = 0x7fffffff;
/** Domain bit set when a case has a domain code ≥ 31 (then domains are compared exactly). */
export const WIDE = 1 << 31;

/**
 * Groups the cases that can take part in recidive (a client and a usable start) by clientKey,
 * as tuples (row, start, effective closedOn, domain bits, client) in clientKey order, rows in
 * table order within a client. A stable radix sort in two passes (O(n), no per-row objects):
 * scattering into at most 2^bits runs at a time keeps the writes cache-friendly where
 * scattering straight to half a million clients would not. Each pass is a function of its own
 * with one loop, which V8 optimises once instead of deoptimising a long function repeatedly.
 *
 * @param table - The case table.
 * @param startDay - The start column recidive uses.
 * @param eligibleBits - Invalid bits that exclude a case (the start's and clientId's).
 * @returns The tuples ({@link STRIDE} numbers per case) and the number of cases.
 * @example
 * const { tuples, count } = groupCasesByClient(table, table.start, FieldBit.start | FieldBit.clientId);
 */
export function groupCasesByClient(
  table: CaseTable,
  startDay: Float64Array,
  eligibleBits: number
): { readonly tuples: Int32Array; readonly count: number } {
  const bits = Math.max(1, Math.ceil(Math.log2(table.clientIds.length + 1) / 2));
  const lowStart = new Int32Array((1 << bits) + 1);
  const highStart = new Int32Array((table.clientIds.length >>> bits) + 2);
  const count = countDigits(table, startDay, eligibleBits, bits, lowStart, highStart);
  const byLow = scatterByLowDigit(table, startDay, eligibleBits, bits, lowStart, count);
  return { tuples: scatterByHighDigit(byLow, bits, highStart, count), count };
}

/** Whether case i can take part in recidive at all: a client and a usable start. */
function isEligible(client: number, start: number, bad: number, eligibleBits: number): boolean {
  return client >= 0 && start >= DAY_FLOOR && (bad & eligibleBits) === 0;
}

/** Counts the eligible cases per low and per high digit of the clientKey; returns how many. */
function countDigits(
  table: CaseTable,
  startDay: Float64Array,
  eligibleBits: number,
  bits: number,
  lowStart: Int32Array,
  highStart: Int32Array
): number {
  const { clientKey, invalid } = table;
  const low = (1 << bits) - 1;
  let m = 0;
  for (let i = 0; i < table.size; i++) {
    const client = clientKey[i] as number;
    if (!isEligible(client, startDay[i] as number, invalid[i] as number, eligibleBits)) continue;
    const l = (client & low) + 1;
    const h = (client >>> bits) + 1;
    lowStart[l] = (lowStart[l] as number) + 1;
    highStart[h] = (highStart[h] as number) + 1;
    m++;
  }
  for (let k = 1; k < lowStart.length; k++)
    lowStart[k] = (lowStart[k] as number) + (lowStart[k - 1] as number);
  for (let k = 1; k < highStart.length; k++)
    highStart[k] = (highStart[k] as number) + (highStart[k - 1] as number);
  return m;
}

/** Pass 1: every eligible case's tuple, from the table in row order, by the client's low digit. */
function scatterByLowDigit(
  table: CaseTable,
  startDay: Float64Array,
  eligibleBits: number,
  bits: number,
  lowStart: Int32Array,
  m: number
): Int32Array {
  const { clientKey, invalid, closedOn, domainStart, domainCodes } = table;
  const low = (1 << bits) - 1;
  const byLow = new Int32Array(m * STRIDE);
  for (let i = 0; i < table.size; i++) {
    const client = clientKey[i] as number;
    const s = startDay[i] as number;
    const bad = invalid[i] as number;
    if (!isEligible(client, s, bad, eligibleBits)) continue;
    const at = lowStart[client & low] as number;
    lowStart[client & low] = at + 1;
    const c = closedOn[i] as number;
    let domains = 0;
    const to = domainStart[i + 1] as number;
    for (let x = domainStart[i] as number; x < to; x++) {
      const code = domainCodes[x] as number;
      domains |= code < 31 ? 1 << code : WIDE;
    }
    const t = at * STRIDE;
    byLow[t] = i;
    byLow[t + 1] = s;
    byLow[t + 2] = c >= DAY_FLOOR && (bad & FieldBit.closedOn) === 0 ? c : OPEN;
    byLow[t + 3] = domains;
    byLow[t + 4] = client;
  }
  return byLow;
}

/** Pass 2: the tuples by the client's high digit, stable: now in clientKey order. */
function scatterByHighDigit(
  byLow: Int32Array,
  bits: number,
  highStart: Int32Array,
  m: number
): Int32Array {
  const tuples = new Int32Array(m * STRIDE);
  for (let u = 0; u < m * STRIDE; u += STRIDE) {
    const high = (byLow[u + 4] as number) >>> bits;
    const at = highStart[high] as number;
    highStart[high] = at + 1;
    const t = at * STRIDE;
    tuples[t] = byLow[u] as number;
    tuples[t + 1] = byLow[u + 1] as number;
    tuples[t + 2] = byLow[u + 2] as number;
    tuples[t + 3] = byLow[u + 3] as number;
    tuples[t + 4] = byLow[u + 4] as number;
  }
  return tuples;
}
