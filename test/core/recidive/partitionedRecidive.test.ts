import { computeKpi } from "../../../src/core/kpis/computeKpi";
import { computeRecidiveBreakdown } from "../../../src/core/recidive/computeRecidiveBreakdown";
import type { CaseFilter } from "../../../src/core/types";
import { buildDataset, period, type CaseRow } from "../../helpers/caseTable";
import type { KpiId } from "../../../src/core/kpis/kpiRegistry";

const YEAR_2024 = period("2024", "2024-01-01", "2024-12-31");

/** Client A returns with an LS case, client B with an IT case twice, client C is new. */
const CASES: CaseRow[] = [
  {
    caseId: "a1",
    clientId: "A",
    caseType: "IT",
    startedOn: "2022-01-01",
    closedOn: "2023-01-01",
    domains: ["Financiën"],
  },
  { caseId: "a2", clientId: "A", caseType: "LS", startedOn: "2024-02-01", domains: ["Financiën"] },
  {
    caseId: "b1",
    clientId: "B",
    caseType: "IA",
    startedOn: "2021-05-01",
    closedOn: "2021-06-01",
    domains: ["Huisvesting"],
  },
  {
    caseId: "b2",
    clientId: "B",
    caseType: "IT",
    startedOn: "2024-03-01",
    closedOn: "2024-04-01",
    domains: ["Huisvesting"],
  },
  { caseId: "b3", clientId: "B", caseType: "IT", startedOn: "2024-12-01", domains: ["Justitie"] },
  { caseId: "c1", clientId: "C", caseType: "IT", startedOn: "2024-05-01", domains: ["Justitie"] },
];

/** A filter that keeps every case but cannot be answered per caseType: the mask path. */
const EVERY_CASE: CaseFilter = { field: "resolvedDirectly", values: ["ja", "nee", "onbekend"] };

describe("recidive per caseType partition", () => {
  it("counts recidive and recidivists under a caseType filter", () => {
    const dataset = buildDataset(CASES);
    const count = (id: KpiId, values: string[]) =>
      computeKpi(dataset, id, YEAR_2024, { filters: [{ field: "caseType", values }] });
    // a2 (previous a1 closed 13 months before, same domain) and b2 (previous b1); b3's
    // previous case b2 closed 8 months before but shares no domain.
    expect(count("recidive", ["IT", "LS"])).toBe(2);
    expect(count("recidive", ["IT"])).toBe(1);
    expect(count("recidive", ["LS"])).toBe(1);
    expect(count("recidivists", ["IT", "LS"])).toBe(2);
    expect(count("recidivePct", ["IT"])).toBe(1 / 3);
  });

  it("gives the same tallies as a pass over the cases a mask keeps", () => {
    const dataset = buildDataset(CASES);
    const byType = computeRecidiveBreakdown(dataset, YEAR_2024, {
      filters: [{ field: "caseType", values: ["IT", "LS"] }],
    });
    const byMask = computeRecidiveBreakdown(dataset, YEAR_2024, {
      filters: [{ field: "caseType", values: ["IT", "LS"] }, EVERY_CASE],
    });
    expect(byType).toEqual({
      started: 4,
      recidive: 3,
      multiplePrevious: 1,
      sameQuestion: 2,
      onlyNewQuestions: 1,
      reopened: 0,
      newClients: 1,
    });
    expect(byMask).toEqual(byType);
  });

  describe("edge cases", () => {
    it("counts a client once as recidivist over recidive cases of different types", () => {
      const dataset = buildDataset([
        ...CASES,
        {
          caseId: "b4",
          clientId: "B",
          caseType: "LS",
          startedOn: "2024-10-15",
          domains: ["Huisvesting"],
        },
      ]);
      const filters = [{ field: "caseType" as const, values: ["IT", "LS"] }];
      // b4's previous case b2 closed on 1 April, 6½ months before, with the same domain; b3
      // now has b4 still open on its start (a reopening).
      expect(computeKpi(dataset, "recidive", YEAR_2024, { filters })).toBe(3);
      expect(computeKpi(dataset, "recidivists", YEAR_2024, { filters })).toBe(2);
      expect(
        computeKpi(dataset, "recidivists", YEAR_2024, { filters: [...filters, EVERY_CASE] })
      ).toBe(2);
    });
  });
});
