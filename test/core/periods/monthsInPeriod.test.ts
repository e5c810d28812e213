import { INVALID_DAY, dayToIso } from "../../../src/core/dates";
import { monthsInPeriod, parsePeriod } from "../../../src/core/periods";

function months(text: string): string[] {
  return monthsInPeriod(parsePeriod(text)).map(
    (month) => `${month.label} ${dayToIso(month.start)} ${dayToIso(month.end)}`
  );
}

describe("monthsInPeriod", () => {
  it("returns every month of a year-to-date period", () => {
    const result = months("t/m Q3 2024");
    expect(result).toHaveLength(9);
    expect(result[0]).toBe("jan 2024 2024-01-01 2024-01-31");
    expect(result[1]).toBe("feb 2024 2024-02-01 2024-02-29");
    expect(result[2]).toBe("mrt 2024 2024-03-01 2024-03-31");
    expect(result[8]).toBe("sep 2024 2024-09-01 2024-09-30");
  });

  it("clips the first and last month to the period", () => {
    expect(months("15-1-2024 t/m 3-3-2024")).toEqual([
      "jan 2024 2024-01-15 2024-01-31",
      "feb 2024 2024-02-01 2024-02-29",
      "mrt 2024 2024-03-01 2024-03-03",
    ]);
  });

  it("crosses a year boundary", () => {
    expect(months("1-12-2023 t/m 31-1-2024").map((month) => month.slice(0, 8))).toEqual([
      "dec 2023",
      "jan 2024",
    ]);
  });

  describe("edge cases", () => {
    it("returns one month for a one-day period", () => {
      expect(months("3-5-2024 t/m 3-5-2024")).toEqual(["mei 2024 2024-05-03 2024-05-03"]);
    });

    it("returns nothing for an empty or invalid period", () => {
      expect(monthsInPeriod({ label: "x", start: 45300, end: 45200 })).toEqual([]);
      expect(monthsInPeriod({ label: "x", start: INVALID_DAY, end: 45200 })).toEqual([]);
      expect(monthsInPeriod({ label: "x", start: NaN, end: NaN })).toEqual([]);
    });

    it("covers the period exactly, day for day", () => {
      const period = parsePeriod("2024");
      const total = monthsInPeriod(period).reduce(
        (sum, month) => sum + month.end - month.start + 1,
        0
      );
      expect(total).toBe(366);
    });
  });
});
