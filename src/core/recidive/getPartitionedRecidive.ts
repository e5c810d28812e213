import { scanPeriod } from "../kpis/periodScan";
import type { CaseTable, Period, RecidiveOptions } from "../types";
import { tallyPartitionedRecidive, type PartitionedRecidive } from "./partitionedRecidive";
import { getRecidiveFacts } from "./recidiveFacts";

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
  const tallies = tallyPartitionedRecidive(
    table,
    { flags: scanPeriod(table, period, null, "").flags, start: period.start, end: period.end },
    options,
    getRecidiveFacts(table, options.startField)
  );
  keepPartitionedRecidive(table, period, options, tallies);
  return tallies;
}
