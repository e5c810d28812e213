/**
 * Random datasets for the reference computations' property tests: cases with every kind of
 * bad value the parser leaves (unusable dates, closedOn before the start, intake before the
 * registration, unusable categories, domains, ratings, numbers of contact moments and referrals), ZRM rows and activities, on a
 * coarse grid of days so that period boundaries come up often.
 */
import fc from "fast-check";
import { dayFromParts } from "../../src/core/dates/dayFromParts";
import { daysInMonth } from "../../src/core/dates/daysInMonth";
import { dayToIso } from "../../src/core/dates/dayToIso";
import type { FieldBit, Period } from "../../src/core/types";
import {
  period,
  type ActivityRow,
  type CaseRow,
  type DatasetParts,
  type ZrmRow,
} from "./caseTable";

/** Days on a grid: the 1st, 15th, 28th–31st of 2022–2025 (period boundaries come up often). */
export const gridDay = fc
  .record({
    year: fc.integer({ min: 2022, max: 2025 }),
    month: fc.integer({ min: 1, max: 12 }),
    d: fc.constantFrom(1, 15, 28, 29, 30, 31),
  })
  .map(({ year, month, d }) => dayFromParts(year, month, Math.min(d, daysInMonth(year, month))));

export const DOMAINS = ["Financiën", "Huisvesting", "Justitie", "Sociaal netwerk", "Werk"];

type Checked = keyof typeof FieldBit;

/** Fields a case can have an unusable value in (the parser's INVALID_* issues). */
const SPOILABLE: readonly Checked[] = [
  "caseType",
  "product",
  "registeredOn",
  "intakeOn",
  "startedOn",
  "closedOn",
  "mainDomains",
  "closeReason",
  "referrer",
  "team",
  "birthDate",
  "age",
  "rating",
  "weight",
  "contacts",
  "referredTo",
];

const maybe = <T>(arbitrary: fc.Arbitrary<T>, freq = 3): fc.Arbitrary<T | undefined> =>
  fc.option(arbitrary, { nil: undefined, freq });

/**
 * A random case without its id. Dates are consistent the way the parser leaves them: a
 * closedOn before the start and an intake before the registration are marked unusable.
 */
export const caseArbitrary: fc.Arbitrary<Omit<CaseRow, "caseId">> = fc
  .record({
    client: maybe(fc.constantFrom("A", "B", "C", "D", "E", "F"), 8),
    caseType: maybe(fc.constantFrom("IT", "LS", "IA", "it")),
    product: maybe(fc.constantFrom("Schuldhulp", "Maatje", "Overig", "Coaching")),
    start: maybe(gridDay, 10),
    hasStartedOn: fc.boolean(),
    registeredBefore: maybe(fc.integer({ min: -5, max: 40 })),
    closed: maybe(gridDay, 3),
    intakeAfter: maybe(fc.integer({ min: -3, max: 30 })),
    domains: fc.subarray(DOMAINS),
    closeReason: maybe(fc.constantFrom("Doel bereikt", "Verhuisd", "overig", "Overleden")),
    referrer: maybe(fc.constantFrom("Huisarts", "Zelfmelder", "Eigen initiatief")),
    team: maybe(fc.constantFrom("Noord", "Zuid", "Oost", "noord")),
    rating: maybe(fc.integer({ min: 2, max: 20 }).map((x) => x / 2)),
    birthBefore: maybe(fc.integer({ min: -400, max: 90 * 365 })),
    age: maybe(fc.integer({ min: 0, max: 950 }).map((x) => x / 10)),
    weight: maybe(fc.constantFrom("Licht, 1 gesprek", "Gemiddeld, 2-5 gesprekken", "Zwaar")),
    contacts: maybe(fc.integer({ min: 0, max: 15 })),
    referredTo: maybe(fc.constantFrom("GGZ", "Schuldhulp", "ggz"), 1),
    spoiled: fc.subarray([...SPOILABLE], { maxLength: 2 }),
  })
  .map((r): Omit<CaseRow, "caseId"> => {
    const start = r.start;
    const registered =
      start === undefined || r.registeredBefore === undefined
        ? undefined
        : start - r.registeredBefore;
    const startedOn =
      start !== undefined && (r.hasStartedOn || registered === undefined) ? start : undefined;
    const intake =
      registered === undefined || r.intakeAfter === undefined
        ? undefined
        : registered + r.intakeAfter;
    const invalid = new Set<Checked>(r.spoiled);
    const ownStart = startedOn ?? registered;
    if (r.closed !== undefined && ownStart !== undefined && r.closed < ownStart)
      invalid.add("closedOn");
    if (intake !== undefined && registered !== undefined && intake < registered)
      invalid.add("intakeOn");
    const iso = (d: number | undefined): string | undefined =>
      d === undefined ? undefined : dayToIso(d);
    return {
      clientId: r.client,
      caseType: r.caseType,
      product: r.product,
      registeredOn: iso(registered),
      startedOn: iso(startedOn),
      intakeOn: iso(intake),
      closedOn: iso(r.closed),
      domains: r.domains,
      closeReason: r.closeReason,
      referrer: r.referrer,
      team: r.team,
      rating: r.rating,
      birthDate: iso(
        start === undefined || r.birthBefore === undefined ? undefined : start - r.birthBefore
      ),
      age: r.age,
      weight: r.weight,
      contacts: r.contacts,
      referredTo: r.referredTo,
      invalid: [...invalid],
    };
  });

