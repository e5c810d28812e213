import fc from "fast-check";
import { dayFromParts } from "../../../src/core/dates/dayFromParts";
import { subMonthsFromDay } from "../../../src/core/dates/subMonthsFromDay";
import { gapThresholds } from "../../../src/core/recidive/gapThresholds";

describe("gapThresholds", () => {
  it("goes back whole months, to the last day of a shorter month", () => {
    const august = {
      label: "aug 2024",
      start: dayFromParts(2024, 8, 1),
      end: dayFromParts(2024, 8, 31),
    };
    const thresholds = gapThresholds(august, 6);
    expect(thresholds[0]).toBe(dayFromParts(2024, 2, 1));
    expect(thresholds[28]).toBe(dayFromParts(2024, 2, 29));
    expect(thresholds[30]).toBe(dayFromParts(2024, 2, 29));
  });

  it("agrees with subMonthsFromDay on every day of any period", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -200000, max: 2950000 }),
        fc.integer({ min: 0, max: 800 }),
        fc.integer({ min: 0, max: 1300 }),
        (start, length, months) => {
          const thresholds = gapThresholds({ start, end: start + length }, months);
          // One expect per period, not per day: 160k expects took 4–5 s (jest's timeout is 5).
          const wrong = Array.from({ length: length + 1 }, (_, k) => k).find(
            (k) => thresholds[k] !== subMonthsFromDay(start + k, months)
          );
          expect(
            wrong === undefined
              ? "all days agree"
              : `day ${start + wrong}: ${thresholds[wrong]} ≠ ${subMonthsFromDay(start + wrong, months)}`
          ).toBe("all days agree");
          expect(thresholds).toHaveLength(length + 1);
        }
      ),
      { numRuns: 200 }
    );
  });

  describe("edge cases", () => {
    it("keeps every day with a gap of 0 months and gives nothing for an empty period", () => {
      const march = { label: "", start: dayFromParts(2023, 3, 1), end: dayFromParts(2023, 3, 3) };
      expect(Array.from(gapThresholds(march, 0))).toEqual([
        march.start,
        march.start + 1,
        march.end,
      ]);
      expect(gapThresholds({ start: 10, end: 9 }, 6)).toHaveLength(0);
    });
  });
});
