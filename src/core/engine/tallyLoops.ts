/**
 * The loops that tally a measure over the units it takes (cases, or rows of another table): a
 * count, a sum of values, or a count of distinct clients, in total and per group. The total and
 * each form of the groups ({@link UnitGroups}: one group per unit, or a list per unit) have a
 * loop of their own, in a function of its own with nothing after the loop: V8 compiles a long
 * loop while it runs, for the code it has seen run, and a function that later runs code it had
 * not seen (another form of groups, or what follows the loop) is thrown away and compiled again,
 * which on a million cases costs more than the loop itself.
 *
 * @module
 */
import type { UnitGroups } from "./groupsOfUnits";

/**
 * Which units a tally takes: listed (a selection's cases, already narrowed to a filter, or row
 * indices for a row measure), and no unusable input of the value. The loops visit the listed
 * units only, and read the invalid mask only when the value has inputs (no count has).
 */
export interface Taken {
  readonly cases: Int32Array;
  readonly invalid: Uint32Array;
  readonly inputs: number;
}

/**
 * Counts the taken units: in total into `counts[total]`, and once in each of a unit's groups.
 *
 * @param taken - The units.
 * @param groups - The groups of the listed units, or null for the total only.
 * @param total - The index of the total (the number of groups).
 * @param counts - Per group and the total; receives the counts.
 * @example
 * countCases({ cases, invalid, inputs: 0 }, null, 0, counts); // counts[0] = cases.length
 */
export function countCases(
  taken: Taken,
  groups: UnitGroups | null,
  total: number,
  counts: Float64Array
): void {
  if (groups?.kind === "single") countBySingle(taken, groups.codes, counts);
  else if (groups?.kind === "multi") countByMulti(taken, groups.starts, groups.members, counts);
  counts[total] = taken.inputs === 0 ? taken.cases.length : countTaken(taken);
}

function countTaken(taken: Taken): number {
  const { cases, invalid, inputs } = taken;
  let n = 0;
  for (let k = 0; k < cases.length; k++) {
    const i = cases[k] as number;
    if (((invalid[i] as number) & inputs) === 0) n++;
  }
  return n;
}

function countBySingle(taken: Taken, codes: Int32Array, counts: Float64Array): void {
  const { cases, invalid, inputs } = taken;
  for (let k = 0; k < cases.length; k++) {
    const i = cases[k] as number;
    if (((invalid[i] as number) & inputs) !== 0) continue;
    const g = codes[k] as number;
    if (g >= 0) counts[g]! += 1;
  }
}

function countByMulti(
  taken: Taken,
  starts: Int32Array,
  members: Int32Array,
  counts: Float64Array
): void {
  const { cases, invalid, inputs } = taken;
  for (let k = 0; k < cases.length; k++) {
    const i = cases[k] as number;
    if (((invalid[i] as number) & inputs) !== 0) continue;
    const end = starts[i + 1] as number;
    for (let m = starts[i] as number; m < end; m++) counts[members[m] as number]! += 1;
  }
}

/**
 * Sums the values of the taken units that have one (NaN: none), in total and per group, and
 * counts them.
 *
 * @param taken - The units.
 * @param groups - The groups of the listed units, or null for the total only.
 * @param values - Entry k: the value of unit `taken.cases[k]`.
 * @param total - The index of the total (the number of groups).
 * @param sums - Per group and the total; receives the sums.
 * @param counts - Per group and the total; receives the number of values.
 * @example
 * sumValues(taken, null, values, 0, sums, counts); // sums[0] / counts[0] is the mean
 */
export function sumValues(
  taken: Taken,
  groups: UnitGroups | null,
  values: Float64Array,
  total: number,
  sums: Float64Array,
  counts: Float64Array
): void {
  if (groups?.kind === "single") sumBySingle(taken, groups.codes, values, sums, counts);
  else if (groups?.kind === "multi")
    sumByMulti(taken, groups.starts, groups.members, values, sums, counts);
  sumTotal(taken, values, total, sums, counts);
}

function sumTotal(
  taken: Taken,
  values: Float64Array,
  total: number,
  sums: Float64Array,
  counts: Float64Array
): void {
  const { cases, invalid, inputs } = taken;
  let sum = 0;
  let n = 0;
  for (let k = 0; k < cases.length; k++) {
    const i = cases[k] as number;
    const v = values[k] as number;
    if (v !== v || ((invalid[i] as number) & inputs) !== 0) continue; // v !== v: NaN, no value
    sum += v;
    n++;
  }
  sums[total] = sum;
  counts[total] = n;
}

