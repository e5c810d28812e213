import { dayToParts } from "../../../dates/dayFromParts";
import type { Day, Period } from "../../../types";
import type { CaseRecord } from "../../caseRecords";
import type { ReferenceData } from "../../referenceData";
import { arrangeReferenceRows } from "./arrangeReferenceRows";
import { isActiveIn, usableStart } from "../caseMemberships";
import { collectFixedBuckets, type FixedRow } from "./collectBuckets";
import { keptCases } from "./keptCases";
import type {
  ReferenceGroupLayout,
  ReferenceGroupOptions,
  ReferenceGroupRow,
} from "./referenceGroupTypes";

/** Layout of byAgeBand. */
export const BY_AGE_BAND_LAYOUT: ReferenceGroupLayout = {
  id: "byAgeBand",
  measures: [{ id: "active", kind: "count" }],
  mainMeasure: "active",
  order: "fixed",
  hasTotal: true,
  totalLabel: "Totaal",
};

/** The default lower bounds: 0–17, 18–26, 27–44, 45–54, 55–64, 65+. */
export const REFERENCE_AGE_BANDS: readonly number[] = Object.freeze([0, 18, 27, 45, 55, 65]);

/** Completed years from `birth` to `on` (a 29 February birthday counts from 1 March). */
function completedYears(birth: Day, on: Day): number {
  const b = dayToParts(birth);
  const a = dayToParts(on);
  const beforeBirthday = a.month < b.month || (a.month === b.month && a.day < b.day);
  return a.year - b.year - (beforeBirthday ? 1 : 0);
}

/** The age at the case's start: from a usable birth date, else from a usable age column (whole years). */
function ageAtStart(c: CaseRecord): number | null {
  const start = usableStart(c);
  if (c.birthDate !== null && !c.invalid.has("birthDate") && start !== null)
    return completedYears(c.birthDate, start);
  if (c.age === null || c.invalid.has("age")) return null;
  return Math.floor(c.age);
}

/** The band rows: 'low-high' keys, 'low–high' labels, the last one 'low+'. */
function bandRows(bands: readonly number[]): FixedRow[] {
  return bands.map((low, k) => {
    const next = bands[k + 1];
    return next === undefined
      ? { key: `${low}+`, label: `${low}+` }
      : { key: `${low}-${next - 1}`, label: `${low}–${next - 1}` };
  });
}

/**
 * Leeftijd: the cases active in the period per age band, by the age at the start of the case
 * (from the birth date, else the age column). No usable value in both, an age below the first
 * lower bound (also a birth date after the start) or of 200 years or more: row "Onbekend".
 *
 * @param data - The dataset as plain records.
 * @param period - The period.
 * @param options - Filters, ageBands (lower bounds, ascending; default {@link REFERENCE_AGE_BANDS}).
 * @returns Every band's row (also when empty), "Onbekend" when it has cases, and the Totaal.
 * @example
 * referenceByAgeBand(data, q1, {}).map((r) => r.label) // ["0–17", "18–26", "27–44", "45–54", "55–64", "65+", "Totaal"]
 */
export function referenceByAgeBand(
  data: ReferenceData,
  period: Period,
  options: ReferenceGroupOptions
): ReferenceGroupRow[] {
  const bands = options.ageBands ?? REFERENCE_AGE_BANDS;
  const rows = bandRows(bands);
  const rowOf = (age: number | null): string | null => {
    if (age === null || age >= 200) return null;
    const band = bands.reduce((found, low, k) => (age >= low ? k : found), -1);
    return band < 0 ? null : (rows[band] as FixedRow).key;
  };
  const contributions = keptCases(data, options)
    .filter((c) => isActiveIn(c, period))
    .map((c) => ({ key: rowOf(ageAtStart(c)), measure: "active", entry: c.caseId }));
  return arrangeReferenceRows(
    BY_AGE_BAND_LAYOUT,
    collectFixedBuckets(rows, contributions),
    options.topN
  );
}
