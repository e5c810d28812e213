/**
 * A count over a list of periods in one pass over the cases of their whole span (byMonth's
 * months), rather than one selection and one tally per period.
 *
 * @module
 */
import type { Period, RecidiveOptions } from "../types";
import { CASE_SET_INPUTS, DATE_OF_SET } from "./caseSets";
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
 * - waitingAtEnd (registered on or before the end, neither started nor closed on or before it):
 *   from the first period ending on or after the registration to the last ending before the
 *   start date or the close date, whichever is first;
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
  // A case waiting at the end of a period need not be in any dated set of the span: it is
  // looked for among all cases with usable dates.
  const spanSelection: CaseSelection =
    set === "waitingAtEnd"
      ? { ...select, cases: "all", inputs: select.inputs | CASE_SET_INPUTS.waitingAtEnd }
      : { ...select, cases: set === "openAtEnd" ? "active" : set };
  const cases = engine.filteredCases(engine.selectedCases(spanSelection, span, recidive), filter);
  // firstEnding[d − firstStart]: the first period that ends on or after day d of the span.
  const firstEnding = new Int32Array(lastEnd - firstStart + 1);
  for (let d = 0, j = 0; d < firstEnding.length; d++) {
    while ((ends[j] as number) < firstStart + d) j++;
    firstEnding[d] = j;
  }
  // steps[j]: cases whose run begins at period j minus those whose run ended at j − 1.
  const steps = new Float64Array(periods.length + 1);
  if (set === "waitingAtEnd") {
    waitingRuns(engine, cases, firstEnding, firstStart, lastEnd, steps);
    return runningSums(steps, periods.length);
  }
  const { start, closedOn } = table;
  const dates =
    set === "active" || set === "openAtEnd" || set === "all" ? start : DATE_OF_SET[set](table);
  for (let k = 0; k < cases.length; k++) {
    const i = cases[k] as number;
    let first = 0;
    let final = last;
    if (set !== "all") {
      const d = dates[i] as number;
      // A start before the span is in the first period; any other date of a selected case is
      // in the span.
      first = d < firstStart ? 0 : (firstEnding[d - firstStart] as number);
      if (set === "active" || set === "openAtEnd") {
        // A close date of a case active in the span is on or after its start; after its end,
        // or none, the case stays to the last period.
        const c = closedOn[i] as number;
        if (c <= lastEnd) {
          const j = firstEnding[c - firstStart] as number;
          // active: up to the last period starting on or before c; openAtEnd: the last ending before c.
          final = set === "active" && (starts[j] as number) <= c ? j : j - 1;
        }
      } else if ((starts[first] as number) > d) {
        final = -1; // the date falls between two periods
      } else {
        final = first;
      }
    }
    if (first > final) continue;
    steps[first]! += 1;
    steps[final + 1]! -= 1;
  }
  return runningSums(steps, periods.length);
}

/** The counts per period from the steps (see {@link countOverPeriods}). */
function runningSums(steps: Float64Array, length: number): Float64Array {
  const counts = new Float64Array(length);
  let running = 0;
  for (let j = 0; j < length; j++) {
    running += steps[j] as number;
    counts[j] = running;
  }
  return counts;
}

/**
 * The steps of the cases waiting at the end of a period (see {@link countOverPeriods}): a case
 * waits from its registration up to the day before its start date or its close date, whichever
 * is first (none: to the last period). The cases have usable dates (the selection's inputs).
 */
function waitingRuns(
  engine: Engine,
  cases: Int32Array,
  firstEnding: Int32Array,
  firstStart: number,
  lastEnd: number,
  steps: Float64Array
): void {
  const { registeredOn, startedOn, closedOn } = engine.dataset.cases;
  const last = steps.length - 2;
  for (let k = 0; k < cases.length; k++) {
    const i = cases[k] as number;
    const r = registeredOn[i] as number;
    if (!(r <= lastEnd)) continue; // no registration date, or one after every period
    const s = startedOn[i] as number;
    const c = closedOn[i] as number;
    // The first day it no longer waits (NaN: none).
    const leaves = s <= c || c !== c ? s : c;
    const first = r < firstStart ? 0 : (firstEnding[r - firstStart] as number);
    // The last period that ends before it leaves: the one before the first ending on or after it.
    let final = last;
    if (leaves < firstStart) final = -1;
    else if (leaves <= lastEnd) final = (firstEnding[leaves - firstStart] as number) - 1;
    if (first > final) continue;
    steps[first]! += 1;
    steps[final + 1]! -= 1;
  }
}
