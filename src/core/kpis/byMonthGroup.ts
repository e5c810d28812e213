import { dayToIso } from "../dates/dayToIso";
import { subMonthsFromDay } from "../dates/subMonthsFromDay";
import { monthsInPeriod } from "../periods/monthsInPeriod";
import type { Period } from "../types";
import { TallyBuilder } from "./groupTally";
import type { GroupContext, GroupTally } from "./groupTypes";
import { scanPeriod, ScanBit } from "./periodScan";

/** Counts the rows whose `day` falls in each month row. */
function countPerRow(
  rows: Int32Array,
  day: Float64Array,
  rowOfDay: Int32Array,
  first: number,
  count: number
): Float64Array {
  const counts = new Float64Array(count);
  for (let k = 0; k < rows.length; k++) {
    const j = rowOfDay[(day[rows[k] as number] as number) - first] as number;
    counts[j] = (counts[j] as number) + 1;
  }
  return counts;
}

/** One row of "Per maand": the key and label of a month of the current period, and the days counted. */
interface MonthRange {
  readonly key: string;
  readonly label: string;
  readonly start: number;
  readonly end: number;
}

/**
 * byMonth (SPEC §4): for each calendar month of the current period (clipped to it), the cases
 * started, active and closed in that month. For the comparison period the rows stay the
 * current months and the values are those of the same days a year earlier (date-fns
 * `subMonths(·, 12)`: 29 February → 28 February). The Totaal row's active is the number of
 * cases active in the whole range, not the sum over months (a case runs through several).
 * One pass over the period's cases: started and closed go into their month (a lookup table
 * of the period's days), an active case marks its run of months through a difference array.
 *
 * @param context - The group context.
 * @returns The tally, one bucket per month.
 * @example
 * tallyByMonth(context).buckets.map((b) => b.key) // ['2024-01', ..., '2024-09']
 */
export function tallyByMonth({ kpi, current, role }: GroupContext): GroupTally {
  const months = monthsInPeriod(current).map((m): MonthRange => {
    const key = dayToIso(m.start).slice(0, 7);
    return role === "current"
      ? { key, label: m.label, start: m.start, end: m.end }
      : {
          key,
          label: m.label,
          start: subMonthsFromDay(m.start, 12),
          end: subMonthsFromDay(m.end, 12),
        };
  });
  const count = months.length;
  const builder = new TallyBuilder(3, count);
  if (count === 0) return builder.build(() => null);
  const first = months[0] as MonthRange;
  const last = months[count - 1] as MonthRange;
  const range: Period = { label: "", start: first.start, end: last.end };
  const scan = scanPeriod(kpi.table, range, kpi.mask, kpi.maskKey);
  // Row of every day of the range, looked up per case (a few hundred days: stays in cache).
  const first0 = first.start;
  const rowOfDay = new Int32Array(last.end - first0 + 1);
  months.forEach((month, j) => rowOfDay.fill(j, month.start - first0, month.end - first0 + 1));
  const { start, closedOn } = kpi.table;
  const started = countPerRow(scan.rows(ScanBit.started), start, rowOfDay, first0, count);
  const closed = countPerRow(scan.rows(ScanBit.closed), closedOn, rowOfDay, first0, count);

  // An active case runs from the month of its start (or the first) to the month of its
  // closedOn (or the last): +1 where the run begins, −1 after it ends.
  const active = scan.rows(ScanBit.active);
  const runs = new Int32Array(count + 1);
  const lastDay = last.end - first0;
  for (let k = 0; k < active.length; k++) {
    const i = active[k] as number;
    const s = (start[i] as number) - first0;
    const c = (closedOn[i] as number) - first0;
    const from = s <= 0 ? 0 : (rowOfDay[s] as number);
    runs[from] = (runs[from] as number) + 1;
    if (c <= lastDay) {
      const after = (rowOfDay[c] as number) + 1;
      runs[after] = (runs[after] as number) - 1;
    }
  }
  let running = 0;
  for (let j = 0; j < count; j++) {
    running += runs[j] as number;
    builder.countMany(0, j, started[j] as number);
    builder.countMany(1, j, running);
    builder.countMany(2, j, closed[j] as number);
  }
  return builder.build(
    (b) => {
      const month = months[b] as MonthRange;
      return { key: month.key, label: month.label, order: b, always: true };
    },
    { active: { value: active.length, n: active.length } }
  );
}
