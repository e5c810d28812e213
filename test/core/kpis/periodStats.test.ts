import { MAX_CASE_TYPE_BUCKETS } from "../../../src/core/filters/compileCaseTypeSelector";
import { compareGroup } from "../../../src/core/kpis/compareGroup";
import { computeKpi, computeKpiResult } from "../../../src/core/kpis/computeKpi";
import { MAX_DAY_TALLIES } from "../../../src/core/kpis/statsPass";
import { buildStandardReport } from "../../../src/core/report/buildStandardReport";
import { buildDataset, period, type CaseRow } from "../../helpers/caseTable";
import { parseKpiId } from "../../../src/core/kpis/kpiRegistry";

const Q1_2024 = period("Q1 2024", "2024-01-01", "2024-03-31");
const Q1_2023 = period("Q1 2023", "2023-01-01", "2023-03-31");

/** Cases of type IT, LS, IA (and one without a type), each active in Q1 2024 and Q1 2023. */
const MIXED: CaseRow[] = [
  {
    caseId: "a",
    clientId: "A",
    caseType: "IT",
    registeredOn: "2023-01-02",
    startedOn: "2023-01-05",
    closedOn: "2024-02-05",
    rating: 1,
  },
  {
    caseId: "b",
    clientId: "B",
    caseType: "LS",
    registeredOn: "2024-01-03",
    startedOn: "2024-01-10",
    closedOn: "2024-03-10",
    rating: 1.1,
  },
  {
    caseId: "c",
    clientId: "A",
    caseType: "IT",
    registeredOn: "2022-12-01",
    startedOn: "2023-01-01",
    closedOn: "2024-03-31",
    rating: 1.2,
  },
  {
    caseId: "d",
    clientId: "C",
    caseType: "IA",
    registeredOn: "2024-02-01",
    resolvedDirectly: true,
  },
  { caseId: "e", clientId: "D", registeredOn: "2024-03-01", startedOn: "2024-03-02" },
];

