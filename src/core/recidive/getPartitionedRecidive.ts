import { scanPeriod } from "../kpis/periodScan";
import type { CaseTable, Period, RecidiveOptions } from "../types";
import {
  recidivePartitionInput,
  tallyRecidivePartitions,
  type PartitionedRecidive,
} from "./partitionedRecidive";
import { getRecidiveFacts } from "./recidiveFacts";

const cache = new WeakMap<CaseTable, Map<string, PartitionedRecidive>>();
const MAX_CACHED = 32;

function keyOf(period: Period, options: RecidiveOptions): string {
  return `${period.start}:${period.end}:${options.minGapMonths}:${options.sameDomain}:${options.startField}`;
}

/**
 * Tallies being made elsewhere (another thread): waits for them and gives them per period
 * offered, or null when that failed (then they are made here after all).
 */
export type PendingPartitionedRecidive = () => readonly PartitionedRecidive[] | null;

/**
 * Starts the recidive tallies of one or two periods elsewhere, from the periods' flags, and
 * returns how to wait for them, or null when it cannot take them. A shell that computes the
 * recidive facts on another thread (`provideRecidiveFacts`) can tally there too: it has the
 * facts.
 */
export type RecidiveTallier = (
  periods: readonly Period[],
  flags: readonly Uint8Array[],
  options: RecidiveOptions
) => PendingPartitionedRecidive | null;

/** A period's share of a pending answer: the answer is waited for once, for all its periods. */
interface PendingShare {
  readonly answer: () => readonly PartitionedRecidive[] | null;
  readonly index: number;
}

const talliers = new WeakMap<CaseTable, RecidiveTallier>();
const pendingTallies = new WeakMap<CaseTable, Map<string, PendingShare>>();

/**
 * Registers where a table's recidive tallies can be made while its facts are pending: when
 * `preparePeriodStats` has scanned its periods it offers their flags to the tallier (see
 * {@link offerRecidiveTallies}), and {@link getPartitionedRecidive} waits for the answer.
 *
 * @param table - The case table.
 * @param tallier - Starts the tallies of periods elsewhere.
 * @example
 * provideRecidiveTallier(table, (periods, flags, options) => worker.tally(periods, flags, options));
 */
export function provideRecidiveTallier(table: CaseTable, tallier: RecidiveTallier): void {
  talliers.set(table, tallier);
}

/**
 * Offers scanned periods to the table's tallier, if it has one, for those whose tallies are
 * not made yet; the tallier's answer is waited for on first use.
 *
 * @param table - The case table.
 * @param periods - One or two periods.
 * @param flags - Per period, its ScanBits per case.
 * @param options - Complete recidive options.
 * @returns Whether the tallier took them.
 * @example
 * offerRecidiveTallies(table, [period, previous], flags, options); //=> false without a tallier
 */
export function offerRecidiveTallies(
  table: CaseTable,
  periods: readonly Period[],
  flags: readonly Uint8Array[],
  options: RecidiveOptions
): boolean {
  const tallier = talliers.get(table);
  if (tallier === undefined) return false;
  const todo = periods
    .map((period, q) => ({ period, flags: flags[q] as Uint8Array, key: keyOf(period, options) }))
    .filter((p) => cache.get(table)?.has(p.key) !== true);
  if (todo.length === 0) return false;
  const pending = tallier(
    todo.map((p) => p.period),
    todo.map((p) => p.flags),
    options
  );
  if (pending === null) return false;
  let answered: readonly PartitionedRecidive[] | null | undefined;
  const answer = (): readonly PartitionedRecidive[] | null => {
    if (answered === undefined) answered = pending();
    return answered;
  };
  let perTable = pendingTallies.get(table);
  if (perTable === undefined) {
    perTable = new Map();
    pendingTallies.set(table, perTable);
  }
  for (const [index, p] of todo.entries()) perTable.set(p.key, { answer, index });
  return true;
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
 * The partitioned recidive tallies of a period: from the cache, from a tallier that took
 * them ({@link offerRecidiveTallies}), or in one pass over the cases whose recidive start is
 * in the period.
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
  const key = keyOf(period, options);
  const cached = cache.get(table)?.get(key);
  if (cached !== undefined) return cached;
  const pending = pendingTallies.get(table)?.get(key);
  if (pending !== undefined) {
    pendingTallies.get(table)?.delete(key);
    const made = pending.answer()?.[pending.index];
    if (made !== undefined) {
      keepPartitionedRecidive(table, period, options, made);
      return made;
    }
  }
  const flags = scanPeriod(table, period, null, "").flags;
  const [tallies] = tallyRecidivePartitions(
    recidivePartitionInput(
      table,
      [{ flags, start: period.start, end: period.end }],
      options,
      getRecidiveFacts(table, options.startField)
    )
  ) as [PartitionedRecidive];
  keepPartitionedRecidive(table, period, options, tallies);
  return tallies;
}
