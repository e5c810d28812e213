import {
  computeKpi,
  computeKpiResult,
  isKpiAvailable,
  kpiRequiredInputs,
} from "../../../src/core/kpis/computeKpi";
import { getKpi, type KpiId } from "../../../src/core/kpis/kpiRegistry";
import { DEFAULT_RECIDIVE_OPTIONS } from "../../../src/core/recidive/recidiveOptions";
import { FieldBit } from "../../../src/core/types";
import { UnknownKpiError } from "../../../src/core/kpis/kpiErrors";
import { InvalidFilterError } from "../../../src/core/filters/filterErrors";
import { buildDataset } from "../../helpers/caseTable";
import { goldenDataset, GOLDEN_CASES, Q1_2023, Q1_2024 } from "./goldenFixture";
import { engineOf } from "../../helpers/engineOf";

const dataset = goldenDataset();
const kpi = (id: KpiId, options?: Parameters<typeof computeKpi>[3]) =>
  computeKpi(engineOf(dataset), id, Q1_2024, options);

describe("computeKpi on the golden fixture (Q1 2024)", () => {
  it("counts registrations with registeredOn in P, including a case with an invalid closedOn", () => {
    // c2 (01-05), c4 (02-10), c5 (03-01), c8 (03-20), c10 (01-08); c1 registered in December, c7 in April.
    expect(kpi("registrations")).toBe(5);
  });

  it("counts started cases by startedOn, or registeredOn when startedOn is empty", () => {
    // c1, c2, c4 (registeredOn 02-10), c5, c8 (03-31, last day), c10.
    expect(kpi("started")).toBe(6);
  });

  it("counts active cases and leaves out the case with an invalid closedOn", () => {
    // c1, c2, c3 (closed 01-31), c4, c5, c8, c9 (closed on the first day); not c6 (closed 2023), c7, c10.
    expect(kpi("active")).toBe(7);
  });

  it("counts closed cases with closedOn in P", () => {
    // c1 (03-15), c3 (01-31), c4 (02-10), c9 (01-01).
    expect(kpi("closed")).toBe(4);
  });

  it("counts cases open at the end of P", () => {
    // c2, c5, c8 (started on the last day); c10's closedOn is unknown.
    expect(kpi("openAtEnd")).toBe(3);
  });

  it("averages the wait over cases with intake in P", () => {
    // c1: 2023-12-01 → 2024-01-10 = 40; c2: 01-05 → 01-20 = 15; c5: 03-01 → 03-03 = 2. (40 + 15 + 2) / 3 = 19.
    expect(kpi("meanWaitDays")).toBe(19);
  });

  it("averages the duration of cases closed in P", () => {
    // c1: 01-15 → 03-15 = 60; c3: 2023-06-15 → 2024-01-31 = 230; c4: 0; c9: 2023-12-01 → 2024-01-01 = 31.
    expect(kpi("meanDurationClosed")).toBe((60 + 230 + 0 + 31) / 4);
  });

  it("averages the duration of active cases, open cases counting up to P.end", () => {
    // c1 60, c2 02-01 → 03-31 = 59, c3 230, c4 0, c5 03-05 → 03-31 = 26, c8 0, c9 31: 406 / 7 = 58.
    expect(kpi("meanDurationActive")).toBe(58);
  });

  it("counts distinct clients of active cases, leaving out cases without a client", () => {
    // A (c1), B, C, D, E, G; c8 has no client.
    expect(kpi("uniqueClients")).toBe(6);
  });

  it("sums the main domains of active cases", () => {
    // c1 2 + c2 1 + c3 4 + c4 0 + c5 1 + c8 1 + c9 2 = 11.
    expect(kpi("helpQuestions")).toBe(11);
  });

  it("counts IA cases started in P plus directly resolved registrations, each case once", () => {
    // c4 is IA and resolved directly (counted once); c5 is resolved directly.
    expect(kpi("infoAdvice")).toBe(2);
  });

  it("counts recidive, its rate over started cases and the recidivists", () => {
    // c1: client A's earlier case c6 closed 2023-05-01 ≤ 2024-01-15 − 6 months = 2023-07-15, shares Financiën.
    expect(kpi("recidive")).toBe(1);
    expect(kpi("recidivePct")).toBeCloseTo(1 / 6, 12);
    expect(kpi("recidivists")).toBe(1);
  });

  it("computes the share of new clients over started cases with a client", () => {
    // Started with a client: c1 (A, has c6), c2, c4, c5, c10 → 4 new of 5. c8 has no client.
    expect(kpi("newClientPct")).toBe(0.8);
  });

  it("counts complaints dated in P", () => {
    expect(kpi("complaints")).toBe(2);
    expect(computeKpi(engineOf(dataset), "complaints", Q1_2023)).toBe(1);
  });

  it("computes the share of self-referrals over started cases with a referrer", () => {
    // Huisarts (c1), Zelfmelder (c2), Cliënt zelf (c5), Wijkagent (c8), Huisarts (c10); c4 has none → 2 / 5.
    expect(kpi("selfReferralPct")).toBe(0.4);
  });

  it("computes the share of reached goal scores over (case, main domain) pairs", () => {
    // c1 Financiën 4 ≥ 4, c1 Huisvesting 3 < 4, c3 Financiën 2 ≥ 2, c9 Middelengebruik 1 < 3 (duplicate row ignored);
    // c1 Justitie is not a main domain, c3 Sociaal netwerk has no goal, c2 is not closed → 2 / 4.
    expect(kpi("goalReachedPct")).toBe(0.5);
  });

  it("averages the rating of cases closed in P", () => {
    // c1 8, c3 6, c9 10; c4 has none.
    expect(kpi("meanRating")).toBe(8);
  });

  it("computes yes / (yes + no) of canContinueAlone over closed cases", () => {
    // c1 yes, c3 no, c4 and c9 unknown.
    expect(kpi("canContinueAlonePct")).toBe(0.5);
  });

  it("reports the n behind means and rates", () => {
    expect(computeKpiResult(engineOf(dataset), "meanWaitDays", Q1_2024)).toEqual({
      value: 19,
      n: 3,
    });
    expect(computeKpiResult(engineOf(dataset), "recidivePct", Q1_2024).n).toBe(6);
    expect(computeKpiResult(engineOf(dataset), "started", Q1_2024)).toEqual({ value: 6, n: 6 });
  });
});

