/**
 * The numbers a measure adds up or averages per case: the case values. Each has a plain rule
 * over one case ({@link caseValue}, the reference) and a column version over the cases of a
 * selection ({@link caseValuesOf}) that the evaluator runs; the property tests of the measures
 * keep the two equal. `NaN` (or `null` in the plain
 * rule) means "no value": the case is left out of a mean, and a share is the mean of a 0/1 value.
 *
 * @module
 */
import { FieldBit, type CaseTable, type Period } from "../types";
import type { CaseRecord } from "../measures/caseRecords";
import { isSelfReferral } from "../kpis/isSelfReferral";

/**
 * - `waitDays`: intakeOn − registeredOn;
 * - `closedDuration`: closedOn − start;
 * - `activeDuration`: min(closedOn, period end) − start (period dependent);
 * - `rating`: the rating (klantoordeel);
 * - `insufficientRating`: 1 for a rating below 6 (onvoldoende: 5,5 is, 6 is not), 0 for 6 or
 *   more, none without a rating;
 * - `selfReferral`: 1 when the referrer is a self-referral, 0 for another referrer, none when empty;
 * - `continuesAlone`: 1 yes, 0 no, none when unknown;
 * - `domainCount`: the number of main domains;
 * - `contacts`: the number of contact moments (aantal contactmomenten);
 * - `overFiveContacts`: 1 for more than 5 contact moments, 0 for 5 or fewer, none when unknown;
 * - `noReferral`: 1 when "Doorverwezen naar" is empty, 0 when it names a referral.
 */
export type CaseValueId =
  | "waitDays"
  | "closedDuration"
  | "activeDuration"
  | "rating"
  | "insufficientRating"
  | "selfReferral"
  | "continuesAlone"
  | "domainCount"
  | "contacts"
  | "overFiveContacts"
  | "noReferral";

/** The fields each value reads: an unusable value in one of them leaves the case out. */
export const CASE_VALUE_INPUTS: Readonly<Record<CaseValueId, number>> = {
  waitDays: FieldBit.registeredOn | FieldBit.intakeOn,
  closedDuration: FieldBit.closedOn | FieldBit.start | FieldBit.startedOn,
  activeDuration: FieldBit.closedOn | FieldBit.start | FieldBit.startedOn,
  rating: FieldBit.rating,
  insufficientRating: FieldBit.rating,
  selfReferral: FieldBit.referrer,
  continuesAlone: FieldBit.canContinueAlone,
  domainCount: FieldBit.mainDomains,
  contacts: FieldBit.contacts,
  overFiveContacts: FieldBit.contacts,
  noReferral: FieldBit.referredTo,
};

/**
 * The plain rule: one case's value.
 *
 * @param id - The value.
 * @param c - The case.
 * @param period - The period (for period-dependent values).
 * @returns The value, or null when the case has none.
 * @example
 * caseValue("waitDays", { ...c, registeredOn: 45300, intakeOn: 45314 }, period); //=> 14
 */
export function caseValue(id: CaseValueId, c: CaseRecord, period: Period): number | null {
  switch (id) {
    case "waitDays":
      return c.intakeOn === null || c.registeredOn === null ? null : c.intakeOn - c.registeredOn;
    case "closedDuration":
      return c.closedOn === null || c.start === null ? null : c.closedOn - c.start;
    case "activeDuration":
      return c.start === null ? null : Math.min(c.closedOn ?? period.end, period.end) - c.start;
    case "rating":
      return c.rating;
    case "insufficientRating":
      return c.rating === null ? null : c.rating < 6 ? 1 : 0;
    case "selfReferral":
      return c.referrer === null ? null : isSelfReferral(c.referrer) ? 1 : 0;
    case "continuesAlone":
      return c.canContinueAlone === null ? null : c.canContinueAlone ? 1 : 0;
    case "domainCount":
      return c.mainDomains.length;
    case "contacts":
      return c.contacts;
    case "overFiveContacts":
      return c.contacts === null ? null : c.contacts > 5 ? 1 : 0;
    case "noReferral":
      return c.referredTo === null ? 1 : 0;
  }
}

/** Writes out[k] = the value of case cases[k], for one value. */
type ValueLoop = (table: CaseTable, period: Period, cases: Int32Array, out: Float64Array) => void;

