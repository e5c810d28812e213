import { computeKpi } from "../../../src/core/kpis/computeKpi";
import type { KpiOptions } from "../../../src/core/kpis/kpiResult";
import { loadDataset } from "../../../src/core/parse/loadDataset";
import { computeRecidiveBreakdown } from "../../../src/core/recidive/computeRecidiveBreakdown";
import { InvalidRecidiveOptionsError } from "../../../src/core/recidive/recidiveOptions";
import type { RecidiveOptions } from "../../../src/core/types";
import { buildDataset, period, type CaseRow } from "../../helpers/caseTable";
import { engineOf } from "../../helpers/engineOf";

const YEAR_2024 = period("2024", "2024-01-01", "2024-12-31");

/** The recidive KPI over 2024 for a few cases. */
function recidive(
  rows: readonly CaseRow[],
  options?: Partial<RecidiveOptions>,
  filters?: KpiOptions["filters"]
): number | null {
  return computeKpi(engineOf(buildDataset(rows)), "recidive", YEAR_2024, {
    recidive: options,
    filters,
  });
}

/** An earlier case of client A with one main domain. */
function earlier(
  caseId: string,
  startedOn: string,
  closedOn: string | undefined,
  domain = "Financiën"
): CaseRow {
  return closedOn === undefined
    ? { caseId, clientId: "A", startedOn, domains: [domain] }
    : { caseId, clientId: "A", startedOn, closedOn, domains: [domain] };
}

/** The case under test: client A, starting on `startedOn`. */
function latest(startedOn: string, domain = "Financiën"): CaseRow {
  return { caseId: "now", clientId: "A", startedOn, domains: [domain] };
}

