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
 * - `waitingAtEnd`: on the waiting list (aanmeldlijst) on the period's end: registered on or
 *   before it, not started on it (no start date, or a start date after it; the registration
 *   date does not stand in for the start here) and not closed on or before it;
 * - `all`: every case, whatever its dates.
 */
export type CaseSetId =
  "registered" | "intake" | "started" | "active" | "closed" | "openAtEnd" | "waitingAtEnd" | "all";

/** Every case set id, in a stable order. */
export const CASE_SET_IDS: readonly CaseSetId[] = [
  "registered",
  "intake",
  "started",
  "active",
  "closed",
  "openAtEnd",
  "waitingAtEnd",
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
  waitingAtEnd: FieldBit.registeredOn | FieldBit.startedOn | FieldBit.closedOn,
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
    case "waitingAtEnd":
      return (
        c.registeredOn !== null &&
        c.registeredOn <= period.end &&
        !(c.startedOn !== null && c.startedOn <= period.end) &&
        !(c.closedOn !== null && c.closedOn <= period.end)
      );
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
 * The column version of {@link inCaseSet} for every dated case set of a period at once: the
 * index of every case of the table in each set, in ascending order. Two passes over the table
 * for all seven sets (a report needs all of them for each of its periods): the first marks each
 * case's sets in `room` and counts them, the second lists the marked cases into lists of
 * exactly that size, so that nothing table-sized is allocated per period.
 *
 * @param table - The case table.
 * @param period - The period.
 * @param room - Room for one mark per case (at least `table.size` long), overwritten.
 * @returns Each set's cases, ascending.
 * @example
 * selectCaseSets(table, period, new Uint8Array(table.size)).closed.length; //=> the number closed in the period
 */
export function selectCaseSets(
  table: CaseTable,
  period: Period,
  room: Uint8Array
): CaseSetLists<Int32Array> {
  const counts = markCaseSets(table, period, room);
  return listMarkedCases(room, table.size, counts);
}

/** The bit of each dated case set in a case's mark (see {@link markCaseSets}). */
const SET_BITS = {
  registered: 1,
  intake: 2,
  started: 4,
  active: 8,
  closed: 16,
  openAtEnd: 32,
  waitingAtEnd: 64,
};

/**
 * Writes into marks[i] the sets of case i ({@link SET_BITS}) and returns how many cases each set
 * has (in the order of {@link DATED_CASE_SET_IDS}). Empty dates are NaN and unusable ones
 * -Infinity in the columns, so every comparison below is false for them, as the rule wants; an
 * unusable input is checked on the invalid mask. No branch per case, whose outcome a processor
 * cannot guess (a quarter of the cases, spread over the table): +(test) is 1 or 0.
 */
function markCaseSets(table: CaseTable, period: Period, marks: Uint8Array): Int32Array {
  const { start: p0, end: p1 } = period;
  const { invalid, registeredOn, intakeOn, startedOn, start, closedOn } = table;
  const registeredBits = CASE_SET_INPUTS.registered;
  const intakeBits = CASE_SET_INPUTS.intake;
  const startedBits = CASE_SET_INPUTS.started;
  const closedBits = CASE_SET_INPUTS.closed;
  const openBits = CASE_SET_INPUTS.active; // active and openAtEnd read the same fields
  const waitingBits = CASE_SET_INPUTS.waitingAtEnd;
  let nRegistered = 0;
  let nIntake = 0;
  let nStarted = 0;
  let nActive = 0;
  let nClosed = 0;
  let nOpenAtEnd = 0;
  let nWaiting = 0;
  for (let i = 0; i < table.size; i++) {
    const bad = invalid[i] as number;
    const r = registeredOn[i] as number;
    const d = intakeOn[i] as number;
    const s = start[i] as number;
    const c = closedOn[i] as number;
    const so = startedOn[i] as number;
    const registered = +(r >= p0) & +(r <= p1) & +((bad & registeredBits) === 0);
    const intake = +(d >= p0) & +(d <= p1) & +((bad & intakeBits) === 0);
    const started = +(s >= p0) & +(s <= p1) & +((bad & startedBits) === 0);
    const closed = +(c >= p0) & +(c <= p1) & +((bad & closedBits) === 0);
    // Started on or before the period's end (s >= -1e7: a start at all); active when not
    // closed before the start, open at the end when not closed on or before the end.
    const begun = +(s >= -1e7) & +(s <= p1) & +((bad & openBits) === 0);
    const active = begun & +!(c < p0);
    const openAtEnd = begun & +!(c <= p1);
    // Registered on or before the end, no start date on or before it (NaN: none), not closed.
    const waiting = +(r <= p1) & +!(so <= p1) & +!(c <= p1) & +((bad & waitingBits) === 0);
    marks[i] =
      registered |
      (intake << 1) |
      (started << 2) |
      (active << 3) |
      (closed << 4) |
      (openAtEnd << 5) |
      (waiting << 6);
    nRegistered += registered;
    nIntake += intake;
    nStarted += started;
    nActive += active;
    nClosed += closed;
    nOpenAtEnd += openAtEnd;
    nWaiting += waiting;
  }
  return Int32Array.of(nRegistered, nIntake, nStarted, nActive, nClosed, nOpenAtEnd, nWaiting);
}

/**
 * The cases marked for each set by {@link markCaseSets}, each in a list of its own. Each case is
 * written at the end of every list (one spare entry at the end), and a list's count moves past
 * it when the case is in the set: again no branch per case.
 */
function listMarkedCases(
  marks: Uint8Array,
  size: number,
  counts: Int32Array
): CaseSetLists<Int32Array> {
  const room = (set: number): Int32Array => new Int32Array((counts[set] as number) + 1);
  const registered = room(0);
  const intake = room(1);
  const started = room(2);
  const active = room(3);
  const closed = room(4);
  const openAtEnd = room(5);
  const waitingAtEnd = room(6);
  let nRegistered = 0;
  let nIntake = 0;
  let nStarted = 0;
  let nActive = 0;
  let nClosed = 0;
  let nOpenAtEnd = 0;
  let nWaiting = 0;
  for (let i = 0; i < size; i++) {
    const m = marks[i] as number;
    registered[nRegistered] = i;
    nRegistered += m & SET_BITS.registered;
    intake[nIntake] = i;
    nIntake += (m & SET_BITS.intake) >>> 1;
    started[nStarted] = i;
    nStarted += (m & SET_BITS.started) >>> 2;
    active[nActive] = i;
    nActive += (m & SET_BITS.active) >>> 3;
    closed[nClosed] = i;
    nClosed += (m & SET_BITS.closed) >>> 4;
    openAtEnd[nOpenAtEnd] = i;
    nOpenAtEnd += (m & SET_BITS.openAtEnd) >>> 5;
    waitingAtEnd[nWaiting] = i;
    nWaiting += (m & SET_BITS.waitingAtEnd) >>> 6;
  }
  return {
    registered: registered.subarray(0, nRegistered),
    intake: intake.subarray(0, nIntake),
    started: started.subarray(0, nStarted),
    active: active.subarray(0, nActive),
    closed: closed.subarray(0, nClosed),
    openAtEnd: openAtEnd.subarray(0, nOpenAtEnd),
    waitingAtEnd: waitingAtEnd.subarray(0, nWaiting),
  };
}

/**
 * The cases of a selection that also meet a condition and have no unusable value among
 * `inputs`: a selection narrowed, in one pass over its cases only.
 *
 * @param cases - Case indices, ascending.
 * @param where - Entry k: 1 when case `cases[k]` meets the condition; or null for no condition.
 * @param invalid - The invalid mask of the case table.
 * @param inputs - FieldBits whose unusable value leaves a case out.
 * @param room - Room to list the kept cases in before they are copied (at least `cases.length`).
 * @returns The cases kept, ascending.
 * @example
 * narrowCases(started, conditionColumn(table, "resolvedDirectly", started), table.invalid, 0, room); // those resolved directly
 */
export function narrowCases(
  cases: Int32Array,
  where: Uint8Array | null,
  invalid: Uint32Array,
  inputs: number,
  room: Int32Array
): Int32Array {
  let n = 0;
  // Branch-free, as in listMarkedCases: each case is written, and kept when n moves past it.
  for (let k = 0; k < cases.length; k++) {
    const i = cases[k] as number;
    room[n] = i;
    n += +(where === null || where[k] === 1) & +(((invalid[i] as number) & inputs) === 0);
  }
  return room.slice(0, n);
}

/**
 * The cases of a selection that a mask over the table keeps (a filter).
 *
 * @param cases - Case indices, ascending.
 * @param mask - 1 for each case of the table to keep.
 * @param room - Room to list the kept cases in before they are copied (at least `cases.length`).
 * @returns The cases kept, ascending.
 * @example
 * casesInMask(Int32Array.of(1, 4), Uint8Array.of(0, 1, 0, 0, 0), room); //=> Int32Array [1]
 */
export function casesInMask(cases: Int32Array, mask: Uint8Array, room: Int32Array): Int32Array {
  let n = 0;
  for (let k = 0; k < cases.length; k++) {
    const i = cases[k] as number;
    room[n] = i;
    n += mask[i] as number;
  }
  return room.slice(0, n);
}

/**
 * The cases in one or both of two selections, once each.
 *
 * @param a - Case indices, ascending.
 * @param b - Case indices, ascending.
 * @param room - Room to list the union in before it is copied, neither `a` nor `b`: at least
 *   `a.length + b.length` entries, or as many as the table has cases (a union of case
 *   indices has no more).
 * @returns The union, ascending.
 * @example
 * unionOfCases(Int32Array.of(1, 4), Int32Array.of(2, 4), new Int32Array(5)); //=> Int32Array [1, 2, 4]
 */
export function unionOfCases(a: Int32Array, b: Int32Array, room: Int32Array): Int32Array {
  let x = 0;
  let y = 0;
  let n = 0;
  // One loop to the end of both lists (a list that has ended reads as past every case).
  while (x < a.length || y < b.length) {
    const i = x < a.length ? (a[x] as number) : 0x7fffffff;
    const j = y < b.length ? (b[y] as number) : 0x7fffffff;
    room[n++] = i <= j ? i : j;
    if (i <= j) x++;
    if (j <= i) y++;
  }
  return room.slice(0, n);
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
