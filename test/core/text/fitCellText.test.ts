import { CELL_TEXT_LIMIT, fitCellText } from "../../../src/core/text/fitCellText";

describe("fitCellText", () => {
  it("returns text of at most 32,767 characters unchanged", () => {
    const full = "a".repeat(CELL_TEXT_LIMIT);
    expect(fitCellText(full)).toBe(full);
    expect(fitCellText("Team Noord")).toBe("Team Noord");
  });

  it("cuts longer text to 32,766 characters and …", () => {
    const cut = fitCellText("b".repeat(CELL_TEXT_LIMIT + 1));
    expect(cut).toBe("b".repeat(32766) + "…");
    expect(cut.length).toBe(32767);
  });

  describe("edge cases", () => {
    it("never cuts a surrogate pair in half", () => {
      // An emoji (two UTF-16 units) across the cut: it goes as a whole.
      const text = "c".repeat(32765) + "😀" + "d".repeat(10);
      expect(fitCellText(text)).toBe("c".repeat(32765) + "…");
    });
  });
});