describe("recidive (SPEC §5)", () => {
  it("counts a case whose previous case closed long enough ago with a shared domain", () => {
    expect(recidive([earlier("e1", "2022-01-01", "2023-01-01"), latest("2024-03-01")])).toBe(1);
  });

  it("does not count a case whose earlier case is still open on its start", () => {
    expect(recidive([earlier("e1", "2022-01-01", undefined), latest("2024-03-01")])).toBe(0);
  });

  it("treats an earlier case closed on the start day as still open, even with a gap of 0 months", () => {
    expect(
      recidive([earlier("e1", "2024-01-01", "2024-03-01"), latest("2024-03-01")], {
        minGapMonths: 0,
      })
    ).toBe(0);
    expect(
      recidive([earlier("e1", "2024-01-01", "2024-02-29"), latest("2024-03-01")], {
        minGapMonths: 0,
      })
    ).toBe(1);
  });

  it("accepts a gap of exactly 6 months and rejects one day less", () => {
    // 2024-02-15 − 6 months = 2023-08-15.
    expect(recidive([earlier("e1", "2023-01-01", "2023-08-15"), latest("2024-02-15")])).toBe(1);
    expect(recidive([earlier("e1", "2023-01-01", "2023-08-16"), latest("2024-02-15")])).toBe(0);
  });

  it("goes back from 31 August to the last day of February (subMonths)", () => {
    // 2024-08-31 − 6 months = 2024-02-29 (leap year).
    expect(recidive([earlier("e1", "2023-01-01", "2024-02-29"), latest("2024-08-31")])).toBe(1);
    expect(recidive([earlier("e1", "2023-01-01", "2024-03-01"), latest("2024-08-31")])).toBe(0);
    // 2025-08-31 − 6 months = 2025-02-28.
    const year2025 = period("2025", "2025-01-01", "2025-12-31");
    const rows = (closedOn: string) =>
      buildDataset([earlier("e1", "2024-01-01", closedOn), latest("2025-08-31")]);
    expect(computeKpi(engineOf(rows("2025-02-28")), "recidive", year2025)).toBe(1);
    expect(computeKpi(engineOf(rows("2025-03-01")), "recidive", year2025)).toBe(0);
  });

  it("goes back from 29 February a year to 28 February", () => {
    expect(
      recidive([earlier("e1", "2022-01-01", "2023-02-28"), latest("2024-02-29")], {
        minGapMonths: 12,
      })
    ).toBe(1);
    expect(
      recidive([earlier("e1", "2022-01-01", "2023-03-01"), latest("2024-02-29")], {
        minGapMonths: 12,
      })
    ).toBe(0);
    // 29 February − 6 months = 29 August.
    expect(recidive([earlier("e1", "2022-01-01", "2023-08-29"), latest("2024-02-29")])).toBe(1);
    expect(recidive([earlier("e1", "2022-01-01", "2023-08-30"), latest("2024-02-29")])).toBe(0);
  });

  it("does not treat two cases starting the same day as earlier than each other", () => {
    const sameDay = [latest("2024-03-01"), { ...latest("2024-03-01"), caseId: "twin" }];
    expect(recidive(sameDay)).toBe(0);
    const breakdown = computeRecidiveBreakdown(engineOf(buildDataset(sameDay)), YEAR_2024);
    expect(breakdown?.newClients).toBe(2);
    // With one earlier case both are recidive, each with one earlier case.
    const withEarlier = [earlier("e1", "2022-01-01", "2023-01-01"), ...sameDay];
    expect(recidive(withEarlier)).toBe(2);
    expect(
      computeRecidiveBreakdown(engineOf(buildDataset(withEarlier)), YEAR_2024)?.multiplePrevious
    ).toBe(0);
  });

  it("takes as previous case the earlier case with the latest closedOn, not the latest start", () => {
    const rows = [
      earlier("e1", "2020-01-01", "2020-06-01"),
      earlier("e2", "2021-01-01", "2023-09-01"), // started before e3, closed last
      earlier("e3", "2022-01-01", "2022-06-01"),
      latest("2024-02-01"), // − 6 months = 2023-08-01 < 2023-09-01: gap fails
    ];
    expect(recidive(rows)).toBe(0);
    const breakdown = computeRecidiveBreakdown(engineOf(buildDataset(rows)), YEAR_2024);
    expect(breakdown).toMatchObject({ recidive: 0, reopened: 1, newClients: 0 });
    // A month later the gap is met, and the case has three earlier cases.
    const later = [...rows.slice(0, 3), latest("2024-03-01")];
    expect(computeRecidiveBreakdown(engineOf(buildDataset(later)), YEAR_2024)).toMatchObject({
      recidive: 1,
      multiplePrevious: 1,
    });
  });

  it("never counts a case without a clientId", () => {
    const rows: CaseRow[] = [
      { caseId: "e1", startedOn: "2020-01-01", closedOn: "2020-02-01", domains: ["Financiën"] },
      { caseId: "now", startedOn: "2024-03-01", domains: ["Financiën"] },
    ];
    expect(recidive(rows)).toBe(0);
    expect(computeRecidiveBreakdown(engineOf(buildDataset(rows)), YEAR_2024)).toEqual({
      started: 1,
      recidive: 0,
      multiplePrevious: 0,
      sameQuestion: 0,
      onlyNewQuestions: 0,
      reopened: 0,
      newClients: 0,
    });
  });

  it("compares domains with the previous case only, not with older ones", () => {
    // Shares with the previous case (e2), not with the older e1: recidive.
    expect(
      recidive([
        earlier("e1", "2020-01-01", "2021-01-01", "Justitie"),
        earlier("e2", "2022-01-01", "2023-01-01"),
        latest("2024-03-01"),
      ])
    ).toBe(1);
    // Shares with the older e1 only: not recidive ("alleen nieuwe vragen").
    const vice = [
      earlier("e1", "2020-01-01", "2021-01-01"),
      earlier("e2", "2022-01-01", "2023-01-01", "Justitie"),
      latest("2024-03-01"),
    ];
    expect(recidive(vice)).toBe(0);
    expect(computeRecidiveBreakdown(engineOf(buildDataset(vice)), YEAR_2024)).toMatchObject({
      recidive: 1,
      sameQuestion: 0,
      onlyNewQuestions: 1,
    });
  });

  it("counts regardless of domains when sameDomain is off", () => {
    const rows = [earlier("e1", "2022-01-01", "2023-01-01", "Justitie"), latest("2024-03-01")];
    expect(recidive(rows)).toBe(0);
    expect(recidive(rows, { sameDomain: false })).toBe(1);
  });

  it("accepts a gap of 0 months", () => {
    const rows = [earlier("e1", "2023-06-01", "2024-01-31"), latest("2024-02-01")];
    expect(recidive(rows)).toBe(0);
    expect(recidive(rows, { minGapMonths: 0 })).toBe(1);
  });

  it("can count from the registration date instead of the start", () => {
    const rows: CaseRow[] = [
      {
        caseId: "e1",
        clientId: "A",
        registeredOn: "2022-12-20",
        startedOn: "2023-01-01",
        closedOn: "2023-06-01",
        domains: ["Financiën"],
      },
      // Registered in 2024, started in 2025: counts in 2024 only when registration is the start.
      {
        caseId: "now",
        clientId: "A",
        registeredOn: "2024-12-15",
        startedOn: "2025-01-10",
        domains: ["Financiën"],
      },
    ];
    expect(recidive(rows)).toBe(0);
    expect(recidive(rows, { startField: "registeredOn" })).toBe(1);
    expect(
      computeKpi(engineOf(buildDataset(rows)), "recidivePct", YEAR_2024, {
        recidive: { startField: "registeredOn" },
      })
    ).toBe(1);
  });

  it("counts an earlier case of any type, while the filter applies to the new case", () => {
    const rows: CaseRow[] = [
      { ...earlier("e1", "2022-01-01", "2023-01-01"), caseType: "IA" },
      { ...latest("2024-03-01"), caseType: "IT" },
    ];
    expect(recidive(rows, undefined, [{ field: "caseType", values: ["IT", "LS"] }])).toBe(1);
    expect(recidive(rows, undefined, [{ field: "caseType", values: ["IA"] }])).toBe(0);
  });

  it("treats an earlier case with an invalid closedOn as still open", () => {
    const rows: CaseRow[] = [
      { ...earlier("e1", "2020-01-01", "2020-02-01"), invalid: ["closedOn"] },
      latest("2024-03-01"),
    ];
    expect(recidive(rows)).toBe(0);
    expect(computeRecidiveBreakdown(engineOf(buildDataset(rows)), YEAR_2024)?.reopened).toBe(1);
  });

  it("breaks ties on the latest closedOn by the later start, then the greater caseId", () => {
    const tie = (firstDomain: string, secondDomain: string) => [
      earlier("e1", "2022-01-01", "2023-01-01", firstDomain),
      earlier("e2", "2022-06-01", "2023-01-01", secondDomain),
      latest("2024-03-01"),
    ];
    expect(recidive(tie("Justitie", "Financiën"))).toBe(1); // previous = e2 (later start)
    expect(recidive(tie("Financiën", "Justitie"))).toBe(0);
    const sameStart = (domainA: string, domainB: string) => [
      earlier("b", "2022-01-01", "2023-01-01", domainB),
      earlier("a", "2022-01-01", "2023-01-01", domainA),
      latest("2024-03-01"),
    ];
    expect(recidive(sameStart("Justitie", "Financiën"))).toBe(1); // previous = 'b'
    expect(recidive(sameStart("Financiën", "Justitie"))).toBe(0);
  });

  it("compares parsed whole-number case ids as text on that tie ('9' after '10')", () => {
    const header = ["Casusnummer", "Cliëntnummer", "Startdatum", "Einddatum", "Hoofddomein 1"];
    const parsed = (domain9: string, domain10: string): number | null =>
      computeKpi(
        engineOf(
          loadDataset({
            cases: {
              rows: [
                header,
                [9, "A", "2022-01-01", "2023-01-01", domain9],
                [10, "A", "2022-01-01", "2023-01-01", domain10],
                [11, "A", "2024-03-01", "", "Financiën"],
              ],
            },
          })
        ),
        "recidive",
        YEAR_2024
      );
    expect(parsed("Financiën", "Justitie")).toBe(1); // previous = 9
    expect(parsed("Justitie", "Financiën")).toBe(0);
  });
});

