import { computeKpi } from "../../../src/core/kpis/computeKpi";
import { loadDataset } from "../../../src/core/parse";
import { CELL_TEXT_LIMIT } from "../../../src/core/text/fitCellText";
import { period } from "../../helpers/caseTable";
import { casesRows, serial, tableRows } from "../../helpers/rows";
import { engineOf } from "../../helpers/engineOf";

// Excel holds at most 32,767 characters in a cell: the parse cuts longer text at its source.
const LONG_TEAM = "Team Noord " + "x".repeat(40000 - 11); // 40,000 characters
const CUT_TEAM = LONG_TEAM.slice(0, 32766) + "…";
const LONG_DOMAIN = "Wonen ".repeat(7000); // 42,000 characters, an unknown domain
const CUT_MESSAGE = (row: number, column: string, length: string): string =>
  `Casussen, rij ${row}, kolom "${column}": de tekst is ${length} tekens lang; een Excel-cel houdt er 32.767. De tekst is ingekort.`;

const header = ["Casusnummer", "Team", "Startdatum", "Hoofddomein 1"];
const q1 = period("Q1 2024", "2024-01-01", "2024-03-31");

function load() {
  return loadDataset({
    cases: {
      rows: casesRows(
        header,
        ["C1", "Team Zuid", serial(2024, 1, 2), "Financiën"],
        ["C2", LONG_TEAM, serial(2024, 1, 3), LONG_DOMAIN],
        ["C3", LONG_TEAM, serial(2024, 2, 3), "Financiën"]
      ),
    },
    asOf: serial(2024, 9, 30),
  });
}

describe("text longer than an Excel cell holds, cut by the parse", () => {
  it("reports each long cell once, at its row and column, in Dutch", () => {
    const { issues } = load();
    expect(issues.filter((issue) => issue.code === "TEXT_TRUNCATED")).toEqual([
      {
        table: "cases",
        row: 3,
        column: "Team",
        code: "TEXT_TRUNCATED",
        severity: "warning",
        message: CUT_MESSAGE(3, "Team", "40.000"),
      },
      {
        table: "cases",
        row: 3,
        column: "Hoofddomein 1",
        code: "TEXT_TRUNCATED",
        severity: "warning",
        message: CUT_MESSAGE(3, "Hoofddomein 1", "42.000"),
      },
      {
        table: "cases",
        row: 4,
        column: "Team",
        code: "TEXT_TRUNCATED",
        severity: "warning",
        message: CUT_MESSAGE(4, "Team", "40.000"),
      },
    ]);
  });

  it("keeps the cut value, and a KPI filtered on the cut team counts its cases", () => {
    const dataset = load();
    expect(dataset.cases.team.labels).toEqual(["Team Zuid", CUT_TEAM]);
    expect(CUT_TEAM.length).toBe(CELL_TEXT_LIMIT);
    expect(Array.from(dataset.cases.team.codes)).toEqual([0, 1, 1]);
    const domain = dataset.cases.domainLabels.find((label) => label.startsWith("Wonen"));
    expect(domain?.length).toBeLessThanOrEqual(CELL_TEXT_LIMIT);
    expect(
      computeKpi(engineOf(dataset), "started", q1, {
        filters: [{ field: "team", values: [CUT_TEAM] }],
      })
    ).toBe(2);
  });

  it("leaves no issue message or column longer than a cell holds", () => {
    const { issues } = load();
    const unknown = issues.find((issue) => issue.code === "UNKNOWN_DOMAIN");
    expect(unknown?.message).toBe(
      `Casussen, rij 3, kolom "Hoofddomein 1": "${"Wonen ".repeat(10).slice(0, 59)}…" is geen bekend ZRM-domein. Het domein telt mee zoals het geschreven is.`
    );
    for (const issue of issues) {
      expect(issue.message.length).toBeLessThanOrEqual(CELL_TEXT_LIMIT);
      expect(issue.column.length).toBeLessThanOrEqual(CELL_TEXT_LIMIT);
    }
  });

  it("cuts a long header in the mapping, with one warning at the header row", () => {
    const longHeader = "Opmerking " + "y".repeat(39990);
    const dataset = loadDataset({
      cases: {
        rows: casesRows(
          ["Casusnummer", "Startdatum", longHeader],
          ["C1", serial(2024, 1, 2), "a"],
          ["C1", serial(2024, 1, 2), "b"]
        ),
        sheetRowOffset: 5,
      },
    });
    const cutHeader = longHeader.slice(0, 32766) + "…";
    expect(dataset.mappings.cases.headers[2]).toBe(cutHeader);
    expect(dataset.mappings.cases.unmapped).toEqual([{ column: 2, header: cutHeader }]);
    expect(dataset.issues.map((issue) => [issue.row, issue.code])).toEqual([
      [5, "TEXT_TRUNCATED"],
      [7, "DUPLICATE_CASE_ID"],
    ]);
    expect(dataset.issues[0]).toMatchObject({
      column: cutHeader,
      message: CUT_MESSAGE(5, longHeader.slice(0, 199) + "…", "40.000"),
    });
  });

  it("cuts long case ids, ZRM domains and activity names", () => {
    const longId = "C" + "1".repeat(39999);
    const cutId = longId.slice(0, 32766) + "…";
    const dataset = loadDataset({
      cases: {
        rows: casesRows(["Casusnummer", "Startdatum"], [longId, serial(2024, 1, 2)], [longId, 1]),
      },
      zrm: {
        rows: tableRows(["Casusnummer", "Domein", "Beginscore"], [longId, LONG_DOMAIN, 2]),
      },
      activities: { rows: tableRows(["Activiteit", "Datum"], [LONG_TEAM, "1-3-2024"]) },
    });
    expect(dataset.cases.caseId).toEqual([cutId]);
    expect(dataset.zrm?.caseIndex[0]).toBe(0);
    expect(dataset.activities?.activityIds).toEqual([CUT_TEAM]);
    expect(
      dataset.issues.map((issue) => [issue.table, issue.row, issue.column, issue.code])
    ).toEqual([
      ["cases", 2, "Casusnummer", "TEXT_TRUNCATED"],
      ["cases", 3, "Casusnummer", "TEXT_TRUNCATED"],
      ["cases", 3, "Casusnummer", "DUPLICATE_CASE_ID"],
      ["zrm", 2, "Casusnummer", "TEXT_TRUNCATED"],
      ["zrm", 2, "Domein", "TEXT_TRUNCATED"],
      ["zrm", 2, "Domein", "UNKNOWN_DOMAIN"],
      ["activities", 2, "Activiteit", "TEXT_TRUNCATED"],
    ]);
    for (const issue of dataset.issues)
      expect(issue.message.length).toBeLessThanOrEqual(CELL_TEXT_LIMIT);
  });
});
