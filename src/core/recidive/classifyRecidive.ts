import type { KpiContext } from "../kpis/kpiContext";
import { scanPeriod } from "../kpis/periodScan";
import { FieldBit, type CaseTable, type Period, type RecidiveOptions } from "../types";
import { getPartitionedRecidive } from "./getPartitionedRecidive";
import {
  gapThresholds,
  RECIDIVE_COUNTS,
  RecidiveCount,
  recidiveStartBit,
  tallyRecidiveCase,
  type PartitionedRecidive,
} from "./partitionedRecidive";
import { getRecidiveFacts } from "./recidiveFacts";

/** Tallies of SPEC §5 over the cases that start in one period and pass a filter. */
export interface RecidiveTally {
  /** Cases whose recidive start date is in P (the denominator of recidivePct). */
  readonly started: number;
  /** Of those, cases with a usable clientId (the denominator of newClientPct). */
  readonly withClient: number;
  /** Cases passing steps 1–5 (step 5 only when sameDomain is on): the recidive KPI. */
  readonly recidive: number;
  /** Distinct clients of the recidive cases. */
  readonly recidivists: number;
  /** Cases passing steps 1–4. */
  readonly passGap: number;
  /** Of passGap, cases with two or more earlier cases. */
  readonly multiplePrevious: number;
  /** Of passGap, cases sharing a main domain with the previous case. */
  readonly sameQuestion: number;
  /** Of passGap, cases sharing no main domain with the previous case. */
  readonly onlyNewQuestions: number;
  /** Cases with earlier cases that fail step 3 or 4 ("heropening"). */
  readonly reopened: number;
  /** Cases with a clientId and no earlier case ("nieuw"). */
  readonly newClients: number;
}

/**
 * Classifies every case that starts in `period` (by the recidive start field) and passes the
 * mask, following SPEC §5. Uses the cached per-case facts; the gap threshold
 * (start − minGapMonths months, date-fns `subMonths`) is computed once per day of the period.
 * Results are memoised per table, period, filter and options; without a mask they come from
 * the period's tallies per caseType ({@link getPartitionedRecidive}).
 *
 * @param table - The case table.
 * @param period - The period P.
 * @param mask - A compiled filter mask, or null for all cases.
 * @param maskKey - The filter's key ({@link filterKey}), '' when mask is null.
 * @param options - Complete recidive options.
 * @returns The tallies.
 * @example
 * const tally = classifyRecidive(table, period, null, '', DEFAULT_RECIDIVE_OPTIONS);
 * tally.recidive / tally.started; // recidivePct
 */
export function classifyRecidive(
  table: CaseTable,
  period: Period,
  mask: Uint8Array | null,
  maskKey: string,
  options: RecidiveOptions
): RecidiveTally {
  return cachedTally(table, period, maskKey, options, () =>
    mask === null
      ? fromPartitions(getPartitionedRecidive(table, period, options), null)
      : tallyMasked(table, period, mask, options)
  );
}

/**
 * {@link classifyRecidive} for a KPI context: its period, filter and recidive options. With
 * no filter or a filter on caseType only, the tallies come from the period's partitioned
 * tallies (one pass for every such filter), without compiling a mask.
 *
 * @param context - The KPI context.
 * @returns The tallies.
 * @example
 * classifyRecidiveInContext(createKpiContext(dataset, period, { filters })).recidive // 16
 */
export function classifyRecidiveInContext(context: KpiContext): RecidiveTally {
  const { table, period, maskKey, recidive, hasFilter, caseTypeSelector } = context;
  return cachedTally(table, period, maskKey, recidive, () =>
    !hasFilter || caseTypeSelector !== null
      ? fromPartitions(getPartitionedRecidive(table, period, recidive), caseTypeSelector)
      : tallyMasked(table, period, context.mask as Uint8Array, recidive)
  );
}