describe("recidive breakdown, rate and recidivists", () => {
  // Started in 2024: a3, b2, c2, d2, e1, n1 (6).
  const rows: CaseRow[] = [
    {
      caseId: "a1",
      clientId: "A",
      startedOn: "2020-01-01",
      closedOn: "2020-06-01",
      domains: ["Financiën"],
    },
    {
      caseId: "a2",
      clientId: "A",
      startedOn: "2021-01-01",
      closedOn: "2021-12-31",
      domains: ["Financiën"],
    },
    { caseId: "a3", clientId: "A", startedOn: "2024-03-01", domains: ["Financiën"] }, // 1–4, two earlier, same question
    {
      caseId: "b1",
      clientId: "B",
      startedOn: "2022-01-01",
      closedOn: "2023-01-15",
      domains: ["Huisvesting"],
    },
    { caseId: "b2", clientId: "B", startedOn: "2024-02-01", domains: ["Financiën"] }, // 1–4, only new questions
    { caseId: "c1", clientId: "C", startedOn: "2023-01-01" },
    { caseId: "c2", clientId: "C", startedOn: "2024-05-01" }, // c1 still open: heropening
    { caseId: "d1", clientId: "D", startedOn: "2023-01-01", closedOn: "2024-01-10" },
    { caseId: "d2", clientId: "D", startedOn: "2024-04-01" }, // 2024-01-10 > 2023-10-01: heropening
    { caseId: "e1", clientId: "E", startedOn: "2024-06-01" }, // nieuw
    { caseId: "n1", startedOn: "2024-07-01" }, // no client
  ];
  const dataset = buildDataset(rows);

  it("reports every line of the breakdown", () => {
    expect(computeRecidiveBreakdown(engineOf(dataset), YEAR_2024)).toEqual({
      started: 6,
      recidive: 2,
      multiplePrevious: 1,
      sameQuestion: 1,
      onlyNewQuestions: 1,
      reopened: 2,
      newClients: 1,
    });
  });

  it("counts the recidive KPI as the cases with the same question", () => {
    expect(computeKpi(engineOf(dataset), "recidive", YEAR_2024)).toBe(1);
    expect(computeKpi(engineOf(dataset), "recidivePct", YEAR_2024)).toBe(1 / 6);
    expect(
      computeKpi(engineOf(dataset), "recidive", YEAR_2024, { recidive: { sameDomain: false } })
    ).toBe(2);
    // New clients: e1 of the 5 started cases with a client.
    expect(computeKpi(engineOf(dataset), "newClientPct", YEAR_2024)).toBe(1 / 5);
  });

  it("counts a client with two recidive cases once as a recidivist", () => {
    const twice = buildDataset([
      {
        caseId: "g1",
        clientId: "G",
        startedOn: "2020-01-01",
        closedOn: "2021-01-01",
        domains: ["Financiën"],
      },
      {
        caseId: "g2",
        clientId: "G",
        startedOn: "2024-01-01",
        closedOn: "2024-01-31",
        domains: ["Financiën"],
      },
      { caseId: "g3", clientId: "G", startedOn: "2024-09-01", domains: ["Financiën"] }, // 2024-01-31 ≤ 2024-03-01
    ]);
    expect(computeKpi(engineOf(twice), "recidive", YEAR_2024)).toBe(2);
    expect(computeKpi(engineOf(twice), "recidivists", YEAR_2024)).toBe(1);
  });

  it("leaves sameQuestion and onlyNewQuestions null when domains are unmapped", () => {
    const noDomains = buildDataset(rows, { unmapped: ["mainDomains"] });
    expect(computeRecidiveBreakdown(engineOf(noDomains), YEAR_2024)).toMatchObject({
      recidive: 2,
      sameQuestion: null,
      onlyNewQuestions: null,
    });
    expect(computeKpi(engineOf(noDomains), "recidive", YEAR_2024)).toBeNull();
    expect(
      computeKpi(engineOf(noDomains), "recidive", YEAR_2024, { recidive: { sameDomain: false } })
    ).toBe(2);
  });

  it("returns null when clientId or closedOn is unmapped", () => {
    expect(
      computeRecidiveBreakdown(engineOf(buildDataset(rows, { unmapped: ["clientId"] })), YEAR_2024)
    ).toBeNull();
    expect(
      computeRecidiveBreakdown(engineOf(buildDataset(rows, { unmapped: ["closedOn"] })), YEAR_2024)
    ).toBeNull();
  });
});

