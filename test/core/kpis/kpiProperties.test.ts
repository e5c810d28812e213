import fc from "fast-check";
import { subMonths } from "date-fns";
import { dayFromParts } from "../../../src/core/dates/dayFromParts";
import { daysInMonth } from "../../../src/core/dates/daysInMonth";
import { dayToIso } from "../../../src/core/dates/dayToIso";
import { compareGroup } from "../../../src/core/kpis/compareGroup";
import { computeKpi } from "../../../src/core/kpis/computeKpi";
import { GROUP_REGISTRY } from "../../../src/core/kpis/groupRegistry";
import { FORMAT_OF_UNIT, KPI_REGISTRY, type KpiId } from "../../../src/core/kpis/kpiRegistry";
import { monthsInPeriod } from "../../../src/core/periods/monthsInPeriod";
import { DEFAULT_RECIDIVE_OPTIONS } from "../../../src/core/recidive/recidiveOptions";
import { computeRecidiveBreakdown } from "../../../src/core/recidive/computeRecidiveBreakdown";
import type { Period } from "../../../src/core/types";
import { buildDataset, day, period, type CaseRow } from "../../helpers/caseTable";
import { engineOf } from "../../helpers/engineOf";

/**
 * Days on a coarse grid (1st, 15th and month ends of 2022–2025), so that the exact
 * boundaries of SPEC §5 (closedOn = start − N months, closedOn = start) come up often.
 */
const gridDay = fc
  .record({
    year: fc.integer({ min: 2022, max: 2025 }),
    month: fc.integer({ min: 1, max: 12 }),
    d: fc.constantFrom(1, 15, 28, 29, 30, 31),
  })
  .map(({ year, month, d }) => dayFromParts(year, month, Math.min(d, daysInMonth(year, month))));
const DOMAINS = ["Financiën", "Huisvesting", "Justitie", "Sociaal netwerk"];

/** A random but consistent case: a start when it has a closedOn, closedOn never before the start. */
const caseArbitrary = fc
  .record({
    client: fc.option(fc.constantFrom("A", "B", "C", "D", "E", "F", "G", "H"), {
      nil: undefined,
      freq: 8,
    }),
    type: fc.constantFrom("IT", "LS", "IA"),
    start: gridDay,
    hasStartedOn: fc.boolean(),
    registeredBefore: fc.option(fc.integer({ min: 0, max: 40 }), { nil: undefined }),
    closed: fc.option(gridDay, { nil: undefined, freq: 6 }),
    intakeAfter: fc.option(fc.integer({ min: 0, max: 30 }), { nil: undefined }),
    domains: fc.subarray(DOMAINS),
    team: fc.option(fc.constantFrom("Noord", "Zuid"), { nil: undefined }),
    referrer: fc.option(fc.constantFrom("Huisarts", "Zelfmelder", "Eigen initiatief"), {
      nil: undefined,
    }),
    rating: fc.option(fc.integer({ min: 1, max: 10 }), { nil: undefined }),
    alone: fc.option(fc.boolean(), { nil: undefined }),
    direct: fc.option(fc.boolean(), { nil: undefined }),
    birth: fc.option(fc.integer({ min: 0, max: 90 * 365 }), { nil: undefined }),
    badRating: fc.boolean(),
  })
  .map((r): Omit<CaseRow, "caseId"> => {
    const start = r.start;
    const registered = r.registeredBefore === undefined ? undefined : start - r.registeredBefore;
    const startedOn = r.hasStartedOn || registered === undefined ? iso(start) : undefined;
    return {
      clientId: r.client,
      caseType: r.type,
      registeredOn: registered === undefined ? undefined : iso(registered),
      startedOn,
      intakeOn:
        registered === undefined || r.intakeAfter === undefined
          ? undefined
          : iso(registered + r.intakeAfter),
      closedOn: r.closed === undefined ? undefined : iso(Math.max(start, r.closed)),
      domains: r.domains,
      team: r.team,
      referrer: r.referrer,
      rating: r.rating,
      canContinueAlone: r.alone,
      resolvedDirectly: r.direct,
      birthDate: r.birth === undefined ? undefined : iso(start - r.birth),
      invalid: r.badRating ? ["rating"] : [],
    };
  });

