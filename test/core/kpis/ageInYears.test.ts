import fc from "fast-check";
import { dayFromParts, dayToParts } from "../../../src/core/dates/dayFromParts";
import { ageInYears } from "../../../src/core/kpis/ageInYears";

describe("ageInYears", () => {
  it("counts completed years", () => {
    expect(ageInYears(dayFromParts(1990, 2, 10), dayFromParts(2024, 1, 15))).toBe(33);
    expect(ageInYears(dayFromParts(1990, 2, 10), dayFromParts(2024, 2, 10))).toBe(34);
  });

  it("agrees with the calendar parts of both days", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 2958465 }),
        fc.integer({ min: 2, max: 2958465 }),
        (a, b) => {
          const birth = dayToParts(Math.min(a, b));
          const on = dayToParts(Math.max(a, b));
          const expected =
            on.year -
            birth.year -
            (on.month * 100 + on.day < birth.month * 100 + birth.day ? 1 : 0);
          expect(ageInYears(Math.min(a, b), Math.max(a, b))).toBe(expected);
        }
      )
    );
  });

  describe("edge cases", () => {
    it("lets a 29 February birthday count from 1 March in other years", () => {
      expect(ageInYears(dayFromParts(2000, 2, 29), dayFromParts(2023, 2, 28))).toBe(22);
      expect(ageInYears(dayFromParts(2000, 2, 29), dayFromParts(2023, 3, 1))).toBe(23);
    });

    it("is negative before the birth", () => {
      expect(ageInYears(dayFromParts(2000, 5, 10), dayFromParts(2000, 5, 9))).toBe(-1);
    });
  });
});
