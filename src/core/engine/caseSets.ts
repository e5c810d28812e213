/**
 * Which cases a measure counts relative to a period (SPEC §4): the case sets. Each has a plain
 * rule over one case ({@link inCaseSet}, the reference) and a column version that lists the
 * cases of a table in each set at once ({@link selectCaseSets}, what the evaluator runs); the
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

/** The case sets that depend on the period: every one but `all`. */
export type DatedCaseSetId = Exclude<CaseSetId, "all">;

/** Every dated case set id. */
export const DATED_CASE_SET_IDS: readonly DatedCaseSetId[] = CASE_SET_IDS.filter(
  (set): set is DatedCaseSetId => set !== "all"
);

/** Per dated case set: a list of case indices (or how many it holds). */
export type CaseSetLists<T> = Record<DatedCaseSetId, T>;

/**
 * The column version of {@link inCaseSet} for every dated case set of a period at once: writes
 * the index of every case of the table in each set into its list, in ascending order, and
 * returns how many each set has. One pass over the table for all six sets (a report needs all
 * of them for each of its periods), which costs about half of one pass per set. Empty dates are
 * NaN and unusable ones -Infinity in the columns, so every comparison below is false for them,
 * as the rule wants; an unusable input is checked on the invalid mask.
 *
 * @param table - The case table.
 * @param period - The period.
 * @param lists - Room for each set's indices (each at least `table.size` long).
 * @returns The number of cases written to each list.
 * @example
 * selectCaseSets(table, period, rooms).closed; //=> the number closed in the period
 */
export function selectCaseSets(
  table: CaseTable,
  period: Period,
  lists: Readonly<CaseSetLists<Int32Array>>
): CaseSetLists<number> {
  const { start: p0, end: p1 } = period;
  const { invalid, registeredOn, intakeOn, start, closedOn } = table;
  const { registered, intake, started, active, closed, openAtEnd } = lists;
  const registeredBits = CASE_SET_INPUTS.registered;
  const intakeBits = CASE_SET_INPUTS.intake;
  const startedBits = CASE_SET_INPUTS.started;
  const closedBits = CASE_SET_INPUTS.closed;
  const openBits = CASE_SET_INPUTS.active; // active and openAtEnd read the same fields
  let nRegistered = 0;
  let nIntake = 0;
  let nStarted = 0;
  let nActive = 0;
  let nClosed = 0;
  let nOpenAtEnd = 0;
  // Each case is written at the end of every list, and a list's count moves past it when the
  // case is in the set: no branch per case, whose outcome a processor cannot guess (a quarter
  // of the cases, spread over the table), which makes this loop several times faster.
  // +(test) is 1 or 0.
  for (let i = 0; i < table.size; i++) {
    const bad = invalid[i] as number;
    const r = registeredOn[i] as number;
    const d = intakeOn[i] as number;
    const s = start[i] as number;
    const c = closedOn[i] as number;
    registered[nRegistered] = i;
    nRegistered += +(r >= p0) & +(r <= p1) & +((bad & registeredBits) === 0);
    intake[nIntake] = i;
    nIntake += +(d >= p0) & +(d <= p1) & +((bad & intakeBits) === 0);
    started[nStarted] = i;
    nStarted += +(s >= p0) & +(s <= p1) & +((bad & startedBits) === 0);
    closed[nClosed] = i;
    nClosed += +(c >= p0) & +(c <= p1) & +((bad & closedBits) === 0);
    // Started on or before the period's end (s >= -1e7: a start at all); active when not
    // closed before the start, open at the end when not closed on or before the end.
    const begun = +(s >= -1e7) & +(s <= p1) & +((bad & openBits) === 0);
    active[nActive] = i;
    nActive += begun & +!(c < p0);
    openAtEnd[nOpenAtEnd] = i;
    nOpenAtEnd += begun & +!(c <= p1);
  }
  return {
    registered: nRegistered,
    intake: nIntake,
    started: nStarted,
    active: nActive,
    closed: nClosed,
    openAtEnd: nOpenAtEnd,
  };
}

/**
 * The cases of a selection that also meet a condition and have no unusable value among
 * `inputs`: a selection narrowed, in one pass over its cases only.
 *
 * @param cases - Case indices, ascending.
 * @param where - 1 for each case that meets the condition, or null for no condition.
 * @param invalid - The invalid mask of the case table.
 * @param inputs - FieldBits whose unusable value leaves a case out.
 * @param room - Room to list the kept cases in before they are copied (at least `cases.length`).
 * @returns The cases kept, ascending.
 * @example
 * narrowCases(started, engine.condition("resolvedDirectly"), table.invalid, 0, room); // those resolved directly
 */
export function narrowCases(
  cases: Int32Array,
  where: Uint8Array | null,
  invalid: Uint32Array,
  inputs: number,
  room: Int32Array
): Int32Array {
  let n = 0;
  // Branch-free, as in selectCaseSets: each case is written, and kept when n moves past it.
  for (let k = 0; k < cases.length; k++) {
    const i = cases[k] as number;
    room[n] = i;
    n += +(where === null || where[i] === 1) & +(((invalid[i] as number) & inputs) === 0);
  }
  return room.slice(0, n);
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
  // One loop to the end of both lists (a list that has ended reads as past every case).
  while (x < a.length || y < b.length) {
    const i = x < a.length ? (a[x] as number) : 0x7fffffff;
    const j = y < b.length ? (b[y] as number) : 0x7fffffff;
    out[n++] = i <= j ? i : j;
    if (i <= j) x++;
    if (j <= i) y++;
  }
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
