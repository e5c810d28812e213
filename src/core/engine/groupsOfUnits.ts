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
