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
 * The column version of {@link inCaseSet}, fused with the rest of a selection: sets marks[i] to
 * 1 for each case i that is in the set, meets the condition `where` (when given) and has no
 * unusable value among the set's inputs and `inputs`; other marks are left as they are, so
 * several selections can be marked into one array (a case meeting one of them). Empty dates
 * are NaN and unusable ones -Infinity in the columns, so every comparison below is false for
 * them, as the rule wants; an unusable input is checked on the invalid mask. One pass over the
 * cases, reading the table's columns into local constants.
 *
 * @param table - The case table.
 * @param set - The case set.
 * @param period - The period.
 * @param marks - One mark per case, to set.
 * @param where - 1 for each case that meets the condition, or null for no condition.
 * @param inputs - FieldBits (besides the set's) whose unusable value leaves a case out.
 * @returns `marks`.
 * @example
 * markCaseSet(table, "closed", period, new Uint8Array(table.size)).reduce((a, b) => a + b, 0); //=> the number closed in the period
 */
export function markCaseSet(
  table: CaseTable,
  set: CaseSetId,
  period: Period,
  marks: Uint8Array,
  where: Uint8Array | null = null,
  inputs = 0
): Uint8Array {
  const size = table.size;
  const { start: p0, end: p1 } = period;
  const { invalid, start, closedOn } = table;
  const spoil = inputs | CASE_SET_INPUTS[set];
  switch (set) {
    case "registered":
    case "intake":
    case "started":
    case "closed": {
      const dates = DATE_OF_SET[set](table);
      for (let i = 0; i < size; i++) {
        const d = dates[i] as number;
        if (d >= p0 && d <= p1 && (where === null || where[i] === 1))
          if (((invalid[i] as number) & spoil) === 0) marks[i] = 1;
      }
      break;
    }
    case "active":
      for (let i = 0; i < size; i++) {
        const s = start[i] as number;
        if (s >= -1e7 && s <= p1 && !((closedOn[i] as number) < p0))
          if ((where === null || where[i] === 1) && ((invalid[i] as number) & spoil) === 0)
            marks[i] = 1;
      }
      break;
    case "openAtEnd":
      for (let i = 0; i < size; i++) {
        const s = start[i] as number;
        if (s >= -1e7 && s <= p1 && !((closedOn[i] as number) <= p1))
          if ((where === null || where[i] === 1) && ((invalid[i] as number) & spoil) === 0)
            marks[i] = 1;
      }
      break;
    case "all":
      for (let i = 0; i < size; i++)
        if ((where === null || where[i] === 1) && ((invalid[i] as number) & spoil) === 0)
          marks[i] = 1;
      break;
  }
  return marks;
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
