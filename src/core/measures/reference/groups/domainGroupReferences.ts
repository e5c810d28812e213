/**
 * The reference computations of the tables over the main domains (docs/definities.md
 * "Hoofddomeinen ZRM", "ZRM-groei per domein", "Complexiteit hulpvraag").
 *
 * @module
 */
import type { Period } from "../../../types";
import type { CaseRecord } from "../../caseRecords";
import type { ReferenceData } from "../../referenceData";
import { arrangeReferenceRows } from "./arrangeReferenceRows";
import { isActiveIn, isClosedIn } from "../caseMemberships";
import {
  collectCategoryBuckets,
  collectFixedBuckets,
  type Contribution,
  type FixedRow,
} from "./collectBuckets";
import { keptCases } from "./keptCases";
import type {
  ReferenceGroupLayout,
  ReferenceGroupOptions,
  ReferenceGroupRow,
} from "./referenceGroupTypes";

/** Layout of byDomain: its Totaal counts help questions, not cases. */
export const BY_DOMAIN_LAYOUT: ReferenceGroupLayout = {
  id: "byDomain",
  measures: [{ id: "active", kind: "count" }],
  mainMeasure: "active",
  order: "value",
  hasTotal: true,
  totalLabel: "Totaal hulpvragen",
};

/** Layout of zrmGrowth: no Totaal row. */
export const ZRM_GROWTH_LAYOUT: ReferenceGroupLayout = {
  id: "zrmGrowth",
  measures: [{ id: "growth", kind: "mean" }],
  mainMeasure: "growth",
  order: "value",
  hasTotal: false,
  totalLabel: "Totaal",
};

/** Layout of byComplexity. */
export const BY_COMPLEXITY_LAYOUT: ReferenceGroupLayout = {
  id: "byComplexity",
  measures: [{ id: "active", kind: "count" }],
  mainMeasure: "active",
  order: "fixed",
  hasTotal: true,
  totalLabel: "Totaal",
};

/** The case's main domains; none when the cell was unusable (such as an Excel error value). */
function usableDomains(c: CaseRecord): readonly string[] {
  return c.invalid.has("mainDomains") ? [] : c.mainDomains;
}

/**
 * Hoofddomeinen ZRM: per main domain the cases active in the period that have it; a case
 * counts once in each of its domains, so the Totaal is the number of help questions. Cases
 * without (usable) domains are in no row.
 *
 * @param data - The dataset as plain records.
 * @param period - The period.
 * @param options - Filters, topN.
 * @returns The rows.
 * @example
 * referenceByDomain(data, q1, { topN: 5 }).map((r) => r.label) // [..5 domains, "Overig", "Totaal hulpvragen"]
 */
export function referenceByDomain(
  data: ReferenceData,
  period: Period,
  options: ReferenceGroupOptions
): ReferenceGroupRow[] {
  const contributions = keptCases(data, options)
    .filter((c) => isActiveIn(c, period))
    .flatMap((c) =>
      usableDomains(c).map((domain) => ({ key: domain, measure: "active", entry: c.caseId }))
    );
  return arrangeReferenceRows(
    BY_DOMAIN_LAYOUT,
    collectCategoryBuckets(contributions),
    options.topN
  );
}

/**
 * ZRM-groei per domein: per main domain the mean of endScore − beginScore over the cases
 * closed in the period, on their own (usable) main domains only. A ZRM row counts when its
 * case is such a case, its domain is one of the case's main domains and it has both scores;
 * of several such rows for the same case and domain only the first (in table order) counts.
 *
 * @param data - The dataset as plain records.
 * @param period - The period.
 * @param options - Filters, topN.
 * @returns The rows (no Totaal); none without a ZRM table.
 * @example
 * referenceZrmGrowth(data, q1, {})[0] // { key: "Financiën", values: { growth: 1.2 }, n: { growth: 40 }, ... }
 */
export function referenceZrmGrowth(
  data: ReferenceData,
  period: Period,
  options: ReferenceGroupOptions
): ReferenceGroupRow[] {
  const closed = new Map(
    keptCases(data, options)
      .filter((c) => isClosedIn(c, period))
      .map((c) => [c.index, usableDomains(c)])
  );
  const counted = new Set<string>();
  const contributions: Contribution[] = [];
  for (const row of data.zrm ?? []) {
    const domains = closed.get(row.caseIndex);
    if (domains === undefined || !domains.includes(row.domain)) continue;
    if (row.beginScore === null || row.endScore === null) continue;
    const pair = JSON.stringify([row.caseIndex, row.domain]);
    if (counted.has(pair)) continue;
    counted.add(pair);
    contributions.push({
      key: row.domain,
      measure: "growth",
      entry: row.endScore - row.beginScore,
    });
  }
  return arrangeReferenceRows(
    ZRM_GROWTH_LAYOUT,
    collectCategoryBuckets(contributions),
    options.topN
  );
}

/** The complexity levels, by number of main domains. */
const COMPLEXITY_ROWS: readonly FixedRow[] = [
  { key: "niet-complex", label: "Niet complex" },
  { key: "redelijk-complex", label: "Redelijk complex" },
  { key: "complex", label: "Complex" },
];

/** 1 domain niet complex, 2 or 3 redelijk complex, 4 or more complex; none (or unusable) unknown. */
function complexityOf(c: CaseRecord): string | null {
  const count = usableDomains(c).length;
  if (count === 0) return null;
  return count === 1 ? "niet-complex" : count <= 3 ? "redelijk-complex" : "complex";
}

/**
 * Complexiteit hulpvraag: the cases active in the period by their number of main domains;
 * cases without (usable) domains are in the row "Onbekend".
 *
 * @param data - The dataset as plain records.
 * @param period - The period.
 * @param options - Filters.
 * @returns The rows in the fixed order (all three levels, also when empty).
 * @example
 * referenceByComplexity(data, q1, {}).map((r) => r.key) // ["niet-complex", "redelijk-complex", "complex", "#totaal"]
 */
export function referenceByComplexity(
  data: ReferenceData,
  period: Period,
  options: ReferenceGroupOptions
): ReferenceGroupRow[] {
  const contributions = keptCases(data, options)
    .filter((c) => isActiveIn(c, period))
    .map((c) => ({ key: complexityOf(c), measure: "active", entry: c.caseId }));
  return arrangeReferenceRows(
    BY_COMPLEXITY_LAYOUT,
    collectFixedBuckets(COMPLEXITY_ROWS, contributions),
    options.topN
  );
}