describe("period tallies (one pass for every KPI of a period)", () => {
  it("answers caseType filters from the unfiltered tallies", () => {
    const dataset = buildDataset(MIXED);
    const it = { filters: [{ field: "caseType" as const, values: ["IT"] }] };
    const itLs = { filters: [{ field: "caseType" as const, values: ["it", "LS"] }] };
    const unknown = { filters: [{ field: "caseType" as const, values: ["onbekend"] }] };
    // Active in Q1 2024: a, b, c (IT, LS, IT), d (IA, start = registeredOn 02-01), e (no type).
    expect(computeKpi(dataset, "active", Q1_2024)).toBe(5);
    expect(computeKpi(dataset, "active", Q1_2024, it)).toBe(2);
    expect(computeKpi(dataset, "active", Q1_2024, itLs)).toBe(3);
    expect(computeKpi(dataset, "active", Q1_2024, unknown)).toBe(1);
    // Closed in Q1 2024: a (2023-01-05 → 2024-02-05 = 396 days) and c (2023-01-01 → 2024-03-31 = 455).
    expect(computeKpi(dataset, "meanDurationClosed", Q1_2024, it)).toBe((396 + 455) / 2);
    // Distinct clients of the active IT and LS cases: A (a, c) and B.
    expect(computeKpi(dataset, "uniqueClients", Q1_2024, itLs)).toBe(2);
  });

  it("adds ratings of several case types in table order, as a pass over those cases would", () => {
    const dataset = buildDataset(MIXED);
    const itLs = { filters: [{ field: "caseType" as const, values: ["IT", "LS"] }] };
    // 1 + 1.1 + 1.2 in table order is 3.3 (3.3000000000000003 when the IT ratings go first).
    expect(computeKpiResult(dataset, "meanRating", Q1_2024, itLs)).toEqual({
      value: (1 + 1.1 + 1.2) / 3,
      n: 3,
    });
  });

  it("gives the report the same numbers as the KPIs computed one by one", () => {
    const dataset = buildDataset(MIXED);
    const report = buildStandardReport(dataset, Q1_2024, { previous: Q1_2023 });
    const kpis = report.tables.find((table) => table.id === "kpis");
    const fresh = buildDataset(MIXED);
    for (const row of kpis?.rows ?? []) {
      if (row.key.startsWith("recidive")) continue;
      expect([row.key, row.current]).toEqual([
        row.key,
        computeKpi(fresh, parseKpiId(row.key), Q1_2024),
      ]);
      expect([row.key, row.previous]).toEqual([
        row.key,
        computeKpi(fresh, parseKpiId(row.key), Q1_2023),
      ]);
    }
  });

  it("counts each client once per period when the report tallies both periods in one pass", () => {
    // Six clients (keys 0–5: two bytes of the pass's two-bits-per-client marks), active in
    // Q1 2024, Q1 2023 or both, some with two cases.
    const active = (caseId: string, clientId: string, from: string, to: string): CaseRow => ({
      caseId,
      clientId,
      registeredOn: from,
      startedOn: from,
      closedOn: to,
    });
    const rows: CaseRow[] = [
      active("a1", "A", "2023-01-10", "2024-02-01"), // A: both periods
      active("b1", "B", "2024-01-10", "2024-02-01"), // B: 2024
      active("c1", "C", "2023-02-01", "2023-03-01"), // C: 2023
      active("d1", "D", "2023-03-01", "2024-01-05"), // D: both
      active("e1", "E", "2024-02-01", "2024-02-10"), // E: 2024, twice
      active("e2", "E", "2024-03-01", "2024-03-20"),
      active("f1", "F", "2023-01-02", "2023-01-20"), // F: 2023, twice
      active("f2", "F", "2023-02-02", "2023-02-20"),
      active("a2", "A", "2024-03-01", "2024-03-02"),
    ];
    const report = buildStandardReport(buildDataset(rows), Q1_2024, { previous: Q1_2023 });
    const row = report.tables
      .find((table) => table.id === "kpis")
      ?.rows.find((r) => r.key === "uniqueClients");
    // 2024: A, B, D, E; 2023: A, C, D, F.
    expect([row?.previous, row?.current]).toEqual([4, 4]);
    expect(computeKpi(buildDataset(rows.slice(0, 4)), "uniqueClients", Q1_2023)).toBe(3);
  });

  describe("edge cases", () => {
    it("filters through a mask when the table has too many case types to keep apart", () => {
      const many: CaseRow[] = Array.from({ length: MAX_CASE_TYPE_BUCKETS }, (_, k) => ({
        caseId: `t${k}`,
        caseType: `Soort ${k}`,
        startedOn: "2024-01-15",
      }));
      many.push(
        { caseId: "ia", caseType: "IA", startedOn: "2024-02-01" },
        { caseId: "rd", caseType: "Soort 3", registeredOn: "2024-03-01", resolvedDirectly: true }
      );
      const dataset = buildDataset(many);
      const filters = [{ field: "caseType" as const, values: ["soort 3", "IA"] }];
      // t3, ia and rd (started by its registeredOn).
      expect(computeKpi(dataset, "started", Q1_2024, { filters })).toBe(3);
      // ia (started IA) plus rd (resolved directly).
      expect(computeKpi(dataset, "infoAdvice", Q1_2024)).toBe(2);
      const byType = compareGroup(dataset, "byCaseType", Q1_2024, Q1_2023).rows;
      expect(byType.find((row) => row.key === "Soort 3")?.current).toEqual({
        active: 2,
        meanDurationClosed: null,
      });
      expect(byType.find((row) => row.kind === "total")?.current["active"]).toBe(
        MAX_CASE_TYPE_BUCKETS + 2
      );
    });

    it("counts byMonth for a period too long to keep day tallies", () => {
      const long = period("1900–2099", "1900-01-01", "2099-12-31");
      expect(long.end - long.start + 1).toBeGreaterThan(MAX_DAY_TALLIES);
      const dataset = buildDataset(MIXED);
      const rows = compareGroup(dataset, "byMonth", long, Q1_2023).rows;
      const month = (key: string) => rows.find((row) => row.key === key)?.current;
      // Started in January 2023: a (01-05) and c (01-01), both running from then. In March 2024
      // b, c, d and e are active (a closed in February); b and c close in it, e starts in it.
      expect(month("2023-01")).toEqual({ started: 2, active: 2, closed: 0 });
      expect(month("2024-03")).toEqual({ started: 1, active: 4, closed: 2 });
      expect(rows.find((row) => row.kind === "total")?.current["active"]).toBe(5);
    });
  });
});