describe("computeKpi on the previous period (Q1 2023)", () => {
  it("counts the one case that ran then", () => {
    expect(computeKpi(engineOf(dataset), "active", Q1_2023)).toBe(1);
    expect(computeKpi(engineOf(dataset), "openAtEnd", Q1_2023)).toBe(1);
    expect(computeKpi(engineOf(dataset), "started", Q1_2023)).toBe(0);
    // c6: 2022-01-10 → 2023-03-31 = 445 days.
    expect(computeKpi(engineOf(dataset), "meanDurationActive", Q1_2023)).toBe(445);
  });

  it("returns null, not 0, for means and rates when no case qualifies", () => {
    for (const id of [
      "meanWaitDays",
      "meanDurationClosed",
      "meanRating",
      "recidivePct",
      "selfReferralPct",
      "newClientPct",
      "goalReachedPct",
      "canContinueAlonePct",
    ] as const) {
      expect([id, computeKpi(engineOf(dataset), id, Q1_2023)]).toEqual([id, null]);
    }
  });

  it("returns 0 for counts when no case qualifies", () => {
    expect(computeKpi(engineOf(dataset), "recidive", Q1_2023)).toBe(0);
    expect(computeKpi(engineOf(dataset), "registrations", Q1_2023)).toBe(0);
  });
});