/** Every KPI whose value is a share: by its declared unit, whatever format shows it. */
const FRACTION_KPIS = KPI_REGISTRY.filter((k) => k.unit === "fractie");

const rowsArbitrary = fc
  .array(caseArbitrary, { maxLength: 40 })
  .map((rows) => rows.map((row, i): CaseRow => ({ ...row, caseId: `c${i}` })));

const periodArbitrary = fc.constantFrom<Period>(
  period("Q1 2023", "2023-01-01", "2023-03-31"),
  period("t/m Q3 2024", "2024-01-01", "2024-09-30"),
  period("2024", "2024-01-01", "2024-12-31"),
  period("feb 2024", "2024-02-01", "2024-02-29"),
  period("15-3-2023 t/m 14-7-2023", "2023-03-15", "2023-07-14")
);

function iso(d: number): string {
  return dayToIso(d);
}

function previousOf(p: Period): Period {
  return { label: "vorig", start: p.start - 365, end: p.end - 365 };
}

/** Every scalar KPI and every group of a dataset, as one comparable object. */
function everything(rows: readonly CaseRow[], p: Period) {
  const dataset = buildDataset(rows);
  const kpis = Object.fromEntries(
    KPI_REGISTRY.map((k) => [k.id, computeKpi(engineOf(dataset), k.id, p)])
  );
  const groups = Object.fromEntries(
    GROUP_REGISTRY.map((g) => [
      g.id,
      compareGroup(engineOf(dataset), g.id, p, previousOf(p), { topN: 2 }).rows,
    ])
  );
  return { kpis, groups, breakdown: computeRecidiveBreakdown(engineOf(dataset), p) };
}

