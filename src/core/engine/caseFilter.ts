/**
 * The filter mask of a list of case filters, compiled once per engine.
 *
 * @module
 */
import { compileFilters, filterKey } from "../filters/compileFilters";
import type { CaseFilter } from "../types";
import type { Engine } from "./Engine";

/**
 * The cases a list of filters keeps, compiled on first use and kept by the engine (under the
 * filters' key, so the same filters in another order or spelling share the mask).
 *
 * @param engine - The engine of the dataset.
 * @param filters - The filters, or undefined for none.
 * @returns 1 for each case kept, or null when no filter applies.
 * @throws `InvalidFilterError` for a filter on a field that cannot be filtered.
 * @example
 * caseFilter(engine, [{ field: "caseType", values: ["IT", "LS"] }]); // Uint8Array of 0/1
 */
export function caseFilter(
  engine: Engine,
  filters: readonly CaseFilter[] | undefined
): Uint8Array | null {
  const key = filterKey(filters);
  if (key === "") return null;
  return engine.derive(`filter|${key}`, () => compileFilters(engine.dataset.cases, filters));
}
