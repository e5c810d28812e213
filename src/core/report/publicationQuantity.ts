/** A filter as a quantity key reads it: a case field (or a group id) and its values. */
export interface QuantityFilter {
  readonly field: string;
  readonly values: readonly string[];
}

/** A sum between quantities that may sit in different tables: total = Σ parts. */
export interface QuantitySum {
  readonly total: string;
  readonly parts: readonly string[];
}

/** Measures that count cases, so that a filter on several values is the sum of each value's count. */
const ADDITIVE_MEASURES: ReadonlySet<string> = new Set([
  "registrations",
  "started",
  "active",
  "closed",
  "openAtEnd",
  "helpQuestions",
  "recidive.any",
  "recidive.same",
]);

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

/**
 * The sums between quantities that a filter on several values implies: a count over IT and LS
 * is the count over IT plus the count over LS. Only sums whose parts all occur in `keys` are
 * returned, since a relation with an absent part cannot be solved by a reader.
 *
 * @param keys - the quantity keys of a report ({@link publicationQuantity})
 * @returns the sums, for report-wide secondary suppression
 *
 * @example
 * splitQuantitySums(['started|caseType=IT,LS', 'started|caseType=IT', 'started|caseType=LS'])
 * // [{ total: 'started|caseType=IT,LS', parts: ['started|caseType=IT', 'started|caseType=LS'] }]
 */
export function splitQuantitySums(keys: Iterable<string>): QuantitySum[] {
  const present = new Set(keys);
  const sums: QuantitySum[] = [];
  for (const key of present) {
    const match = /^([^|]+)\|([^;=]+)=([^;]*)$/.exec(key);
    if (match === null) continue;
    const [, measure = "", field = "", list = ""] = match;
    const values = list.split(",");
    if (!ADDITIVE_MEASURES.has(measure) || values.length < 2) continue;
    const parts = values.map((v) => `${measure}|${field}=${v}`);
    if (parts.every((p) => present.has(p))) sums.push({ total: key, parts });
  }
  return sums;
}
