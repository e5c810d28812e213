/**
 * Which cases a measure counts relative to a period (SPEC §4): the case sets. Each has a plain
 * rule over one case ({@link inCaseSet}, the reference) and a column version that lists the
 * cases of a table in the set at once ({@link selectCaseSet}, what the evaluator runs); the
 * property tests of the measures keep the two equal.
 *
 * @module
 */
import { FieldBit, type CaseTable, type Day, type Period } from "../types";
import type { CaseRecord } from "../measures/caseRecords";

/**
 * The case sets of a period:
 * - `registered`: registeredOn in the period;
 * - `intake`: intakeOn in the period;
 * - `started`: the start (startedOn, else registeredOn) in the period;
 * - `active`: started on or before the period's end and not closed before its start;
 * - `closed`: closedOn in the period;
 * - `openAtEnd`: started on or before the period's end and not closed on or before it;
 * - `all`: every case, whatever its dates.
 */
export type CaseSetId =
  "registered" | "intake" | "started" | "active" | "closed" | "openAtEnd" | "all";

/** Every case set id, in a stable order. */
export const CASE_SET_IDS: readonly CaseSetId[] = [
  "registered",
  "intake",
  "started",
  "active",
  "closed",
  "openAtEnd",
  "all",
];

/** The date fields each case set reads: an unusable value in one of them leaves the case out. */
export const CASE_SET_INPUTS: Readonly<Record<CaseSetId, number>> = {
  registered: FieldBit.registeredOn,
  intake: FieldBit.intakeOn,
  started: FieldBit.start | FieldBit.startedOn,
  active: FieldBit.start | FieldBit.startedOn | FieldBit.closedOn,
  closed: FieldBit.closedOn,
  openAtEnd: FieldBit.start | FieldBit.startedOn | FieldBit.closedOn,
  all: 0,
};

const within = (day: Day | null, period: Period): boolean =>
  day !== null && day >= period.start && day <= period.end;

/**
 * The plain rule: whether one case is in a case set of a period.
 *
 * @param set - The case set.
 * @param c - The case.
 * @param period - The period.
 * @returns True when the case belongs to the set.
 * @example
 * inCaseSet("active", { ...c, start: 45300, closedOn: null }, period); //=> true when 45300 ≤ period.end
 */
export function inCaseSet(set: CaseSetId, c: CaseRecord, period: Period): boolean {
  const spoiled = (bits: number): boolean =>
    [...c.invalid].some((field) => (FieldBit[field] & bits) !== 0);
  if (spoiled(CASE_SET_INPUTS[set])) return false;
  const begun = c.start !== null && c.start <= period.end;
  switch (set) {
    case "registered":
      return within(c.registeredOn, period);
    case "intake":
      return within(c.intakeOn, period);
    case "started":
      return within(c.start, period);
    case "active":
      return begun && !(c.closedOn !== null && c.closedOn < period.start);
    case "closed":
      return within(c.closedOn, period);
    case "openAtEnd":
      return begun && !(c.closedOn !== null && c.closedOn <= period.end);
    case "all":
      return true;
  }
}

/**
 * The column version of {@link inCaseSet}: writes the index of every case of the table that is
 * in the set into `out`, in ascending order, and returns how many there are. Empty dates are
 * NaN and unusable ones -Infinity in the columns, so every comparison below is false for them,
 * as the rule wants; an unusable input is checked on the invalid mask. One pass over the cases.
 *
 * @param table - The case table.
 * @param set - The case set.
 * @param period - The period.
 * @param out - Room for the indices (at least `table.size`).
 * @returns The number of cases written to `out`.
 * @example
 * selectCaseSet(table, "closed", period, new Int32Array(table.size)); //=> the number closed in the period
 */
export function selectCaseSet(
  table: CaseTable,
  set: CaseSetId,
  period: Period,
  out: Int32Array
): number {
  const size = table.size;
  const { start: p0, end: p1 } = period;
  const { invalid, start, closedOn } = table;
  const spoil = CASE_SET_INPUTS[set];
  // Each case is written at out[n], and n moves past it when the case is in the set: no branch
  // per case, whose outcome a processor cannot guess (a quarter of the cases, spread over the
  // table), which makes these loops several times faster. +(test) is 1 or 0.
  let n = 0;
  switch (set) {
    case "registered":
    case "intake":
    case "started":
    case "closed": {
      const dates = DATE_OF_SET[set](table);
      for (let i = 0; i < size; i++) {
        const d = dates[i] as number;
        out[n] = i;
        n += +(d >= p0) & +(d <= p1) & +(((invalid[i] as number) & spoil) === 0);
      }
      break;
    }
    case "active":
      for (let i = 0; i < size; i++) {
        const s = start[i] as number;
        const c = closedOn[i] as number;
        out[n] = i;
        n += +(s >= -1e7) & +(s <= p1) & +!(c < p0) & +(((invalid[i] as number) & spoil) === 0);
      }
      break;
    case "openAtEnd":
      for (let i = 0; i < size; i++) {
        const s = start[i] as number;
        const c = closedOn[i] as number;
        out[n] = i;
        n += +(s >= -1e7) & +(s <= p1) & +!(c <= p1) & +(((invalid[i] as number) & spoil) === 0);
      }
      break;
    case "all":
      for (let i = 0; i < size; i++) out[n++] = i;
      break;
  }
  return n;
}

/**
 * The cases of a selection that also meet a condition and have no unusable value among
 * `inputs`: a selection narrowed, in one pass over its cases only.
 *
 * @param cases - Case indices, ascending.
 * @param where - 1 for each case that meets the condition, or null for no condition.
 * @param invalid - The invalid mask of the case table.
 * @param inputs - FieldBits whose unusable value leaves a case out.
 * @returns The cases kept, ascending.
 * @example
 * narrowCases(started, engine.condition("resolvedDirectly"), table.invalid, 0); // those resolved directly
 */
export function narrowCases(
  cases: Int32Array,
  where: Uint8Array | null,
  invalid: Uint32Array,
  inputs: number
): Int32Array {
  const kept = new Int32Array(cases.length);
  let n = 0;
  for (let k = 0; k < cases.length; k++) {
    const i = cases[k] as number;
    if ((where === null || where[i] === 1) && ((invalid[i] as number) & inputs) === 0)
      kept[n++] = i;
  }
  return kept.slice(0, n);
}

/**
 * The cases in one or both of two selections, once each.
 *
 * @param a - Case indices, ascending.
 * @param b - Case indices, ascending.
 * @returns The union, ascending.
 * @example
 * unionOfCases(Int32Array.of(1, 4), Int32Array.of(2, 4)); //=> Int32Array [1, 2, 4]
 */
export function unionOfCases(a: Int32Array, b: Int32Array): Int32Array {
  const out = new Int32Array(a.length + b.length);
  let x = 0;
  let y = 0;
  let n = 0;
  while (x < a.length && y < b.length) {
    const i = a[x] as number;
    const j = b[y] as number;
    out[n++] = i <= j ? i : j;
    if (i <= j) x++;
    if (j <= i) y++;
  }
  while (x < a.length) out[n++] = a[x++] as number;
  while (y < b.length) out[n++] = b[y++] as number;
  return out.slice(0, n);
}

/** The date column of each case set that is "a date in the period". */
export const DATE_OF_SET: Readonly<
  Record<"registered" | "intake" | "started" | "closed", (table: CaseTable) => Float32Array>
> = {
  registered: (table) => table.registeredOn,
  intake: (table) => table.intakeOn,
  started: (table) => table.start,
  closed: (table) => table.closedOn,
};
