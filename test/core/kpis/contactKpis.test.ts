/**
 * De Badde's contact moments (docs/adding-a-kpi.md): meanContacts and overFiveContactsPct on a
 * hand-made export, worked out by hand. The rows are the example table of docs/functies.md
 * (sheet Export) plus a column "Aantal contactmomenten":
 *
 * case type closed      contacts
 * C1   IT   10-3-2023   9
 * C2   IT   30-6-2024   14
 * C3   LS   –           (empty)
 * C4   IA   5-5-2024    1
 * C5   IT   15-10-2024  2,5   (not a whole number: INVALID_NUMBER, left out)
 * C6   IT   –           (empty)
 * C7   IT   –           (empty)
 * C8   LS   1-12-2023   5     (not more than 5)
 * C9   IT   –           (empty)
 */
import { computeKpiResult } from "../../../src/core/kpis/computeKpi";
import type { KpiId } from "../../../src/core/kpis/kpiRegistry";
import { proposeMapping } from "../../../src/core/mapping/proposeMapping";
import { loadDataset } from "../../../src/core/parse/loadDataset";
import { parsePeriod } from "../../../src/core/periods/parsePeriod";
import { buildStandardReport } from "../../../src/core/report/buildStandardReport";
import type { CaseFilter, CellValue, Dataset } from "../../../src/core/types";
import { dayFromParts } from "../../../src/core/dates/dayFromParts";
import { engineOf } from "../../helpers/engineOf";

const HEADER = [
  "Casusnummer",
  "Cliëntnummer",
  "Soort traject",
  "Aanmelddatum",
  "Intakedatum",
  "Startdatum",
  "Einddatum",
  "Hoofddomeinen",
  "Team",
  "Aantal contactmomenten",
];
// prettier-ignore
const ROWS: CellValue[][] = [
  ["C1", "K1", "Individueel traject", "5-1-2023", "15-1-2023", "20-1-2023", "10-3-2023", "Financiën", "Noord", 9],
  ["C2", "K1", "Individueel traject", "1-2-2024", "11-2-2024", "15-2-2024", "30-6-2024", "Financiën; Huisvesting", "Noord", 14],
  ["C3", "K2", "Leun en steun", "10-3-2024", "20-3-2024", "1-4-2024", "", "Huisvesting", "Zuid", ""],
  ["C4", "K3", "Informatie en advies", "5-5-2024", "", "", "5-5-2024", "", "Zuid", 1],
  ["C5", "K4", "Individueel traject", "1-12-2023", "10-1-2024", "15-1-2024", "15-10-2024", "Geestelijke gezondheid", "Noord", "2,5"],
  ["C6", "K5", "Individueel traject", "1-3-2023", "1-4-2023", "1-4-2023", "", "Sociaal netwerk", "Zuid", ""],
  ["C7", "K2", "Individueel traject", "1-7-2024", "", "10-7-2024", "", "Huisvesting", "Zuid", ""],
  ["C8", "K6", "Leun en steun", "15-8-2023", "20-8-2023", "1-9-2023", "1-12-2023", "Financiën", "Noord", 5],
  ["C9", "", "Individueel traject", "1-9-2024", "20-9-2024", "25-9-2024", "", "Financiën", "Noord", ""],
];

function load(columns: number): Dataset {
  const rows = [HEADER, ...ROWS].map((row) => row.slice(0, columns));
  return loadDataset({
    cases: { rows, mapping: proposeMapping(rows, "cases") },
    asOf: dayFromParts(2024, 12, 31),
  });
}

const withContacts = load(HEADER.length);
const withoutContacts = load(HEADER.length - 1);

function result(dataset: Dataset, id: KpiId, period: string, filters?: readonly CaseFilter[]) {
  return computeKpiResult(engineOf(dataset), id, parsePeriod(period), filters && { filters });
}

describe("contact moments per closed case (De Badde)", () => {
  it("maps the column and reports the unusable cell on its row", () => {
    expect(proposeMapping([HEADER], "cases").fields.contacts?.header).toBe(
      "Aantal contactmomenten"
    );
    const issues = withContacts.issues.map((i) => [i.row, i.column, i.code]);
    expect(issues).toEqual([[6, "Aantal contactmomenten", "INVALID_NUMBER"]]);
  });

  it.each([
    // Closed 1-1 .. 30-9-2024: C2 14, C4 1.
    ["t/m Q3 2024", { value: 7.5, n: 2 }, { value: 0.5, n: 2 }],
    // Closed 1-1 .. 30-9-2023: C1 9.
    ["t/m Q3 2023", { value: 9, n: 1 }, { value: 1, n: 1 }],
    // Closed in 2024: C2 14, C4 1, and C5, whose "2,5" is left out of both.
    ["2024", { value: 7.5, n: 2 }, { value: 0.5, n: 2 }],
    // Closed in 2023: C1 9 (more than 5), C8 5 (not).
    ["2023", { value: 7, n: 2 }, { value: 0.5, n: 2 }],
    // Nothing closed: no value (null, not 0).
    ["Q1 2024", { value: null, n: 0 }, { value: null, n: 0 }],
  ])("%s: mean %j, share over 5 %j", (period, mean, share) => {
    expect(result(withContacts, "meanContacts", period)).toEqual(mean);
    expect(result(withContacts, "overFiveContactsPct", period)).toEqual(share);
  });

  it("takes a filter like every case KPI", () => {
    // Leun en steun closed in 2023: C8 5. Individual (IT) closed in 2024: C2 14 (C5 unusable).
    const ls = [{ field: "caseType", values: ["LS"] }] as const;
    const it2024 = [{ field: "caseType", values: ["IT"] }] as const;
    expect(result(withContacts, "meanContacts", "2023", ls)).toEqual({ value: 5, n: 1 });
    expect(result(withContacts, "overFiveContactsPct", "2023", ls)).toEqual({ value: 0, n: 1 });
    expect(result(withContacts, "meanContacts", "2024", it2024)).toEqual({ value: 14, n: 1 });
    expect(result(withContacts, "overFiveContactsPct", "2024", it2024)).toEqual({
      value: 1,
      n: 1,
    });
  });

  it("has no value without the column, and the report says which column is missing", () => {
    expect(result(withoutContacts, "meanContacts", "2024").value).toBeNull();
    expect(result(withoutContacts, "overFiveContactsPct", "2024").value).toBeNull();
    const report = buildStandardReport(engineOf(withoutContacts), parsePeriod("t/m Q3 2024"));
    const results = report.tables.find((t) => t.id === "results");
    expect(results?.rows.map((r) => r.label)).not.toContain(
      "Gemiddeld aantal contactmomenten per afgesloten casus"
    );
    expect(results?.notes?.at(-1)).toContain(
      "Gemiddeld aantal contactmomenten per afgesloten casus (geen kolom Aantal contactmomenten), " +
        "Percentage afgesloten casussen met meer dan 5 contactmomenten (geen kolom Aantal contactmomenten)"
    );
  });

  it("shows both rows in the report's Resultaten en kwaliteit when the column is there", () => {
    const report = buildStandardReport(engineOf(withContacts), parsePeriod("t/m Q3 2024"));
    const rows = report.tables.find((t) => t.id === "results")?.rows ?? [];
    const contactRows = rows
      .filter((r) => r.label.includes("contactmomenten"))
      .map((r) => [r.label, r.previous, r.current]);
    expect(contactRows).toEqual([
      ["Gemiddeld aantal contactmomenten per afgesloten casus", 9, 7.5],
      ["Percentage afgesloten casussen met meer dan 5 contactmomenten", 1, 0.5],
    ]);
  });
});
