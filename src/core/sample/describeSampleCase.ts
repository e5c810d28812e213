/**
 * Draws the details of one simulated case: product, dates, domains, referrer, outcome.
 *
 * @module
 */
import type { Day } from "../types";
import type { Random } from "./createRandom";
import { dayToParts } from "../dates/dayFromParts";
import { nextWorkday, SAMPLE_EXPORT_DAY } from "./sampleDays";
import type { SampleCase, SampleCaseContext } from "./simulateSampleCases";
import {
  ADULT_PRODUCTS,
  CAN_CONTINUE_ALONE,
  CLOSE_REASONS,
  COMPLEXITY_LABELS,
  DOMAIN_COUNTS,
  DOMAINS,
  IA_CLOSE_REASONS,
  NO_CONTACT_REASON,
  RATINGS,
  REFERRERS,
  STAFF,
  TEAMS,
  type SampleCaseType,
} from "./sampleVocabulary";

/**
 * Draws one case for a client registering on a given day.
 *
 * @param random - the seeded generator
 * @param context - client, type, registration day and the client's previous case
 * @returns the case (its `caseId` is set later, after sorting)
 *
 * @example
 * describeSampleCase(random, { client, type: 'IA', registeredOn: 45292, previous: null }).closedOn; // often 45292
 */
export function describeSampleCase(random: Random, context: SampleCaseContext): SampleCase {
  const { client, type, registeredOn, previous } = context;
  const age = client.birthDate === null ? 40 : (registeredOn - client.birthDate) / 365.25;
  const product = pickProduct(random, type, age);
  const domains = pickDomains(random, type, previous, age);
  const team = random.chance(0.05) ? random.weighted(TEAMS) : client.team;
  const common = {
    caseId: 0,
    client,
    type,
    product,
    registeredOn,
    domains,
    referrer: pickReferrer(random, product, age, previous !== null),
    team,
    staff: random.pick(STAFF[team] ?? ["NN"]),
  };
  if (type === "IA") {
    const delay = random.weighted([
      [0, 70],
      [random.int(1, 3), 20],
      [random.int(4, 21), 10],
    ]);
    const closedOn = orOpen(registeredOn + delay);
    return {
      ...common,
      intakeOn: null,
      startedOn: null,
      closedOn,
      closeReason: closedOn === null ? "" : random.weighted(IA_CLOSE_REASONS),
      resolvedDirectly: random.chance(0.35) ? "Ja" : "Nee",
      rating: closedOn !== null && random.chance(0.05) ? random.weighted(RATINGS) : null,
      canContinueAlone: "",
      complexity: "",
    };
  }
  const details = {
    resolvedDirectly: random.chance(0.8) ? "Nee" : "",
    complexity: complexityOf(random, type, domains),
  };
  if (type === "IT" && random.chance(0.04)) {
    const closedOn = orOpen(nextWorkday(registeredOn + random.int(10, 40)));
    const closeReason = closedOn === null ? "" : NO_CONTACT_REASON;
    return {
      ...common,
      ...details,
      intakeOn: null,
      startedOn: null,
      closedOn,
      closeReason,
      rating: null,
      canContinueAlone: "",
    };
  }
  const { year, month } = dayToParts(registeredOn);
  const meanWait =
    (year >= 2024 ? 13 : year === 2023 ? 17 : 20) + (month === 7 || month === 8 ? 6 : 0);
  const wait = Math.min(120, 1 + Math.round(-Math.log(1 - random.next()) * meanWait));
  const intake = nextWorkday(registeredOn + wait);
  const started = nextWorkday(intake + random.int(0, type === "IT" ? 7 : 14));
  const startedOn = started > SAMPLE_EXPORT_DAY ? null : started;
  const intakeOn = intake > SAMPLE_EXPORT_DAY || random.chance(0.03) ? null : intake;
  const median = type === "IT" ? 120 : 330;
  const spread = type === "IT" ? 0.7 : 0.6;
  const duration = Math.round(Math.exp(Math.log(median) + spread * random.normal()));
  const closedOn =
    startedOn === null ? null : orOpen(nextWorkday(startedOn + clamp(duration, 14, 1500)));
  const closed = closedOn !== null;
  return {
    ...common,
    ...details,
    intakeOn,
    startedOn,
    closedOn,
    closeReason: closed ? random.weighted(CLOSE_REASONS) : "",
    rating: closed && random.chance(0.5) ? random.weighted(RATINGS) : null,
    canContinueAlone: closed ? random.weighted(CAN_CONTINUE_ALONE) : "",
  };
}

/** A close day after the export date means the case is still open. */
function orOpen(closedOn: Day): Day | null {
  return closedOn > SAMPLE_EXPORT_DAY ? null : closedOn;
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}

function pickProduct(random: Random, type: SampleCaseType, age: number): string {
  if (age < 18) return random.chance(0.7) ? "Schoolmaatschappelijk werk" : "Jongerenwerk";
  if (age < 27 && random.chance(0.25)) return "Jongerenwerk";
  return random.weighted(ADULT_PRODUCTS[type]);
}

function pickReferrer(random: Random, product: string, age: number, returning: boolean): string {
  if (returning && random.chance(0.5)) return "Zelfmelder";
  if (age < 18 && random.chance(0.55)) return "Onderwijs";
  if (product === "Huiselijk geweld" && random.chance(0.5))
    return random.pick(["Veilig Thuis", "Politie"]);
  return random.weighted(REFERRERS);
}

function pickDomains(
  random: Random,
  type: SampleCaseType,
  previous: SampleCase | null,
  age: number
): string[] {
  const count = random.weighted(DOMAIN_COUNTS[type]);
  const chosen: string[] = [];
  if (previous !== null && previous.domains.length > 0 && random.chance(0.7)) {
    chosen.push(random.pick(previous.domains));
  }
  for (let attempt = 0; chosen.length < count && attempt < 50; attempt += 1) {
    const domain = random.weighted(DOMAINS);
    if (chosen.includes(domain)) continue;
    if (domain === "Opvoeding" && (age < 22 || age > 60)) continue;
    chosen.push(domain);
  }
  return chosen;
}

/** The complexity assessed at the start (IT only): mostly the number of domains, sometimes off by one. */
function complexityOf(random: Random, type: SampleCaseType, domains: readonly string[]): string {
  if (type !== "IT") return "";
  let level = domains.length <= 1 ? 0 : domains.length <= 3 ? 1 : 2;
  if (random.chance(0.12)) level = clamp(level + random.pick([-1, 1]), 0, 2);
  return COMPLEXITY_LABELS[level] ?? "";
}
