import { formatValueNl } from "../../../src/core/report/formatValueNl";

describe("formatValueNl", () => {
  it("writes counts as whole numbers with a thousands dot", () => {
    expect(formatValueNl(1392, "count")).toBe("1.392");
    expect(formatValueNl(452, "count")).toBe("452");
    expect(formatValueNl(1234567, "count")).toBe("1.234.567");
  });

  it("writes a fraction as a percentage with one decimal and a comma", () => {
    expect(formatValueNl(0.048, "percent")).toBe("4,8%");
    expect(formatValueNl(16 / 331, "percent")).toBe("4,8%");
    expect(formatValueNl(1, "percent")).toBe("100,0%");
    expect(formatValueNl(12.5, "percent")).toBe("1.250,0%");
  });

  it("rounds day counts to whole days", () => {
    expect(formatValueNl(15.2, "days")).toBe("15");
    expect(formatValueNl(15.5, "days")).toBe("16");
    expect(formatValueNl(1416.7, "days")).toBe("1.417");
  });

  it("writes decimals and scores with one decimal", () => {
    expect(formatValueNl(7.85, "score")).toBe("7,9");
    expect(formatValueNl(3.5, "decimal")).toBe("3,5");
    expect(formatValueNl(2, "decimal")).toBe("2,0");
  });

  it("shows a missing value as an en dash", () => {
    expect(formatValueNl(null, "count")).toBe("–");
    expect(formatValueNl(null, "percent")).toBe("–");
  });

  describe("edge cases", () => {
    it("rounds halves away from zero as Excel shows them, not as binary toFixed does", () => {
      // 4.85.toFixed(1) is '4.8' in JavaScript; Excel shows 4,9.
      expect(formatValueNl(4.85, "decimal")).toBe("4,9");
      expect(formatValueNl(0.0485, "percent")).toBe("4,9%");
      expect(formatValueNl(2.5, "days")).toBe("3");
    });

    it("writes a negative value with a real minus sign", () => {
      expect(formatValueNl(-0.25, "decimal")).toBe("\u22120,3");
      expect(formatValueNl(-1500, "count")).toBe("\u22121.500");
    });

    it("shows zero without a sign", () => {
      expect(formatValueNl(0, "count")).toBe("0");
      expect(formatValueNl(0, "percent")).toBe("0,0%");
      expect(formatValueNl(-0, "decimal")).toBe("0,0");
    });

    it("treats NaN and infinities as missing", () => {
      expect(formatValueNl(Number.NaN, "count")).toBe("–");
      expect(formatValueNl(Number.POSITIVE_INFINITY, "days")).toBe("–");
    });
  });
});