describe("computeKpi with filters", () => {
  it("restricts to a case type by its grouped label, case-insensitively", () => {
    // started IT: c1, c2, c5, c8, c10 (c4 is IA).
    expect(kpi("started", { filters: [{ field: "caseType", values: ["it"] }] })).toBe(5);
    expect(kpi("started", { filters: [{ field: "caseType", values: ["IT", "LS"] }] })).toBe(5);
    expect(kpi("active", { filters: [{ field: "caseType", values: ["LS"] }] })).toBe(1);
  });

  it("combines filters with AND", () => {
    // IT and Noord: c1, c5.
    expect(
      kpi("started", {
        filters: [
          { field: "caseType", values: ["IT"] },
          { field: "team", values: ["noord"] },
        ],
      })
    ).toBe(2);
  });

  it("matches main domains without diacritics", () => {
    // Active cases with Financiën: c1, c2, c3.
    expect(kpi("active", { filters: [{ field: "mainDomains", values: ["financien"] }] })).toBe(3);
  });

  it("matches yes/no fields with ja/nee", () => {
    // Registered in P and resolved directly: c4, c5.
    expect(kpi("registrations", { filters: [{ field: "resolvedDirectly", values: ["Ja"] }] })).toBe(
      2
    );
  });

  it("matches a client id and a referrer with diacritics folded", () => {
    expect(kpi("started", { filters: [{ field: "clientId", values: ["a"] }] })).toBe(1);
    expect(kpi("started", { filters: [{ field: "referrer", values: ["CLIENT ZELF"] }] })).toBe(1);
  });

  it("applies the filter to the recidive rate on both sides", () => {
    // Started IT with filter: 5; recidive c1 is IT.
    expect(kpi("recidivePct", { filters: [{ field: "caseType", values: ["IT"] }] })).toBe(1 / 5);
    expect(kpi("recidive", { filters: [{ field: "caseType", values: ["LS"] }] })).toBe(0);
  });

  it("keeps nothing for a filter without values", () => {
    expect(kpi("started", { filters: [{ field: "team", values: [] }] })).toBe(0);
  });

  it('matches empty cells with "onbekend"', () => {
    // Started without a team: c8.
    expect(kpi("started", { filters: [{ field: "team", values: ["onbekend"] }] })).toBe(1);
  });
});

describe("computeKpi availability", () => {
  it("returns null for a KPI whose input field is not mapped", () => {
    const noClose = goldenDataset(["closedOn"]);
    expect(computeKpi(engineOf(noClose), "active", Q1_2024)).toBeNull();
    expect(computeKpi(engineOf(noClose), "closed", Q1_2024)).toBeNull();
    expect(computeKpi(engineOf(noClose), "recidive", Q1_2024)).toBeNull();
    expect(computeKpi(engineOf(noClose), "started", Q1_2024)).toBe(6);
    expect(computeKpi(engineOf(goldenDataset(["rating"])), "meanRating", Q1_2024)).toBeNull();
    expect(computeKpi(engineOf(goldenDataset(["clientId"])), "uniqueClients", Q1_2024)).toBeNull();
    expect(computeKpi(engineOf(goldenDataset(["clientId"])), "newClientPct", Q1_2024)).toBeNull();
    expect(computeKpi(engineOf(goldenDataset(["intakeOn"])), "meanWaitDays", Q1_2024)).toBeNull();
  });

  it("computes start-based KPIs when only one of startedOn and registeredOn is mapped", () => {
    // Start = registeredOn: c2, c4, c5, c8, c10 (c1 registered in December, c9 has no registration).
    expect(computeKpi(engineOf(goldenDataset(["startedOn"])), "started", Q1_2024)).toBe(5);
    expect(
      computeKpi(engineOf(goldenDataset(["startedOn", "registeredOn"])), "started", Q1_2024)
    ).toBeNull();
  });

  it("returns null when an optional table is absent", () => {
    const casesOnly = buildDataset(GOLDEN_CASES);
    expect(computeKpi(engineOf(casesOnly), "complaints", Q1_2024)).toBeNull();
    expect(computeKpi(engineOf(casesOnly), "goalReachedPct", Q1_2024)).toBeNull();
  });

  it("returns null for complaints under a case filter rather than an unfiltered count", () => {
    expect(kpi("complaints", { filters: [{ field: "caseType", values: ["IT"] }] })).toBeNull();
  });

  it("returns null when a filter names an unmapped field", () => {
    expect(
      computeKpi(engineOf(goldenDataset(["team"])), "started", Q1_2024, {
        filters: [{ field: "team", values: ["Noord"] }],
      })
    ).toBeNull();
  });

  it("asks recidive for Einddatum to be mapped, and the registration date when it counts from there", () => {
    const recidive = getKpi("recidive");
    const required = kpiRequiredInputs(recidive, DEFAULT_RECIDIVE_OPTIONS);
    expect(required & FieldBit.closedOn).toBe(FieldBit.closedOn);
    expect(required & FieldBit.mainDomains).toBe(FieldBit.mainDomains);
    expect(required & FieldBit.registeredOn).toBe(0);
    const fromRegistration = kpiRequiredInputs(recidive, {
      ...DEFAULT_RECIDIVE_OPTIONS,
      startField: "registeredOn",
      sameDomain: false,
    });
    expect(fromRegistration & FieldBit.registeredOn).toBe(FieldBit.registeredOn);
    expect(fromRegistration & (FieldBit.start | FieldBit.mainDomains)).toBe(0);
    // newClientPct reads no end date.
    expect(
      kpiRequiredInputs(getKpi("newClientPct"), DEFAULT_RECIDIVE_OPTIONS) & FieldBit.closedOn
    ).toBe(0);
    expect(isKpiAvailable(recidive, goldenDataset(["closedOn"]), DEFAULT_RECIDIVE_OPTIONS)).toBe(
      false
    );
    expect(isKpiAvailable(recidive, goldenDataset(), DEFAULT_RECIDIVE_OPTIONS)).toBe(true);
  });

  it("skips the directly-resolved part of infoAdvice when resolvedDirectly is unmapped", () => {
    expect(computeKpi(engineOf(goldenDataset(["resolvedDirectly"])), "infoAdvice", Q1_2024)).toBe(
      1
    );
  });
});

