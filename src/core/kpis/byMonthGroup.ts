import { dayToIso } from "../dates/dayToIso";
import { subMonthsFromDay } from "../dates/subMonthsFromDay";
import { monthsInPeriod } from "../periods/monthsInPeriod";
import type { CaseTable, Period } from "../types";
import { TallyBuilder } from "./groupTally";
import type { GroupContext, GroupTally } from "./groupTypes";
import { scanPeriod, ScanBit } from "./periodScan";
import { getPeriodStats, type DayTallies, type PeriodStats } from "./periodStats";
import { scalarView } from "./scalarView";

/** Adds each day's count to the count of its month row. */
function countPerRow(perDay: Float64Array, rowOfDay: Int32Array, count: number): Float64Array {
  const counts = new Float64Array(count);
  for (let d = 0; d < perDay.length; d++) {
    const j = rowOfDay[d] as number;
    counts[j] = (counts[j] as number) + (perDay[d] as number);
  }
  return counts;
}

/**
 * The day tallies of the period's stats; for a period too long to keep them in the stats,
 * counted here from the flags.
 */
function dayTalliesOf(table: CaseTable, stats: PeriodStats): DayTallies {
  if (stats.days !== null) return stats.days;
  const { start: p0, end: p1 } = stats.period;
  const length = p1 - p0 + 1;
  const days: DayTallies = {
    started: new Float64Array(length),
    closed: new Float64Array(length),
    activeFrom: new Float64Array(length),
    activeUntil: new Float64Array(length),
  };
  const { flags } = stats;
  const { start, closedOn } = table;
  for (let i = 0; i < flags.length; i++) {
    const f = flags[i] as number;
    if (f === 0) continue;
    const s = start[i] as number;
    const c = closedOn[i] as number;
    if (f & ScanBit.started) days.started[s - p0] = (days.started[s - p0] as number) + 1;
    if (f & ScanBit.closed) days.closed[c - p0] = (days.closed[c - p0] as number) + 1;
    if (f & ScanBit.active) {
      const from = s <= p0 ? 0 : s - p0;
      days.activeFrom[from] = (days.activeFrom[from] as number) + 1;
      if (c <= p1) days.activeUntil[c - p0] = (days.activeUntil[c - p0] as number) + 1;
    }
  }
  return days;
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
 * From the range's day tallies: started and closed go into their month (a lookup table of the
 * range's days), active cases mark their run of months through a difference array.
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
  const stats = getPeriodStats(kpi.table, scanPeriod(kpi.table, range, kpi.mask, kpi.maskKey));
  const days = dayTalliesOf(kpi.table, stats);
  // Row of every day of the range (a few hundred days).
  const first0 = first.start;
  const rowOfDay = new Int32Array(last.end - first0 + 1);
  months.forEach((month, j) => rowOfDay.fill(j, month.start - first0, month.end - first0 + 1));
  const started = countPerRow(days.started, rowOfDay, count);
  const closed = countPerRow(days.closed, rowOfDay, count);

  // An active case runs from the month of its start (or the first) to the month of its
  // closedOn (or the last): +1 where the run begins, −1 after it ends.
  const runs = new Int32Array(count + 1);
  for (let d = 0; d < rowOfDay.length; d++) {
    const j = rowOfDay[d] as number;
    runs[j] = (runs[j] as number) + (days.activeFrom[d] as number);
    runs[j + 1] = (runs[j + 1] as number) - (days.activeUntil[d] as number);
  }
  const activeCount = scalarView(stats, null).count(ScanBit.active);
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
    { active: { value: activeCount, n: activeCount } }
  );
}
