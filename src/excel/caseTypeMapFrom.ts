/**
 * The case-type grouping the parser uses, from the stored choices.
 *
 * @module
 */
import { DEFAULT_CASE_TYPE_MAP } from "../core";
import type { CaseTypeMap } from "../core";

/**
 * The core's case-type grouping with the user's explicit choices on top of the defaults.
 *
 * @param values - case type value → group, from the settings
 * @returns the map for the parser
 *
 * @example
 * caseTypeMapFrom({ 'Kort contact': 'IA' }).values // { 'Kort contact': 'IA' }
 */
export function caseTypeMapFrom(values: Readonly<Record<string, string>> | undefined): CaseTypeMap {
  return values && Object.keys(values).length > 0
    ? { ...DEFAULT_CASE_TYPE_MAP, values }
    : DEFAULT_CASE_TYPE_MAP;
}
