import type { ValueFormat } from "../types";
import type { PublicationCellKind } from "./publicationCell";

/**
 * What a published value is to the audit: a count of persons, another count (meetings), a
 * share or a mean.
 *
 * @param countsPersons - whether the value counts persons (registry flag `personCount`)
 * @param format - the value's format
 * @returns the cell's kind
 *
 * @example
 * cellKind(false, "percent") //=> "percent"
 */
export function cellKind(countsPersons: boolean, format: ValueFormat): PublicationCellKind {
  if (countsPersons) return "persons";
  if (format === "count") return "count";
  return format === "percent" ? "percent" : "mean";
}