describe("edge cases", () => {
  it("the engine computes the per-case facts once per start field", () => {
    const engine = engineOf(buildDataset([latest("2024-03-01")]));
    expect(engine.factsOf("startedOn")).toBe(engine.factsOf("startedOn"));
    expect(engine.factsOf("registeredOn")).not.toBe(engine.factsOf("startedOn"));
  });

  it("sorts a client with many cases correctly", () => {
    // 40 yearly cases of one client, each closed after a month; listed newest first.
    const many: CaseRow[] = [];
    for (let y = 2024; y >= 1985; y--)
      many.push({
        caseId: `k${y}`,
        clientId: "A",
        startedOn: `${y}-01-01`,
        closedOn: `${y}-02-01`,
        domains: ["Financiën"],
      });
    const dataset = buildDataset(many);
    expect(computeKpi(engineOf(dataset), "recidive", YEAR_2024)).toBe(1);
    expect(computeRecidiveBreakdown(engineOf(dataset), YEAR_2024)?.multiplePrevious).toBe(1);
    expect(
      computeKpi(engineOf(dataset), "newClientPct", period("1985", "1985-01-01", "1985-12-31"))
    ).toBe(1);
  });

  it("compares domains exactly beyond the first 31 domain codes", () => {
    // 40 domain names, so codes 31..39 exist; the cases share only 'Domein 35', or nothing.
    const filler: CaseRow[] = Array.from({ length: 40 }, (_, k) => ({
      caseId: `f${k}`,
      domains: [`Domein ${k}`],
    }));
    const shared = [
      ...filler,
      earlier("e1", "2022-01-01", "2023-01-01", "Domein 35"),
      latest("2024-03-01", "Domein 35"),
    ];
    expect(recidive(shared)).toBe(1);
    const apart = [
      ...filler,
      earlier("e1", "2022-01-01", "2023-01-01", "Domein 35"),
      latest("2024-03-01", "Domein 36"),
    ];
    expect(recidive(apart)).toBe(0);
    // Domein 3 (code 3) and Domein 35 (code 35) share no bit pattern by accident.
    const lowAndHigh = [
      ...filler,
      earlier("e1", "2022-01-01", "2023-01-01", "Domein 3"),
      latest("2024-03-01", "Domein 35"),
    ];
    expect(recidive(lowAndHigh)).toBe(0);
  });

  it("throws InvalidRecidiveOptionsError for a negative or fractional gap", () => {
    expect(() => recidive([latest("2024-03-01")], { minGapMonths: -1 })).toThrow(
      InvalidRecidiveOptionsError
    );
    expect(() => recidive([latest("2024-03-01")], { minGapMonths: 1.5 })).toThrow(
      /geheel aantal maanden/
    );
  });
});