/** Up to `maxLength` cases with ids c0, c1, … */
export function casesArbitrary(maxLength = 40): fc.Arbitrary<CaseRow[]> {
  return fc
    .array(caseArbitrary, { maxLength, size: "max" })
    .map((rows) => rows.map((row, i): CaseRow => ({ ...row, caseId: `c${i}` })));
}

/** ZRM rows of known and unknown cases, on main domains and others, with missing scores. */
export const zrmArbitrary: fc.Arbitrary<ZrmRow[]> = fc.array(
  fc.record({
    caseId: fc.constantFrom("c0", "c1", "c2", "c3", "c4", "c5", "x1"),
    domain: fc.oneof(fc.constantFrom("Financiën", "Huisvesting"), fc.constantFrom(...DOMAINS)),
    begin: maybe(fc.integer({ min: 1, max: 5 }), 4),
    end: maybe(fc.integer({ min: 1, max: 5 }), 4),
  }),
  { maxLength: 40, size: "max" }
);

/** Meetings of collective activities, with and without id, category and participants. */
export const activitiesArbitrary: fc.Arbitrary<ActivityRow[]> = fc.array(
  fc
    .record({
      id: maybe(fc.constantFrom("A1", "A2", "A3", "a3", "A4"), 6),
      category: maybe(fc.constantFrom("Cursus", "Open groep", "Overig", "Lotgenoten"), 6),
      date: gridDay,
      participants: maybe(fc.integer({ min: 0, max: 30 })),
    })
    .map((r): ActivityRow => ({ ...r, date: dayToIso(r.date) })),
  { maxLength: 30, size: "max" }
);

/** A dataset's rows: cases plus the ZRM and activities tables. */
export const datasetArbitrary: fc.Arbitrary<{ rows: CaseRow[]; parts: DatasetParts }> = fc.record({
  rows: casesArbitrary(),
  parts: fc.record({ zrm: zrmArbitrary, activities: activitiesArbitrary }),
});

/** The period kinds of the reports: a quarter, "t/m Q3", a month, a year, custom ranges (one from 29 February). */
export const PERIODS: readonly Period[] = [
  period("Q1 2023", "2023-01-01", "2023-03-31"),
  period("t/m Q3 2024", "2024-01-01", "2024-09-30"),
  period("feb 2024", "2024-02-01", "2024-02-29"),
  period("2024", "2024-01-01", "2024-12-31"),
  period("15-3-2023 t/m 14-7-2023", "2023-03-15", "2023-07-14"),
  period("29-2-2024 t/m 31-5-2024", "2024-02-29", "2024-05-31"),
];
