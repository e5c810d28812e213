/**
 * The case filters of SPEC §4, stated plainly over a {@link CaseRecord}.
 *
 * @module
 */
import { assertFilterableFields, isCategoryField } from "../../filters/categoryMatch";
import { InvalidFilterError } from "../../filters/filterErrors";
import { foldText } from "../../text/foldText";
import type { CaseFilter } from "../../types";
import type { CaseRecord } from "../caseRecords";
import { isUnusable } from "./caseMemberships";

/** Filter values that ask for an empty cell. */
const EMPTY_WORDS = ["", "onbekend", "unknown", "leeg", "(leeg)"];
/** Filter values meaning yes, and no, for a yes/no field. */
const YES_WORDS = ["ja", "j", "yes", "y", "waar", "true", "1"];
const NO_WORDS = ["nee", "n", "no", "onwaar", "false", "0"];

/**
 * Whether a case passes one filter. Values are compared case- and accent-insensitively
 * (`foldText`); the values of one filter combine with OR:
 * - a category (caseType, product, closeReason, referrer, team, complexity, weight), caseId or
 *   clientId: the value equals the case's text (case types by their grouped label IT/LS/IA);
 * - mainDomains: the value equals one of the case's main domains;
 * - a yes/no field: ja/nee (and the like) match yes/no;
 * - age and rating: the value is the same number (a decimal comma allowed).
 * The value "" or "onbekend" (and the like) matches an empty cell. A cell that is present but
 * unusable matches nothing. A filter without values keeps no case.
 *
 * @param c - The case.
 * @param filter - The filter.
 * @returns True when the case passes.
 * @throws {@link InvalidFilterError} for a field that cannot be filtered on (a date field).
 * @example
 * passesFilter(c, { field: "caseType", values: ["it", "LS"] }) // true for an LS case
 */
export function passesFilter(c: CaseRecord, filter: CaseFilter): boolean {
  assertFilterableFields([filter]);
  const field = filter.field;
  if (field !== "caseId" && isUnusable(c, field)) return false;
  const wanted = filter.values.map(foldText);
  const wantsEmpty = wanted.some((value) => EMPTY_WORDS.includes(value));
  const matchesText = (text: string | null): boolean =>
    text === null ? wantsEmpty : wanted.includes(foldText(text));
  if (isCategoryField(field)) return matchesText(c[field]);
  switch (field) {
    case "caseId":
      return wanted.includes(foldText(c.caseId));
    case "clientId":
      return matchesText(c.clientId);
    case "mainDomains":
      return c.mainDomains.length === 0
        ? wantsEmpty
        : c.mainDomains.some((domain) => wanted.includes(foldText(domain)));
    case "resolvedDirectly":
    case "canContinueAlone": {
      const answer = c[field];
      const words = answer === null ? EMPTY_WORDS : answer ? YES_WORDS : NO_WORDS;
      return wanted.some((value) => words.includes(value));
    }
    case "age":
    case "rating": {
      const value = c[field];
      if (value === null) return wantsEmpty;
      return wanted.some((text) => text !== "" && Number(text.replace(",", ".")) === value);
    }
    default:
      throw new InvalidFilterError(field);
  }
}

/**
 * Whether a case passes every filter (filters combine with AND).
 *
 * @param c - The case.
 * @param filters - The filters; none keeps every case.
 * @returns True when the case passes all of them.
 * @example
 * data.cases.filter((c) => passesFilters(c, options.filters))
 */
export function passesFilters(c: CaseRecord, filters: readonly CaseFilter[] | undefined): boolean {
  return (filters ?? []).every((filter) => passesFilter(c, filter));
}
