import type { RecidiveFactInput } from "./recidiveFactInput";
import { OPEN, STRIDE, WIDE, type ClientBuckets } from "./caseTuples";
import { RecidiveStatus } from "./recidiveStatus";

const SMALL_GROUP = 16;
/** Room for a position in a large group's sort key (2^24: more cases than any table holds). */
const POSITIONS = 16777216;

/**
 * Writes every grouped case's packed fact (see {@link RecidiveFacts.packed}): sorts each
 * bucket's tuples by client into a scratch array (a counting sort on the low digit, in the
 * cache), then walks each client's cases in start order, a run of equal starts at a time
 * (every case of the run has the same earlier cases: those before the run), tracking how
 * many earlier cases there are, the latest closedOn among them and the previous case.
 *
 * @param table - The columns (for caseIds on ties and exact domain comparison).
 * @param buckets - The buckets of {@link groupCasesByClient}.
 * @param packed - Per case, receives the fact.
 * @example
 * const input = recidiveFactInput(table, 'startedOn');
 * writeRecidiveFacts(input, groupCasesByClient(input), packed);
 */
export function writeRecidiveFacts(
  table: RecidiveFactInput,
  buckets: ClientBuckets,
  packed: Int32Array
): void {
  const { tuples, bucketStart, lowBits } = buckets;
  let largest = 0;
  for (let h = 0; h + 1 < bucketStart.length; h++)
    largest = Math.max(largest, (bucketStart[h + 1] as number) - (bucketStart[h] as number));
  const scratch = new Int32Array(largest * STRIDE);
  const lowStart = new Int32Array((1 << lowBits) + 1);
  for (let h = 0; h + 1 < bucketStart.length; h++) {
    const from = bucketStart[h] as number;
    const to = bucketStart[h + 1] as number;
    if (to - from === 1) packed[tuples[from * STRIDE] as number] = RecidiveStatus.noEarlier;
    else if (to - from > 1) {
      sortByLowDigit(tuples, from, to, lowBits, lowStart, scratch);
      walkBucket(table, scratch, to - from, packed);
    }
  }
}

/** Copies tuples [from, to) into scratch ordered by the client's low digit (stable). */
function sortByLowDigit(
  tuples: Int32Array,
  from: number,
  to: number,
  lowBits: number,
  lowStart: Int32Array,
  scratch: Int32Array
): void {
  const low = (1 << lowBits) - 1;
  lowStart.fill(0);
  for (let u = from * STRIDE; u < to * STRIDE; u += STRIDE) {
    const l = ((tuples[u + 4] as number) & low) + 1;
    lowStart[l] = (lowStart[l] as number) + 1;
  }
  for (let k = 1; k < lowStart.length; k++)
    lowStart[k] = (lowStart[k] as number) + (lowStart[k - 1] as number);
  for (let u = from * STRIDE; u < to * STRIDE; u += STRIDE) {
    const l = (tuples[u + 4] as number) & low;
    const at = lowStart[l] as number;
    lowStart[l] = at + 1;
    const t = at * STRIDE;
    scratch[t] = tuples[u] as number;
    scratch[t + 1] = tuples[u + 1] as number;
    scratch[t + 2] = tuples[u + 2] as number;
    scratch[t + 3] = tuples[u + 3] as number;
    scratch[t + 4] = tuples[u + 4] as number;
  }
}

/** The first `count` tuples of a sorted bucket: each client's cases, in start order. */
function walkBucket(
  table: RecidiveFactInput,
  tuples: Int32Array,
  count: number,
  packed: Int32Array
): void {
  let from = 0;
  while (from < count) {
    const client = tuples[from * STRIDE + 4] as number;
    let to = from + 1;
    while (to < count && tuples[to * STRIDE + 4] === client) to++;
    if (to - from === 1) {
      packed[tuples[from * STRIDE] as number] = RecidiveStatus.noEarlier;
    } else if (to - from === 2) {
      writePairFacts(table, tuples, from * STRIDE, packed);
    } else {
      sortByStart(tuples, from, to);
      walkClient(table, tuples, from * STRIDE, to * STRIDE, packed);
    }
    from = to;
  }
}

/**
 * The facts of a client with two cases (tuples t0 and the next), as {@link walkClient} would
 * write them, without its sort and loops: the most common group after a single case. Two
 * starts on the same day have no earlier case; otherwise the later case's only earlier case
 * is the other one (its previous case when it was closed).
 */
function writePairFacts(
  table: RecidiveFactInput,
  tuples: Int32Array,
  t0: number,
  packed: Int32Array
): void {
  const t1 = t0 + STRIDE;
  const s0 = tuples[t0 + 1] as number;
  const s1 = tuples[t1 + 1] as number;
  if (s0 === s1) {
    packed[tuples[t0] as number] = RecidiveStatus.noEarlier;
    packed[tuples[t1] as number] = RecidiveStatus.noEarlier;
    return;
  }
  const earlier = s0 < s1 ? t0 : t1;
  const later = s0 < s1 ? t1 : t0;
  const closed = tuples[earlier + 2] as number;
  packed[tuples[earlier] as number] = RecidiveStatus.noEarlier;
  packed[tuples[later] as number] = factOf(
    table,
    tuples,
    later,
    closed !== OPEN ? earlier : -1,
    1,
    closed,
    tuples[later + 1] as number
  );
}

