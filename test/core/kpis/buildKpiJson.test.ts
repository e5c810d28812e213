import { buildKpiJson } from "../../../src/core/kpis/buildKpiJson";
import { GROUP_REGISTRY } from "../../../src/core/kpis/groupRegistry";
import { KPI_REGISTRY } from "../../../src/core/kpis/kpiRegistry";
import type { DataIssue } from "../../../src/core/types";
import { buildDataset } from "../../helpers/caseTable";
import {
  GOLDEN_ACTIVITIES,
  GOLDEN_CASES,
  GOLDEN_COMPLAINTS,
  GOLDEN_ZRM,
  Q1_2023,
  Q1_2024,
} from "./goldenFixture";
import { engineOf } from "../../helpers/engineOf";

const issue: DataIssue = {
  table: "cases",
  row: 11,
  column: "Einddatum",
  code: "INVALID_DATE",
  severity: "error",
  message:
    "Einddatum '30-2-2024' is geen datum; de casus telt niet mee bij afgesloten en behandeld.",
};
const dataset = buildDataset(GOLDEN_CASES, {
  zrm: GOLDEN_ZRM,
  activities: GOLDEN_ACTIVITIES,
  complaints: GOLDEN_COMPLAINTS,
  issues: [issue],
});
const json = buildKpiJson(engineOf(dataset), Q1_2024, Q1_2023);

describe("buildKpiJson (SPEC §8)", () => {
  it("describes both periods with ISO dates", () => {
    expect(json.period).toEqual({ label: "Q1 2024", start: "2024-01-01", end: "2024-03-31" });
    expect(json.previous).toEqual({ label: "Q1 2023", start: "2023-01-01", end: "2023-03-31" });
  });

  it("has every scalar KPI for both periods", () => {
    expect(Object.keys(json.kpis)).toEqual(KPI_REGISTRY.map((k) => k.id));
    expect(json.kpis.started).toEqual({ current: 6, previous: 0 });
    expect(json.kpis.active).toEqual({ current: 7, previous: 1 });
    expect(json.kpis.meanWaitDays).toEqual({ current: 19, previous: null });
    expect(json.kpis.complaints).toEqual({ current: 2, previous: 1 });
  });

  it("has every grouped KPI as its group rows with the main measure, without Overig or Totaal", () => {
    expect(Object.keys(json.groups)).toEqual(GROUP_REGISTRY.map((g) => g.id));
    expect(json.groups.byCaseType).toEqual([
      { key: "IT", current: 5, previous: 1 },
      { key: "IA", current: 1, previous: 0 },
      { key: "LS", current: 1, previous: 0 },
    ]);
    expect(json.groups.byCloseReason).toEqual([
      { key: "Doel bereikt", current: 2, previous: 0 },
      { key: "Verhuisd", current: 1, previous: 0 },
      { key: "", current: 1, previous: 0 },
    ]);
    expect(json.groups.byMonth?.map((r) => r.key)).toEqual(["2024-01", "2024-02", "2024-03"]);
    expect(json.groups.activities?.[0]).toEqual({ key: "Gesloten groep", current: 2, previous: 0 });
  });

  it("passes the issues through as plain objects", () => {
    expect(json.issues).toEqual([issue]);
  });

  it("survives a round trip through JSON.stringify", () => {
    expect(JSON.parse(JSON.stringify(json))).toEqual(json);
  });

  describe("edge cases", () => {
    it("gives null KPIs and empty groups for what the dataset cannot serve", () => {
      const casesOnly = buildKpiJson(
        engineOf(buildDataset(GOLDEN_CASES, { unmapped: ["team"] })),
        Q1_2024,
        Q1_2023
      );
      expect(casesOnly.kpis.complaints).toEqual({ current: null, previous: null });
      expect(casesOnly.groups.activities).toEqual([]);
      expect(casesOnly.groups.byTeam).toEqual([]);
    });

    it("applies recidive options", () => {
      // c1 starts 2024-01-15; c6 closed 2023-05-01, after 2024-01-15 − 12 months.
      const yearGap = buildKpiJson(engineOf(dataset), Q1_2024, Q1_2023, {
        recidive: { minGapMonths: 12 },
      });
      expect(yearGap.kpis.recidive).toEqual({ current: 0, previous: 0 });
      expect(json.kpis.recidive).toEqual({ current: 1, previous: 0 });
    });
  });
});
