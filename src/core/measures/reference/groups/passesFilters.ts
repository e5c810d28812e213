import { foldText } from "../../../text/foldText";
import type { CaseField, CaseFilter } from "../../../types";
import type { CaseRecord } from "../../caseRecords";

/** The category fields a reference filter can name. */
const CATEGORY_FIELDS = [
  "caseType",
  "product",
  "closeReason",
  "referrer",
  "team",
  "complexity",
  "weight",
] as const;
type CategoryField = (typeof CATEGORY_FIELDS)[number];

/** Filter values that ask for an empty cell. */
const EMPTY_WORDS = new Set(["", "onbekend", "unknown", "leeg", "(leeg)"]);

function isCategoryField(field: CaseField): field is CategoryField {
  return (CATEGORY_FIELDS as readonly string[]).includes(field);
}

/**
 * Whether a case passes every filter (filters combine with AND, the values of one filter with
 * OR). A value matches a category when both are equal ignoring case, accents and extra spaces
 * (case types by their grouped label IT/LS/IA); '' or "onbekend" (also "unknown", "leeg",
 * "(leeg)") matches an empty cell; a present but unusable cell matches nothing.
 *
 * @param c - The case.
 * @param filters - The filters (category fields only).
 * @returns True when the case is kept.
 * @throws Error for a filter on a field that is not a category (not covered by the references).
 * @example
 * passesFilters(caseRecord, [{ field: "caseType", values: ["IT", "LS"] }]) // true for an LS case
 */
export function passesFilters(c: CaseRecord, filters: readonly CaseFilter[] | undefined): boolean {
  return (filters ?? []).every((filter) => {
    const field = filter.field;
    if (!isCategoryField(field))
      throw new Error(`Reference filters cover category fields only, not '${field}'.`);
    if (c.invalid.has(field)) return false;
    const wanted = filter.values.map(foldText);
    const value = c[field];
    if (value === null) return wanted.some((w) => EMPTY_WORDS.has(w));
    return wanted.includes(foldText(value));
  });
}
