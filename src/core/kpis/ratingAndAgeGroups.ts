import { FieldBit, type CaseTable } from "../types";
import { packedDate } from "./calendarLookup";
import { TallyBuilder, UNKNOWN_LABEL } from "./groupTally";
import type { GroupContext, GroupTally } from "./groupTypes";
import { ScanBit } from "./periodScan";
import { DAY_FLOOR } from "./dayFloor";

/**
 * byRating (SPEC §4): closed cases per rating 1..10, always all ten rows. A rating with
 * decimals counts at its rounded value (7,5 → 8); ratings outside 1..10 are left out.
 *
 * @param context - The group context.
 * @returns The tally.
 * @example
 * tallyByRating(context).buckets.map((b) => b.key) // ['1', '2', ..., '10']
 */
export function tallyByRating({ kpi }: GroupContext): GroupTally {
  const { invalid, rating } = kpi.table;
  const builder = new TallyBuilder(1, 10);
  const rows = kpi.scan.rows(ScanBit.closed);
  for (let k = 0; k < rows.length; k++) {
    const i = rows[k] as number;
    const v = Math.round(rating[i] as number);
    if (!(v >= 1 && v <= 10) || ((invalid[i] as number) & FieldBit.rating) !== 0) continue;
    builder.count(0, v - 1);
  }
  return builder.build((b) => ({
    key: String(b + 1),
    label: String(b + 1),
    order: b,
    always: true,
  }));
}

/** Default lower bounds of the age bands (SPEC §4: 0–17, 18–26, 27–44, 45–54, 55–64, 65+). */
export const DEFAULT_AGE_BANDS: readonly number[] = Object.freeze([0, 18, 27, 45, 55, 65]);

/**
 * Age in whole years on a day (birthdays on 29 February count from 1 March in other years).
 *
 * @param birth - Day of birth.
 * @param on - The day the age is taken.
 * @returns Completed years (negative when `on` is before `birth`).
 * @example
 * ageInYears(dayFromParts(2000, 5, 10), dayFromParts(2024, 5, 9)) // 23
 */
export function ageInYears(birth: number, on: number): number {
  const b = packedDate(birth);
  const a = packedDate(on);
  return Math.floor(a / 10000) - Math.floor(b / 10000) - (a % 10000 < b % 10000 ? 1 : 0);
}

const ageCache = new WeakMap<CaseTable, Int16Array>();
const NOT_COMPUTED = -2;

/**
 * Each case's age in whole years at its start (from birthDate, else the age column as
 * recorded), -1 when unknown or unusable; -2 until asked for. Kept per table and filled for
 * the rows asked for, since only the active cases of the periods reported are ever needed.
 */
function agesAtStart(table: CaseTable, rows: Int32Array): Int16Array {
  let ages = ageCache.get(table);
  if (ages === undefined) {
    ages = new Int16Array(table.size).fill(NOT_COMPUTED);
    ageCache.set(table, ages);
  }
  const { invalid, birthDate, age, start } = table;
  for (let k = 0; k < rows.length; k++) {
    const i = rows[k] as number;
    if (ages[i] !== NOT_COMPUTED) continue;
    const bad = invalid[i] as number;
    const birth = birthDate[i] as number;
    const s = start[i] as number;
    let years = NaN;
    if (birth >= DAY_FLOOR && s >= DAY_FLOOR && (bad & (FieldBit.birthDate | FieldBit.start)) === 0)
      years = ageInYears(birth, s);
    else if ((bad & FieldBit.age) === 0) years = Math.floor(age[i] as number);
    ages[i] = years >= 0 && years < 200 ? years : -1;
  }
  return ages;
}

/**
 * byAgeBand (SPEC §4): active cases per age band, the age taken at the case's start from the
 * birth date, else from the age column as recorded; no or an unusable age (or one below the
 * first bound) counts as "Onbekend".
 *
 * @param context - The group context (its `ageBands` are the lower bounds, ascending).
 * @returns The tally: every band, then "Onbekend" when it has cases.
 * @example
 * tallyByAgeBand(context).buckets.map((b) => b.label) // ['0–17', '18–26', '27–44', '45–54', '55–64', '65+']
 */
export function tallyByAgeBand({ kpi, ageBands }: GroupContext): GroupTally {
  const rows = kpi.scan.rows(ScanBit.active);
  const ages = agesAtStart(kpi.table, rows);
  const bands = ageBands.length;
  // Band of every age 0..199, looked up per case.
  const bandOfAge = new Int32Array(200).fill(bands);
  for (let years = 0; years < 200; years++) {
    for (let b = bands - 1; b >= 0; b--) {
      if (years >= (ageBands[b] as number)) {
        bandOfAge[years] = b;
        break;
      }
    }
  }
  const counts = new Float64Array(bands + 1);
  for (let k = 0; k < rows.length; k++) {
    const years = ages[rows[k] as number] as number;
    const band = years < 0 ? bands : (bandOfAge[years] as number);
    counts[band] = (counts[band] as number) + 1;
  }
  const builder = new TallyBuilder(1, bands + 1);
  counts.forEach((count, band) => builder.countMany(0, band, count));
  return builder.build((b) => {
    if (b === bands) return { key: "", label: UNKNOWN_LABEL, order: b, unknown: true };
    const low = ageBands[b] as number;
    const next = ageBands[b + 1];
    return next === undefined
      ? { key: `${low}+`, label: `${low}+`, order: b, always: true }
      : { key: `${low}-${next - 1}`, label: `${low}–${next - 1}`, order: b, always: true };
  });
}
