import { chunkRowCount, estimateRowBytes } from "../../src/excel/planChunks";

describe("estimateRowBytes", () => {
  it("measures the JSON of a row plus its separator", () => {
    // ["abc",1] is 9 bytes, ["de",22] 9 bytes: 10 with the comma.
    expect(
      estimateRowBytes([
        ["abc", 1],
        ["de", 22],
      ])
    ).toBe(10);
  });

  it("counts UTF-8 bytes, not characters", () => {
    // ["é"] is 5 characters and 6 bytes.
    expect(estimateRowBytes([["é"]])).toBe(7);
  });

  describe("edge cases", () => {
    it("samples long inputs evenly", () => {
      const rows = Array.from({ length: 10000 }, (_, i) => [i % 2 === 0 ? "a" : "bbb"]);
      // step 50: every sampled row is even, so ["a"] (5 bytes + 1).
      expect(estimateRowBytes(rows)).toBe(6);
    });

    it("returns a minimum for no rows", () => {
      expect(estimateRowBytes([])).toBe(2);
    });
  });
});

describe("chunkRowCount", () => {
  it("fits the budget with a 25% margin", () => {
    // 3 MiB / (250 × 1.25) = 10066 rows
    expect(
      chunkRowCount({
        rowBytes: 250,
        budgetBytes: 3 * 1024 * 1024,
        columnCount: 20,
        remaining: 60000,
      })
    ).toBe(10066);
  });

  it("caps the cells per chunk", () => {
    expect(
      chunkRowCount({
        rowBytes: 10,
        budgetBytes: 3 * 1024 * 1024,
        columnCount: 40,
        remaining: 60000,
      })
    ).toBe(10000);
  });

  describe("edge cases", () => {
    it("never asks for more than what is left, nor for less than one row", () => {
      expect(chunkRowCount({ rowBytes: 10, budgetBytes: 1e6, columnCount: 2, remaining: 7 })).toBe(
        7
      );
      expect(chunkRowCount({ rowBytes: 1e7, budgetBytes: 1e6, columnCount: 2, remaining: 7 })).toBe(
        1
      );
    });
  });
});
