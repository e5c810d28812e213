/**
 * A breakdown of cases into groups (team, product, main domain, …): the rows of a table.
 *
 * @module
 */
import type { CaseTable, CategoryColumn, CategoryListColumn } from "../types";

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
      /**
       * "rows": the codes are per row of the measure's own row table (a ZRM pair's domain);
       * otherwise per case, and a row measure puts each row in its case's group.
       */
      readonly over?: "rows";
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
  return { kind: "single", keys: column.labels, codesOf: lookUp(column.codes) };
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

/**
 * A breakdown by a list-of-categories column (the partners): a case is in the group of each
 * category in its cell.
 *
 * @param column - The category-list column.
 * @returns The dimension.
 * @example
 * categoryListDimension(table.partners).keys; //=> ["Wijkteam", "GGD", …]
 */
export function categoryListDimension(column: CategoryListColumn): Dimension {
  return { kind: "multi", keys: column.labels, starts: column.starts, members: column.codes };
}

/**
 * A breakdown by an export column that no field uses, found by its header as in the export
 * (case and spaces as written); undefined when the export has no such column.
 *
 * @param table - The case table.
 * @param header - The column's header.
 * @returns The dimension, or undefined.
 * @example
 * extraDimension(table, "Wijk")?.keys; //=> ["Centrum", "Oost", …]
 */
export function extraDimension(table: CaseTable, header: string): Dimension | undefined {
  const extra = table.extras.find((candidate) => candidate.header === header);
  return extra === undefined ? undefined : categoryDimension(extra.column);
}

/**
 * A breakdown of the rows of another table by a code of each row (a ZRM pair by its own domain),
 * for a measure over those rows; a breakdown of the cases applies to such a measure through each
 * row's case instead.
 *
 * @param codes - Per row of the row table, its group (-1 for none).
 * @param keys - The groups.
 * @returns The dimension.
 * @example
 * rowDimension(pairs.domain, table.domainLabels); // ZRM pairs by their own domain
 */
export function rowDimension(codes: Int32Array, keys: readonly string[]): Dimension {
  return { kind: "single", keys, codesOf: lookUp(codes), over: "rows" };
}

/** `codesOf` of a breakdown whose codes are a column: out[k] = codes[units[k]]. */
function lookUp(codes: Int32Array): (units: Int32Array, out: Int32Array) => void {
  return (units, out) => {
    for (let k = 0; k < units.length; k++) out[k] = codes[units[k] as number] as number;
  };
}
