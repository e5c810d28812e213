/**
 * A breakdown of cases into groups (team, product, main domain, …): the rows of a table.
 *
 * @module
 */
import type { CaseTable, CategoryColumn } from "../types";

/**
 * The groups of a breakdown and which group(s) each case is in. A case is in one group
 * (`codes`, -1 for none) or, for a multi-valued field such as the main domains, in several
 * (`starts`/`members`: case i is in members[starts[i] .. starts[i+1])).
 */
export type Dimension =
  | { readonly kind: "single"; readonly keys: readonly string[]; readonly codes: Int32Array }
  | {
      readonly kind: "multi";
      readonly keys: readonly string[];
      readonly starts: Int32Array;
      readonly members: Int32Array;
    };

/**
 * A breakdown by a category column: one group per label, cases with an empty value in none.
 *
 * @param column - The category column.
 * @returns The dimension.
 * @example
 * categoryDimension(table.team).keys; //=> ["Noord", "Zuid"]
 */
export function categoryDimension(column: CategoryColumn): Dimension {
  return { kind: "single", keys: column.labels, codes: column.codes };
}

/**
 * The breakdown by main domain: a case is in the group of each of its main domains.
 *
 * @param table - The case table.
 * @returns The dimension.
 * @example
 * mainDomainDimension(table).keys; //=> ["Financiën", "Huisvesting", …]
 */
export function mainDomainDimension(table: CaseTable): Dimension {
  return {
    kind: "multi",
    keys: table.domainLabels,
    starts: table.domainStart,
    members: table.domainCodes,
  };
}
