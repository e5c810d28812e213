import fc from "fast-check";
import { subMonths } from "date-fns";
import {
  INVALID_DAY,
  cellToDay,
  dayFromParts,
  dayToDate,
  dayToIso,
  dayToParts,
  dayToText,
  dayToUtcDate,
  daysInMonth,
  isValidDay,
  isoToDay,
  subMonthsFromDay,
} from "../../../src/core/dates";

describe("dayFromParts and dayToParts", () => {
  it("returns the Excel serial of a date", () => {
    expect(dayFromParts(2024, 1, 1)).toBe(45292);
    expect(dayFromParts(2023, 1, 1)).toBe(44927);
    expect(dayFromParts(2024, 9, 30)).toBe(45565);
    expect(dayFromParts(1900, 3, 1)).toBe(61);
    expect(dayFromParts(1900, 1, 1)).toBe(2);
    expect(dayFromParts(9999, 12, 31)).toBe(2958465);
  });

  it("returns the parts of a day", () => {
    expect(dayToParts(45565)).toEqual({ year: 2024, month: 9, day: 30 });
    expect(dayToParts(60)).toEqual({ year: 1900, month: 2, day: 28 });
    expect(dayToParts(61)).toEqual({ year: 1900, month: 3, day: 1 });
  });

  it("round-trips every day from 1900 to 9999", () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 2958465 }), (day) => {
        const { year, month, day: dayOfMonth } = dayToParts(day);
        expect(dayFromParts(year, month, dayOfMonth)).toBe(day);
      })
    );
  });

  it("agrees with Date.UTC", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1900, max: 9999 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 28 }),
        (year, month, day) => {
          expect(dayFromParts(year, month, day)).toBe(
            Date.UTC(year, month - 1, day) / 86_400_000 + 25569
          );
        }
      )
    );
  });

  describe("edge cases", () => {
    it("returns INVALID_DAY for impossible parts", () => {
      expect(dayFromParts(2024, 2, 30)).toBe(INVALID_DAY);
      expect(dayFromParts(2023, 2, 29)).toBe(INVALID_DAY);
      expect(dayFromParts(1900, 2, 29)).toBe(INVALID_DAY);
      expect(dayFromParts(2024, 0, 1)).toBe(INVALID_DAY);
      expect(dayFromParts(2024, 1, 0)).toBe(INVALID_DAY);
      expect(dayFromParts(1899, 12, 31)).toBe(INVALID_DAY);
      expect(dayFromParts(10000, 1, 1)).toBe(INVALID_DAY);
      expect(dayFromParts(2024.5, 1, 1)).toBe(INVALID_DAY);
    });

    it("returns NaN parts for empty and invalid days", () => {
      expect(dayToParts(NaN)).toEqual({ year: NaN, month: NaN, day: NaN });
      expect(dayToParts(INVALID_DAY)).toEqual({ year: NaN, month: NaN, day: NaN });
    });

    it("knows leap years in daysInMonth", () => {
      expect([
        daysInMonth(2024, 2),
        daysInMonth(2023, 2),
        daysInMonth(1900, 2),
        daysInMonth(2000, 2),
      ]).toEqual([29, 28, 28, 29]);
    });

    it("isValidDay rejects NaN, INVALID_DAY, fractions and days out of range", () => {
      expect([
        isValidDay(45292),
        isValidDay(NaN),
        isValidDay(INVALID_DAY),
        isValidDay(45292.5),
        isValidDay(1),
        isValidDay(2958466),
      ]).toEqual([true, false, false, false, false, false]);
    });
  });
});

describe("dayToIso, dayToText and isoToDay", () => {
  it("formats a day as ISO and as Dutch text", () => {
    expect(dayToIso(45565)).toBe("2024-09-30");
    expect(dayToIso(61)).toBe("1900-03-01");
    expect(dayToText(45565)).toBe("30-9-2024");
  });

  it("reads a strict ISO date", () => {
    expect(isoToDay("2024-09-30")).toBe(45565);
    expect(isoToDay(" 2024-09-30 ")).toBe(45565);
  });

  describe("edge cases", () => {
    it("returns empty text for empty and invalid days", () => {
      expect(dayToIso(NaN)).toBe("");
      expect(dayToIso(INVALID_DAY)).toBe("");
      expect(dayToText(NaN)).toBe("");
    });

    it("returns NaN for empty text and INVALID_DAY for other forms", () => {
      expect(isoToDay("")).toBeNaN();
      expect(isoToDay("30-9-2024")).toBe(INVALID_DAY);
      expect(isoToDay("2024-9-30")).toBe(INVALID_DAY);
      expect(isoToDay("2024-02-30")).toBe(INVALID_DAY);
    });
  });
});

