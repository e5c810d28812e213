import type { CaseFieldOfKind } from "../mapping/fieldDefinitions";
import { caseFieldsOfKind } from "../mapping/fieldDefinitions";
import { foldText } from "../text/foldText";
import type { CaseField, CaseFilter } from "../types";
import { InvalidFilterError } from "./filterErrors";

/** The case fields that hold a category (codes + labels): those of kind `category` in `CASE_FIELDS`. */
export const CATEGORY_FIELDS: readonly CategoryField[] = caseFieldsOfKind("category");

/** A case field that holds a category. */
export type CategoryField = CaseFieldOfKind<"category">;

/** The other fields a filter may name (yes/no, ids, domains, numbers). */
const OTHER_FILTER_FIELDS: readonly string[] = [
  "resolvedDirectly",
  "canContinueAlone",
  "caseId",
  "clientId",
  "mainDomains",
  "age",
  "rating",
];

/**
 * Every case field a filter may name: the category fields, then the others.
 *
 * @example
 * FILTERABLE_FIELDS.includes("caseType"); //=> true
 */
export const FILTERABLE_FIELDS: readonly string[] = [...CATEGORY_FIELDS, ...OTHER_FILTER_FIELDS];

/** Values that stand for an empty cell. */
const UNKNOWN: ReadonlySet<string> = new Set(["", "onbekend", "unknown", "leeg", "(leeg)"]);

/**
 * Whether a field is a category field.
 *
 * @param field - A case field name.
 * @returns True for caseType, product, closeReason, referrer, team, complexity, weight, referredTo.
 * @example
 * isCategoryField('team') // true
 */
export function isCategoryField(field: string): field is CategoryField {
  return (CATEGORY_FIELDS as readonly string[]).includes(field);
}

/**
 * Whether a set of folded filter values asks for empty cells ('' or "onbekend").
 *
 * @param wanted - Folded values.
 * @returns True when one of them stands for an empty cell.
 * @example
 * hasUnknownValue(new Set(['it', 'onbekend'])) // true
 */
export function hasUnknownValue(wanted: ReadonlySet<string>): boolean {
  for (const value of wanted) if (UNKNOWN.has(value)) return true;
  return false;
}

/**
 * Which labels of a category a set of folded values matches, compared once per label.
 *
 * @param labels - The category labels.
 * @param wanted - Folded values.
 * @returns Per label code, 1 when it matches.
 * @example
 * matchingLabels(['IT', 'LS'], new Set(['it'])) // Uint8Array [1, 0]
 */
export function matchingLabels(labels: readonly string[], wanted: ReadonlySet<string>): Uint8Array {
  return Uint8Array.from(labels, (label) => (wanted.has(foldText(label)) ? 1 : 0));
}

/**
 * Throws when a filter names a field that cannot be filtered on (a date field or an unknown
 * name), as compiling the filter would; checked up front so that the mask itself can be
 * built only when it is needed.
 *
 * @param filters - The filters, or undefined.
 * @throws {@link InvalidFilterError} for a field that cannot be filtered on.
 * @example
 * assertFilterableFields([{ field: 'closedOn', values: ['x'] }]) // throws InvalidFilterError
 */
export function assertFilterableFields(filters: readonly CaseFilter[] | undefined): void {
  for (const filter of filters ?? []) {
    if (!isCategoryField(filter.field) && !OTHER_FILTER_FIELDS.includes(filter.field))
      throw new InvalidFilterError(filter.field as CaseField);
  }
}
