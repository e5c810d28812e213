import { dayToIso } from "../../../dates/dayToIso";
import { subMonthsFromDay } from "../../../dates/subMonthsFromDay";
import { monthsInPeriod } from "../../../periods/monthsInPeriod";
import type { Period } from "../../../types";
import type { CaseRecord } from "../../caseRecords";
import type { ReferenceData } from "../../referenceData";
import { arrangeReferenceRows } from "./arrangeReferenceRows";
import { isActiveIn, isClosedIn, isStartedIn } from "../caseMemberships";
import { collectFixedBuckets, type Contribution } from "./collectBuckets";
import { keptCases } from "./keptCases";
import type {
  ReferenceGroupLayout,
  ReferenceGroupOptions,
  ReferenceGroupRow,
} from "./referenceGroupTypes";

/** Layout of byMonth. */
export const BY_MONTH_LAYOUT: ReferenceGroupLayout = {
  id: "byMonth",
  measures: [
    { id: "started", kind: "count" },
    { id: "active", kind: "count" },
    { id: "closed", kind: "count" },
  ],
  mainMeasure: "started",
  order: "fixed",
  hasTotal: true,
  totalLabel: "Totaal",
};

/** A row of "Per maand": the month's key and label, and the days it counts. */
interface MonthRow {
  readonly key: string;
  readonly label: string;
  readonly days: Period;
}

/**
 * The months of the period, clipped to it; with `yearEarlier` each counts the same days a year
 * earlier (date-fns `subMonths(·, 12)`: 29 February becomes 28 February).
 */
function monthRowsOf(period: Period, yearEarlier: boolean): MonthRow[] {
  return monthsInPeriod(period).map((m) => ({
    key: dayToIso(m.start).slice(0, 7),
    label: m.label,
    days: yearEarlier
      ? { label: m.label, start: subMonthsFromDay(m.start, 12), end: subMonthsFromDay(m.end, 12) }
      : { label: m.label, start: m.start, end: m.end },
  }));
}

/**
 * Per maand: for each calendar month of the period (clipped to it) the cases started, active
 * and closed in that month, by the rules of Opgestart, Behandeld and Afgesloten. A case active
 * in several months counts in each, so the Totaal of Behandeld is the number of cases active
 * in the whole range of the rows, not the sum of the months.
 *
 * @param data - The dataset as plain records.
 * @param period - The period whose months are the rows.
 * @param options - Filters; `yearEarlier` for the comparison side (the same months a year earlier).
 * @returns One row per month (also when empty), then the Totaal.
 * @example
 * referenceByMonth(data, tmQ3, {}).map((r) => r.key) // ["2024-01", ..., "2024-09", "#totaal"]
 */
export function referenceByMonth(
  data: ReferenceData,
  period: Period,
  options: ReferenceGroupOptions
): ReferenceGroupRow[] {
  const months = monthRowsOf(period, options.yearEarlier === true);
  const cases = keptCases(data, options);
  const perMonth = (
    measure: string,
    isCounted: (c: CaseRecord, days: Period) => boolean
  ): Contribution[] =>
    months.flatMap((m) =>
      cases
        .filter((c) => isCounted(c, m.days))
        .map((c) => ({ key: m.key, measure, entry: c.caseId }))
    );
  const buckets = collectFixedBuckets(months, [
    ...perMonth("started", isStartedIn),
    ...perMonth("active", isActiveIn),
    ...perMonth("closed", isClosedIn),
  ]);
  const first = months[0];
  const last = months[months.length - 1];
  if (first === undefined || last === undefined) return [];
  const range: Period = { label: "", start: first.days.start, end: last.days.end };
  const activeInRange = cases.filter((c) => isActiveIn(c, range)).length;
  return arrangeReferenceRows(BY_MONTH_LAYOUT, buckets, options.topN, {
    active: { value: activeInRange, n: activeInRange },
  });
}
