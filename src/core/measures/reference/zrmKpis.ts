/**
 * Reference computations of the KPIs that are a mean over the ZRM's (case, main domain) pairs
 * of the cases closed in the period (SPEC §4): null, not 0, when no pair has a value; no value
 * at all without a ZRM table.
 *
 * @module
 */
import type { KpiResult } from "../../kpis/kpiResult";
import type { Period } from "../../types";
import type { ReferenceData, ZrmRecord } from "../referenceData";
import { isClosedIn, isUnusable } from "./caseMemberships";
import { filteredCases } from "./countKpis";
import { meanOf } from "./meanKpis";
import type { ReferenceOptions } from "./referenceOptions";

/** A pair's value from one ZRM row, or null when the row has none. */
export type ZrmRowValue = (row: ZrmRecord) => number | null;

/** The end score. */
const endScore: ZrmRowValue = (row) => row.endScore;

/** The growth: end score − begin score, both needed. */
const growth: ZrmRowValue = (row) =>
  row.beginScore === null || row.endScore === null ? null : row.endScore - row.beginScore;

/**
 * The value of each (case, main domain) pair of the cases closed in the period, with its domain,
 * in the order of the pair's first ZRM row. A ZRM row belongs to a pair when its case is such a
 * case with a usable main-domain cell and its domain is one of the case's main domains; the pair
 * takes the value of its first row (in table order) that has one, and has none when no row has.
 *
 * @param data - The data.
 * @param period - The period.
 * @param options - Filters.
 * @param value - The value of one row.
 * @returns Per pair its domain and value (null: none).
 * @example
 * zrmPairValues(data, period, {}, (row) => row.endScore) // [{ domain: "Financiën", value: 4 }, …]
 */
export function zrmPairValues(
  data: ReferenceData,
  period: Period,
  options: ReferenceOptions,
  value: ZrmRowValue
): { readonly domain: string; readonly value: number | null }[] {
  const closed = new Set(
    filteredCases(data, options)
      .filter((c) => isClosedIn(c, period) && !isUnusable(c, "mainDomains"))
      .map((c) => c.index)
  );
  const pairs = new Map<string, { domain: string; value: number | null }>();
  for (const row of data.zrm ?? []) {
    const c = data.cases[row.caseIndex];
    if (c === undefined || !closed.has(c.index) || !c.mainDomains.includes(row.domain)) continue;
    const key = `${c.index}|${row.domain}`;
    const pair = pairs.get(key) ?? { domain: row.domain, value: null };
    pairs.set(key, pair);
    if (pair.value === null) pair.value = value(row);
  }
  return [...pairs.values()];
}

/** The mean of the pairs' values, over the pairs that have one; no value without a ZRM table. */
function meanOverPairs(
  data: ReferenceData,
  period: Period,
  options: ReferenceOptions,
  value: ZrmRowValue
): KpiResult {
  if (data.zrm === undefined) return { value: null, n: 0 };
  const values = zrmPairValues(data, period, options, value)
    .map((pair) => pair.value)
    .filter((v) => v !== null);
  return meanOf(values);
}

/**
 * Gemiddelde eindscore ZRM: the mean end score over the (case, main domain) pairs of the cases
 * closed in the period that have an end score (see {@link zrmPairValues}).
 *
 * @param data - The data.
 * @param period - The period.
 * @param options - Filters.
 * @returns The mean end score.
 * @example
 * referenceZrmMeanEndScore(data, period, options) // { value: 3.5, n: 19 }
 */
export function referenceZrmMeanEndScore(
  data: ReferenceData,
  period: Period,
  options: ReferenceOptions
): KpiResult {
  return meanOverPairs(data, period, options, endScore);
}

/**
 * Gemiddelde ZRM-groei: the mean of end score − begin score over the (case, main domain) pairs of
 * the cases closed in the period that have both (see {@link zrmPairValues}); per domain it is
 * the standard report's "ZRM-groei per domein" (`referenceZrmGrowth`).
 *
 * @param data - The data.
 * @param period - The period.
 * @param options - Filters.
 * @returns The mean growth in score points.
 * @example
 * referenceZrmMeanGrowth(data, period, options) // { value: 0.6, n: 40 }
 */
export function referenceZrmMeanGrowth(
  data: ReferenceData,
  period: Period,
  options: ReferenceOptions
): KpiResult {
  return meanOverPairs(data, period, options, growth);
}
