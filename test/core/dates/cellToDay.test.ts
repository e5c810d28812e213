import {
  INVALID_DAY,
  cellToDay,
  dateToDay,
  isValidDay,
  parseDateText,
  serialToDay,
} from "../../../src/core/dates";

// Hand-checked anchors: Excel shows serial 45292 as 1-1-2024 and 45565 as 30-9-2024.
const JAN_1_2024 = 45292;
const JAN_3_2024 = 45294;
const SEP_30_2024 = 45565;

describe("cellToDay", () => {
  describe("numbers (Excel serials)", () => {
    it("returns the serial itself from March 1900 on", () => {
      expect(cellToDay(JAN_1_2024)).toBe(JAN_1_2024);
      expect(cellToDay(61)).toBe(61);
    });

    it("ignores the fraction (a time of day)", () => {
      expect(cellToDay(45292.999)).toBe(JAN_1_2024);
      expect(cellToDay(45292.5)).toBe(JAN_1_2024);
    });

    it("shifts serials 1–59 by one day because of the non-existent 29 February 1900", () => {
      expect(cellToDay(1)).toBe(2); // 1-1-1900
      expect(cellToDay(59)).toBe(60); // 28-2-1900
      expect(serialToDay(59.9)).toBe(60);
    });

    it("returns INVALID_DAY for serial 60 (29-2-1900)", () => {
      expect(cellToDay(60)).toBe(INVALID_DAY);
      expect(cellToDay(60.5)).toBe(INVALID_DAY);
    });

    it("returns INVALID_DAY for serials ≤ 0, absurd serials and infinities", () => {
      expect(cellToDay(0)).toBe(INVALID_DAY);
      expect(cellToDay(0.5)).toBe(INVALID_DAY);
      expect(cellToDay(-3)).toBe(INVALID_DAY);
      expect(cellToDay(2958466)).toBe(INVALID_DAY);
      expect(cellToDay(1e12)).toBe(INVALID_DAY);
      expect(cellToDay(Infinity)).toBe(INVALID_DAY);
      expect(cellToDay(-Infinity)).toBe(INVALID_DAY);
    });

    it("accepts the last Excel date 31-12-9999", () => {
      expect(cellToDay(2958465)).toBe(2958465);
    });

    it("treats NaN as empty", () => {
      expect(cellToDay(NaN)).toBeNaN();
    });
  });

  describe("text", () => {
    it.each([
      ["1-1-2024", JAN_1_2024],
      ["01-01-2024", JAN_1_2024],
      ["3/1/2024", JAN_3_2024],
      ["03/01/2024", JAN_3_2024],
      ["3.1.2024", JAN_3_2024],
      ["30-9-2024", SEP_30_2024],
      ["2024-01-03", JAN_3_2024],
      ["2024-1-3", JAN_3_2024],
      ["2024-01-03T00:00:00", JAN_3_2024],
      ["2024-01-03T23:59:59.999Z", JAN_3_2024],
      ["2024-01-03 10:15", JAN_3_2024],
      ["2024-01-03T22:30:00+02:00", JAN_3_2024],
      ["3-1-2024 10:15", JAN_3_2024],
      ["3 januari 2024", JAN_3_2024],
      ["3 Januari 2024", JAN_3_2024],
      ["3 JAN 2024", JAN_3_2024],
      ["3 jan. 2024", JAN_3_2024],
      ["3-jan-2024", JAN_3_2024],
      ["woensdag 3 januari 2024", JAN_3_2024],
      ["wo 3 jan 2024", JAN_3_2024],
      ["30 september 2024", SEP_30_2024],
      ["30 sep 2024", SEP_30_2024],
      ["30 sept. 2024", SEP_30_2024],
      ["  30-9-2024  ", SEP_30_2024],
    ])("reads %j", (text, expected) => {
      expect(cellToDay(text)).toBe(expected);
    });

    it.each([
      ["maart", 3],
      ["mrt", 3],
      ["mei", 5],
      ["juni", 6],
      ["jul", 7],
      ["augustus", 8],
      ["okt", 10],
      ["oktober", 10],
      ["nov", 11],
      ["december", 12],
    ])("knows the Dutch month %j", (month, number) => {
      expect(cellToDay(`1 ${month} 2024`)).toBe(cellToDay(`1-${number}-2024`));
    });

    it("returns NaN for empty text and whitespace", () => {
      expect(cellToDay("")).toBeNaN();
      expect(cellToDay("   ")).toBeNaN();
      expect(cellToDay("\t\n")).toBeNaN();
      expect(cellToDay("\u00a0")).toBeNaN();
    });
  });

  describe("Date objects", () => {
    it("reads a UTC-midnight Date (ExcelJS) by its UTC date", () => {
      expect(cellToDay(new Date(Date.UTC(2024, 0, 3)))).toBe(JAN_3_2024);
    });

    it("reads a local-midnight Date by its local date", () => {
      expect(cellToDay(new Date(2024, 0, 3))).toBe(JAN_3_2024);
      expect(cellToDay(new Date(2024, 2, 31))).toBe(cellToDay("31-3-2024"));
    });

    it("reads a Date with a time by its UTC date (ExcelJS stores wall-clock time as UTC)", () => {
      expect(cellToDay(new Date(Date.UTC(2024, 0, 3, 23, 30)))).toBe(JAN_3_2024);
      expect(dateToDay(new Date(Date.UTC(2024, 0, 3, 0, 0, 1)))).toBe(JAN_3_2024);
    });

    it("returns INVALID_DAY for an Invalid Date and dates before 1900", () => {
      expect(cellToDay(new Date(NaN))).toBe(INVALID_DAY);
      expect(cellToDay(new Date(Date.UTC(1899, 11, 31)))).toBe(INVALID_DAY);
    });
  });

  describe("edge cases", () => {
    it.each([
      ["31-02-2024", "an impossible day"],
      ["29-2-2023", "29 February of a non-leap year"],
      ["1-13-2024", "month 13"],
      ["0-1-2024", "day 0"],
      ["3-1-24", "a two-digit year"],
      ["24-01-03", "a two-digit year first"],
      ["45000", "a serial written as text"],
      ["3-1/2024", "mixed separators"],
      ["2024/01/03", "an ISO date with slashes"],
      ["3 foo 2024", "an unknown month"],
      ["2024-01-03T25:00", "a time beyond 23:59"],
      ["1-1-1899", "a year before 1900"],
      ["#N/A", "an Excel error value"],
      ["#VALUE!", "an Excel error value"],
      ["morgen", "a word"],
    ])("returns INVALID_DAY for %j (%s)", (text) => {
      expect(cellToDay(text)).toBe(INVALID_DAY);
      expect(isValidDay(cellToDay(text))).toBe(false);
    });

    it("accepts 29 February in a leap year", () => {
      expect(cellToDay("29-2-2024")).toBe(JAN_1_2024 + 31 + 28);
    });

    it("returns NaN for null and undefined", () => {
      expect(cellToDay(null)).toBeNaN();
      expect(cellToDay(undefined)).toBeNaN();
    });

    it("returns INVALID_DAY for booleans", () => {
      expect(cellToDay(true)).toBe(INVALID_DAY);
      expect(cellToDay(false)).toBe(INVALID_DAY);
    });

    it("parseDateText reads the same texts as cellToDay", () => {
      expect(parseDateText("3 jan 2024")).toBe(JAN_3_2024);
      expect(parseDateText("")).toBe(INVALID_DAY);
    });
  });
});
