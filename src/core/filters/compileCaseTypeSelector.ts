import { foldText } from "../text/foldText";
import type { CaseFilter, CaseTable } from "../types";
import { hasUnknownValue, matchingLabels } from "./categoryMatch";

/**
 * Most caseType buckets (labels plus "empty" and "invalid") for which KPIs keep separate
 * tallies per bucket; a table with more distinct case types is filtered through masks.
 */
export const MAX_CASE_TYPE_BUCKETS = 256;

/**
 * The caseType bucket of a case: its label code, `labels` for an empty cell, `labels + 1`
 * for a present but invalid value. Every caseType filter keeps or drops whole buckets.
 *
 * @param code - The caseType code (-1 empty).
 * @param invalidCaseType - Whether the case's caseType is invalid.
 * @param labels - Number of caseType labels.
 * @returns The bucket, 0 .. labels + 1.
 * @example
 * caseTypeBucket(-1, false, 3) // 3
 */
export function caseTypeBucket(code: number, invalidCaseType: boolean, labels: number): number {
  return invalidCaseType ? labels + 1 : code < 0 ? labels : code;
}

/**
 * Compiles filters that are all on caseType into the buckets they keep (see
 * {@link caseTypeBucket}), the same cases {@link compileFilters} would keep: values compare
 * case- and diacritic-insensitively with the grouped label, '' or "onbekend" keeps empty
 * cells, invalid cells are never kept, filters combine with AND. Tallies kept per bucket then
 * answer such a filter without a pass over the table.
 *
 * @param table - The case table.
 * @param filters - The filters.
 * @returns Per bucket 1 (kept) or 0; null when there are no filters, a filter is on another
 *   field, or the table has more than {@link MAX_CASE_TYPE_BUCKETS} buckets.
 * @example
 * compileCaseTypeSelector(table, [{ field: 'caseType', values: ['IT', 'LS'] }]) // Uint8Array [1, 1, 0, 0, 0]
 */
export function compileCaseTypeSelector(
  table: CaseTable,
  filters: readonly CaseFilter[] | undefined
): Uint8Array | null {
  if (filters === undefined || filters.length === 0) return null;
  if (filters.some((f) => f.field !== "caseType")) return null;
  const labels = table.caseType.labels;
  if (labels.length + 2 > MAX_CASE_TYPE_BUCKETS) return null;
  const selected = new Uint8Array(labels.length + 2).fill(1);
  for (const filter of filters) {
    const wanted = new Set(filter.values.map(foldText));
    const matches = matchingLabels(labels, wanted);
    for (let b = 0; b < labels.length; b++)
      selected[b] = (selected[b] as number) & (matches[b] as number);
    if (!hasUnknownValue(wanted)) selected[labels.length] = 0;
  }
  selected[labels.length + 1] = 0;
  return selected;
}