describe("edge cases", () => {
  it("throws UnknownKpiError with a Dutch message for an unknown id", () => {
    expect(() => kpi("recidve" as KpiId)).toThrow(UnknownKpiError);
    expect(() => kpi("recidve" as KpiId)).toThrow(/Onbekende KPI: 'recidve'/);
  });

  it("throws InvalidFilterError for a filter on a date field", () => {
    expect(() =>
      kpi("started", { filters: [{ field: "closedOn", values: ["2024-01-01"] }] })
    ).toThrow(InvalidFilterError);
  });

  it("returns 0 and null on an empty table", () => {
    const empty = buildDataset([]);
    expect(computeKpi(engineOf(empty), "started", Q1_2024)).toBe(0);
    expect(computeKpi(engineOf(empty), "meanWaitDays", Q1_2024)).toBeNull();
    expect(computeKpi(engineOf(empty), "recidivePct", Q1_2024)).toBeNull();
  });

  it("leaves a case with an invalid rating out of meanRating but not out of closed", () => {
    const data = buildDataset([
      {
        caseId: "x",
        startedOn: "2024-01-01",
        closedOn: "2024-02-01",
        rating: 2,
        invalid: ["rating"],
      },
      { caseId: "y", startedOn: "2024-01-01", closedOn: "2024-02-01", rating: 9 },
    ]);
    expect(computeKpi(engineOf(data), "closed", Q1_2024)).toBe(2);
    expect(computeKpi(engineOf(data), "meanRating", Q1_2024)).toBe(9);
  });

  it("leaves a case with an invalid startedOn out of started, even when registeredOn is valid", () => {
    const data = buildDataset([
      { caseId: "x", registeredOn: "2024-01-05", startedOn: "2024-13-01", invalid: ["startedOn"] },
      { caseId: "y", registeredOn: "2024-01-05" },
    ]);
    expect(computeKpi(engineOf(data), "started", Q1_2024)).toBe(1);
    expect(computeKpi(engineOf(data), "registrations", Q1_2024)).toBe(2);
  });

  it("leaves a case with an invalid intake date out of the wait", () => {
    const data = buildDataset([
      { caseId: "x", registeredOn: "2024-01-01", intakeOn: "2024-01-11" },
      { caseId: "y", registeredOn: "2024-01-01", intakeOn: "2024-01-31", invalid: ["intakeOn"] },
      { caseId: "z", intakeOn: "2024-01-31" },
    ]);
    // Only x: 10 days (y invalid, z has no registration).
    expect(computeKpi(engineOf(data), "meanWaitDays", Q1_2024)).toBe(10);
  });

  it("counts a case closed on its start day as a duration of 0", () => {
    const data = buildDataset([{ caseId: "x", startedOn: "2024-03-31", closedOn: "2024-03-31" }]);
    expect(computeKpi(engineOf(data), "meanDurationClosed", Q1_2024)).toBe(0);
    expect(computeKpi(engineOf(data), "openAtEnd", Q1_2024)).toBe(0);
    expect(computeKpi(engineOf(data), "active", Q1_2024)).toBe(1);
  });
});
