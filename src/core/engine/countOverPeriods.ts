/**
 * A count over a list of periods in one pass over the cases of their whole span (byMonth's
 * months), rather than one selection and one tally per period.
 *
 * @module
 */
import type { Period, RecidiveOptions } from "../types";
import { DATE_OF_SET } from "./caseSets";
import type { Engine } from "./Engine";
import { resolveCaseSet } from "./Engine";
import type { CaseSelection } from "./measureRule";

/**
 * Whether {@link countOverPeriods} takes this list: at least three periods that do not overlap
 * (in any order; for one or two periods, one selection per period is as fast and shared with
 * other measures).
 *
 * @param periods - The periods.
 * @returns The order of the periods by start when they do not overlap, else null.
 * @example
 * disjointOrder([march, january, february]); //=> [1, 2, 0]
 */
export function disjointOrder(periods: readonly Period[]): number[] | null {
  if (periods.length < 3) return null;
  const order = periods.map((_, k) => k).sort((a, b) => periods[a]!.start - periods[b]!.start);
  for (let k = 1; k < order.length; k++)
    if (periods[order[k]!]!.start <= periods[order[k - 1]!]!.end) return null;
  return order;
}

/**
 * The number of cases of one selection in each of a list of periods that do not overlap, in one
 * pass over the selection's cases in the periods' whole span (the span's selection, cached by
 * the engine and shared with the measures of that period): the same numbers as a count per
 * period. Sorted by start, such periods also have their
 * ends in order, so the periods a case is in are one run of them, from the first period that
 * ends on or after its date(s) to the last that starts on or before them:
 * - a date in the period (registered, intake, started, closed): the one period holding the date;
 * - active (started on or before the end, not closed before the start): from the first period
 *   ending on or after the start to the last starting on or before the close date (the last
 *   period when open);
 * - openAtEnd (started on or before the end, not closed on or before it): from the first
 *   period ending on or after the start to the last ending before the close date;
 * - all: every period.
 * Each case adds +1 where its run begins and −1 after it ends; a running sum over the periods
 * then gives the counts.
 *
 * @param engine - The engine of the dataset.
 * @param select - The selection.
 * @param periods - Periods that do not overlap (see {@link disjointOrder}), sorted by start.
 * @param filter - 1 for each case to keep, or null for all.
 * @param recidive - The recidive options (for `recidiveStart` and the recidive conditions).
 * @returns The count per period, in the order of `periods`.
 * @example
 * countOverPeriods(engine, { cases: "active", inputs: 0 }, monthsInPeriod(q3), null, options); //=> Float64Array [412, 431, 425]
 */
export function countOverPeriods(
  engine: Engine,
  select: CaseSelection,
  periods: readonly Period[],
  filter: Uint8Array | null,
  recidive: RecidiveOptions
): Float64Array {
  const table = engine.dataset.cases;
  const set = resolveCaseSet(select.cases, recidive);
  const last = periods.length - 1;
  const starts = Float64Array.from(periods, (p) => p.start);
  const ends = Float64Array.from(periods, (p) => p.end);
  const firstStart = starts[0] as number;
  const lastEnd = ends[last] as number;
  // Every case in one of the periods is in the selection over their whole span (a case open at
  // the end of a period is active in the span), which has the selection's condition and inputs.
  const span: Period = { label: "", start: firstStart, end: lastEnd };
  const cases = engine.selectedCases(
    { ...select, cases: set === "openAtEnd" ? "active" : set },
    span,
    recidive
  );
  // steps[j]: cases whose run begins at period j minus those whose run ended at j − 1.
  const steps = new Float64Array(periods.length + 1);
  const { start, closedOn } = table;
  const dates =
    set === "active" || set === "openAtEnd" || set === "all" ? start : DATE_OF_SET[set](table);
  for (let k = 0; k < cases.length; k++) {
    const i = cases[k] as number;
    if (filter !== null && filter[i] !== 1) continue;
    let first = 0;
    let final = last;
    if (set !== "all") {
      const d = dates[i] as number;
      if (set === "active" || set === "openAtEnd") {
        const c = closedOn[i] as number;
        first = firstEndingOnOrAfter(ends, d);
        if (c === c)
          final =
            set === "active"
              ? lastStartingOnOrBefore(starts, c)
              : firstEndingOnOrAfter(ends, c) - 1;
      } else {
        first = firstEndingOnOrAfter(ends, d);
        final = (starts[first] as number) <= d ? first : -1;
      }
    }
    if (first > final) continue;
    steps[first]! += 1;
    steps[final + 1]! -= 1;
  }
  const counts = new Float64Array(periods.length);
  let running = 0;
  for (let j = 0; j <= last; j++) {
    running += steps[j] as number;
    counts[j] = running;
  }
  return counts;
}

/** The first index j with ends[j] ≥ day (ends.length when none); ends ascending. */
function firstEndingOnOrAfter(ends: Float64Array, day: number): number {
  let lo = 0;
  let hi = ends.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((ends[mid] as number) < day) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The last index j with starts[j] ≤ day (−1 when none); starts ascending. */
function lastStartingOnOrBefore(starts: Float64Array, day: number): number {
  let lo = 0;
  let hi = starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((starts[mid] as number) <= day) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}
