import fc from "fast-check";
import { dayFromParts, dayToParts } from "../../../src/core/dates/dayFromParts";
import { packedDate } from "../../../src/core/kpis/calendarLookup";

describe("packedDate", () => {
  it("packs a day as yyyymmdd", () => {
    expect(packedDate(dayFromParts(2024, 2, 29))).toBe(20240229);
    expect(packedDate(dayFromParts(1900, 1, 1))).toBe(19000101);
  });

  it("agrees with dayToParts inside and outside the lookup range", () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 2958465 }), (day) => {
        const { year, month, day: d } = dayToParts(day);
        expect(packedDate(day)).toBe(year * 10000 + month * 100 + d);
      }),
      { numRuns: 2000 }
    );
  });

  describe("edge cases", () => {
    it("handles the last day of the table and the first day after it", () => {
      expect(packedDate(dayFromParts(2099, 12, 31))).toBe(20991231);
      expect(packedDate(dayFromParts(2100, 1, 1))).toBe(21000101);
    });
  });
});
