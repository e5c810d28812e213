import type { CaseRecord } from "../../caseRecords";
import type { ReferenceData } from "../../referenceData";
import { passesFilters } from "../passesFilters";
import type { ReferenceGroupOptions } from "./referenceGroupTypes";

/**
 * The cases the options' filters keep (all cases without filters).
 *
 * @param data - The dataset as plain records.
 * @param options - The filters.
 * @returns The kept cases, in table order.
 * @example
 * keptCases(data, { filters: [{ field: "team", values: ["Noord"] }] }).length // 40
 */
export function keptCases(
  data: ReferenceData,
  options: ReferenceGroupOptions
): readonly CaseRecord[] {
  return data.cases.filter((c) => passesFilters(c, options.filters));
}
