/** A filter as a quantity key reads it: a case field (or a group id) and its values. */
export interface QuantityFilter {
  readonly field: string;
  readonly values: readonly string[];
}

/**
 * Names the quantity a report cell shows, independent of the table it sits in, so that
 * publication mode can treat twins alike: "Behandeld" of the first table, the Totaal of
 * "Type trajecten – behandeld" and of "Per team – behandeld" are all `active`; the IT row of
 * "Type trajecten" and "Individuele trajecten – behandeld" are both `active|caseType=IT`.
 * Filter values are trimmed and sorted, fields sorted, so that the order of a spec does not
 * matter.
 *
 * @param measure - KPI or measure id ('active', 'recidive.same', 'meanDurationClosed')
 * @param filters - the case filters the value is computed under
 * @returns a stable key
 *
 * @example
 * publicationQuantity('active', [{ field: 'caseType', values: ['LS', 'IT'] }]) // 'active|caseType=IT,LS'
 * publicationQuantity('started') // 'started'
 */
export function publicationQuantity(
  measure: string,
  filters: readonly QuantityFilter[] = []
): string {
  if (filters.length === 0) return measure;
  const parts = filters
    .map(
      (f) =>
        `${f.field}=${[...f.values]
          .map((v) => v.trim())
          .sort()
          .join(",")}`
    )
    .sort();
  return `${measure}|${parts.join(";")}`;
}
