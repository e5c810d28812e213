import type { DataIssue } from "../../src/core";
import { planIssueCountsSheet } from "../../src/excel/planIssueCountsSheet";

const ISSUES: DataIssue[] = [
  {
    table: "cases",
    row: 4633,
    column: "Casusnummer",
    code: "DUPLICATE_CASE_ID",
    severity: "error",
    message: 'Casussen, rij 4633, kolom "Casusnummer": casusnummer "14630" staat al in rij 4632.',
  },
  {
    table: "cases",
    row: 542,
    column: "Hoofddomein 2",
    code: "UNKNOWN_DOMAIN",
    severity: "warning",
    message: 'Casussen, rij 542: "Eenzaamheid" is geen bekend ZRM-domein.',
  },
];

describe("planIssueCountsSheet", () => {
  it("plans one row per kind of finding with its number of rows, and the reason below", () => {
    const plan = planIssueCountsSheet(ISSUES);
    expect(plan.kind).toBe("controle");
    expect(plan.blocks[0]?.values).toEqual([
      ["Code", "Soort bevinding", "Ernst", "Aantal rijen"],
      ["DUPLICATE_CASE_ID", "Dubbel casusnummer", "Fout", 1],
      ["UNKNOWN_DOMAIN", "Onbekend domein", "Waarschuwing", 1],
      ["", "", "", ""],
      [
        expect.stringMatching(/^Publicatieversie: per soort bevinding alleen het aantal rijen/),
        "",
        "",
        "",
      ],
    ]);
    expect(plan.styles).toContainEqual({ address: "C2", style: { fontColor: expect.any(String) } });
  });

  it("names no row, case number or value", () => {
    expect(JSON.stringify(planIssueCountsSheet(ISSUES))).not.toMatch(/4633|14630|542|Eenzaamheid/);
  });

  describe("edge cases", () => {
    it('says "Geen problemen gevonden" when there are none', () => {
      expect(planIssueCountsSheet([]).blocks[0]?.values[1]?.[0]).toBe("Geen problemen gevonden");
    });
  });
});
