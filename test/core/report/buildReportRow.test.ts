import fc from "fast-check";
import {
  buildReportRow,
  roundForDisplay,
  type ReportRowInput,
} from "../../../src/core/report/buildReportRow";

const base: Omit<ReportRowInput, "previous" | "current"> = {
  label: "Aantal aanmeldingen",
  key: "registrations",
  format: "count",
  polarity: "neutral",
  deltaKind: "absolute",
};

describe("buildReportRow", () => {
  it("computes Δ as current − previous and Δ% as Δ / |previous|", () => {
    const row = buildReportRow({ ...base, previous: 479, current: 452 });
    expect(row.delta).toBe(-27);
    expect(row.deltaPct).toBeCloseTo(-27 / 479, 12);
    expect(row.isTotal).toBe(false);
  });

  it("gives no Δ% for rates and means (points)", () => {
    const row = buildReportRow({
      ...base,
      format: "percent",
      deltaKind: "points",
      previous: 0.048,
      current: 0.032,
    });
    expect(row.delta).toBeCloseTo(-0.016, 12);
    expect(row.deltaPct).toBeNull();
  });

  it("rounds rates and means to the precision shown, so Δ is the difference of the shown values", () => {
    const wait = buildReportRow({
      ...base,
      format: "days",
      deltaKind: "points",
      previous: 17.4,
      current: 16.6,
    });
    expect(wait).toMatchObject({ previous: 17, current: 17, delta: 0 });
    const pct = buildReportRow({
      ...base,
      format: "percent",
      deltaKind: "points",
      previous: 0.6094,
      current: 0.5826,
    });
    expect(pct).toMatchObject({ previous: 0.609, current: 0.583, delta: -0.026 });
    const score = buildReportRow({
      ...base,
      format: "score",
      deltaKind: "points",
      previous: 7.45,
      current: 7.54,
    });
    expect(score).toMatchObject({ previous: 7.5, current: 7.5, delta: 0 });
  });

  it("keeps the label, key, format, polarity and total flag", () => {
    const row = buildReportRow({
      ...base,
      polarity: "down",
      isTotal: true,
      previous: 1,
      current: 2,
    });
    expect(row).toMatchObject({
      label: "Aantal aanmeldingen",
      key: "registrations",
      format: "count",
      polarity: "down",
      isTotal: true,
    });
  });

  describe("edge cases", () => {
    it("gives no Δ% when the previous value is 0", () => {
      const row = buildReportRow({ ...base, previous: 0, current: 5 });
      expect(row.delta).toBe(5);
      expect(row.deltaPct).toBeNull();
    });

    it("gives neither Δ nor Δ% when a value is missing", () => {
      expect(buildReportRow({ ...base, previous: null, current: 5 })).toMatchObject({
        delta: null,
        deltaPct: null,
      });
      expect(buildReportRow({ ...base, previous: 5, current: null })).toMatchObject({
        delta: null,
        deltaPct: null,
      });
    });

    it("divides by the absolute previous value for negative values", () => {
      const row = buildReportRow({ ...base, format: "decimal", previous: -0.5, current: 0.5 });
      expect(row.delta).toBe(1);
      expect(row.deltaPct).toBe(2);
    });

    it("rounds halves away from zero, as Excel shows them", () => {
      expect(roundForDisplay(8.5, "days")).toBe(9);
      expect(roundForDisplay(-8.5, "days")).toBe(-9);
      expect(roundForDisplay(0.0485, "percent")).toBe(0.049);
      expect(roundForDisplay(-0.04, "decimal")).toBe(0);
      expect(Object.is(roundForDisplay(-0.04, "decimal"), -0)).toBe(false);
    });

    it("rounds as the decimal a value stands for (2.675 → 2,7; 0.0285 → 2,9%)", () => {
      expect(roundForDisplay(1.005, "decimal")).toBe(1);
      expect(roundForDisplay(100.5, "days")).toBe(101);
      expect(roundForDisplay(0.0285, "percent")).toBe(0.029);
      expect(roundForDisplay(2.675, "decimal")).toBe(2.7);
      expect(roundForDisplay(1e12 + 0.5, "days")).toBe(1e12 + 1);
    });

    it("gives what rounding every value to 15 digits first gives (property)", () => {
      // The reference: the rule without its shortcut for values far from a half.
      const reference = (value: number, decimals: number): number => {
        const factor = 10 ** decimals;
        const rounded = Math.round(Number((Math.abs(value) * factor).toPrecision(15))) / factor;
        return value < 0 && rounded !== 0 ? -rounded : rounded;
      };
      const formats = [
        ["days", 0],
        ["decimal", 1],
        ["percent", 3],
      ] as const;
      const nearHalf = fc
        .tuple(fc.integer({ min: -1e7, max: 1e7 }), fc.constantFrom(0, 1, 3))
        .map(([k, decimals]) => (k + 0.5) / 10 ** decimals);
      fc.assert(
        fc.property(
          fc.oneof(fc.double({ min: -1e12, max: 1e12, noNaN: true }), nearHalf),
          fc.constantFrom(...formats),
          (value, [format, decimals]) => {
            expect(roundForDisplay(value, format)).toBe(reference(value, decimals));
          }
        ),
        { numRuns: 2000 }
      );
    });

    it("treats NaN as missing", () => {
      expect(buildReportRow({ ...base, previous: Number.NaN, current: 5 })).toMatchObject({
        previous: null,
        delta: null,
      });
    });
  });
});
