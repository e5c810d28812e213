import type { CellQuantity } from "./publicationCell";

/**
 * A stable text for a quantity: measure, filter (fields sorted, values sorted) and period, so
 * that the same quantity in two tables has one key.
 *
 * @param quantity - the quantity
 * @param without - a field to leave out of the filter (to group the cells of a breakdown)
 * @returns the key
 *
 * @example
 * quantityKey({ measure: "active", filter: { caseType: ["IT"] }, start: 19723, end: 19996 })
 * //=> "active|caseType=IT@19723..19996"
 */
export function quantityKey(quantity: CellQuantity, without?: string): string {
  return `${quantity.measure}|${filterKey(quantity.filter, without)}@${quantity.start}..${quantity.end}`;
}

/**
 * The filter part of {@link quantityKey}.
 *
 * @param filter - field → values
 * @param without - a field to leave out
 * @returns "field=v1,v2;field2=v" with fields and values sorted
 *
 * @example
 * filterKey({ team: ["Zuid", "Noord"], caseType: ["IT"] }) //=> "caseType=IT;team=Noord,Zuid"
 */
export function filterKey(
  filter: Readonly<Record<string, readonly string[]>>,
  without?: string
): string {
  return Object.keys(filter)
    .filter((field) => field !== without)
    .sort()
    .map((field) => `${field}=${[...(filter[field] ?? [])].sort().join(",")}`)
    .join(";");
}
