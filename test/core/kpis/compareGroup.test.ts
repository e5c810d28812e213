import { compareGroup, computeGroup } from "../../../src/core/kpis/compareGroup";
import type { GroupComparison } from "../../../src/core/kpis/groupTypes";
import { InvalidGroupOptionsError, UnknownGroupError } from "../../../src/core/kpis/kpiErrors";
import { buildDataset, period } from "../../helpers/caseTable";
import { goldenDataset, GOLDEN_CASES, Q1_2023, Q1_2024 } from "./goldenFixture";
import type { GroupId } from "../../../src/core/kpis/groupRegistry";
import { engineOf } from "../../helpers/engineOf";

const dataset = goldenDataset();

/** [label, current, previous, kind] of one measure, row by row. */
function cells(
  comparison: GroupComparison,
  measure: string
): [string, number | null, number | null, string][] {
  return comparison.rows.map((row) => [
    row.label,
    row.current[measure] ?? null,
    row.previous[measure] ?? null,
    row.kind,
  ]);
}

describe("compareGroup on the golden fixture", () => {
  it("byCaseType: active and mean closed duration per type, ties by label, with a Totaal", () => {
    const result = compareGroup(engineOf(dataset), "byCaseType", Q1_2024, Q1_2023);
    // Active: IT c1 c2 c5 c8 c9; IA c4; LS c3. Q1 2023: IT c6.
    expect(cells(result, "active")).toEqual([
      ["IT", 5, 1, "group"],
      ["IA", 1, 0, "group"],
      ["LS", 1, 0, "group"],
      ["Totaal", 7, 1, "total"],
    ]);
    // IT closed: c1 60, c9 31 → 45.5; IA c4 0; LS c3 230; all: 321 / 4. Nothing closed in Q1 2023.
    expect(cells(result, "meanDurationClosed")).toEqual([
      ["IT", 45.5, null, "group"],
      ["IA", 0, null, "group"],
      ["LS", 230, null, "group"],
      ["Totaal", 80.25, null, "total"],
    ]);
    expect(result.rows[0]?.currentN).toEqual({ active: 5, meanDurationClosed: 2 });
  });

  it('byProduct: cases without a product form an "Onbekend" row, listed last', () => {
    const result = compareGroup(engineOf(dataset), "byProduct", Q1_2024, Q1_2023);
    // AMW c2 c3; SMW c1; no product: c4 c5 c8 c9. Q1 2023: c6 has no product.
    expect(cells(result, "active")).toEqual([
      ["AMW", 2, 0, "group"],
      ["SMW", 1, 0, "group"],
      ["Onbekend", 4, 1, "group"],
      ["Totaal", 7, 1, "total"],
    ]);
    expect(result.rows[2]?.key).toBe("");
  });

  it("byDomain: a case counts once per domain; the Totaal is the number of help questions", () => {
    const result = compareGroup(engineOf(dataset), "byDomain", Q1_2024, Q1_2023);
    expect(cells(result, "active")).toEqual([
      ["Financiën", 3, 1, "group"], // c1 c2 c3; Q1 2023 c6
      ["Huisvesting", 2, 0, "group"], // c1 c3
      ["Justitie", 2, 0, "group"], // c8 c9
      ["Geestelijke gezondheid", 1, 0, "group"],
      ["Middelengebruik", 1, 0, "group"],
      ["Sociaal netwerk", 1, 0, "group"],
      ["Werk & opleiding", 1, 0, "group"],
      ["Totaal hulpvragen", 11, 1, "total"],
    ]);
  });

  it("byDomain with topN 2 sums the rest into Overig in both periods", () => {
    const result = compareGroup(engineOf(dataset), "byDomain", Q1_2024, Q1_2023, { topN: 2 });
    // Huisvesting and Justitie tie at 2: Huisvesting comes first by name.
    expect(cells(result, "active")).toEqual([
      ["Financiën", 3, 1, "group"],
      ["Huisvesting", 2, 0, "group"],
      ["Overig", 6, 0, "other"],
      ["Totaal hulpvragen", 11, 1, "total"],
    ]);
  });

  it("zrmGrowth: mean growth per main domain over closed cases, without a Totaal", () => {
    const result = compareGroup(engineOf(dataset), "zrmGrowth", Q1_2024, Q1_2023);
    // Financiën c1 +2, c3 +1 → 1.5; Sociaal netwerk c3 +1; Huisvesting c1 0; Middelengebruik c9 −1 (first row only).
    expect(cells(result, "growth")).toEqual([
      ["Financiën", 1.5, null, "group"],
      ["Sociaal netwerk", 1, null, "group"],
      ["Huisvesting", 0, null, "group"],
      ["Middelengebruik", -1, null, "group"],
    ]);
  });

  it("zrmGrowth with topN 1 averages the remaining pairs in Overig", () => {
    const result = compareGroup(engineOf(dataset), "zrmGrowth", Q1_2024, Q1_2023, { topN: 1 });
    // Rest: +1, 0, −1 → 0 over 3 pairs.
    expect(cells(result, "growth")).toEqual([
      ["Financiën", 1.5, null, "group"],
      ["Overig", 0, null, "other"],
    ]);
    expect(result.rows[1]?.currentN).toEqual({ growth: 3 });
  });

  it("byComplexity: fixed order by number of domains, cases without domains as Onbekend", () => {
    const result = compareGroup(engineOf(dataset), "byComplexity", Q1_2024, Q1_2023);
    // 1 domain: c2 c5 c8; 2–3: c1 c9; 4+: c3; none: c4. Q1 2023: c6 has 1.
    expect(cells(result, "active")).toEqual([
      ["Niet complex", 3, 1, "group"],
      ["Redelijk complex", 2, 0, "group"],
      ["Complex", 1, 0, "group"],
      ["Onbekend", 1, 0, "group"],
      ["Totaal", 7, 1, "total"],
    ]);
  });

  it("byCloseReason: closed cases per reason", () => {
    expect(
      cells(compareGroup(engineOf(dataset), "byCloseReason", Q1_2024, Q1_2023), "closed")
    ).toEqual([
      ["Doel bereikt", 2, 0, "group"], // c1 c9
      ["Verhuisd", 1, 0, "group"], // c3
      ["Onbekend", 1, 0, "group"], // c4
      ["Totaal", 4, 0, "total"],
    ]);
  });

  it("byRating: always the ten ratings in order", () => {
    const rows = cells(compareGroup(engineOf(dataset), "byRating", Q1_2024, Q1_2023), "closed");
    expect(rows.map((r) => r[0])).toEqual([
      "1",
      "2",
      "3",
      "4",
      "5",
      "6",
      "7",
      "8",
      "9",
      "10",
      "Totaal met een cijfer",
    ]);
    // c3 6, c1 8, c9 10.
    expect(rows.map((r) => r[1])).toEqual([0, 0, 0, 0, 0, 1, 0, 1, 0, 1, 3]);
  });

  it("byReferrer: started cases per referrer", () => {
    expect(
      cells(compareGroup(engineOf(dataset), "byReferrer", Q1_2024, Q1_2023), "started")
    ).toEqual([
      ["Huisarts", 2, 0, "group"], // c1 c10
      ["Cliënt zelf", 1, 0, "group"],
      ["Wijkagent", 1, 0, "group"],
      ["Zelfmelder", 1, 0, "group"],
      ["Onbekend", 1, 0, "group"], // c4
      ["Totaal", 6, 0, "total"],
    ]);
  });

  it("byReferrer with topN keeps Onbekend out of the ranking and in Overig", () => {
    expect(
      cells(compareGroup(engineOf(dataset), "byReferrer", Q1_2024, Q1_2023, { topN: 1 }), "started")
    ).toEqual([
      ["Huisarts", 2, 0, "group"],
      ["Overig", 4, 0, "other"],
      ["Totaal", 6, 0, "total"],
    ]);
  });

  it("byAgeBand: age at the start from the birth date, else the age column", () => {
    // c1 33 (birthday 10 Feb after start 15 Jan), c2 13, c3 70 (age), c5 64 (birthday on the start day),
    // c9 17 (birthday on the start day), c4 and c8 unknown. Q1 2023: c6 unknown.
    expect(cells(compareGroup(engineOf(dataset), "byAgeBand", Q1_2024, Q1_2023), "active")).toEqual(
      [
        ["0–17", 2, 0, "group"],
        ["18–26", 0, 0, "group"],
        ["27–44", 1, 0, "group"],
        ["45–54", 0, 0, "group"],
        ["55–64", 1, 0, "group"],
        ["65+", 1, 0, "group"],
        ["Onbekend", 2, 1, "group"],
        ["Totaal", 7, 1, "total"],
      ]
    );
  });

  it("byAgeBand takes configurable bounds", () => {
    const rows = cells(
      compareGroup(engineOf(dataset), "byAgeBand", Q1_2024, Q1_2023, { ageBands: [0, 65] }),
      "active"
    );
    expect(rows.map((r) => [r[0], r[1]])).toEqual([
      ["0–64", 4],
      ["65+", 1],
      ["Onbekend", 2],
      ["Totaal", 7],
    ]);
  });

  it("byTeam: started, active, closed and mean wait per team", () => {
    const result = compareGroup(engineOf(dataset), "byTeam", Q1_2024, Q1_2023);
    const current = result.rows.map((row) => [row.label, row.current]);
    expect(current).toEqual([
      ["Noord", { started: 2, active: 4, closed: 3, meanWaitDays: 21 }], // waits c1 40, c5 2
      ["Zuid", { started: 3, active: 2, closed: 1, meanWaitDays: 15 }], // c2 15
      ["Onbekend", { started: 1, active: 1, closed: 0, meanWaitDays: null }], // c8
      ["Totaal", { started: 6, active: 7, closed: 4, meanWaitDays: 19 }],
    ]);
  });

  it("byMonth: each month of P against the same month a year earlier, Totaal active over the whole period", () => {
    const result = compareGroup(engineOf(dataset), "byMonth", Q1_2024, Q1_2023);
    expect(result.rows.map((row) => row.key)).toEqual(["2024-01", "2024-02", "2024-03", "#totaal"]);
    expect(cells(result, "started")).toEqual([
      ["jan 2024", 2, 0, "group"], // c1 c10
      ["feb 2024", 2, 0, "group"], // c2 c4
      ["mrt 2024", 2, 0, "group"], // c5 c8
      ["Totaal", 6, 0, "total"],
    ]);
    expect(cells(result, "closed").map((r) => r[1])).toEqual([2, 1, 1, 4]);
    // Jan c1 c3 c9; Feb c1 c2 c4; Mar c1 c2 c5 c8; all of Q1: 7. Q1 2023: c6 in every month.
    expect(cells(result, "active")).toEqual([
      ["jan 2024", 3, 1, "group"],
      ["feb 2024", 3, 1, "group"],
      ["mrt 2024", 4, 1, "group"],
      ["Totaal", 7, 1, "total"],
    ]);
  });

  it("activities: trajecten, bijeenkomsten and deelnemers per category", () => {
    const result = compareGroup(engineOf(dataset), "activities", Q1_2024, Q1_2023);
    expect(result.rows.map((row) => [row.label, row.current, row.previous])).toEqual([
      [
        "Gesloten groep",
        { trajecten: 2, bijeenkomsten: 2, deelnemers: 6 },
        { trajecten: 0, bijeenkomsten: 0, deelnemers: null },
      ],
      [
        "Netwerkoverleg",
        { trajecten: 1, bijeenkomsten: 2, deelnemers: null },
        { trajecten: 0, bijeenkomsten: 0, deelnemers: null },
      ],
      [
        "Open groep",
        { trajecten: 1, bijeenkomsten: 2, deelnemers: 22 },
        { trajecten: 1, bijeenkomsten: 1, deelnemers: 8 },
      ],
      [
        "Totaal",
        { trajecten: 4, bijeenkomsten: 6, deelnemers: 28 },
        { trajecten: 1, bijeenkomsten: 1, deelnemers: 8 },
      ],
    ]);
  });
});