/** The memoised tally; `compute()` runs only when the tally is not in the cache. */
function cachedTally(
  table: CaseTable,
  period: Period,
  maskKey: string,
  options: RecidiveOptions,
  compute: () => RecidiveTally
): RecidiveTally {
  const key = `${period.start}:${period.end}:${options.minGapMonths}:${options.sameDomain}:${options.startField}:${maskKey}`;
  let perTable = tallyCache.get(table);
  if (perTable === undefined) {
    perTable = new Map();
    tallyCache.set(table, perTable);
  }
  let tally = perTable.get(key);
  if (tally === undefined) {
    tally = compute();
    if (perTable.size >= MAX_CACHED_TALLIES) {
      const oldest = perTable.keys().next().value;
      if (oldest !== undefined) perTable.delete(oldest);
    }
    perTable.set(key, tally);
  }
  return tally;
}

const tallyCache = new WeakMap<CaseTable, Map<string, RecidiveTally>>();
const MAX_CACHED_TALLIES = 32;

/** The tally over the partitions a caseType selector keeps (all for null). */
function fromPartitions(tallies: PartitionedRecidive, selector: Uint8Array | null): RecidiveTally {
  const sums = new Float64Array(RECIDIVE_COUNTS);
  for (let p = 0; p < tallies.partitions; p++) {
    if (selector !== null && selector[p] !== 1) continue;
    for (let k = 0; k < RECIDIVE_COUNTS; k++)
      sums[k] = (sums[k] as number) + (tallies.counts[p * RECIDIVE_COUNTS + k] as number);
  }
  const clients = tallies.clients.filter(
    (_, k) => selector === null || selector[tallies.clientPartitions[k] as number] === 1
  );
  return tallyOf(sums, clients);
}

/** The tally over the cases a mask keeps, in one pass over the period's started cases. */
function tallyMasked(
  table: CaseTable,
  period: Period,
  mask: Uint8Array,
  options: RecidiveOptions
): RecidiveTally {
  const { startDay, packed } = getRecidiveFacts(table, options.startField);
  const flags = scanPeriod(table, period, null, "").flags;
  const bit = recidiveStartBit(options);
  const { invalid, clientKey } = table;
  const threshold = gapThresholds(period, options.minGapMonths);
  const { sameDomain } = options;
  const counts = new Float64Array(RECIDIVE_COUNTS);
  const clients: number[] = [];
  for (let i = 0; i < flags.length; i++) {
    if (((flags[i] as number) & bit) === 0 || mask[i] !== 1) continue;
    const domainsValid = ((invalid[i] as number) & FieldBit.mainDomains) === 0;
    const limit = threshold[(startDay[i] as number) - period.start] as number;
    if (tallyRecidiveCase(counts, 0, packed[i] as number, limit, domainsValid, sameDomain))
      clients.push(clientKey[i] as number);
  }
  return tallyOf(counts, clients);
}

function tallyOf(counts: Float64Array, clients: readonly number[]): RecidiveTally {
  const passGap = counts[RecidiveCount.passGap] as number;
  const sameQuestion = counts[RecidiveCount.sameQuestion] as number;
  return {
    started: counts[RecidiveCount.started] as number,
    withClient: counts[RecidiveCount.withClient] as number,
    recidive: counts[RecidiveCount.recidive] as number,
    recidivists: countDistinct(clients),
    passGap,
    multiplePrevious: counts[RecidiveCount.multiplePrevious] as number,
    sameQuestion,
    onlyNewQuestions: passGap - sameQuestion,
    reopened: counts[RecidiveCount.reopened] as number,
    newClients: counts[RecidiveCount.newClients] as number,
  };
}

/** Number of distinct values (sorted copy: the recidive cases are few). */
function countDistinct(values: readonly number[]): number {
  const sorted = Int32Array.from(values).sort();
  let distinct = 0;
  for (let k = 0; k < sorted.length; k++) if (k === 0 || sorted[k] !== sorted[k - 1]) distinct++;
  return distinct;
}
