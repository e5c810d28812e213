import { countIssues } from "../../../src/core/issues/countIssues";
import type { DataIssue } from "../../../src/core/types";

function issue(partial: Partial<DataIssue> & Pick<DataIssue, "code" | "row">): DataIssue {
  return {
    table: "cases",
    column: "Startdatum",
    severity: "error",
    message: `Casussen, rij ${partial.row}: casus C-${partial.row}.`,
    ...partial,
  };
}

describe("countIssues", () => {
  it("counts the distinct rows per kind, in the order the kinds first occur", () => {
    const counts = countIssues([
      issue({ code: "UNKNOWN_DOMAIN", row: 7, severity: "warning" }),
      issue({ code: "INVALID_DATE", row: 4 }),
      issue({ code: "INVALID_DATE", row: 4, column: "Einddatum" }),
      issue({ code: "INVALID_DATE", row: 9 }),
      issue({ code: "INVALID_DATE", row: 9, table: "zrm" }),
    ]);
    expect(counts).toEqual([
      { code: "UNKNOWN_DOMAIN", description: "Onbekend domein", severity: "warning", rows: 1 },
      { code: "INVALID_DATE", description: "Ongeldige datum", severity: "error", rows: 3 },
    ]);
  });

  it("calls a kind an error when any of its findings is one", () => {
    const counts = countIssues([
      issue({ code: "MISSING_VALUE", row: 2, severity: "warning" }),
      issue({ code: "MISSING_VALUE", row: 3, severity: "error" }),
    ]);
    expect(counts[0]?.severity).toBe("error");
  });

  it("carries no row numbers, columns or messages", () => {
    const text = JSON.stringify(countIssues([issue({ code: "DUPLICATE_CASE_ID", row: 12 })]));
    expect(text).not.toMatch(/12|C-|Startdatum|Casussen/);
  });

  describe("edge cases", () => {
    it("returns an empty list for no issues", () => {
      expect(countIssues([])).toEqual([]);
    });
  });
});
