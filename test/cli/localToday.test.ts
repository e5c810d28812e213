import { localToday } from "../../src/cli/localToday";

describe("localToday", () => {
  it("returns the local calendar date of a moment, whatever its time of day", () => {
    expect(localToday(new Date(2024, 9, 7, 0, 0))).toBe(45572); // 7 October 2024
    expect(localToday(new Date(2024, 9, 7, 23, 59, 59))).toBe(45572);
    expect(localToday(new Date(2024, 0, 1, 12))).toBe(45292); // 1 January 2024
  });

  describe("edge cases", () => {
    it("reads the clock when no moment is given", () => {
      const before = localToday(new Date());
      const today = localToday();
      expect(today === before || today === before + 1).toBe(true);
    });
  });
});
