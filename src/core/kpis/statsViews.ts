import { foldText } from "../text/foldText";
import { FieldBit, type CaseTable, type Period } from "../types";
import { DAY_FLOOR } from "./dayFloor";
import { isSelfReferral } from "./isSelfReferral";
import { AGE_SLOTS, CONTINUE_STATES, DOMAIN_COUNTS, RATING_CLASSES } from "./passLayout";
import { ScanBit } from "./periodScan";
import type { PeriodStats } from "./periodStats";
import { FLAG_COMBINATIONS as F, PARTITION_WIDTH, Scalar } from "./statsLayout";
import type { PeriodTallies } from "./statsPass";

const START_BITS = FieldBit.start | FieldBit.startedOn;

/**
 * Derives one period's {@link PeriodStats} from the raw joint counts of `tallyPeriods` by
 * adding them up over the keys each tally does not need (a few thousand numbers, not cases).
 *
 * @param table - The case table.
 * @param period - The period.
 * @param tallies - The raw tallies.
 * @param q - Which of their periods.
 * @returns The tallies per KPI.
 * @example
 * const stats = statsOf(table, period, tallyPeriods(table, [period], [null], null), 0);
 */
export function statsOf(
  table: CaseTable,
  period: Period,
  tallies: PeriodTallies,
  q: number
): PeriodStats {
  const L = tallies.layout;
  const run = tallies.runs[q] as Float64Array;
  const flags = tallies.flags[q] as Uint8Array;
  const P = L.partitions;
  const caseTypes = table.caseType.labels.length;
  // Partition p is caseType label p (when the table keeps partitions per caseType).
  const isIa = (p: number): boolean =>
    P > 1 && p < caseTypes && foldText(table.caseType.labels[p] as string) === "ia";
  const isSelf = table.referrer.labels.map((label) => isSelfReferral(label));

  const partitionTallies = new Float64Array(P * PARTITION_WIDTH);
  const add = (p: number, scalar: number, value: number): void => {
    const at = p * PARTITION_WIDTH + F + scalar;
    partitionTallies[at] = (partitionTallies[at] as number) + value;
  };
  const teamStarted = new Float64Array(L.teams);
  const teamActive = new Float64Array(L.teams);
  const teamClosed = new Float64Array(L.teams);
  for (let p = 0; p < P; p++) {
    const o = p * PARTITION_WIDTH;
    const ia = isIa(p);
    for (let team = 0; team < L.teams; team++) {
      for (let resolved = 0; resolved < 2; resolved++) {
        const at = L.flags + (((p * L.teams + team) * 2 + resolved) << 6);
        for (let f = 1; f < F; f++) {
          const cases = run[at + f] as number;
          if (cases === 0) continue;
          partitionTallies[o + f] = (partitionTallies[o + f] as number) + cases;
          if (f & ScanBit.started) teamStarted[team] = (teamStarted[team] as number) + cases;
          if (f & ScanBit.active) teamActive[team] = (teamActive[team] as number) + cases;
          if (f & ScanBit.closed) teamClosed[team] = (teamClosed[team] as number) + cases;
          if (P > 1 && resolved === 1 && f & ScanBit.registered && !(f & ScanBit.started && ia))
            add(p, Scalar.resolvedExtra, cases);
          if (ia && f & ScanBit.started) add(p, Scalar.iaStarted, cases);
        }
      }
    }
  }
  const teamWaitSum = new Float64Array(L.teams);
  const teamWaitN = new Float64Array(L.teams);
  const referrerStarted = new Float64Array(L.referrers);
  const closeReasonClosed = new Float64Array(L.closeReasons);
  const productDurationSum = new Float64Array(L.products);
  const productDurationN = new Float64Array(L.products);
  const ratingClosed = new Float64Array(10);
  const complexityActive = new Float64Array(4);
  for (let p = 0; p < P; p++) {
    for (let team = 0; team < L.teams; team++) {
      const at = L.waits + (p * L.teams + team) * 2;
      teamWaitSum[team] = (teamWaitSum[team] as number) + (run[at] as number);
      teamWaitN[team] = (teamWaitN[team] as number) + (run[at + 1] as number);
      add(p, Scalar.waitSum, run[at] as number);
      add(p, Scalar.waitN, run[at + 1] as number);
    }
    for (let r = 0; r < L.referrers; r++) {
      const cases = run[L.referrerStarted + p * L.referrers + r] as number;
      referrerStarted[r] = (referrerStarted[r] as number) + cases;
      if (r < L.referrers - 1) {
        add(p, Scalar.referrerN, cases);
        if (isSelf[r] === true) add(p, Scalar.selfReferrals, cases);
      }
    }
    for (let cr = 0; cr < L.closeReasons; cr++) {
      for (let state = 0; state < CONTINUE_STATES; state++) {
        const cases = run[L.closed + (p * L.closeReasons + cr) * CONTINUE_STATES + state] as number;
        closeReasonClosed[cr] = (closeReasonClosed[cr] as number) + cases;
        if (state > 0) add(p, Scalar.continueN, cases);
        if (state === 2) add(p, Scalar.continueYes, cases);
      }
    }
    for (let product = 0; product < L.products; product++) {
      const at = L.durations + (p * L.products + product) * 2;
      productDurationSum[product] = (productDurationSum[product] as number) + (run[at] as number);
      productDurationN[product] = (productDurationN[product] as number) + (run[at + 1] as number);
      add(p, Scalar.closedDurationSum, run[at] as number);
      add(p, Scalar.closedDurationN, run[at + 1] as number);
    }
    for (let k = 1; k < RATING_CLASSES; k++) {
      const cases = run[L.ratings + p * RATING_CLASSES + k] as number;
      add(p, Scalar.ratingN, cases);
      if (k <= 10) ratingClosed[k - 1] = (ratingClosed[k - 1] as number) + cases;
    }
    add(p, Scalar.ratingSum, run[L.ratingSums + p] as number);
    add(p, Scalar.activeDurationSum, run[L.activeDurations + p] as number);
    for (let valid = 0; valid < 2; valid++) {
      for (let count = 0; count < DOMAIN_COUNTS; count++) {
        const cases = run[L.domainCounts + (p * 2 + valid) * DOMAIN_COUNTS + count] as number;
        const level = valid === 0 || count === 0 ? 3 : count === 1 ? 0 : count <= 3 ? 1 : 2;
        complexityActive[level] = (complexityActive[level] as number) + cases;
        if (valid === 1) {
          add(p, Scalar.helpN, cases);
          if (count < DOMAIN_COUNTS - 1) add(p, Scalar.helpQuestions, count * cases);
        }
      }
    }
    add(p, Scalar.helpQuestions, run[L.manyDomains + p] as number);
  }

  const caseType =
    P > 1
      ? caseTypeFromPartitions(partitionTallies, caseTypes, run, L)
      : caseTypeByPass(table, flags);
  if (P === 1) {
    add(0, Scalar.iaStarted, caseType.iaStarted);
    add(0, Scalar.resolvedExtra, caseType.resolvedExtra);
  }
  const at = (from: number, length: number): Float64Array => run.subarray(from, from + length);
  const days = tallies.dayLengths[q] as number;
  const D = L.size;
  return {
    period,
    flags,
    partitions: P,
    tallies: partitionTallies,
    ratingSum: run[L.ratingTotal] as number,
    uniqueClients: run[L.uniqueClients] as number,
    caseTypeActive: caseType.active,
    caseTypeDurationSum: caseType.durationSum,
    caseTypeDurationN: caseType.durationN,
    productActive: at(L.productActive, L.products),
    productDurationSum,
    productDurationN,
    teamStarted,
    teamActive,
    teamClosed,
    teamWaitSum,
    teamWaitN,
    closeReasonClosed,
    referrerStarted,
    domainActive: at(L.domains, table.domainLabels.length),
    complexityActive,
    ratingClosed,
    ageActive: at(L.ages, AGE_SLOTS),
    days:
      days === 0
        ? null
        : {
            started: at(D, days),
            closed: at(D + days, days),
            activeFrom: at(D + 2 * days, days),
            activeUntil: at(D + 3 * days, days),
          },
  };
}

