/**
 * Random exports for the reference tests, read through the real parser (`loadDataset`), so
 * that bad values are left the way the parser leaves them: unreadable dates and error values,
 * dates after the peildatum or before the earliest date, an end date before the start
 * (CLOSED_BEFORE_START), an intake before the registration (INTAKE_BEFORE_REGISTRATION),
 * ratings and ZRM scores out of range, answers that are no yes or no, numbers of contact moments
 * that are no whole number of 0 or more, error values in "Doorverwezen naar".
 */
import fc from "fast-check";
import { civilFromDays } from "../../../src/core/dates/civil";
import { dayFromParts } from "../../../src/core/dates/dayFromParts";
import { daysInMonth } from "../../../src/core/dates/daysInMonth";
import { loadDataset } from "../../../src/core/parse/loadDataset";
import { parsePeriod } from "../../../src/core/periods/parsePeriod";
import { previousYearPeriod } from "../../../src/core/periods/previousYearPeriod";
import type { CaseFilter, CellValue, Dataset, Period } from "../../../src/core/types";

/** The peildatum of every generated export: later dates are FUTURE_DATE. */
export const AS_OF = dayFromParts(2025, 6, 30);

/**
 * Days on a coarse grid (1st, 15th and month ends of 2022–2025), so that the boundaries of the
 * rules (closedOn = start − N months, closedOn = start, a period's first and last day) come up
 * often.
 */
/** The 1st or 15th of a month: few distinct days, so that one case's end is often another's start. */
const firstOrMiddleIn = (from: number, to: number): fc.Arbitrary<number> =>
  fc
    .record({
      year: fc.integer({ min: from, max: to }),
      month: fc.integer({ min: 1, max: 12 }),
      d: fc.constantFrom(1, 15),
    })
    .map(({ year, month, d }) => dayFromParts(year, month, d));
const gridDay = fc
  .record({
    year: fc.integer({ min: 2022, max: 2025 }),
    month: fc.integer({ min: 1, max: 12 }),
    d: fc.constantFrom(1, 15, 28, 29, 30, 31),
  })
  .map(({ year, month, d }) => dayFromParts(year, month, Math.min(d, daysInMonth(year, month))));

/** A date cell: mostly a grid day (as a serial), sometimes text, empty or unusable. */
const dateCell: fc.Arbitrary<CellValue> = fc.oneof(
  { weight: 12, arbitrary: gridDay },
  { weight: 3, arbitrary: fc.constant("") },
  {
    weight: 1,
    arbitrary: fc.constantFrom<CellValue>("31-02-2024", "#N/A", "1-1-1900", "morgen", "15-3-2024"),
  }
);

const DOMAINS = ["Financiën", "Huisvesting", "Justitie", "Sociaal netwerk"];

const caseArbitrary = fc.record({
  client: fc.constantFrom<CellValue>("A", "B", "C", "D", "E", "F", "G", "H", "a", "", "#N/A"),
  type: fc.constantFrom<CellValue>("IT", "LS", "IA", "Informatie en advies", "Overig", "", "#N/A"),
  product: fc.constantFrom<CellValue>("SMW", "AMW", ""),
  registeredOn: dateCell,
  intakeOn: dateCell,
  startedOn: dateCell,
  closedOn: dateCell,
  /** Months from the start date to the end date instead of closedOn (so that more cases are consistent). */
  closedAfter: fc.option(fc.constantFrom(0, 1, 2, 5, 6, 7, 12), { nil: undefined, freq: 4 }),
  domains: fc.oneof(
    { weight: 8, arbitrary: fc.subarray(DOMAINS).map((list) => list.join(", ")) },
    { weight: 1, arbitrary: fc.constant("#N/A") }
  ),
  referrer: fc.constantFrom<CellValue>(
    "Huisarts",
    "Zelfmelder",
    "Eigen initiatief",
    "Cliënt zelf",
    "Zelfstandig ondernemer",
    "",
    "#N/A"
  ),
  team: fc.constantFrom<CellValue>("Noord", "Zuid", "noord", ""),
  rating: fc.constantFrom<CellValue>(1, 5.5, 6, 7, 8, 10, 7.5, 8.25, 11, 0, "goed", "", ""),
  alone: fc.constantFrom<CellValue>("ja", "nee", "Ja", "onbekend", "misschien", "", ""),
  direct: fc.constantFrom<CellValue>("ja", "nee", "", "", "x"),
  contacts: fc.constantFrom<CellValue>(0, 1, 3, 5, 6, 13, "8", "", "", 2.5, -1, "veel", "#N/A"),
  referredTo: fc.constantFrom<CellValue>("GGZ", "Schuldhulp", "ggz", "", "", "", "#N/A"),
});

