import { subMonthsFromDay } from "../dates/subMonthsFromDay";
import { ScanBit, scanPeriod, type PeriodScan } from "../kpis/periodScan";
import { FieldBit, type CaseTable, type Period, type RecidiveOptions } from "../types";
import { getRecidiveFacts } from "./recidiveFacts";
import {
  factStatus,
  hasSeveralEarlier,
  previousClosedOn,
  RecidiveStatus,
  sharesPreviousDomain,
} from "./recidiveStatus";

/** Tallies of SPEC §5 over the cases that start in one period and pass a filter. */
export interface RecidiveTally {
  /** Cases whose recidive start date is in P (the denominator of recidivePct). */
  readonly started: number;
  /** Of those, cases with a usable clientId (the denominator of newClientPct). */
  readonly withClient: number;
  /** Cases passing steps 1–5 (step 5 only when sameDomain is on): the recidive KPI. */
  readonly recidive: number;
  /** Distinct clients of the recidive cases. */
  readonly recidivists: number;
  /** Cases passing steps 1–4. */
  readonly passGap: number;
  /** Of passGap, cases with two or more earlier cases. */
  readonly multiplePrevious: number;
  /** Of passGap, cases sharing a main domain with the previous case. */
  readonly sameQuestion: number;
  /** Of passGap, cases sharing no main domain with the previous case. */
  readonly onlyNewQuestions: number;
  /** Cases with earlier cases that fail step 3 or 4 ("heropening"). */
  readonly reopened: number;
  /** Cases with a clientId and no earlier case ("nieuw"). */
  readonly newClients: number;
}

/**
 * Classifies every case that starts in `period` (by the recidive start field) and passes the
 * mask, following SPEC §5. Uses the cached per-case facts; the gap threshold
 * (start − minGapMonths months, date-fns `subMonths`) is computed once per day of the period.
 * Results are memoised per table, period, filter and options.
 *
 * @param table - The case table.
 * @param period - The period P.
 * @param mask - A compiled filter mask, or null for all cases.
 * @param maskKey - The filter's key ({@link filterKey}), '' when mask is null.
 * @param options - Complete recidive options.
 * @returns The tallies.
 * @example
 * const tally = classifyRecidive(table, period, null, '', DEFAULT_RECIDIVE_OPTIONS);
 * tally.recidive / tally.started; // recidivePct
 */
export function classifyRecidive(
  table: CaseTable,
  period: Period,
  mask: Uint8Array | null,
  maskKey: string,
  options: RecidiveOptions
): RecidiveTally {
  const key = `${period.start}:${period.end}:${options.minGapMonths}:${options.sameDomain}:${options.startField}:${maskKey}`;
  let perTable = tallyCache.get(table);
  if (perTable === undefined) {
    perTable = new Map();
    tallyCache.set(table, perTable);
  }
  let tally = perTable.get(key);
  if (tally === undefined) {
    tally = tallyPeriod(table, period, scanPeriod(table, period, mask, maskKey), options);
    if (perTable.size >= MAX_CACHED_TALLIES) {
      const oldest = perTable.keys().next().value;
      if (oldest !== undefined) perTable.delete(oldest);
    }
    perTable.set(key, tally);
  }
  return tally;
}

const tallyCache = new WeakMap<CaseTable, Map<string, RecidiveTally>>();
const MAX_CACHED_TALLIES = 32;

function tallyPeriod(
  table: CaseTable,
  period: Period,
  scan: PeriodScan,
  options: RecidiveOptions
): RecidiveTally {
  const facts = getRecidiveFacts(table, options.startField);
  const { startDay, packed } = facts;
  // The cases whose recidive start is in P and that pass the filter, with a usable start.
  const rows = scan.rows(
    options.startField === "registeredOn" ? ScanBit.registered : ScanBit.started
  );
  const { invalid, clientKey } = table;
  const p0 = period.start;
  const p1 = period.end;
  const threshold = new Float64Array(Math.max(0, p1 - p0 + 1)).fill(NaN);
  const seenClient = new Uint8Array(table.clientIds.length);
  let started = 0;
  let withClient = 0;
  let recidive = 0;
  let recidivists = 0;
  let passGap = 0;
  let multiplePrevious = 0;
  let sameQuestion = 0;
  let reopened = 0;
  let newClients = 0;

  for (let k = 0; k < rows.length; k++) {
    const i = rows[k] as number;
    const s = startDay[i] as number;
    started++;
    const fact = packed[i] as number;
    const st = factStatus(fact);
    if (st === RecidiveStatus.none) continue;
    withClient++;
    if (st === RecidiveStatus.noEarlier) {
      newClients++;
      continue;
    }
    if (st === RecidiveStatus.earlierOpen) {
      reopened++;
      continue;
    }
    const d = s - p0;
    let limit = threshold[d] as number;
    if (Number.isNaN(limit)) {
      limit = subMonthsFromDay(s, options.minGapMonths);
      threshold[d] = limit;
    }
    if (!(previousClosedOn(fact) <= limit)) {
      reopened++;
      continue;
    }
    passGap++;
    if (hasSeveralEarlier(fact)) multiplePrevious++;
    const shares =
      sharesPreviousDomain(fact) && ((invalid[i] as number) & FieldBit.mainDomains) === 0;
    if (shares) sameQuestion++;
    if (shares || !options.sameDomain) {
      recidive++;
      const client = clientKey[i] as number;
      if (seenClient[client] === 0) {
        seenClient[client] = 1;
        recidivists++;
      }
    }
  }
  return {
    started,
    withClient,
    recidive,
    recidivists,
    passGap,
    multiplePrevious,
    sameQuestion,
    onlyNewQuestions: passGap - sameQuestion,
    reopened,
    newClients,
  };
}
