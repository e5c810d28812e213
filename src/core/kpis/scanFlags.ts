import { FieldBit, type CaseTable, type DayColumn, type Period } from "../types";
import { DAY_FLOOR } from "./dayFloor";
import { ScanBit } from "./scanBits";

/** Rows per call of the loops below (see `tallyLoop`). */
const CHUNK = 16384;

/** The invalid bits that make the start unusable. */
const START_BITS = FieldBit.start | FieldBit.startedOn;

// Module constants as plain constants of this module: compiled to CommonJS (the command
// line), an imported or exported constant is read from a module object on every use, which
// costs measurably in the loops below.
const FLOOR = DAY_FLOOR;
const REGISTERED = ScanBit.registered;
const STARTED = ScanBit.started;
const ACTIVE = ScanBit.active;
const CLOSED = ScanBit.closed;
const OPEN_AT_END = ScanBit.openAtEnd;
const INTAKE = ScanBit.intake;
const REGISTERED_ON_BIT = FieldBit.registeredOn;
const INTAKE_ON_BIT = FieldBit.intakeOn;
const CLOSED_ON_BIT = FieldBit.closedOn;

/**
 * The membership flags of every case in two periods, in one pass over the dates.
 *
 * @param table - The case table.
 * @param a - The first period.
 * @param b - The second period.
 * @returns The flags of both periods (see {@link membershipFlags}).
 * @example
 * const [current, previous] = scanFlagsOfTwo(table, period, previousYearPeriod(period));
 */
export function scanFlagsOfTwo(table: CaseTable, a: Period, b: Period): [Uint8Array, Uint8Array] {
  const flagsA = new Uint8Array(table.size);
  const flagsB = new Uint8Array(table.size);
  const { registeredOn, intakeOn, start, closedOn, invalid } = table;
  const { start: a0, end: a1 } = a;
  const { start: b0, end: b1 } = b;
  for (let from = 0; from < table.size; from += CHUNK) {
    const to = Math.min(table.size, from + CHUNK);
    fillFlagsOfTwo(
      registeredOn,
      intakeOn,
      start,
      closedOn,
      invalid,
      a0,
      a1,
      b0,
      b1,
      flagsA,
      flagsB,
      from,
      to
    );
  }
  return [flagsA, flagsB];
}

/**
 * Rows [from, to) of {@link scanFlagsOfTwo}, given the columns rather than the table (so that
 * its optimised code depends on no shape of a table object), in chunks (so that it is called
 * often enough to be optimised as a function, see `tallyLoop`).
 */
function fillFlagsOfTwo(
  registeredOn: DayColumn,
  intakeOn: DayColumn,
  start: DayColumn,
  closedOn: DayColumn,
  invalid: Uint32Array,
  a0: number,
  a1: number,
  b0: number,
  b1: number,
  flagsA: Uint8Array,
  flagsB: Uint8Array,
  from: number,
  to: number
): void {
  for (let i = from; i < to; i++) {
    const r = registeredOn[i] as number;
    const t = intakeOn[i] as number;
    const s = start[i] as number;
    const c = closedOn[i] as number;
    const bad = invalid[i] as number;
    const keep = bad === 0 ? -1 : ~spoiledFlags(bad);
    flagsA[i] = dateFlags(r, t, s, c, a0, a1) & keep;
    flagsB[i] = dateFlags(r, t, s, c, b0, b1) & keep;
  }
}

/**
 * The membership flags of every case in one period, one pass.
 *
 * @param table - The case table.
 * @param p0 - First day of the period.
 * @param p1 - Last day of the period.
 * @returns The flags (see {@link membershipFlags}).
 * @example
 * scanFlags(table, period.start, period.end)
 */
export function scanFlags(table: CaseTable, p0: number, p1: number): Uint8Array {
  const flags = new Uint8Array(table.size);
  const { registeredOn, intakeOn, start, closedOn, invalid } = table;
  for (let from = 0; from < table.size; from += CHUNK) {
    const to = Math.min(table.size, from + CHUNK);
    fillFlags(registeredOn, intakeOn, start, closedOn, invalid, p0, p1, flags, from, to);
  }
  return flags;
}

