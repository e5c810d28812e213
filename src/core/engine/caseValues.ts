/**
 * The numbers a measure adds up or averages per case: the case values. Each has a plain rule
 * over one case ({@link caseValue}, the reference) and a column version ({@link caseValueColumn})
 * that the evaluator runs; a property test keeps the two equal. `NaN` (or `null` in the plain
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
 * - `selfReferral`: 1 when the referrer is a self-referral, 0 for another referrer, none when empty;
 * - `continuesAlone`: 1 yes, 0 no, none when unknown;
 * - `domainCount`: the number of main domains.
 */
export type CaseValueId =
  | "waitDays"
  | "closedDuration"
  | "activeDuration"
  | "rating"
  | "selfReferral"
  | "continuesAlone"
  | "domainCount";

/** The fields each value reads: an unusable value in one of them leaves the case out. */
export const CASE_VALUE_INPUTS: Readonly<Record<CaseValueId, number>> = {
  waitDays: FieldBit.registeredOn | FieldBit.intakeOn,
  closedDuration: FieldBit.closedOn | FieldBit.start | FieldBit.startedOn,
  activeDuration: FieldBit.closedOn | FieldBit.start | FieldBit.startedOn,
  rating: FieldBit.rating,
  selfReferral: FieldBit.referrer,
  continuesAlone: FieldBit.canContinueAlone,
  domainCount: FieldBit.mainDomains,
};

/** Whether a value depends on the period (then it is computed per period). */
export const PERIOD_DEPENDENT_VALUES: ReadonlySet<CaseValueId> = new Set(["activeDuration"]);

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
    case "selfReferral":
      return c.referrer === null ? null : isSelfReferral(c.referrer) ? 1 : 0;
    case "continuesAlone":
      return c.canContinueAlone === null ? null : c.canContinueAlone ? 1 : 0;
    case "domainCount":
      return c.mainDomains.length;
  }
}

/**
 * The column version of {@link caseValue} for every case of the table (NaN for none). Every
 * value but the rating is a whole number far below 2^24 (days between two dates, 0/1, a count),
 * exact in a Float32Array, which halves what a column costs; the rating, which may have
 * decimals, keeps 64 bits.
 *
 * @param table - The case table.
 * @param id - The value.
 * @param period - The period (for period-dependent values).
 * @returns One value per case.
 * @example
 * caseValueColumn(table, "rating", period)[0]; //=> 8, or NaN
 */
export function caseValueColumn(
  table: CaseTable,
  id: CaseValueId,
  period: Period
): Float32Array | Float64Array {
  const size = table.size;
  const out = id === "rating" ? new Float64Array(size) : new Float32Array(size);
  const { registeredOn, intakeOn, closedOn, start } = table;
  switch (id) {
    case "waitDays":
      for (let i = 0; i < size; i++) out[i] = (intakeOn[i] as number) - (registeredOn[i] as number);
      break;
    case "closedDuration":
      for (let i = 0; i < size; i++) out[i] = (closedOn[i] as number) - (start[i] as number);
      break;
    case "activeDuration": {
      const end = period.end;
      for (let i = 0; i < size; i++) {
        const c = closedOn[i] as number;
        out[i] = (c <= end ? c : end) - (start[i] as number);
      }
      break;
    }
    case "rating":
      out.set(table.rating);
      break;
    case "selfReferral": {
      const { codes, labels } = table.referrer;
      const self = labels.map((label) => (isSelfReferral(label) ? 1 : 0));
      for (let i = 0; i < size; i++) {
        const code = codes[i] as number;
        out[i] = code < 0 ? NaN : (self[code] as number);
      }
      break;
    }
    case "continuesAlone": {
      const answers = table.canContinueAlone;
      for (let i = 0; i < size; i++) {
        const a = answers[i] as number;
        out[i] = a < 0 ? NaN : a;
      }
      break;
    }
    case "domainCount":
      for (let i = 0; i < size; i++)
        out[i] = (table.domainStart[i + 1] as number) - (table.domainStart[i] as number);
      break;
  }
  // An unusable date is -Infinity: a difference with it is not a value.
  for (let i = 0; i < size; i++) if (!Number.isFinite(out[i] as number)) out[i] = NaN;
  return out;
}
