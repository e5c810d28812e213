import { loadDataset } from "../../../src/core/parse/loadDataset";
import {
  BENCH_CASE_HEADERS,
  generateBenchCases,
} from "../../../src/core/sample/generateBenchCases";

describe("generateBenchCases", () => {
  const table = generateBenchCases(5000, 1);
  const rows = table.slice(1);
  const col = (header: (typeof BENCH_CASE_HEADERS)[number]): number =>
    BENCH_CASE_HEADERS.indexOf(header);

  it("returns a header row and the asked number of rows, 16 columns each", () => {
    expect(table[0]).toEqual([...BENCH_CASE_HEADERS]);
    expect(rows).toHaveLength(5000);
    expect(table.every((row) => row.length === 16)).toBe(true);
  });

  it("returns the same table for the same seed and another for another seed", () => {
    expect(generateBenchCases(100, 3)).toEqual(generateBenchCases(100, 3));
    expect(generateBenchCases(100, 4)).not.toEqual(generateBenchCases(100, 3));
  });

  it('holds only what Office.js range.values holds: numbers, strings, and "" for empty', () => {
    expect(rows.flat().every((cell) => typeof cell === "number" || typeof cell === "string")).toBe(
      true
    );
    const dates = ["Aanmelddatum", "Intakedatum", "Startdatum", "Einddatum"] as const;
    for (const header of dates) {
      expect(
        rows.every((row) => row[col(header)] === "" || Number.isInteger(row[col(header)]))
      ).toBe(true);
    }
  });

  it("registers cases over 2022–2024 and never closes one after 2024", () => {
    const registered = rows.map((row) => row[col("Aanmelddatum")] as number);
    expect(Math.min(...registered)).toBeGreaterThanOrEqual(44562); // 2022-01-01
    expect(Math.max(...registered)).toBeLessThanOrEqual(45657); // 2024-12-31
    expect(
      rows.every(
        (row) => row[col("Einddatum")] === "" || (row[col("Einddatum")] as number) <= 45657
      )
    ).toBe(true);
  });

  it("is read by the core without data issues", () => {
    const dataset = loadDataset({ cases: { rows: table } });
    expect(dataset.cases.size).toBe(5000);
    expect(dataset.issues).toEqual([]);
  });

  describe("edge cases", () => {
    it("returns only the header row for zero rows", () => {
      expect(generateBenchCases(0, 1)).toEqual([[...BENCH_CASE_HEADERS]]);
    });
  });
});
