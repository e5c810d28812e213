/**
 * @module
 */
import type { Dimension } from "./dimension";

/** The groups of each case: case i is in members[starts[i] .. starts[i+1]). */
export interface CaseGroupList {
  readonly starts: Int32Array;
  readonly members: Int32Array;
}

const NO_GROUPS = new Int32Array(0);

/**
 * The groups of each case of a breakdown as one list form for single- and multi-valued
 * dimensions alike; without a dimension every case is in no group.
 *
 * @param dimension - The breakdown, or undefined.
 * @param size - The number of cases.
 * @returns The groups per case.
 * @example
 * groupsOfCases(categoryDimension(table.team), table.size).members; // the team code of each case with one
 */
export function groupsOfCases(dimension: Dimension | undefined, size: number): CaseGroupList {
  if (dimension === undefined) return { starts: new Int32Array(size + 1), members: NO_GROUPS };
  if (dimension.kind === "multi") return { starts: dimension.starts, members: dimension.members };
  const starts = new Int32Array(size + 1);
  const members = new Int32Array(size);
  let m = 0;
  for (let i = 0; i < size; i++) {
    const code = dimension.codes[i] as number;
    if (code >= 0) members[m++] = code;
    starts[i + 1] = m;
  }
  return { starts, members: members.subarray(0, m) };
}