describe("compareGroup with filters and availability", () => {
  it("applies a case filter to every group row", () => {
    const result = compareGroup(engineOf(dataset), "byTeam", Q1_2024, Q1_2023, {
      filters: [{ field: "caseType", values: ["IT"] }],
    });
    // IT active: Noord c1 c5 c9; Zuid c2; none c8.
    expect(cells(result, "active").map((r) => [r[0], r[1]])).toEqual([
      ["Noord", 3],
      ["Zuid", 1],
      ["Onbekend", 1],
      ["Totaal", 5],
    ]);
  });

  it("returns no rows for activities under a case filter", () => {
    expect(
      compareGroup(engineOf(dataset), "activities", Q1_2024, Q1_2023, {
        filters: [{ field: "caseType", values: ["IT"] }],
      }).rows
    ).toEqual([]);
  });

  it("returns no rows when the grouping field is unmapped or the table is absent", () => {
    expect(
      compareGroup(engineOf(goldenDataset(["team"])), "byTeam", Q1_2024, Q1_2023).rows
    ).toEqual([]);
    expect(
      compareGroup(engineOf(goldenDataset(["birthDate", "age"])), "byAgeBand", Q1_2024, Q1_2023)
        .rows
    ).toEqual([]);
    expect(
      compareGroup(engineOf(buildDataset(GOLDEN_CASES)), "zrmGrowth", Q1_2024, Q1_2023).rows
    ).toEqual([]);
    expect(
      compareGroup(engineOf(buildDataset(GOLDEN_CASES)), "activities", Q1_2024, Q1_2023).rows
    ).toEqual([]);
  });

  it("computes byAgeBand from the age column alone when birthDate is unmapped", () => {
    const rows = cells(
      compareGroup(engineOf(goldenDataset(["birthDate"])), "byAgeBand", Q1_2024, Q1_2023),
      "active"
    );
    expect(rows.map((r) => [r[0], r[1]])).toEqual([
      ["0–17", 0],
      ["18–26", 0],
      ["27–44", 0],
      ["45–54", 0],
      ["55–64", 0],
      ["65+", 1],
      ["Onbekend", 6],
      ["Totaal", 7],
    ]);
  });
});

