import { assertFilterableFields } from "../filters/categoryMatch";
import { compileCaseTypeSelector } from "../filters/compileCaseTypeSelector";
import { compileFilters, filterKey } from "../filters/compileFilters";
import { resolveRecidiveOptions } from "../recidive/recidiveOptions";
import type { CaseFilter, CaseTable, Dataset, Period, RecidiveOptions } from "../types";
import { scanPeriod, type PeriodScan } from "./periodScan";
import { getPeriodStats, type PeriodStats } from "./periodStats";
import { scalarView, type ScalarView } from "./scalarView";

/** Options of every KPI calculation. */
export interface KpiOptions {
  /** Keep only cases passing every filter (SPEC §4 "every KPI can be restricted by a filter"). */
  readonly filters?: readonly CaseFilter[];
  /** Recidive parameters (SPEC §5); missing members take the defaults. */
  readonly recidive?: Partial<RecidiveOptions>;
}

/** A KPI value with the number of cases (or case × domain pairs, or rows) it was computed over. */
export interface KpiResult {
  /** The value; null when it cannot be computed (unmapped input, absent table, no case qualifies for a mean or rate). */
  readonly value: number | null;
  /** For counts the count itself; for means and rates the size of the base (the n of publication mode). */
  readonly n: number;
}

/** Everything a KPI calculation reads for one period and one filter. */
export interface KpiContext {
  readonly dataset: Dataset;
  readonly table: CaseTable;
  readonly period: Period;
  /** Whether a filter applies (`mask` is then not null). */
  readonly hasFilter: boolean;
  /** Compiled filter mask (compiled on first use); null when no filter applies. */
  readonly mask: Uint8Array | null;
  /** Key of the filter ('' for none), for memoisation. */
  readonly maskKey: string;
  /**
   * A filter on caseType only, as the caseType partitions it keeps (`compileCaseTypeSelector`):
   * such a filter is answered from the unfiltered tallies. Null otherwise.
   */
  readonly caseTypeSelector: Uint8Array | null;
  /** The shared scan of the period and filter (made on first use). */
  readonly scan: PeriodScan;
  /** The tallies of the period and filter (made on first use). */
  readonly stats: PeriodStats;
  /** The scalar tallies of the period and filter (from the unfiltered tallies when possible). */
  readonly scalars: ScalarView;
  readonly recidive: RecidiveOptions;
}

/**
 * Builds the context for one period: checks the filters, and on first use compiles them
 * (cached), scans the period and tallies it (memoised), so that every KPI of the same period
 * and filter shares one pass over the table. A filter on caseType only needs neither a mask
 * nor a pass of its own: the unfiltered tallies are kept per caseType.
 *
 * @param dataset - The parsed dataset.
 * @param period - The period.
 * @param options - Filters and recidive options.
 * @returns The context.
 * @throws {@link InvalidFilterError} for a filter on a date field; {@link InvalidRecidiveOptionsError}.
 * @example
 * const context = createKpiContext(dataset, period, { filters: [{ field: 'caseType', values: ['IT'] }] });
 */
export function createKpiContext(
  dataset: Dataset,
  period: Period,
  options?: KpiOptions
): KpiContext {
  const table = dataset.cases;
  const filters = options?.filters;
  assertFilterableFields(filters);
  const maskKey = filterKey(filters);
  const hasFilter = maskKey !== "";
  const caseTypeSelector = hasFilter ? compileCaseTypeSelector(table, filters) : null;
  let mask: Uint8Array | null | undefined = hasFilter ? undefined : null;
  let scan: PeriodScan | undefined;
  let stats: PeriodStats | undefined;
  let scalars: ScalarView | undefined;
  const getMask = (): Uint8Array | null => {
    if (mask === undefined) mask = compileFilters(table, filters);
    return mask;
  };
  const getScan = (): PeriodScan => {
    // Scanned on first use: complaints and activities never need it.
    scan ??= scanPeriod(table, period, getMask(), maskKey);
    return scan;
  };
  const getStats = (): PeriodStats => {
    stats ??= getPeriodStats(table, getScan());
    return stats;
  };
  return {
    dataset,
    table,
    period,
    hasFilter,
    get mask(): Uint8Array | null {
      return getMask();
    },
    maskKey,
    caseTypeSelector,
    get scan(): PeriodScan {
      return getScan();
    },
    get stats(): PeriodStats {
      return getStats();
    },
    get scalars(): ScalarView {
      if (scalars === undefined) {
        scalars =
          caseTypeSelector === null
            ? scalarView(getStats(), null)
            : scalarView(
                getPeriodStats(table, scanPeriod(table, period, null, "")),
                caseTypeSelector
              );
      }
      return scalars;
    },
    recidive: resolveRecidiveOptions(options?.recidive),
  };
}

/**
 * A text key of everything a context's results depend on besides the dataset: period,
 * filter and recidive options (for memoising results per dataset).
 *
 * @param context - The context.
 * @returns The key.
 * @example
 * contextKey(context) // '45292:45382|' + filterKey(filters) + '|6:true:startedOn'
 */
export function contextKey(context: KpiContext): string {
  const { period, maskKey, recidive } = context;
  return `${period.start}:${period.end}|${maskKey}|${recidive.minGapMonths}:${recidive.sameDomain}:${recidive.startField}`;
}

/**
 * A KPI result for a count: the n is the count itself.
 *
 * @param count - The count.
 * @returns `{ value: count, n: count }`.
 * @example
 * countResult(12) // { value: 12, n: 12 }
 */
export function countResult(count: number): KpiResult {
  return { value: count, n: count };
}

/**
 * A KPI result for a mean or rate: null when nothing qualifies (SPEC §4: means are null, not 0).
 *
 * @param sum - The sum of the values (or the count of hits for a rate).
 * @param n - The number of values (the base).
 * @returns `{ value: sum / n, n }`, value null when n is 0.
 * @example
 * ratioResult(57, 3) // { value: 19, n: 3 }
 */
export function ratioResult(sum: number, n: number): KpiResult {
  return { value: n === 0 ? null : sum / n, n };
}

/** The result of a KPI that cannot be computed. */
export const UNAVAILABLE: KpiResult = Object.freeze({ value: null, n: 0 });