/**
 * One loop per value, each a function of its own, so that each is compiled for the one value
 * it computes (a single function with a loop per value was deoptimised at each value it had not
 * met yet; on the 1M bench the split saves about 10 ms of about 75).
 */
const VALUE_LOOPS: Readonly<Record<CaseValueId, ValueLoop>> = {
  waitDays: ({ intakeOn, registeredOn }, _, cases, out) => {
    for (let k = 0; k < cases.length; k++) {
      const i = cases[k] as number;
      out[k] = (intakeOn[i] as number) - (registeredOn[i] as number);
    }
  },
  closedDuration: ({ closedOn, start }, _, cases, out) => {
    for (let k = 0; k < cases.length; k++) {
      const i = cases[k] as number;
      out[k] = (closedOn[i] as number) - (start[i] as number);
    }
  },
  activeDuration: ({ closedOn, start }, { end }, cases, out) => {
    for (let k = 0; k < cases.length; k++) {
      const i = cases[k] as number;
      const c = closedOn[i] as number;
      out[k] = (c <= end ? c : end) - (start[i] as number);
    }
  },
  rating: ({ rating }, _, cases, out) => {
    for (let k = 0; k < cases.length; k++) out[k] = rating[cases[k] as number] as number;
  },
  insufficientRating: ({ rating }, _, cases, out) => {
    for (let k = 0; k < cases.length; k++) {
      const r = rating[cases[k] as number] as number;
      out[k] = r !== r ? NaN : r < 6 ? 1 : 0; // r !== r: NaN, no rating
    }
  },
  selfReferral: ({ referrer }, _, cases, out) => {
    const self = referrer.labels.map((label) => (isSelfReferral(label) ? 1 : 0));
    for (let k = 0; k < cases.length; k++) {
      const code = referrer.codes[cases[k] as number] as number;
      out[k] = code < 0 ? NaN : (self[code] as number);
    }
  },
  continuesAlone: ({ canContinueAlone }, _, cases, out) => {
    for (let k = 0; k < cases.length; k++) {
      const a = canContinueAlone[cases[k] as number] as number;
      out[k] = a < 0 ? NaN : a;
    }
  },
  domainCount: ({ domainStart }, _, cases, out) => {
    for (let k = 0; k < cases.length; k++) {
      const i = cases[k] as number;
      out[k] = (domainStart[i + 1] as number) - (domainStart[i] as number);
    }
  },
  contacts: ({ contacts }, _, cases, out) => {
    for (let k = 0; k < cases.length; k++) out[k] = contacts[cases[k] as number] as number;
  },
  overFiveContacts: ({ contacts }, _, cases, out) => {
    for (let k = 0; k < cases.length; k++) {
      const n = contacts[cases[k] as number] as number;
      out[k] = n !== n ? NaN : n > 5 ? 1 : 0; // n !== n: NaN, no value
    }
  },
  noReferral: ({ referredTo }, _, cases, out) => {
    // An unusable cell is left out by the value's inputs (the invalid mask), not here.
    for (let k = 0; k < cases.length; k++)
      out[k] = +((referredTo.codes[cases[k] as number] as number) < 0);
  },
};

/**
 * The column version of {@link caseValue} over the cases of a selection: entry k is the value
 * of case `cases[k]` (NaN for none), so a measure reads the values of its cases in order and no
 * value is computed for a case no measure takes.
 *
 * @param table - The case table.
 * @param id - The value.
 * @param period - The period (for period-dependent values).
 * @param cases - Case indices (a selection).
 * @param room - Where to write them (at least `cases.length` long); a new array by default.
 * @returns One value per case of `cases` (the start of `room`).
 * @example
 * caseValuesOf(table, "rating", period, Int32Array.of(0, 5)); //=> Float64Array [8, NaN]
 */
export function caseValuesOf(
  table: CaseTable,
  id: CaseValueId,
  period: Period,
  cases: Int32Array,
  room: Float64Array = new Float64Array(cases.length)
): Float64Array {
  const out = room.subarray(0, cases.length);
  VALUE_LOOPS[id](table, period, cases, out);
  // An unusable date is -Infinity: a difference with it is not a value.
  for (let k = 0; k < out.length; k++) if (!Number.isFinite(out[k] as number)) out[k] = NaN;
  return out;
}
