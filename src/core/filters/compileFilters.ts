import {
  FieldBit,
  type CaseField,
  type CaseFilter,
  type CaseTable,
  type CategoryColumn,
} from "../types";
import { InvalidFilterError } from "./filterErrors";
import { foldText } from "../text/foldText";
import { hasUnknownValue as hasUnknown, isCategoryField, matchingLabels } from "./categoryMatch";

const YES: ReadonlySet<string> = new Set(["ja", "j", "yes", "y", "waar", "true", "1"]);
const NO: ReadonlySet<string> = new Set(["nee", "n", "no", "onwaar", "false", "0"]);
const UNKNOWN: ReadonlySet<string> = new Set(["", "onbekend", "unknown", "leeg", "(leeg)"]);

/**
 * A stable text key for a list of filters: the same filters in any order, with values in any
 * spelling that folds alike, give the same key; different filters never do (a filter without
 * values differs from one with the value '', and a value may hold any character). '' for no
 * filters.
 *
 * @param filters - The filters, or undefined.
 * @returns The key.
 * @example
 * filterKey([{ field: 'caseType', values: ['IT', 'ls'] }]) // '["[\\"caseType\\",\\"it\\",\\"ls\\"]"]'
 */
export function filterKey(filters: readonly CaseFilter[] | undefined): string {
  if (filters === undefined || filters.length === 0) return "";
  const parts = filters.map((f) =>
    JSON.stringify([f.field, ...[...new Set(f.values.map(foldText))].sort()])
  );
  return JSON.stringify(parts.sort());
}

/**
 * Compiles case filters into a mask over the case table: `mask[i]` is 1 when case `i` passes
 * every filter (filters combine with AND, the values of one filter with OR). Values compare
 * case- and diacritic-insensitively with the category label (case types with their grouped
 * label IT/LS/IA), with ja/nee for yes/no fields, with the id for caseId/clientId, with any of
 * the case's domains for mainDomains, and numerically for age and rating. The value '' (or
 * "onbekend") matches an empty cell. A cell that was present but invalid matches nothing.
 * A filter with no values keeps no case. The engine keeps the masks it compiles (`caseFilter`).
 *
 * @param table - The case table.
 * @param filters - The filters; undefined or empty means no restriction.
 * @returns The mask, or null when there is nothing to filter.
 * @throws {@link InvalidFilterError} for a date field (registeredOn, intakeOn, startedOn, closedOn, birthDate).
 * @example
 * const mask = compileFilters(table, [{ field: 'caseType', values: ['IT', 'LS'] }]);
 */
export function compileFilters(
  table: CaseTable,
  filters: readonly CaseFilter[] | undefined
): Uint8Array | null {
  if (filterKey(filters) === "" || filters === undefined) return null;
  const mask = new Uint8Array(table.size).fill(1);
  for (const filter of filters) applyFilter(table, filter, mask);
  return mask;
}

/** Clears mask[i] for every case that fails `filter`. */
function applyFilter(table: CaseTable, filter: CaseFilter, mask: Uint8Array): void {
  const wanted = new Set(filter.values.map(foldText));
  const bit = FieldBit[filter.field];
  const invalid = table.invalid;
  if (isCategoryField(filter.field)) {
    // The common case (caseType IT/LS) in one tight loop: one comparison per label, then per
    // row a lookup, without a branch on it (half the rows kept, in no order a processor can
    // guess). An empty cell (code -1) looks up entry 0, which holds whether '' is wanted.
    const column = table[filter.field];
    const matches = new Uint8Array(column.labels.length + 1);
    matches[0] = hasUnknown(wanted) ? 1 : 0;
    matches.set(matchingLabels(column.labels, wanted), 1);
    const codes = column.codes;
    for (let i = 0; i < table.size; i++) {
      const keep = matches[Math.max(0, (codes[i] as number) + 1)] as number;
      mask[i] = (mask[i] as number) & keep & +(((invalid[i] as number) & bit) === 0);
    }
    return;
  }
  const keep = matcherFor(table, filter.field, wanted);
  for (let i = 0; i < table.size; i++) {
    if (mask[i] === 1 && ((invalid[i] as number) & bit || !keep(i))) mask[i] = 0;
  }
}

/** A per-row predicate for one field and a set of folded values. */
function matcherFor(
  table: CaseTable,
  field: CaseField,
  wanted: ReadonlySet<string>
): (row: number) => boolean {
  if (isCategoryField(field)) return categoryMatcher(table[field], wanted);
  switch (field) {
    case "resolvedDirectly":
    case "canContinueAlone": {
      const column = table[field];
      const states = new Set<number>();
      for (const value of wanted) {
        if (YES.has(value)) states.add(1);
        else if (NO.has(value)) states.add(0);
        else if (UNKNOWN.has(value)) states.add(-1);
      }
      return (row) => states.has(column[row] as number);
    }
    case "caseId": {
      const caseIdAt = table.caseIdAt;
      return (row) =>
        wanted.has(
          foldText(caseIdAt === undefined ? (table.caseId[row] as string) : caseIdAt(row))
        );
    }
    case "clientId": {
      const matches = table.clientIds.map((id) => wanted.has(foldText(id)));
      const matchEmpty = hasUnknown(wanted);
      return (row) => {
        const key = table.clientKey[row] as number;
        return key < 0 ? matchEmpty : matches[key] === true;
      };
    }
    case "mainDomains": {
      const matches = table.domainLabels.map((label) => wanted.has(foldText(label)));
      const matchEmpty = hasUnknown(wanted);
      return (row) => {
        const from = table.domainStart[row] as number;
        const to = table.domainStart[row + 1] as number;
        if (from === to) return matchEmpty;
        for (let k = from; k < to; k++)
          if (matches[table.domainCodes[k] as number] === true) return true;
        return false;
      };
    }
    case "age":
    case "rating": {
      const column = table[field];
      const numbers = new Set<number>();
      for (const value of wanted) {
        const n = Number(value.replace(",", "."));
        if (value !== "" && Number.isFinite(n)) numbers.add(n);
      }
      const matchEmpty = hasUnknown(wanted);
      return (row) => {
        const v = column[row] as number;
        return Number.isNaN(v) ? matchEmpty : numbers.has(v);
      };
    }
    default:
      throw new InvalidFilterError(field);
  }
}

/** Row predicate for a category column: compares once per label, then per row by code. */
function categoryMatcher(
  column: CategoryColumn,
  wanted: ReadonlySet<string>
): (row: number) => boolean {
  const matches = matchingLabels(column.labels, wanted);
  const matchEmpty = hasUnknown(wanted);
  const codes = column.codes;
  return (row) => {
    const code = codes[row] as number;
    return code < 0 ? matchEmpty : matches[code] === 1;
  };
}
