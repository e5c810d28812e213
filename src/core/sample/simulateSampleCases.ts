/**
 * Simulates the case history of a mid-sized welfare organisation: clients arrive over
 * 2021–2024 with some seasonality, get an individual case (IT), leun-en-steun (LS) or a
 * quick information-and-advice contact (IA), and some come back — after more than six
 * months (recidive), sooner (a reopening), or while their case is still open.
 *
 * @module
 */
import type { Day } from "../types";
import type { Random } from "./createRandom";
import { dayToParts } from "../dates/dayFromParts";
import { nextWorkday, SAMPLE_FIRST_DAY, SAMPLE_LAST_DAY } from "./sampleDays";
import {
  AGE_BANDS,
  FIRST_CASE_TYPES,
  MONTH_WEIGHTS,
  RETURN_CASE_TYPES,
  TEAMS,
  YEAR_WEIGHTS,
  type SampleCaseType,
} from "./sampleVocabulary";
import { describeSampleCase } from "./describeSampleCase";

/** A client of the sample organisation. */
export interface SampleClient {
  /** Client number as exported, '' for anonymous information-and-advice contacts. */
  readonly id: string;
  readonly birthDate: Day | null;
  readonly team: string;
}

/** One simulated case, before it is written as a row. */
export interface SampleCase {
  caseId: number;
  readonly client: SampleClient;
  readonly type: SampleCaseType;
  readonly product: string;
  readonly registeredOn: Day;
  readonly intakeOn: Day | null;
  readonly startedOn: Day | null;
  readonly closedOn: Day | null;
  readonly domains: readonly string[];
  readonly closeReason: string;
  readonly referrer: string;
  readonly team: string;
  readonly staff: string;
  readonly resolvedDirectly: string;
  readonly rating: number | null;
  readonly canContinueAlone: string;
  readonly complexity: string;
}

/** What {@link describeSampleCase} needs to know about the case being made. */
export interface SampleCaseContext {
  readonly client: SampleClient;
  readonly type: SampleCaseType;
  readonly registeredOn: Day;
  readonly previous: SampleCase | null;
}

/**
 * Simulates `count` cases, sorted by registration and numbered from 10001.
 *
 * @param random - the seeded generator
 * @param count - number of cases
 * @returns the cases
 *
 * @example
 * simulateSampleCases(createRandom(1), 100)[0].caseId; // 10001
 */
export function simulateSampleCases(random: Random, count: number): SampleCase[] {
  const pickRegistration = createRegistrationPicker(random);
  const cases: SampleCase[] = [];
  let clientNumber = 0;
  while (cases.length < count) {
    clientNumber += 1;
    const firstOn = pickRegistration();
    let type = random.weighted(FIRST_CASE_TYPES);
    const anonymous = type === "IA" && random.chance(0.35);
    const client = makeClient(
      random,
      anonymous ? "" : String(200000 + clientNumber * 3),
      firstOn,
      anonymous
    );
    let previous: SampleCase | null = null;
    let registeredOn = firstOn;
    for (;;) {
      const sampleCase = describeSampleCase(random, { client, type, registeredOn, previous });
      cases.push(sampleCase);
      if (cases.length >= count || anonymous) break;
      if (!random.chance(previous === null ? 0.17 : 0.3)) break;
      const nextOn = nextRegistration(random, sampleCase);
      if (nextOn > SAMPLE_LAST_DAY) break;
      previous = sampleCase;
      registeredOn = nextOn;
      type = random.weighted(RETURN_CASE_TYPES);
    }
  }
  const order = cases.map((c, index) => ({ c, index }));
  order.sort((a, b) => a.c.registeredOn - b.c.registeredOn || a.index - b.index);
  return order.map(({ c }, index) => {
    c.caseId = 10001 + index;
    return c;
  });
}

/** When a returning client registers again after `last`. */
function nextRegistration(random: Random, last: SampleCase): Day {
  const start = last.startedOn ?? last.registeredOn;
  if (last.closedOn === null || random.chance(0.06)) {
    // A new question while the case is still open: an earlier case is open on the new start.
    return nextWorkday(start + random.int(20, 200));
  }
  const kind = random.weighted([
    ["long", 55],
    ["short", 35],
    ["edge", 10],
  ] as const);
  if (kind === "long") return nextWorkday(last.closedOn + random.int(190, 1000));
  if (kind === "short") return nextWorkday(last.closedOn + random.int(5, 150));
  // Around the six-month boundary, so that the gap rule really decides.
  return nextWorkday(last.closedOn + random.int(150, 185));
}

function makeClient(random: Random, id: string, firstOn: Day, anonymous: boolean): SampleClient {
  const team = random.weighted(TEAMS);
  if (anonymous || random.chance(0.04)) return { id, birthDate: null, team };
  const [minAge, maxAge] = random.weighted(
    AGE_BANDS.map(([min, max, weight]) => [[min, max], weight] as const)
  );
  const ageDays = random.int(minAge * 365 + 1, maxAge * 365 + 360);
  return { id, birthDate: firstOn - ageDays, team };
}

/** Picks registration days: workdays only, weighted by month and year. */
function createRegistrationPicker(random: Random): () => Day {
  const days: Day[] = [];
  const cumulative: number[] = [];
  let total = 0;
  for (let day = SAMPLE_FIRST_DAY; day <= SAMPLE_LAST_DAY; day += 1) {
    if (nextWorkday(day) !== day) continue;
    const { year, month } = dayToParts(day);
    total += (MONTH_WEIGHTS[month - 1] ?? 1) * (YEAR_WEIGHTS[year] ?? 1);
    days.push(day);
    cumulative.push(total);
  }
  return () => {
    const target = random.next() * total;
    let low = 0;
    let high = cumulative.length - 1;
    while (low < high) {
      const mid = (low + high) >> 1;
      if ((cumulative[mid] ?? 0) > target) high = mid;
      else low = mid + 1;
    }
    return days[low] ?? SAMPLE_LAST_DAY;
  };
}
