/**
 * A breakdown of cases into groups (team, product, main domain, …): the rows of a table.
 *
 * @module
 */
import type { CaseTable, CategoryColumn } from "../types";

/**
 * The groups of a breakdown and which group(s) each unit (a case, or a row of another table)
 * is in. A unit is in one group or, for a multi-valued field such as the main domains, in
 * several:
 * - `single`: `codesOf(units, out)` writes the group of each listed unit (-1 for none), so that
 *   a measure finds the groups of the units it takes only, not of the whole table;
 * - `multi`: unit i is in members[starts[i] .. starts[i+1]).
 */
export type Dimension =
  | {
      readonly kind: "single";
      readonly keys: readonly string[];
      /** Writes out[k] = the group of unit `units[k]` (-1 for none), for each k. */
      readonly codesOf: (units: Int32Array, out: Int32Array) => void;
    }
  | {
      readonly kind: "multi";
      readonly keys: readonly string[];
      readonly starts: Int32Array;
      readonly members: Int32Array;
    };

/**
 * A breakdown by a category column: one group per label, units with an empty value in none.
 *
 * @param column - The category column (one code per unit).
 * @returns The dimension.
 * @example
 * categoryDimension(table.team).keys; //=> ["Noord", "Zuid"]
 */
export function categoryDimension(column: CategoryColumn): Dimension {
  const { codes } = column;
  const codesOf = (units: Int32Array, out: Int32Array): void => {
    for (let k = 0; k < units.length; k++) out[k] = codes[units[k] as number] as number;
  };
  return { kind: "single", keys: column.labels, codesOf };
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
