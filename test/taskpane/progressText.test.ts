import { progressText } from "../../src/taskpane/progressText";

describe("progressText", () => {
  it("counts data rows, not the header row, so it agrees with the message after reading", () => {
    expect(progressText({ table: "cases", rowsRead: 3004, totalRows: 3004 })).toBe(
      "Casussen: 3.003 van 3.003 rijen gelezen"
    );
    expect(progressText({ table: "zrm", rowsRead: 2001, totalRows: 60001 })).toBe(
      "ZRM-scores: 2.000 van 60.000 rijen gelezen"
    );
  });

  describe("edge cases", () => {
    it("says 0 before anything is read", () => {
      expect(progressText({ table: "cases", rowsRead: 0, totalRows: 1 })).toBe(
        "Casussen: 0 van 0 rijen gelezen"
      );
    });
  });
});