describe("KPI invariants (property-based)", () => {
  it("gives the same results whatever the order of the rows", () => {
    fc.assert(
      fc.property(
        rowsArbitrary.chain((rows) =>
          fc.tuple(fc.constant(rows), fc.shuffledSubarray(rows, { minLength: rows.length }))
        ),
        periodArbitrary,
        ([rows, shuffled], p) => {
          expect(everything(shuffled, p)).toEqual(everything(rows, p));
        }
      ),
      { numRuns: 150 }
    );
  });

  it("adds the monthly started and closed counts up to the period", () => {
    fc.assert(
      fc.property(rowsArbitrary, periodArbitrary, (rows, p) => {
        const dataset = buildDataset(rows);
        const months = compareGroup(engineOf(dataset), "byMonth", p, previousOf(p)).rows.filter(
          (r) => r.kind === "group"
        );
        const sum = (measure: string) =>
          months.reduce((total, row) => total + (row.current[measure] ?? 0), 0);
        expect(sum("started")).toBe(computeKpi(engineOf(dataset), "started", p));
        expect(sum("closed")).toBe(computeKpi(engineOf(dataset), "closed", p));
        for (const row of months)
          expect(row.current.active).toBeLessThanOrEqual(
            computeKpi(engineOf(dataset), "active", p) ?? 0
          );
      }),
      { numRuns: 200 }
    );
  });

  it("keeps every rate between 0 and 1 and orders the counts", () => {
    fc.assert(
      fc.property(rowsArbitrary, periodArbitrary, (rows, p) => {
        const dataset = buildDataset(rows);
        const value = (id: KpiId) => computeKpi(engineOf(dataset), id, p);
        for (const kpi of FRACTION_KPIS) {
          const rate = value(kpi.id);
          if (rate !== null) {
            expect(rate).toBeGreaterThanOrEqual(0);
            expect(rate).toBeLessThanOrEqual(1);
          }
        }
        expect(value("recidive")).toBeLessThanOrEqual(value("started") ?? 0);
        expect(value("recidivists")).toBeLessThanOrEqual(value("recidive") ?? 0);
        expect(value("active")).toBeGreaterThanOrEqual(value("openAtEnd") ?? 0);
        expect(value("closed")).toBeLessThanOrEqual(value("active") ?? 0);
        expect(value("uniqueClients")).toBeLessThanOrEqual(value("active") ?? 0);
      }),
      { numRuns: 200 }
    );
  });

  it("makes the waiting list the mean of the number waiting at each month's end", () => {
    fc.assert(
      fc.property(rowsArbitrary, periodArbitrary, (rows, p) => {
        const engine = engineOf(buildDataset(rows));
        const months = monthsInPeriod(p);
        const atEnds = months.map((m) => computeKpi(engine, "waitingAtEnd", m) ?? NaN);
        const mean = atEnds.reduce((a, b) => a + b, 0) / months.length;
        expect(computeKpi(engine, "waitingList", p)).toBeCloseTo(mean, 12);
        // The last month is clipped to the period: it counts at the period's end.
        expect(atEnds[atEnds.length - 1]).toBe(computeKpi(engine, "waitingAtEnd", p));
      }),
      { numRuns: 150 }
    );
  });

  it("gives the same values with the declared parameter defaults spelled out as without them", () => {
    fc.assert(
      fc.property(rowsArbitrary, periodArbitrary, (rows, p) => {
        const dataset = buildDataset(rows);
        for (const kpi of KPI_REGISTRY) {
          const recidive = Object.fromEntries(kpi.parameters.map((x) => [x.id, x.defaultValue]));
          expect([kpi.id, computeKpi(engineOf(dataset), kpi.id, p, { recidive })]).toEqual([
            kpi.id,
            computeKpi(engineOf(dataset), kpi.id, p),
          ]);
        }
      }),
      { numRuns: 50 }
    );
  });

  it("makes the breakdown add up", () => {
    fc.assert(
      fc.property(rowsArbitrary, periodArbitrary, (rows, p) => {
        const dataset = buildDataset(rows);
        const b = computeRecidiveBreakdown(engineOf(dataset), p);
        if (b === null) throw new Error("breakdown should be computable");
        expect((b.sameQuestion ?? 0) + (b.onlyNewQuestions ?? 0)).toBe(b.recidive);
        expect(b.multiplePrevious).toBeLessThanOrEqual(b.recidive);
        expect(b.recidive + b.reopened + b.newClients).toBeLessThanOrEqual(b.started);
        expect(b.sameQuestion).toBe(computeKpi(engineOf(dataset), "recidive", p));
        expect(b.recidive).toBe(
          computeKpi(engineOf(dataset), "recidive", p, { recidive: { sameDomain: false } })
        );
      }),
      { numRuns: 200 }
    );
  });

  it("gives the breakdown's rows as KPIs (Hogeland's recidive columns), whatever the recidive options", () => {
    const optionsArbitrary = fc.record({
      minGapMonths: fc.integer({ min: 0, max: 14 }),
      sameDomain: fc.boolean(),
      startField: fc.constantFrom("startedOn" as const, "registeredOn" as const),
    });
    fc.assert(
      fc.property(rowsArbitrary, periodArbitrary, optionsArbitrary, (rows, p, recidive) => {
        const engine = engineOf(buildDataset(rows));
        const b = computeRecidiveBreakdown(engine, p, { recidive });
        if (b === null) throw new Error("breakdown should be computable");
        const value = (id: KpiId) => computeKpi(engine, id, p, { recidive });
        expect([
          value("recidiveAnyDomain"),
          value("recidiveSeveralEarlier"),
          value("recidiveSameQuestion"),
          value("recidiveNewQuestions"),
        ]).toEqual([b.recidive, b.multiplePrevious, b.sameQuestion, b.onlyNewQuestions]);
        // They do not read sameDomain: recidive with it off is every kind, with it on a same question.
        const recidiveWith = (sameDomain: boolean) =>
          computeKpi(engine, "recidive", p, { recidive: { ...recidive, sameDomain } });
        expect(value("recidiveAnyDomain")).toBe(recidiveWith(false));
        expect(value("recidiveSameQuestion")).toBe(recidiveWith(true));
        // The recidivists of any domain are the recidivists with sameDomain off.
        expect(value("recidivistsAnyDomain")).toBe(
          computeKpi(engine, "recidivists", p, { recidive: { ...recidive, sameDomain: false } })
        );
      }),
      { numRuns: 200 }
    );
  });

  it("agrees with a naive reading of SPEC §5 using date-fns subMonths", () => {
    fc.assert(
      fc.property(
        rowsArbitrary,
        periodArbitrary,
        fc.integer({ min: 0, max: 14 }),
        fc.boolean(),
        (rows, p, gap, sameDomain) => {
          const expected = naiveRecidive(rows, p, gap, sameDomain);
          expect(
            computeKpi(engineOf(buildDataset(rows)), "recidive", p, {
              recidive: { minGapMonths: gap, sameDomain },
            })
          ).toBe(expected);
        }
      ),
      { numRuns: 300 }
    );
  });

  it("agrees with date-fns subMonths on the gap boundary, a day either side", () => {
    fc.assert(
      fc.property(
        gridDay,
        fc.integer({ min: 0, max: 14 }),
        fc.constantFrom(-1, 0, 1),
        (start, gap, delta) => {
          const [y, m, d] = dayToIso(start).split("-").map(Number) as [number, number, number];
          const limit = subMonths(new Date(y, m - 1, d), gap);
          const closed =
            dayFromParts(limit.getFullYear(), limit.getMonth() + 1, limit.getDate()) + delta;
          const rows: CaseRow[] = [
            {
              caseId: "e",
              clientId: "A",
              startedOn: "2015-01-01",
              closedOn: dayToIso(closed),
              domains: ["Financiën"],
            },
            { caseId: "c", clientId: "A", startedOn: dayToIso(start), domains: ["Financiën"] },
          ];
          const p: Period = { label: "dag", start, end: start };
          // closedOn must also be strictly before the start (step 3).
          const expected = delta <= 0 && closed < start ? 1 : 0;
          expect(
            computeKpi(engineOf(buildDataset(rows)), "recidive", p, {
              recidive: { minGapMonths: gap },
            })
          ).toBe(expected);
          expect(naiveRecidive(rows, p, gap, true)).toBe(expected);
        }
      ),
      { numRuns: 300 }
    );
  });
});

