/**
 * Which cases a measure counts relative to a period (SPEC §4): the case sets. Each has a plain
 * rule over one case ({@link inCaseSet}, the reference) and a column version that marks every
 * case of a table at once ({@link markCaseSet}, what the evaluator runs); a property test keeps
 * the two equal.
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
 * The column version of {@link inCaseSet}: marks every case of the table that is in the set.
 * Empty dates are NaN and unusable ones -Infinity in the columns, so every comparison below
 * is false for them, as the rule wants; an unusable input is checked on the invalid mask.
 *
 * @param table - The case table.
 * @param set - The case set.
 * @param period - The period.
 * @returns 1 for each case in the set, else 0.
 * @example
 * markCaseSet(table, "closed", period).reduce((a, b) => a + b, 0); //=> the number closed in the period
 */
export function markCaseSet(table: CaseTable, set: CaseSetId, period: Period): Uint8Array {
  const size = table.size;
  const marks = new Uint8Array(size);
  const { start: p0, end: p1 } = period;
  const { registeredOn, intakeOn, start, closedOn, invalid } = table;
  const spoil = CASE_SET_INPUTS[set];
  const mark = (column: Float32Array): void => {
    for (let i = 0; i < size; i++) {
      const d = column[i] as number;
      marks[i] = +(d >= p0 && d <= p1);
    }
  };
  switch (set) {
    case "registered":
      mark(registeredOn);
      break;
    case "intake":
      mark(intakeOn);
      break;
    case "started":
      mark(start);
      break;
    case "closed":
      mark(closedOn);
      break;
    case "active":
      for (let i = 0; i < size; i++) {
        const s = start[i] as number;
        marks[i] = +(s >= -1e7 && s <= p1 && !((closedOn[i] as number) < p0));
      }
      break;
    case "openAtEnd":
      for (let i = 0; i < size; i++) {
        const s = start[i] as number;
        marks[i] = +(s >= -1e7 && s <= p1 && !((closedOn[i] as number) <= p1));
      }
      break;
    case "all":
      marks.fill(1);
      return marks;
  }
  for (let i = 0; i < size; i++) if (((invalid[i] as number) & spoil) !== 0) marks[i] = 0;
  return marks;
}