function sumBySingle(
  taken: Taken,
  codes: Int32Array,
  values: Float64Array,
  sums: Float64Array,
  counts: Float64Array
): void {
  const { cases, invalid, inputs } = taken;
  for (let k = 0; k < cases.length; k++) {
    const i = cases[k] as number;
    const v = values[k] as number;
    const g = codes[k] as number;
    if (v !== v || g < 0 || ((invalid[i] as number) & inputs) !== 0) continue;
    sums[g]! += v;
    counts[g]! += 1;
  }
}

function sumByMulti(
  taken: Taken,
  starts: Int32Array,
  members: Int32Array,
  values: Float64Array,
  sums: Float64Array,
  counts: Float64Array
): void {
  const { cases, invalid, inputs } = taken;
  for (let k = 0; k < cases.length; k++) {
    const i = cases[k] as number;
    const v = values[k] as number;
    if (v !== v || ((invalid[i] as number) & inputs) !== 0) continue;
    const end = starts[i + 1] as number;
    for (let m = starts[i] as number; m < end; m++) {
      const g = members[m] as number;
      sums[g]! += v;
      counts[g]! += 1;
    }
  }
}

/**
 * Counts the distinct clients of the taken cases, in total and per group (a client counts once
 * in each group it has a case in, and once in the total); cases without a client are left out.
 *
 * @param taken - The cases.
 * @param groups - The groups of the listed cases, or null for the total only.
 * @param clientKey - Per case its client (0 … clientCount − 1), -1 for none.
 * @param clientCount - The number of clients.
 * @param total - The index of the total (the number of groups).
 * @param counts - Per group and the total; receives the counts.
 * @example
 * countDistinctClients(taken, null, table.clientKey, table.clientIds.length, 0, counts);
 */
export function countDistinctClients(
  taken: Taken,
  groups: UnitGroups | null,
  clientKey: Int32Array,
  clientCount: number,
  total: number,
  counts: Float64Array
): void {
  // One bit per (group, client) in `seen`, the groups' rows first, the total's last.
  const words = (clientCount + 31) >>> 5;
  const seen = new Uint32Array((total + 1) * words);
  if (groups?.kind === "single")
    distinctBySingle(taken, groups.codes, clientKey, words, seen, counts);
  else if (groups?.kind === "multi")
    distinctByMulti(taken, groups.starts, groups.members, clientKey, words, seen, counts);
  counts[total] = distinctTotal(taken, clientKey, seen.subarray(total * words));
}

function distinctTotal(taken: Taken, clientKey: Int32Array, seen: Uint32Array): number {
  const { cases, invalid, inputs } = taken;
  let n = 0;
  for (let k = 0; k < cases.length; k++) {
    const i = cases[k] as number;
    const client = clientKey[i] as number;
    if (client < 0 || ((invalid[i] as number) & inputs) !== 0) continue;
    const at = client >>> 5;
    const bit = 1 << (client & 31);
    if (((seen[at] as number) & bit) !== 0) continue;
    seen[at] = (seen[at] as number) | bit;
    n++;
  }
  return n;
}

function distinctBySingle(
  taken: Taken,
  codes: Int32Array,
  clientKey: Int32Array,
  words: number,
  seen: Uint32Array,
  counts: Float64Array
): void {
  const { cases, invalid, inputs } = taken;
  for (let k = 0; k < cases.length; k++) {
    const i = cases[k] as number;
    const client = clientKey[i] as number;
    const g = codes[k] as number;
    if (client < 0 || g < 0 || ((invalid[i] as number) & inputs) !== 0) continue;
    const at = g * words + (client >>> 5);
    const bit = 1 << (client & 31);
    if (((seen[at] as number) & bit) !== 0) continue;
    seen[at] = (seen[at] as number) | bit;
    counts[g]! += 1;
  }
}

function distinctByMulti(
  taken: Taken,
  starts: Int32Array,
  members: Int32Array,
  clientKey: Int32Array,
  words: number,
  seen: Uint32Array,
  counts: Float64Array
): void {
  const { cases, invalid, inputs } = taken;
  for (let k = 0; k < cases.length; k++) {
    const i = cases[k] as number;
    const client = clientKey[i] as number;
    if (client < 0 || ((invalid[i] as number) & inputs) !== 0) continue;
    const bit = 1 << (client & 31);
    const end = starts[i + 1] as number;
    for (let m = starts[i] as number; m < end; m++) {
      const g = members[m] as number;
      const at = g * words + (client >>> 5);
      if (((seen[at] as number) & bit) !== 0) continue;
      seen[at] = (seen[at] as number) | bit;
      counts[g]! += 1;
    }
  }
}
