import { isRecidiveComputable } from "../recidive/isRecidiveComputable";
import {
  hasPartitionedRecidive,
  keepPartitionedRecidive,
} from "../recidive/getPartitionedRecidive";
import { getRecidiveFacts } from "../recidive/recidiveFacts";
import type { CaseTable, Period, RecidiveOptions } from "../types";
import { findUnfilteredScan, keepUnfilteredScan, type PeriodScan } from "./periodScan";
import { tallyPeriods, type RecidiveRequest } from "./statsPass";
import { statsOf } from "./statsViews";

/** Per day of the period (index: day − period.start), for byMonth. */
export interface DayTallies {
  /** Started cases by start day. */
  readonly started: Float64Array;
  /** Closed cases by closedOn. */
  readonly closed: Float64Array;
  /** Active cases by start day, cases started before the period on day 0. */
  readonly activeFrom: Float64Array;
  /** Active cases closed in the period, by closedOn. */
  readonly activeUntil: Float64Array;
}

/**
 * Everything the scalar and grouped KPIs of SPEC §4 count for one period and one filter,
 * tallied in one pass over the table (see {@link tallyPeriods}). Group tallies are per
 * bucket: the category code, or `labels.length` for an empty or invalid value ("Onbekend").
 */
export interface PeriodStats {
  readonly period: Period;
  /** The period scan's flags the tallies were made from. */
  readonly flags: Uint8Array;
  /**
   * Number of caseType partitions of {@link tallies}: caseType labels + 2 (see
   * `caseTypeBucket`), or 1 when the table has too many case types to keep them apart.
   */
  readonly partitions: number;
  /** Per partition, the layout of `statsLayout`: 64 flag counts, then the scalar sums. */
  readonly tallies: Float64Array;
  /** Sum of the ratings of the closed cases, added in table order (rating means are not whole). */
  readonly ratingSum: number;
  /** Distinct valid clientIds over the active cases. */
  readonly uniqueClients: number;
  readonly caseTypeActive: Float64Array;
  readonly caseTypeDurationSum: Float64Array;
  readonly caseTypeDurationN: Float64Array;
  readonly productActive: Float64Array;
  readonly productDurationSum: Float64Array;
  readonly productDurationN: Float64Array;
  readonly teamStarted: Float64Array;
  readonly teamActive: Float64Array;
  readonly teamClosed: Float64Array;
  readonly teamWaitSum: Float64Array;
  readonly teamWaitN: Float64Array;
  readonly closeReasonClosed: Float64Array;
  readonly referrerStarted: Float64Array;
  /** Active cases per main domain code (cases with valid domains). */
  readonly domainActive: Float64Array;
  /** Active cases: 1 domain, 2–3, 4 or more, none or invalid. */
  readonly complexityActive: Float64Array;
  /** Closed cases per rounded rating 1..10 (index rating − 1). */
  readonly ratingClosed: Float64Array;
  /** Active cases per age at start: index 0 unknown, 1 + years for 0..199. */
  readonly ageActive: Float64Array;
  /** Day tallies; null for a period too long to keep them (then counted on demand). */
  readonly days: DayTallies | null;
}

const statsCache = new WeakMap<PeriodScan, PeriodStats>();

/**
 * The tallies of a period scan (its period and filter), made on first use and then kept with
 * the scan, so that every KPI and group of one period and filter shares one pass.
 *
 * @param table - The case table.
 * @param scan - The period scan (from `scanPeriod`).
 * @returns The tallies.
 * @example
 * getPeriodStats(table, scanPeriod(table, period, null, '')).uniqueClients // 498
 */
export function getPeriodStats(table: CaseTable, scan: PeriodScan): PeriodStats {
  const cached = statsCache.get(scan);
  if (cached !== undefined) return cached;
  prepareScanStats(table, [scan]);
  return statsCache.get(scan) as PeriodStats;
}

/**
 * Tallies the scans not tallied yet (filtered ones too), two at a time in one pass, so that
 * later {@link getPeriodStats} calls find them.
 *
 * @param table - The case table.
 * @param scans - Period scans of the table.
 * @example
 * prepareScanStats(table, [currentContext.scan, previousContext.scan]);
 */
export function prepareScanStats(table: CaseTable, scans: readonly PeriodScan[]): void {
  const todo = [...new Set(scans)].filter((scan) => !statsCache.has(scan));
  for (let k = 0; k < todo.length; k += 2) {
    const pair = todo.slice(k, k + 2);
    const tallies = tallyPeriods(
      table,
      pair.map((scan) => scan.period),
      pair.map((scan) => scan.flags),
      null
    );
    pair.forEach((scan, q) => statsCache.set(scan, statsOf(table, scan.period, tallies, q)));
  }
}

/**
 * Scans and tallies the unfiltered periods not tallied yet, two at a time in one pass over
 * the cases (a report's period and comparison period), and with recidive options also their
 * recidive tallies (SPEC §5, per caseType) in the same pass. (A period tallied before gets
 * its recidive tallies on first use instead: `getPartitionedRecidive`.)
 *
 * @param table - The case table.
 * @param periods - The periods.
 * @param recidive - Complete recidive options to tally recidive with, if any.
 * @example
 * preparePeriodStats(table, [period, previous], DEFAULT_RECIDIVE_OPTIONS);
 */
export function preparePeriodStats(
  table: CaseTable,
  periods: readonly Period[],
  recidive?: RecidiveOptions
): void {
  const withRecidive = recidive !== undefined && isRecidiveComputable(table, recidive, false);
  const todo = periods.filter((period, k) => {
    const scan = findUnfilteredScan(table, period);
    const done = scan !== undefined && statsCache.has(scan);
    const seen = periods.findIndex((p) => p.start === period.start && p.end === period.end) < k;
    return !seen && !done;
  });
  for (let k = 0; k < todo.length; k += 2) {
    const pair = todo.slice(k, k + 2);
    const scans = pair.map((period) => findUnfilteredScan(table, period));
    const request: RecidiveRequest | null =
      recidive !== undefined && withRecidive
        ? {
            options: recidive,
            facts: getRecidiveFacts(table, recidive.startField),
            periods: pair.map((period) => !hasPartitionedRecidive(table, period, recidive)),
          }
        : null;
    const flagsList = scans.map((scan) => scan?.flags ?? null);
    const tallies = tallyPeriods(table, pair, flagsList, request);
    pair.forEach((period, q) => {
      const scan = keepUnfilteredScan(table, period, tallies.flags[q] as Uint8Array);
      if (!statsCache.has(scan)) statsCache.set(scan, statsOf(table, scan.period, tallies, q));
      const counted = tallies.recidive[q];
      if (recidive !== undefined && counted !== undefined && counted !== null)
        keepPartitionedRecidive(table, period, recidive, counted);
    });
  }
}
