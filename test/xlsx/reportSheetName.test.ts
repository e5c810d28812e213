import { reportSheetName } from "../../src/xlsx/reportSheetName";

describe("reportSheetName", () => {
  it("names the sheet after the period with a look-alike slash", () => {
    expect(reportSheetName("t/m Q3 2024")).toBe("Rapportage t\u2215m Q3 2024");
    expect(reportSheetName("Q3 2024")).toBe("Rapportage Q3 2024");
  });

  describe("edge cases", () => {
    it("uses the shorter prefix when the full name passes 31 characters", () => {
      expect(reportSheetName("1-1-2024 t/m 30-9-2024")).toBe("Rapport 1-1-2024 t\u2215m 30-9-2024");
    });

    it("cuts a name that is still too long and drops characters Excel forbids", () => {
      const name = reportSheetName("2024-01-01..2024-09-30 [concept]: a?b*c\\d");
      expect(name.length).toBeLessThanOrEqual(31);
      expect(name).not.toMatch(/[/\\?*[\]:]/);
      expect(name.startsWith("Rapport 2024-01-01..2024-09-30")).toBe(true);
    });

    it("never starts or ends the label with an apostrophe", () => {
      expect(reportSheetName("'2024'")).toBe("Rapportage 2024");
    });
  });
});