describe("registry metadata (issue 3: id, Dutch label, unit, format, polarity, parameters)", () => {
  it("declares every scalar KPI with a unit that matches its format, a polarity and parameters", () => {
    for (const kpi of KPI_REGISTRY) {
      expect(kpi.id).toMatch(/^[a-z][A-Za-z]+$/);
      expect(kpi.label).toMatch(/^[A-Z]/);
      expect([
        "aantal",
        "dagen",
        "fractie",
        "cijfer",
        "zrmscore",
        "scorepunten",
        "contactmomenten",
        "wachtenden",
      ]).toContain(kpi.unit);
      expect([kpi.id, kpi.format]).toEqual([kpi.id, FORMAT_OF_UNIT[kpi.unit]]);
      expect(["up", "down", "neutral"]).toContain(kpi.polarity);
      expect(Array.isArray(kpi.parameters)).toBe(true);
      // A KPI that reads the recidive options declares which ones.
      expect([kpi.id, kpi.usesRecidiveOptions === true]).toEqual([
        kpi.id,
        kpi.parameters.length > 0,
      ]);
    }
  });

  it("lists the fraction KPIs: the eight percentages", () => {
    expect(FRACTION_KPIS.map((k) => k.id)).toEqual([
      "recidivePct",
      "selfReferralPct",
      "newClientPct",
      "goalReachedPct",
      "canContinueAlonePct",
      "overFiveContactsPct",
      "insufficientRatingPct",
      "withoutReferralPct",
    ]);
  });

  it("declares the recidive parameters of SPEC §5 with the engine's defaults", () => {
    const recidive = KPI_REGISTRY.find((k) => k.id === "recidive");
    expect(recidive?.parameters).toEqual([
      {
        id: "minGapMonths",
        label: "Minimale tussenpoos in maanden",
        type: "integer",
        defaultValue: 6,
        min: 0,
      },
      {
        id: "sameDomain",
        label: "Alleen bij een gedeeld hoofddomein",
        type: "boolean",
        defaultValue: true,
      },
      {
        id: "startField",
        label: "Datum die als start telt",
        type: "choice",
        defaultValue: "startedOn",
        choices: ["startedOn", "registeredOn"],
      },
    ]);
    expect(DEFAULT_RECIDIVE_OPTIONS).toEqual({
      minGapMonths: 6,
      sameDomain: true,
      startField: "startedOn",
    });
    const withParameters = KPI_REGISTRY.filter((k) => k.parameters.length > 0);
    expect(withParameters.map((k) => [k.id, k.parameters.map((x) => x.id)])).toEqual([
      ["recidive", ["minGapMonths", "sameDomain", "startField"]],
      ["recidivePct", ["minGapMonths", "sameDomain", "startField"]],
      ["recidivists", ["minGapMonths", "sameDomain", "startField"]],
      ["recidiveAnyDomain", ["minGapMonths", "startField"]],
      ["recidivistsAnyDomain", ["minGapMonths", "startField"]],
      ["recidiveSeveralEarlier", ["minGapMonths", "startField"]],
      ["recidiveSameQuestion", ["minGapMonths", "startField"]],
      ["recidiveNewQuestions", ["minGapMonths", "startField"]],
      ["newClientPct", ["startField"]],
    ]);
  });

  it("declares a unit for every group measure and top N for the value-ordered groups", () => {
    for (const group of GROUP_REGISTRY) {
      for (const measure of group.measures)
        expect([group.id, measure.id, measure.format]).toEqual([
          group.id,
          measure.id,
          FORMAT_OF_UNIT[measure.unit],
        ]);
      const ids = group.parameters.map((x) => x.id);
      expect([group.id, ids.includes("topN")]).toEqual([group.id, group.order === "value"]);
    }
    const ageBand = GROUP_REGISTRY.find((g) => g.id === "byAgeBand");
    expect(ageBand?.parameters.map((x) => [x.id, x.defaultValue])).toEqual([
      ["ageBands", [0, 18, 27, 45, 55, 65]],
    ]);
    const growth = GROUP_REGISTRY.find((g) => g.id === "zrmGrowth");
    expect(growth?.measures.map((m) => m.unit)).toEqual(["scorepunten"]);
  });
});

