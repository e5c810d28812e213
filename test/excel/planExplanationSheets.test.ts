import type { DataIssue } from "../../src/core/types";
import { issueKindLabel } from "../../src/excel/issueLabels";
import {
  MAX_CONTROLE_ROWS,
  planControleSheet,
  planToelichtingSheet,
} from "../../src/excel/planExplanationSheets";
import { REPORT_COLORS } from "../../src/excel/reportStyle";
import { fixtureReport } from "./reportFixture";

const ISSUE: DataIssue = {
  table: "cases",
  row: 12,
  column: "Einddatum",
  code: "INVALID_DATE",
  severity: "error",
  message: 'Casussen, rij 12, kolom "Einddatum": "31-02-2024" is geen geldige datum.',
};

describe("planToelichtingSheet", () => {
  it("lists the parameters and the definitions as the ExcelJS workbook does", () => {
    const plan = planToelichtingSheet(fixtureReport());
    expect(plan.blocks).toHaveLength(1);
    expect(plan.blocks[0]!.address).toBe("A1:B10");
    expect(plan.blocks[0]!.values).toEqual([
      ["Toelichting bij de rapportage t/m Q3 2024", ""],
      ["", ""],
      ["Periode en parameters", ""],
      ["Parameter", "Waarde"],
      ["Periode", "t/m Q3 2024 (1-1-2024 t/m 30-9-2024)"],
      ["Recidive: minimale tussenpoos", "6 maanden"],
      ["", ""],
      ["Definities", ""],
      ["Begrip", "Definitie"],
      ["Aantal aanmeldingen", "Casussen met een aanmelddatum in de periode."],
    ]);
    expect(plan.blocks[0]!.numberFormat[4]).toEqual(["@", "@"]);
    expect(plan.styles).toContainEqual({
      address: "A10:B10",
      style: { wrapText: true, verticalAlignment: "Top" },
    });
  });

  it('writes "Wat niet meetelt" under a definition that has it, in italics', () => {
    const report = fixtureReport();
    const plan = planToelichtingSheet({
      ...report,
      definitions: [
        {
          label: "Afgesloten",
          definition: "Het aantal casussen met een afsluitdatum in de periode.",
          excludes: "Casussen zonder einddatum.",
        },
      ],
    });
    expect(plan.blocks[0]!.values.slice(-2)).toEqual([
      ["Afgesloten", "Het aantal casussen met een afsluitdatum in de periode."],
      ["Wat niet meetelt", "Casussen zonder einddatum."],
    ]);
    expect(plan.styles).toContainEqual({ address: "A11", style: { bold: false, italic: true } });
  });
});

describe("planControleSheet", () => {
  it("lists every issue with table, row, column, code, severity and message", () => {
    const plan = planControleSheet([
      ISSUE,
      { ...ISSUE, row: 30, severity: "warning", code: "UNKNOWN_DOMAIN", column: "=Domein" },
    ]);
    expect(plan.blocks[0]!.values).toEqual([
      ["Tabel", "Rij", "Kolom", "Code", "Ernst", "Melding"],
      ["Casussen", 12, "Einddatum", "INVALID_DATE", "Fout", ISSUE.message],
      ["Casussen", 30, "=Domein", "UNKNOWN_DOMAIN", "Waarschuwing", ISSUE.message],
    ]);
    expect(plan.blocks[0]!.numberFormat[2]).toEqual(["@", "0", "@", "@", "@", "@"]);
    expect(plan.styles).toContainEqual({
      address: "E2",
      style: { fontColor: REPORT_COLORS.error },
    });
    expect(plan.autoFilter).toBe("A1:F3");
    expect(plan.freezeRows).toBe(1);
  });

  describe("edge cases", () => {
    it("says so when there are no issues", () => {
      expect(planControleSheet([]).blocks[0]!.values[1]).toEqual([
        "Geen problemen gevonden",
        "",
        "",
        "",
        "",
        "",
      ]);
    });

    it("writes at most 5,000 issues, gives the real total and counts every issue per kind", () => {
      const many = Array.from({ length: MAX_CONTROLE_ROWS + 1234 }, (_, i) => ({
        ...ISSUE,
        row: i + 2,
        ...(i >= MAX_CONTROLE_ROWS - 10
          ? { code: "UNKNOWN_DOMAIN" as const, severity: "warning" as const }
          : {}),
      }));
      const plan = planControleSheet(many);
      const values = plan.blocks[0]!.values;
      expect(values).toHaveLength(MAX_CONTROLE_ROWS + 2);
      const last = String(values[values.length - 1]![0]);
      expect(last).toMatch(
        /^Dit blad toont de eerste 5\.000 van 6\.234 meldingen; de overige 1\.234 zijn weggelaten /
      );
      // It does not send the reader to the pane, which lists fewer.
      expect(last).not.toMatch(/taakvenster/);
      expect(plan.blocks[1]).toEqual(
        expect.objectContaining({
          address: "H1:K4",
          values: [
            ["Soort melding (alle meldingen)", "Ernst", "Aantal", "Op dit blad"],
            [issueKindLabel(ISSUE.code), "Fout", 4990, 4990],
            [issueKindLabel("UNKNOWN_DOMAIN"), "Waarschuwing", 1244, 10],
            ["Totaal", "", 6234, 5000],
          ],
        })
      );
    });

    it("colours consecutive errors with one range", () => {
      const plan = planControleSheet([ISSUE, ISSUE, ISSUE]);
      expect(plan.styles.filter((s) => s.style.fontColor)).toEqual([
        { address: "E2:E4", style: { fontColor: REPORT_COLORS.error } },
      ]);
    });
  });
});
