import { moreIssuesText } from "../../src/taskpane/reportSections";
import type { DataIssue } from "../../src/core/types";
import { groupIssues } from "../../src/taskpane/groupIssues";

const issue = (
  code: DataIssue["code"],
  severity: DataIssue["severity"],
  row: number,
  table: DataIssue["table"] = "cases"
): DataIssue => ({
  table,
  row,
  column: "X",
  code,
  severity,
  message: `${code} ${row}`,
});

describe("groupIssues", () => {
  it("groups by kind, errors first, then larger groups, rows in order", () => {
    const groups = groupIssues([
      issue("UNKNOWN_DOMAIN", "warning", 9),
      issue("UNKNOWN_DOMAIN", "warning", 3),
      issue("UNKNOWN_DOMAIN", "warning", 5),
      issue("INVALID_DATE", "error", 40),
      issue("DUPLICATE_CASE_ID", "error", 7),
      issue("INVALID_DATE", "error", 12, "zrm"),
      issue("INVALID_DATE", "error", 30),
    ]);
    expect(
      groups.map((g) => [g.label, g.severity, g.issues.map((i) => `${i.table}:${i.row}`)])
    ).toEqual([
      ["Ongeldige datum", "error", ["cases:30", "cases:40", "zrm:12"]],
      ["Dubbel casusnummer", "error", ["cases:7"]],
      ["Onbekend domein", "warning", ["cases:3", "cases:5", "cases:9"]],
    ]);
  });

  describe("edge cases", () => {
    it("returns no groups for no issues", () => {
      expect(groupIssues([])).toEqual([]);
    });
  });
});

describe("moreIssuesText", () => {
  it("says the Controle sheet lists them all when it does", () => {
    expect(moreIssuesText(70, 120)).toBe(
      "En nog 70 van deze soort: het blad Controle somt alle 120 meldingen op, met filterknoppen."
    );
  });

  it("gives the sheet's real limit and total instead of pointing back to the pane", () => {
    const text = moreIssuesText(9950, 12345);
    expect(text).toBe(
      "En nog 9.950 van deze soort. Het blad Controle somt de eerste 5.000 van de 12.345 meldingen op en telt alle meldingen per soort."
    );
    expect(text).not.toMatch(/taakvenster/);
  });
});
