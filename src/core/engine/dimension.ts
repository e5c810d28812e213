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
 * - `single`: `codesOf(units)` gives the group of each listed unit (-1 for none), so that a
 *   measure finds the groups of the units it takes only, not of the whole table;
 * - `multi`: unit i is in members[starts[i] .. starts[i+1]).
 */
export type Dimension =
  | {
      readonly kind: "single";
      readonly keys: readonly string[];
      /** Entry k: the group of unit `units[k]`, -1 for none. */
      readonly codesOf: (units: Int32Array) => Int32Array;
    }
  | {
      readonly kind: "multi";
      readonly keys: readonly string[];
      readonly starts: Int32Array;
      readonly members: Int32Array;
    };

/**
 * The entries of a column at the listed units.
 *
 * @param column - One value per unit.
 * @param units - Unit indices.
 * @returns Entry k: `column[units[k]]`.
 * @example
 * valuesAt(Int32Array.of(5, -1, 7), Int32Array.of(2, 0)); //=> Int32Array [7, 5]
 */
export function valuesAt(column: Int32Array, units: Int32Array): Int32Array {
  const out = new Int32Array(units.length);
  for (let k = 0; k < units.length; k++) out[k] = column[units[k] as number] as number;
  return out;
}

/**
 * A breakdown by a category column: one group per label, units with an empty value in none.
 *
 * @param column - The category column (one code per unit).
 * @returns The dimension.
 * @example
 * categoryDimension(table.team).keys; //=> ["Noord", "Zuid"]
 */
export function categoryDimension(column: CategoryColumn): Dimension {
  return { kind: "single", keys: column.labels, codesOf: (units) => valuesAt(column.codes, units) };
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