const CASE_HEADER = [
  "Casusnummer",
  "Cliëntnummer",
  "Soort traject",
  "Product",
  "Aanmelddatum",
  "Intakedatum",
  "Startdatum",
  "Einddatum",
  "Hoofddomeinen",
  "Verwijzer",
  "Team",
  "Klantoordeel",
  "Kan zelfstandig verder",
  "Direct opgelost",
  "Aantal contactmomenten",
  "Doorverwezen naar",
];

/** Columns a generated export may leave out (each KPI reading one of them is then unavailable). */
const OPTIONAL_COLUMNS = [
  "Startdatum",
  "Intakedatum",
  "Direct opgelost",
  "Aantal contactmomenten",
  "Doorverwezen naar",
];

const scoreCell = fc.constantFrom<CellValue>(1, 2, 3, 4, 5, 3, 4, "", 7, "x");

/**
 * A meeting of a collective activity: an activity id (some empty, so that a meeting makes no
 * traject), a category and a target group (some empty), a date and a number of participants
 * (some empty or unusable).
 */
const meetingArbitrary = fc.record({
  id: fc.constantFrom<CellValue>("A1", "A2", "A3", 4, "Inloop", ""),
  category: fc.constantFrom<CellValue>("Open groep", "Gesloten groep", "Cursus", ""),
  targetGroup: fc.constantFrom<CellValue>("Jeugd", "Volwassenen", "Ouderen", ""),
  date: dateCell,
  participants: fc.constantFrom<CellValue>(0, 3, 12, 25, "", -2, "veel", 4.5),
});

/** A random export: cases (ids numeric and text, so that ties compare ids as text), ZRM, activities, complaints. */
export const datasetArbitrary: fc.Arbitrary<Dataset> = fc
  .record({
    cases: fc.array(caseArbitrary, { maxLength: 50, size: "max" }),
    zrm: fc.option(
      fc.array(
        fc.record({
          caseAt: fc.nat({ max: 50 }),
          domain: fc.constantFrom(...DOMAINS, "Werk & opleiding"),
          begin: scoreCell,
          end: scoreCell,
          goal: scoreCell,
        }),
        { maxLength: 40, size: "max" }
      ),
      { nil: undefined, freq: 4 }
    ),
    activities: fc.option(fc.array(meetingArbitrary, { maxLength: 30 }), { nil: undefined }),
    complaints: fc.option(fc.array(dateCell, { maxLength: 8 }), { nil: undefined }),
    dropped: fc.subarray(OPTIONAL_COLUMNS, { maxLength: 1 }),
  })
  .map(({ cases, zrm, activities, complaints, dropped }) => {
    const ids = cases.map((_, i) => (i % 3 === 0 ? `K${(i * 7) % 50}` : 100 - i * 3));
    const caseRows: CellValue[][] = cases.map((c, i) => [
      ids[i] as CellValue,
      c.client,
      c.type,
      c.product,
      c.registeredOn,
      c.intakeOn,
      c.startedOn,
      typeof c.startedOn === "number" && c.closedAfter !== undefined
        ? c.startedOn + Math.round(c.closedAfter * 30.44)
        : c.closedOn,
      c.domains,
      c.referrer,
      c.team,
      c.rating,
      c.alone,
      c.direct,
      c.contacts,
      c.referredTo,
    ]);
    const kept = CASE_HEADER.map((h, k) => (dropped.includes(h) ? -1 : k)).filter((k) => k >= 0);
    const pick = (row: readonly CellValue[]): CellValue[] => kept.map((k) => row[k] as CellValue);
    return loadDataset({
      cases: { rows: [pick(CASE_HEADER), ...caseRows.map(pick)] },
      ...(zrm === undefined
        ? {}
        : {
            zrm: {
              rows: [
                ["Casusnummer", "Domein", "Beginscore", "Eindscore", "Doelscore"],
                ...zrm.map((z) => [
                  ids[z.caseAt % (ids.length + 2)] ?? "onbekend-99",
                  z.domain,
                  z.begin,
                  z.end,
                  z.goal,
                ]),
              ],
            },
          }),
      ...(activities === undefined
        ? {}
        : {
            activities: {
              rows: [
                ["Activiteitnummer", "Categorie", "Doelgroep", "Datum", "Aantal deelnemers"],
                ...activities.map((a) => [a.id, a.category, a.targetGroup, a.date, a.participants]),
              ],
            },
          }),
      ...(complaints === undefined
        ? {}
        : { complaints: { rows: [["Datum"], ...complaints.map((d) => [d])] } }),
      asOf: AS_OF,
    });
  });

const BASE_PERIODS = [
  parsePeriod("Q3 2024"),
  parsePeriod("t/m Q3 2024"),
  parsePeriod("jan 2024"),
  parsePeriod("2023"),
  parsePeriod("15-3-2023 t/m 14-7-2023"),
  parsePeriod("29-2-2024 t/m 31-5-2024"),
];

