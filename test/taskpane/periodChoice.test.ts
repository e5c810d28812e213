import {
  choiceFromText,
  describePeriod,
  latestCompleteQuarter,
  nextQuarterText,
  periodTextOf,
} from "../../src/taskpane/periodChoice";

describe("periodTextOf", () => {
  it("writes year to date, a single quarter or the free text", () => {
    expect(periodTextOf({ mode: "ytd", year: 2024, quarter: 3, text: "" })).toBe("t/m Q3 2024");
    expect(periodTextOf({ mode: "quarter", year: 2024, quarter: 1, text: "" })).toBe("Q1 2024");
    expect(periodTextOf({ mode: "text", year: 2024, quarter: 1, text: "  t/m sep 2024 " })).toBe(
      "t/m sep 2024"
    );
  });
});

describe("choiceFromText", () => {
  it("shows a stored quarter period in the year and quarter pickers", () => {
    expect(choiceFromText("t/m Q2 2024", { year: 2025, quarter: 1 })).toEqual({
      mode: "ytd",
      year: 2024,
      quarter: 2,
      text: "t/m Q2 2024",
    });
    expect(choiceFromText("q4 2023", { year: 2025, quarter: 1 })).toEqual({
      mode: "quarter",
      year: 2023,
      quarter: 4,
      text: "q4 2023",
    });
  });

  describe("edge cases", () => {
    it("keeps any other form as free text", () => {
      expect(choiceFromText("1-1-2024 t/m 30-9-2024", { year: 2024, quarter: 3 })).toEqual({
        mode: "text",
        year: 2024,
        quarter: 3,
        text: "1-1-2024 t/m 30-9-2024",
      });
    });
  });
});

describe("describePeriod", () => {
  it("gives the dates and the comparison period", () => {
    expect(describePeriod("t/m Q3 2024")).toEqual({
      ok: true,
      text: "t/m Q3 2024",
      label: "t/m Q3 2024",
      description: "1-1-2024 t/m 30-9-2024, vergeleken met t/m Q3 2023 (1-1-2023 t/m 30-9-2023)",
    });
    expect(describePeriod("feb 2024")).toEqual(
      expect.objectContaining({
        label: "februari 2024",
        description:
          "1-2-2024 t/m 29-2-2024, vergeleken met februari 2023 (1-2-2023 t/m 28-2-2023)",
      })
    );
  });

  describe("edge cases", () => {
    it("gives the core’s Dutch message for a bad period, and asks for one when empty", () => {
      const bad = describePeriod("Q5 2024");
      expect(bad.ok).toBe(false);
      expect(!bad.ok && bad.message).toMatch(
        /^Onbekende periode: "Q5 2024"\. Gebruik bijvoorbeeld/
      );
      expect(describePeriod("  ")).toEqual({
        ok: false,
        text: "  ",
        message: 'Vul een periode in, bijvoorbeeld "t/m Q3 2024".',
      });
    });
  });
});

describe("latestCompleteQuarter and nextQuarterText", () => {
  it("picks the last quarter that has ended", () => {
    expect(latestCompleteQuarter(new Date(2024, 9, 7))).toEqual({ year: 2024, quarter: 3 });
    expect(latestCompleteQuarter(new Date(2024, 6, 1))).toEqual({ year: 2024, quarter: 2 });
    expect(latestCompleteQuarter(new Date(2025, 0, 15))).toEqual({ year: 2024, quarter: 4 });
  });

  it("moves a quarter period on by one quarter in the same form", () => {
    expect(nextQuarterText("t/m Q3 2024")).toBe("t/m Q4 2024");
    expect(nextQuarterText("t/m Q4 2024")).toBe("t/m Q1 2025");
    expect(nextQuarterText("Q4 2024")).toBe("Q1 2025");
  });

  describe("edge cases", () => {
    it("has no next quarter for other forms", () => {
      expect(nextQuarterText("2024")).toBeNull();
      expect(nextQuarterText("")).toBeNull();
    });
  });
});
