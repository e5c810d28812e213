/**
 * @module
 */
import type { Dimension } from "./dimension";

/**
 * The groups of the units a tally visits (a selection's cases, or rows of another table):
 * - `single`: `codes[k]` is the group of the k-th listed unit, -1 for none;
 * - `multi`: unit i (an index into its table) is in members[starts[i] .. starts[i+1]).
 */
export type UnitGroups =
  | { readonly kind: "single"; readonly codes: Int32Array }
  | { readonly kind: "multi"; readonly starts: Int32Array; readonly members: Int32Array };

/**
 * The groups of the listed units in a breakdown: for a single-valued breakdown the group of
 * each listed unit only (a tally then reads them in order); a multi-valued breakdown keeps its
 * lists over the whole table.
 *
 * @param dimension - The breakdown.
 * @param units - The units a tally visits, as indices into their table.
 * @param room - Room for the groups of a single-valued breakdown (at least `units.length`;
 *   the engine's, reused by the next tally: read the groups before).
 * @returns The groups.
 * @example
 * groupsOfUnits(categoryDimension(table.team), cases, engine.indexRoom(cases.length)); //=> { kind: "single", codes: the team code of each case }
 */
export function groupsOfUnits(
  dimension: Dimension,
  units: Int32Array,
  room: Int32Array
): UnitGroups {
  if (dimension.kind === "multi")
    return { kind: "multi", starts: dimension.starts, members: dimension.members };
  const codes = room.subarray(0, units.length);
  dimension.codesOf(units, codes);
  return { kind: "single", codes };
}

/**
 * The groups of rows of another table in a breakdown of the cases: each row is in its case's
 * group(s) — a ZRM pair of a case of team Noord is in Noord. The rows must all have a case (a
 * row measure selects only such rows).
 *
 * @param dimension - A breakdown of the cases.
 * @param caseOf - Per row of the table, the index of its case.
 * @param rows - The rows a tally visits, as row indices.
 * @param room - Room for the groups of a single-valued breakdown (at least `rows.length`).
 * @returns The groups, as {@link groupsOfUnits} gives them for the rows.
 * @example
 * groupsOfRowsByCase(categoryDimension(table.team), pairs.caseOf, taken, room); //=> { kind: "single", codes: each pair's case's team }
 */
export function groupsOfRowsByCase(
  dimension: Dimension,
  caseOf: Int32Array,
  rows: Int32Array,
  room: Int32Array
): UnitGroups {
  if (dimension.kind === "single") {
    const cases = new Int32Array(rows.length);
    for (let k = 0; k < rows.length; k++) cases[k] = caseOf[rows[k] as number] as number;
    return groupsOfUnits(dimension, cases, room);
  }
  // Per row of the table, its case's list of groups.
  const { starts: caseStarts, members: caseMembers } = dimension;
  const starts = new Int32Array(caseOf.length + 1);
  for (let r = 0; r < caseOf.length; r++) {
    const c = caseOf[r] as number;
    const length = c < 0 ? 0 : (caseStarts[c + 1] as number) - (caseStarts[c] as number);
    starts[r + 1] = (starts[r] as number) + length;
  }
  const members = new Int32Array(starts[caseOf.length] as number);
  for (let r = 0; r < caseOf.length; r++) {
    const c = caseOf[r] as number;
    if (c >= 0) members.set(caseMembers.subarray(caseStarts[c], caseStarts[c + 1]), starts[r]);
  }
  return { kind: "multi", starts, members };
}