/** Rows [from, to) of {@link scanFlags}, given the columns rather than the table. */
function fillFlags(
  registeredOn: DayColumn,
  intakeOn: DayColumn,
  start: DayColumn,
  closedOn: DayColumn,
  invalid: Uint32Array,
  p0: number,
  p1: number,
  flags: Uint8Array,
  from: number,
  to: number
): void {
  for (let i = from; i < to; i++) {
    flags[i] = membershipFlags(
      registeredOn[i] as number,
      intakeOn[i] as number,
      start[i] as number,
      closedOn[i] as number,
      invalid[i] as number,
      p0,
      p1
    );
  }
}

/**
 * The {@link ScanBit}s of one case in the period [p0, p1]: {@link dateFlags} without the
 * memberships its invalid inputs spoil ({@link spoiledFlags}).
 *
 * @param r - registeredOn.
 * @param t - intakeOn.
 * @param s - The start.
 * @param c - closedOn (NaN when empty).
 * @param bad - The case's invalid {@link FieldBit}s.
 * @param p0 - First day of the period.
 * @param p1 - Last day of the period.
 * @returns The flags.
 * @example
 * membershipFlags(NaN, NaN, 45300, NaN, 0, 45292, 45565) // started | active | openAtEnd
 */
export function membershipFlags(
  r: number,
  t: number,
  s: number,
  c: number,
  bad: number,
  p0: number,
  p1: number
): number {
  return dateFlags(r, t, s, c, p0, p1) & (bad === 0 ? -1 : ~spoiledFlags(bad));
}

/**
 * The memberships of SPEC §4 by the dates alone. Written with comparisons turned into 0/1
 * numbers rather than nested ifs: the outcomes are unpredictable per row, and branch-free
 * code runs about twice as fast here (and stays small enough to be inlined twice in a loop).
 *
 * @param r - registeredOn.
 * @param t - intakeOn.
 * @param s - The start.
 * @param c - closedOn (NaN when empty: the case is still open).
 * @param p0 - First day of the period.
 * @param p1 - Last day of the period.
 * @returns The flags.
 * @example
 * dateFlags(NaN, NaN, 45300, NaN, 45292, 45565) // started | active | openAtEnd
 */
export function dateFlags(
  r: number,
  t: number,
  s: number,
  c: number,
  p0: number,
  p1: number
): number {
  const begun = +(s >= FLOOR) & +(s <= p1);
  // NaN closedOn (empty) compares false with everything: the case is still open.
  return (
    ((+(r >= p0) & +(r <= p1)) * REGISTERED) |
    ((+(t >= p0) & +(t <= p1)) * INTAKE) |
    ((+(c >= p0) & +(c <= p1)) * CLOSED) |
    ((begun & +(s >= p0)) * STARTED) |
    ((begun & +!(c < p0)) * ACTIVE) |
    ((begun & +!(c <= p1)) * OPEN_AT_END)
  );
}

/**
 * The memberships a case's invalid inputs spoil: an invalid closedOn drops it from active,
 * closed and openAtEnd, an invalid start from started, active and openAtEnd.
 *
 * @param bad - The case's invalid {@link FieldBit}s.
 * @returns The {@link ScanBit}s to clear.
 * @example
 * spoiledFlags(FieldBit.intakeOn) // ScanBit.intake
 */
export function spoiledFlags(bad: number): number {
  if (bad === 0) return 0;
  let spoiled = 0;
  if (bad & REGISTERED_ON_BIT) spoiled |= REGISTERED;
  if (bad & INTAKE_ON_BIT) spoiled |= INTAKE;
  if (bad & CLOSED_ON_BIT) spoiled |= CLOSED | ACTIVE | OPEN_AT_END;
  if (bad & START_BITS) spoiled |= STARTED | ACTIVE | OPEN_AT_END;
  return spoiled;
}