describe("computeGroup", () => {
  it("gives the current rows with null previous values", () => {
    const result = computeGroup(engineOf(dataset), "byDomain", Q1_2024, { topN: 1 });
    expect(cells(result, "active")).toEqual([
      ["Financiën", 3, null, "group"],
      ["Overig", 8, null, "other"],
      ["Totaal hulpvragen", 11, null, "total"],
    ]);
  });
});

describe("edge cases", () => {
  it("keeps a group that only existed last year, with 0 now", () => {
    const data = buildDataset([
      { caseId: "x", team: "Oost", startedOn: "2023-02-01", closedOn: "2023-03-01" },
      { caseId: "y", team: "West", startedOn: "2024-02-01" },
    ]);
    expect(cells(compareGroup(engineOf(data), "byTeam", Q1_2024, Q1_2023), "started")).toEqual([
      ["West", 1, 0, "group"],
      ["Oost", 0, 1, "group"],
      ["Totaal", 1, 1, "total"],
    ]);
  });

  it('folds a category called "Overig" into the remainder under a top N', () => {
    const data = buildDataset([
      { caseId: "a", referrer: "Overig", startedOn: "2024-01-02" },
      { caseId: "b", referrer: "Overig", startedOn: "2024-01-02" },
      { caseId: "c", referrer: "Overig", startedOn: "2024-01-02" },
      { caseId: "d", referrer: "Huisarts", startedOn: "2024-01-02" },
      { caseId: "e", referrer: "Wijkagent", startedOn: "2024-01-02" },
    ]);
    expect(
      cells(
        compareGroup(engineOf(data), "byReferrer", Q1_2024, Q1_2023, { topN: 1 }),
        "started"
      ).map((r) => [r[0], r[1], r[3]])
    ).toEqual([
      ["Huisarts", 1, "group"],
      ["Overig", 4, "other"],
      ["Totaal", 5, "total"],
    ]);
  });

  it("keeps Onbekend as its own row when it is all that a top N leaves", () => {
    const result = compareGroup(engineOf(dataset), "byTeam", Q1_2024, Q1_2023, { topN: 2 });
    expect(result.rows.map((r) => [r.label, r.kind])).toEqual([
      ["Noord", "group"],
      ["Zuid", "group"],
      ["Onbekend", "group"],
      ["Totaal", "total"],
    ]);
  });

  it("gives byMonth a clipped first and last month, and shifts 29 February to 28 February a year back", () => {
    const data = buildDataset([
      { caseId: "x", startedOn: "2023-02-28" },
      { caseId: "y", startedOn: "2024-02-29" },
      { caseId: "z", startedOn: "2024-02-14" },
    ]);
    const current = period("15-2-2024 t/m 29-2-2024", "2024-02-15", "2024-02-29");
    const result = compareGroup(
      engineOf(data),
      "byMonth",
      current,
      period("vorig jaar", "2023-02-15", "2023-02-28")
    );
    expect(cells(result, "started")).toEqual([
      ["feb 2024", 1, 1, "group"],
      ["Totaal", 1, 1, "total"],
    ]);
  });

  it("throws for an unknown group, a bad top N and bad age bands", () => {
    expect(() => compareGroup(engineOf(dataset), "byDomian" as GroupId, Q1_2024, Q1_2023)).toThrow(
      UnknownGroupError
    );
    expect(() =>
      compareGroup(engineOf(dataset), "byDomain", Q1_2024, Q1_2023, { topN: 0 })
    ).toThrow(InvalidGroupOptionsError);
    expect(() =>
      compareGroup(engineOf(dataset), "byAgeBand", Q1_2024, Q1_2023, { ageBands: [18, 0] })
    ).toThrow(InvalidGroupOptionsError);
  });

  it("gives an empty table a Totaal of zeros", () => {
    expect(
      cells(compareGroup(engineOf(buildDataset([])), "byCaseType", Q1_2024, Q1_2023), "active")
    ).toEqual([["Totaal", 0, 0, "total"]]);
  });
});