describe("dayToDate and dayToUtcDate", () => {
  it("returns local midnight of the day, in every time zone", () => {
    const date = dayToDate(45294);
    expect([date.getFullYear(), date.getMonth(), date.getDate(), date.getHours()]).toEqual([
      2024, 0, 3, 0,
    ]);
  });

  it("returns UTC midnight of the day", () => {
    expect(dayToUtcDate(45294).toISOString()).toBe("2024-01-03T00:00:00.000Z");
  });

  it("round-trips through cellToDay in the current time zone", () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 2958465 }), (day) => {
        expect(cellToDay(dayToDate(day))).toBe(day);
        expect(cellToDay(dayToUtcDate(day))).toBe(day);
      })
    );
  });

  describe("edge cases", () => {
    it("returns an Invalid Date for an empty or invalid day", () => {
      expect(dayToDate(NaN).getTime()).toBeNaN();
      expect(dayToUtcDate(INVALID_DAY).getTime()).toBeNaN();
    });

    it("keeps days around the DST changes", () => {
      for (const iso of ["2024-03-31", "2024-10-27", "2018-11-04", "2019-02-17"]) {
        expect(cellToDay(dayToDate(isoToDay(iso)))).toBe(isoToDay(iso));
      }
    });
  });
});

describe("subMonthsFromDay", () => {
  it("goes back whole calendar months", () => {
    expect(dayToIso(subMonthsFromDay(isoToDay("2024-09-15"), 6))).toBe("2024-03-15");
    expect(dayToIso(subMonthsFromDay(isoToDay("2024-01-15"), 6))).toBe("2023-07-15");
  });

  it("clips to the end of a shorter month, as date-fns subMonths does", () => {
    expect(dayToIso(subMonthsFromDay(isoToDay("2024-08-31"), 6))).toBe("2024-02-29");
    expect(dayToIso(subMonthsFromDay(isoToDay("2023-08-31"), 6))).toBe("2023-02-28");
    expect(dayToIso(subMonthsFromDay(isoToDay("2024-03-31"), 1))).toBe("2024-02-29");
  });

  it("agrees with date-fns subMonths for any day and month count", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2000, max: 2950000 }),
        fc.integer({ min: -60, max: 60 }),
        (day, months) => {
          // The oracle works at local noon: historical zones (Amsterdam before 1940, DST
          // switches at midnight) have local midnights that do not exist.
          const { year, month, day: dayOfMonth } = dayToParts(day);
          const shifted = subMonths(new Date(year, month - 1, dayOfMonth, 12), months);
          const expected = dayFromParts(
            shifted.getFullYear(),
            shifted.getMonth() + 1,
            shifted.getDate()
          );
          expect(subMonthsFromDay(day, months)).toBe(expected);
        }
      ),
      { numRuns: 2000 }
    );
  });

  describe("edge cases", () => {
    it("returns the day itself for 0 months and passes empty and invalid days through", () => {
      expect(subMonthsFromDay(45292, 0)).toBe(45292);
      expect(subMonthsFromDay(NaN, 6)).toBeNaN();
      expect(subMonthsFromDay(INVALID_DAY, 6)).toBe(INVALID_DAY);
      expect(subMonthsFromDay(45292, NaN)).toBeNaN();
    });

    it("adds months for a negative count and truncates fractions", () => {
      expect(dayToIso(subMonthsFromDay(isoToDay("2024-01-31"), -1))).toBe("2024-02-29");
      expect(subMonthsFromDay(isoToDay("2024-09-15"), 6.9)).toBe(isoToDay("2024-03-15"));
    });
  });
});