describe("edge cases", () => {
  it("gives 0 for counts (and the mean count waiting) and null for means and rates on an empty table, in any period", () => {
    const empty = buildDataset([]);
    fc.assert(
      fc.property(periodArbitrary, (p) => {
        for (const kpi of KPI_REGISTRY) {
          const value = computeKpi(engineOf(empty), kpi.id, p);
          const countLike = kpi.format === "count" || kpi.id === "waitingList";
          // Without its optional table (complaints, activities) a KPI has no value.
          const expected = kpi.requires !== undefined ? null : countLike ? 0 : null;
          expect([kpi.id, value]).toEqual([kpi.id, expected]);
        }
      })
    );
  });
});

/** SPEC §5 read literally, O(n²), with date-fns on local-midnight Dates. */
function naiveRecidive(
  rows: readonly CaseRow[],
  p: Period,
  gap: number,
  sameDomain: boolean
): number {
  const startOf = (row: CaseRow) => day(row.startedOn ?? row.registeredOn);
  const closeOf = (row: CaseRow) => day(row.closedOn);
  let count = 0;
  for (const c of rows) {
    const s = startOf(c);
    if (c.clientId === undefined || !(s >= p.start && s <= p.end)) continue;
    const before = rows.filter((e) => e.clientId === c.clientId && startOf(e) < s);
    if (before.length === 0) continue;
    if (before.some((e) => !(closeOf(e) < s))) continue;
    const previous = before.reduce((best, e) =>
      closeOf(e) > closeOf(best) ||
      (closeOf(e) === closeOf(best) &&
        (startOf(e) > startOf(best) || (startOf(e) === startOf(best) && e.caseId > best.caseId)))
        ? e
        : best
    );
    const [y, m, d] = dayToIso(s).split("-").map(Number) as [number, number, number];
    const limit = subMonths(new Date(y, m - 1, d), gap);
    const limitDay = day(
      `${limit.getFullYear()}-${String(limit.getMonth() + 1).padStart(2, "0")}-${String(limit.getDate()).padStart(2, "0")}`
    );
    if (!(closeOf(previous) <= limitDay)) continue;
    if (sameDomain && !(c.domains ?? []).some((x) => (previous.domains ?? []).includes(x)))
      continue;
    count++;
  }
  return count;
}