/** A quarter, "t/m Q3", a month, a year, a custom range, one from 29 February; or the year before one. */
export const periodArbitrary: fc.Arbitrary<Period> = fc.oneof(
  fc.constantFrom(...BASE_PERIODS),
  fc.constantFrom(...BASE_PERIODS).map((p) => previousYearPeriod(p))
);

/** Filters on a caseType (answered by the engine from its partitions) and on other fields. */
export const filterArbitrary: fc.Arbitrary<readonly CaseFilter[]> = fc.constantFrom<
  readonly CaseFilter[]
>(
  [{ field: "caseType", values: ["IT"] }],
  [{ field: "caseType", values: ["it", "LS"] }],
  [{ field: "caseType", values: ["onbekend"] }],
  [{ field: "caseType", values: ["IA", "Overig"] }],
  [{ field: "team", values: ["Noord"] }],
  [{ field: "referrer", values: ["zelfmelder", "huisarts"] }],
  [{ field: "mainDomains", values: ["financien"] }],
  [{ field: "mainDomains", values: [""] }],
  [{ field: "clientId", values: ["A", "b"] }],
  [{ field: "canContinueAlone", values: ["ja"] }],
  [{ field: "rating", values: ["7,5", "8"] }],
  [
    { field: "caseType", values: ["IT", "LS"] },
    { field: "product", values: ["smw"] },
  ],
  [{ field: "caseType", values: [] }]
);

/** Filters on the columns of {@link historyDatasetArbitrary}, or none (half the time). */
export const historyFilterArbitrary: fc.Arbitrary<readonly CaseFilter[] | undefined> = fc.option(
  fc.constantFrom<readonly CaseFilter[]>(
    [{ field: "caseType", values: ["IT"] }],
    [{ field: "caseType", values: ["it", "LS"] }],
    [{ field: "mainDomains", values: ["huisvesting"] }],
    [{ field: "clientId", values: ["A", "b"] }]
  ),
  { nil: undefined, freq: 2 }
);

/** Recidive options other than the defaults, each value at least once. */
export const recidiveOptionsArbitrary = fc.record({
  minGapMonths: fc.constantFrom(0, 1, 3, 6, 12),
  sameDomain: fc.boolean(),
  startField: fc.constantFrom<"startedOn" | "registeredOn">("startedOn", "registeredOn"),
});

/**
 * An export made of client histories: few clients, mostly consistent start and end dates a
 * whole number of months apart (so that the gap boundary of SPEC §5 step 4 comes up), with a
 * few open, unusable or same-day cases, for the recidive KPIs.
 */
export const historyDatasetArbitrary: fc.Arbitrary<Dataset> = fc
  .array(
    fc.record({
      client: fc.oneof(
        { weight: 12, arbitrary: fc.constantFrom<CellValue>("A", "B", "C", "D") },
        { weight: 1, arbitrary: fc.constantFrom<CellValue>("", "#N/A") }
      ),
      start: fc.oneof(
        { weight: 25, arbitrary: firstOrMiddleIn(2022, 2024) },
        { weight: 1, arbitrary: dateCell }
      ),
      registeredBefore: fc.constantFrom(0, 0, 10, 40, 200),
      closedAfterMonths: fc.option(fc.constantFrom(0, 0, 1, 1, 2, 3, 5, 6, 7, 12), {
        nil: undefined,
        freq: 8,
      }),
      badClose: fc.constantFrom<CellValue>("", "", "", "", "", "#N/A", 44000),
      domains: fc.oneof(
        { weight: 20, arbitrary: fc.subarray(DOMAINS.slice(0, 2)).map((list) => list.join(", ")) },
        { weight: 1, arbitrary: fc.constant("#N/A") }
      ),
      type: fc.constantFrom<CellValue>("IT", "LS", "IA"),
    }),
    { maxLength: 40, size: "max" }
  )
  .map((cases) =>
    loadDataset({
      cases: {
        rows: [
          [
            "Casusnummer",
            "Cliëntnummer",
            "Soort traject",
            "Aanmelddatum",
            "Startdatum",
            "Einddatum",
            "Hoofddomeinen",
          ],
          ...cases.map((c, i): CellValue[] => {
            const start = typeof c.start === "number" ? c.start : null;
            const closed =
              start !== null && c.closedAfterMonths !== undefined
                ? closeAfter(start, c.closedAfterMonths)
                : c.badClose;
            return [
              i % 2 === 0 ? 200 - i : `H${i}`,
              c.client,
              c.type,
              start === null ? "" : start - c.registeredBefore,
              c.start,
              closed,
              c.domains,
            ];
          }),
        ],
      },
      asOf: AS_OF,
    })
  );

/** The same day of the month `months` months after `start` (or the month's last day). */
function closeAfter(start: number, months: number): number {
  const { year, month, day } = civilFromDays(start);
  const index = year * 12 + (month - 1) + months;
  const y = Math.floor(index / 12);
  const m = index - y * 12 + 1;
  return dayFromParts(y, m, Math.min(day, daysInMonth(y, m)));
}
