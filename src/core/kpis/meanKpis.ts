import { FieldBit } from "../types";
import { ratioResult, type KpiContext, type KpiResult } from "./kpiContext";
import { ScanBit } from "./periodScan";
import { DAY_FLOOR } from "./dayFloor";

const START_BITS = FieldBit.start | FieldBit.startedOn;

/**
 * meanWaitDays (SPEC §4): mean(intakeOn − registeredOn) in days over the cases with intakeOn in
 * P; cases without a (valid) registeredOn are skipped.
 *
 * @param context - The KPI context.
 * @returns The mean, null when no case qualifies.
 * @example
 * computeMeanWaitDays(context) // { value: 15.2, n: 310 }
 */
export function computeMeanWaitDays(context: KpiContext): KpiResult {
  const { invalid, registeredOn, intakeOn } = context.table;
  const rows = context.scan.rows(ScanBit.intake);
  let sum = 0;
  let n = 0;
  for (let k = 0; k < rows.length; k++) {
    const i = rows[k] as number;
    const r = registeredOn[i] as number;
    if (!(r >= DAY_FLOOR) || ((invalid[i] as number) & FieldBit.registeredOn) !== 0) continue;
    sum += (intakeOn[i] as number) - r;
    n++;
  }
  return ratioResult(sum, n);
}

/**
 * meanDurationClosed (SPEC §4): mean(closedOn − start) in days over the cases closed in P;
 * cases without a (valid) start are skipped.
 *
 * @param context - The KPI context.
 * @returns The mean, null when no case qualifies.
 * @example
 * computeMeanDurationClosed(context) // { value: 210.4, n: 274 }
 */
export function computeMeanDurationClosed(context: KpiContext): KpiResult {
  const { invalid, start, closedOn } = context.table;
  const rows = context.scan.rows(ScanBit.closed);
  let sum = 0;
  let n = 0;
  for (let k = 0; k < rows.length; k++) {
    const i = rows[k] as number;
    const s = start[i] as number;
    if (!(s >= DAY_FLOOR) || ((invalid[i] as number) & START_BITS) !== 0) continue;
    sum += (closedOn[i] as number) - s;
    n++;
  }
  return ratioResult(sum, n);
}

/**
 * meanDurationActive (SPEC §4): mean(min(closedOn, P.end) − start) in days over the cases
 * active in P; open cases count up to P.end.
 *
 * @param context - The KPI context.
 * @returns The mean, null when no case is active.
 * @example
 * computeMeanDurationActive(context) // { value: 402.7, n: 524 }
 */
export function computeMeanDurationActive(context: KpiContext): KpiResult {
  const { start, closedOn } = context.table;
  const end = context.period.end;
  const rows = context.scan.rows(ScanBit.active);
  let sum = 0;
  for (let k = 0; k < rows.length; k++) {
    const i = rows[k] as number;
    const c = closedOn[i] as number;
    sum += (c <= end ? c : end) - (start[i] as number);
  }
  return ratioResult(sum, rows.length);
}

/**
 * meanRating (SPEC §4): the mean rating (klantoordeel) over the cases closed in P that have one.
 *
 * @param context - The KPI context.
 * @returns The mean, null when no closed case has a rating.
 * @example
 * computeMeanRating(context) // { value: 7.9, n: 120 }
 */
export function computeMeanRating(context: KpiContext): KpiResult {
  const { invalid, rating } = context.table;
  const rows = context.scan.rows(ScanBit.closed);
  let sum = 0;
  let n = 0;
  for (let k = 0; k < rows.length; k++) {
    const i = rows[k] as number;
    const v = rating[i] as number;
    if (Number.isNaN(v) || ((invalid[i] as number) & FieldBit.rating) !== 0) continue;
    sum += v;
    n++;
  }
  return ratioResult(sum, n);
}