/** One client's cases, tuples [g, end) sorted by start. */
function walkClient(
  table: RecidiveFactInput,
  tuples: Int32Array,
  g: number,
  end: number,
  packed: Int32Array
): void {
  let count = 0;
  let latestClose = -Infinity; // max effective closedOn over the earlier cases
  let previous = -1; // tuple offset of the previous case among the earlier ones
  while (g < end) {
    const s = tuples[g + 1] as number;
    let h = g + STRIDE;
    while (h < end && tuples[h + 1] === s) h += STRIDE;
    for (let t = g; t < h; t += STRIDE) {
      packed[tuples[t] as number] = factOf(table, tuples, t, previous, count, latestClose, s);
    }
    for (let t = g; t < h; t += STRIDE) {
      count++;
      const c = tuples[t + 2] as number;
      if (c > latestClose) latestClose = c;
      if (c !== OPEN && (previous < 0 || isLaterPrevious(table, tuples, t, previous))) previous = t;
    }
    g = h;
  }
}

/** The packed fact of the case at tuple t, given what is known of its earlier cases. */
function factOf(
  table: RecidiveFactInput,
  tuples: Int32Array,
  t: number,
  previous: number,
  count: number,
  latestClose: number,
  start: number
): number {
  if (count === 0) return RecidiveStatus.noEarlier;
  const several = count >= 2 ? 4 : 0;
  if (latestClose >= start) return RecidiveStatus.earlierOpen | several;
  const mine = tuples[t + 3] as number;
  const theirs = tuples[previous + 3] as number;
  const shares =
    (mine & theirs & ~WIDE) !== 0 ||
    (mine < 0 &&
      theirs < 0 &&
      haveCommonDomain(table, tuples[t] as number, tuples[previous] as number));
  const closed = Math.max(0, tuples[previous + 2] as number);
  return (closed << 4) | (shares ? 8 : 0) | several | RecidiveStatus.earlierClosed;
}

/** Whether tuple t beats tuple p as the previous case: later closedOn, then later start, then greater caseId. */
function isLaterPrevious(
  table: RecidiveFactInput,
  tuples: Int32Array,
  t: number,
  p: number
): boolean {
  const c = tuples[t + 2] as number;
  const cp = tuples[p + 2] as number;
  if (c !== cp) return c > cp;
  const s = tuples[t + 1] as number;
  const sp = tuples[p + 1] as number;
  if (s !== sp) return s > sp;
  return table.caseIdAt(tuples[t] as number) > table.caseIdAt(tuples[p] as number);
}

/**
 * Sorts the tuples of positions [from, to) by start: insertion sort for the usual handful of
 * cases per client, an index sort for a large group (e.g. a shared dummy client id).
 */
function sortByStart(tuples: Int32Array, from: number, to: number): void {
  if (to - from <= SMALL_GROUP) {
    for (let j = from + 1; j < to; j++) {
      const t = j * STRIDE;
      const row = tuples[t] as number;
      const s = tuples[t + 1] as number;
      const c = tuples[t + 2] as number;
      const d = tuples[t + 3] as number;
      const client = tuples[t + 4] as number;
      let k = t - STRIDE;
      while (k >= from * STRIDE && (tuples[k + 1] as number) > s) {
        tuples[k + STRIDE] = tuples[k] as number;
        tuples[k + STRIDE + 1] = tuples[k + 1] as number;
        tuples[k + STRIDE + 2] = tuples[k + 2] as number;
        tuples[k + STRIDE + 3] = tuples[k + 3] as number;
        tuples[k + STRIDE + 4] = tuples[k + 4] as number;
        k -= STRIDE;
      }
      tuples[k + STRIDE] = row;
      tuples[k + STRIDE + 1] = s;
      tuples[k + STRIDE + 2] = c;
      tuples[k + STRIDE + 3] = d;
      tuples[k + STRIDE + 4] = client;
    }
    return;
  }
  // A large group (e.g. one dummy client id for many cases): sort numeric keys start·2^24 +
  // position natively (exact in a double), then move the tuples into that order.
  const size = to - from;
  const keys = new Float64Array(size);
  for (let k = 0; k < size; k++)
    keys[k] = (tuples[(from + k) * STRIDE + 1] as number) * POSITIONS + k;
  keys.sort();
  const sorted = new Int32Array(size * STRIDE);
  for (let k = 0; k < size; k++) {
    const key = keys[k] as number;
    const source = (from + key - Math.floor(key / POSITIONS) * POSITIONS) * STRIDE;
    const target = k * STRIDE;
    for (let x = 0; x < STRIDE; x++) sorted[target + x] = tuples[source + x] as number;
  }
  tuples.set(sorted, from * STRIDE);
}

/** Whether cases a and b have at least one main domain in common (exact, for codes ≥ 31). */
function haveCommonDomain(table: RecidiveFactInput, a: number, b: number): boolean {
  const { domainStart, domainCodes } = table;
  const a1 = domainStart[a + 1] as number;
  const b0 = domainStart[b] as number;
  const b1 = domainStart[b + 1] as number;
  for (let x = domainStart[a] as number; x < a1; x++) {
    const code = domainCodes[x] as number;
    for (let y = b0; y < b1; y++) if (domainCodes[y] === code) return true;
  }
  return false;
}
