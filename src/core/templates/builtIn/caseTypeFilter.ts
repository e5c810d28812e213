/**
 * @module
 */
import type { CaseFilter } from "../../types";

/**
 * A table filter that keeps the cases of the given grouped case types (SPEC §2: IT individueel
 * traject, LS leun en steun, IA informatie en advies).
 *
 * @param types - The case types.
 * @returns The filter list of a table spec.
 * @example
 * caseTypeFilter("IT", "LS"); //=> [{ field: "caseType", values: ["IT", "LS"] }]
 */
export function caseTypeFilter(...types: readonly ("IT" | "LS" | "IA")[]): readonly CaseFilter[] {
  return [{ field: "caseType", values: types }];
}

/**
 * The grouped case types as the organisations write them, for a table's row labels.
 *
 * @example
 * CASE_TYPE_NAMES.LS; //=> "Leun- en steuncontacten"
 */
export const CASE_TYPE_NAMES: Readonly<Record<string, string>> = {
  IT: "Individuele trajecten",
  LS: "Leun- en steuncontacten",
  IA: "Informatie en advies",
};