interface CaseTypeTallies {
  readonly active: Float64Array;
  readonly durationSum: Float64Array;
  readonly durationN: Float64Array;
  readonly iaStarted: number;
  readonly resolvedExtra: number;
}

/** byCaseType's tallies from the partitions: label codes, then empty and invalid together. */
function caseTypeFromPartitions(
  partitionTallies: Float64Array,
  caseTypes: number,
  run: Float64Array,
  L: PeriodTallies["layout"]
): CaseTypeTallies {
  const active = new Float64Array(caseTypes + 1);
  const durationSum = new Float64Array(caseTypes + 1);
  const durationN = new Float64Array(caseTypes + 1);
  for (let p = 0; p < L.partitions; p++) {
    const ct = p < caseTypes ? p : caseTypes;
    const o = p * PARTITION_WIDTH;
    for (let f = 1; f < F; f++)
      if (f & ScanBit.active)
        active[ct] = (active[ct] as number) + (partitionTallies[o + f] as number);
    for (let product = 0; product < L.products; product++) {
      const at = L.durations + (p * L.products + product) * 2;
      durationSum[ct] = (durationSum[ct] as number) + (run[at] as number);
      durationN[ct] = (durationN[ct] as number) + (run[at + 1] as number);
    }
  }
  return { active, durationSum, durationN, iaStarted: 0, resolvedExtra: 0 };
}

/**
 * byCaseType's tallies and the IA counts of infoAdvice in a pass of their own, for a table with
 * too many case types to keep partitions for.
 */
function caseTypeByPass(table: CaseTable, flags: Uint8Array): CaseTypeTallies {
  const { codes, labels } = table.caseType;
  const { invalid, start, closedOn, resolvedDirectly } = table;
  const isIa = Uint8Array.from(labels, (label) => (foldText(label) === "ia" ? 1 : 0));
  const active = new Float64Array(labels.length + 1);
  const durationSum = new Float64Array(labels.length + 1);
  const durationN = new Float64Array(labels.length + 1);
  let iaStarted = 0;
  let resolvedExtra = 0;
  for (let i = 0; i < flags.length; i++) {
    const f = flags[i] as number;
    if (f === 0) continue;
    const bad = invalid[i] as number;
    const code = codes[i] as number;
    const ct = code < 0 || (bad & FieldBit.caseType) !== 0 ? labels.length : code;
    const ia = ct < labels.length && isIa[ct] === 1;
    if (f & ScanBit.active) active[ct] = (active[ct] as number) + 1;
    if (f & ScanBit.started && ia) iaStarted++;
    if (
      f & ScanBit.registered &&
      resolvedDirectly[i] === 1 &&
      (bad & FieldBit.resolvedDirectly) === 0 &&
      !(f & ScanBit.started && ia)
    )
      resolvedExtra++;
    const s = start[i] as number;
    if (f & ScanBit.closed && s >= DAY_FLOOR && (bad & START_BITS) === 0) {
      durationSum[ct] = (durationSum[ct] as number) + (closedOn[i] as number) - s;
      durationN[ct] = (durationN[ct] as number) + 1;
    }
  }
  return { active, durationSum, durationN, iaStarted, resolvedExtra };
}
