/**
 * De Badde's recidivists (recidivistsAnyDomain): the distinct clients who return at least the
 * minimum gap after their previous case closed, whatever the question, on a hand-made export
 * worked out by hand. All cases are Individueel traject unless said; "–" is no end date.
 *
 * case client started     closed      main domain      why
 * C1   K1     20-1-2023   10-3-2023   Financiën
 * C2   K1     15-2-2024   30-6-2024   Huisvesting      returns 11 months after C1, a new question
 * C3   K2     1-2-2023    1-6-2023    Financiën
 * C4   K2     1-2-2024    15-2-2024   Financiën        returns 8 months after C3, the same question
 * C5   K2     1-10-2024   –           Financiën (LS)   returns 7½ months after C4: K2 again
 * C6   K3     1-9-2023    1-12-2023   Financiën
 * C7   K3     1-3-2024    –           Sociaal netwerk  only 3 months after C6
 * C8   K4     1-1-2023    –           Huisvesting
 * C9   K4     1-5-2024    –           Huisvesting      C8 is still open: a reopening
 * C10  K5     1-4-2024    –           Financiën        no earlier case
 * C11  –      1-6-2024    –           Financiën        no client number: never recidive
 */
import { computeKpiResult } from "../../../src/core/kpis/computeKpi";
import type { KpiId } from "../../../src/core/kpis/kpiRegistry";
import { proposeMapping } from "../../../src/core/mapping/proposeMapping";
import { loadDataset } from "../../../src/core/parse/loadDataset";
import { parsePeriod } from "../../../src/core/periods/parsePeriod";
import { previousYearPeriod } from "../../../src/core/periods/previousYearPeriod";
import { DEFAULT_RECIDIVE_OPTIONS } from "../../../src/core/recidive/recidiveOptions";
import { DEBADDE_TEMPLATE } from "../../../src/core/templates/builtIn/debaddeTemplate";
import { renderTemplate } from "../../../src/core/templates/renderTemplate";
import type { CaseFilter, CellValue, RecidiveOptions } from "../../../src/core/types";
import { dayFromParts } from "../../../src/core/dates/dayFromParts";
import { engineOf } from "../../helpers/engineOf";

const HEADER = [
  "Casusnummer",
  "Cliëntnummer",
  "Soort traject",
  "Startdatum",
  "Einddatum",
  "Hoofddomeinen",
];
const IT = "Individueel traject";
// prettier-ignore
const ROWS: CellValue[][] = [
  ["C1", "K1", IT, "20-1-2023", "10-3-2023", "Financiën"],
  ["C2", "K1", IT, "15-2-2024", "30-6-2024", "Huisvesting"],
  ["C3", "K2", IT, "1-2-2023", "1-6-2023", "Financiën"],
  ["C4", "K2", IT, "1-2-2024", "15-2-2024", "Financiën"],
  ["C5", "K2", "Leun en steun", "1-10-2024", "", "Financiën"],
  ["C6", "K3", IT, "1-9-2023", "1-12-2023", "Financiën"],
  ["C7", "K3", IT, "1-3-2024", "", "Sociaal netwerk"],
  ["C8", "K4", IT, "1-1-2023", "", "Huisvesting"],
  ["C9", "K4", IT, "1-5-2024", "", "Huisvesting"],
  ["C10", "K5", IT, "1-4-2024", "", "Financiën"],
  ["C11", "", IT, "1-6-2024", "", "Financiën"],
];

const rows = [HEADER, ...ROWS];
const dataset = loadDataset({
  cases: { rows, mapping: proposeMapping(rows, "cases") },
  asOf: dayFromParts(2024, 12, 31),
});

function value(
  id: KpiId,
  period: string,
  options: { recidive?: Partial<RecidiveOptions>; filters?: readonly CaseFilter[] } = {}
): number | null {
  return computeKpiResult(engineOf(dataset), id, parsePeriod(period), options).value;
}

describe("recidivists of any main domain (De Badde)", () => {
  it("counts each returning client once, whatever the question", () => {
    // 2024: C2 (K1, new question), C4 and C5 (K2, same question) return; C7 is too soon, C9 a
    // reopening, C10 new, C11 without a client.
    expect(value("recidivistsAnyDomain", "2024")).toBe(2);
    expect(value("recidiveAnyDomain", "2024")).toBe(3);
    // With the same question only (the default of recidive): K2 alone, with two cases.
    expect(value("recidivists", "2024")).toBe(1);
    expect(value("recidive", "2024")).toBe(2);
    // 2023: nobody had an earlier case.
    expect(value("recidivistsAnyDomain", "2023")).toBe(0);
  });

  it("does not read sameDomain, and follows the minimum gap and the filter", () => {
    expect(value("recidivistsAnyDomain", "2024", { recidive: { sameDomain: true } })).toBe(2);
    expect(value("recidivistsAnyDomain", "2024", { recidive: { sameDomain: false } })).toBe(2);
    // A gap of 3 months lets C7 (K3) in.
    expect(value("recidivistsAnyDomain", "2024", { recidive: { minGapMonths: 3 } })).toBe(3);
    // Leun en steun only: C5, K2.
    const ls = [{ field: "caseType", values: ["LS"] }] as const;
    expect(value("recidivistsAnyDomain", "2024", { filters: ls })).toBe(1);
    // Q1 2024: C4 (K2) only; C2 starts in Q1 too (15-2): K1.
    expect(value("recidivistsAnyDomain", "Q1 2024")).toBe(2);
    expect(value("recidivistsAnyDomain", "Q2 2024")).toBe(0);
  });

  it("is the Aantal recidivisten of De Badde's dashboard, as its note defines it", () => {
    const period = parsePeriod("2024");
    const rendered = renderTemplate(
      {
        engine: engineOf(dataset),
        period,
        previous: previousYearPeriod(period),
        recidive: DEFAULT_RECIDIVE_OPTIONS,
      },
      DEBADDE_TEMPLATE
    );
    const dashboard = rendered.tables.find((table) => table.id === "dashboard");
    const row = dashboard?.rows.find((r) => r.label === "Aantal recidivisten");
    // The dashboard counts individual trajects (IT): K1 by C2 and K2 by C4 (C5 is Leun en steun).
    expect(row?.values).toEqual([2]);
    expect(dashboard?.notes).toContain(
      "Recidive: een inwoner meldt zich meer dan zes maanden na afsluiting van een voorgaand traject opnieuw."
    );
  });
});
