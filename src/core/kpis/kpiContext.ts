import { compileFilters, filterKey } from "../filters/compileFilters";
import { resolveRecidiveOptions } from "../recidive/recidiveOptions";
import type { CaseFilter, CaseTable, Dataset, Period, RecidiveOptions } from "../types";
import { scanPeriod, type PeriodScan } from "./periodScan";

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
  /** Compiled filter mask; null when no filter applies. */
  readonly mask: Uint8Array | null;
  /** Key of the filter ('' for none), for memoisation. */
  readonly maskKey: string;
  /** The shared scan of the period (made on first use). */
  readonly scan: PeriodScan;
  readonly recidive: RecidiveOptions;
}

/**
 * Builds the context for one period: compiles the filters (cached) and scans the period
 * (memoised), so that every KPI of the same period and filter shares one pass over the table.
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
  const mask = compileFilters(table, options?.filters);
  const maskKey = mask === null ? "" : filterKey(options?.filters);
  let scan: PeriodScan | undefined;
  return {
    dataset,
    table,
    period,
    mask,
    maskKey,
    // Scanned on first use: recidive, complaints and activities never need it.
    get scan(): PeriodScan {
      scan ??= scanPeriod(table, period, mask, maskKey);
      return scan;
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
 * contextKey(context) // '45292:45382|caseType=it|6:true:startedOn'
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
