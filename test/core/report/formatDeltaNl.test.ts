import { buildReportRow, type ReportRowInput } from "../../../src/core/report/buildReportRow";
import { formatDeltaNl, formatDeltaPctNl } from "../../../src/core/report/formatDeltaNl";
import type { ReportRow } from "../../../src/core/reportTable";

function row(
  input: Partial<ReportRowInput> & Pick<ReportRowInput, "previous" | "current">
): ReportRow {
  return buildReportRow({
    label: "x",
    key: "x",
    format: "count",
    polarity: "neutral",
    deltaKind: "absolute",
    ...input,
  });
}

describe("formatDeltaNl", () => {
  it("writes a count difference with an explicit sign and a real minus", () => {
    expect(formatDeltaNl(row({ previous: 479, current: 452 }))).toBe("\u221227");
    expect(formatDeltaNl(row({ previous: 513, current: 666 }))).toBe("+153");
    expect(formatDeltaNl(row({ previous: 100, current: 1492 }))).toBe("+1.392");
  });

  it("writes the difference of two percentages in percentage points", () => {
    // deBasis: 4,8% → 3,2%.
    const r = row({ previous: 0.048, current: 0.032, format: "percent", deltaKind: "points" });
    expect(formatDeltaNl(r)).toBe("\u22121,6 %-punt");
    expect(
      formatDeltaNl(row({ previous: 0.1, current: 0.125, format: "percent", deltaKind: "points" }))
    ).toBe("+2,5 %-punt");
  });

  it("writes the difference of two means in whole days without a unit", () => {
    expect(
      formatDeltaNl(row({ previous: 23, current: 15, format: "days", deltaKind: "points" }))
    ).toBe("\u22128");
    expect(
      formatDeltaNl(row({ previous: 15.2, current: 18.9, format: "days", deltaKind: "points" }))
    ).toBe("+4");
  });

  it("writes score differences with one decimal", () => {
    expect(
      formatDeltaNl(row({ previous: 7.5, current: 7.8, format: "score", deltaKind: "points" }))
    ).toBe("+0,3");
  });

  it("shows no sign for a zero difference and a dash for a missing one", () => {
    expect(formatDeltaNl(row({ previous: 12, current: 12 }))).toBe("0");
    expect(
      formatDeltaNl(row({ previous: 0.2, current: 0.2, format: "percent", deltaKind: "points" }))
    ).toBe("0,0 %-punt");
    expect(formatDeltaNl(row({ previous: null, current: 12 }))).toBe("–");
  });

  describe("edge cases", () => {
    it("signs a difference that rounds to zero by its raw value, as the Excel format code does", () => {
      expect(formatDeltaNl({ delta: 0.2, format: "days" })).toBe("+0");
      expect(formatDeltaNl({ delta: -0.2, format: "days" })).toBe("\u22120");
    });
  });
});

describe("formatDeltaPctNl", () => {
  it("writes the relative difference with a sign and one decimal", () => {
    expect(formatDeltaPctNl(row({ previous: 479, current: 452 }))).toBe("\u22125,6%");
    expect(formatDeltaPctNl(row({ previous: 1, current: 2 }))).toBe("+100,0%");
    expect(formatDeltaPctNl(row({ previous: 8, current: 8 }))).toBe("0,0%");
  });

  it("leaves the cell empty for rates and means", () => {
    expect(
      formatDeltaPctNl(
        row({ previous: 0.048, current: 0.032, format: "percent", deltaKind: "points" })
      )
    ).toBe("");
  });

  describe("edge cases", () => {
    it("shows a dash when the previous value is 0 or missing", () => {
      expect(formatDeltaPctNl(row({ previous: 0, current: 8798 }))).toBe("–");
      expect(formatDeltaPctNl(row({ previous: null, current: 3 }))).toBe("–");
    });
  });
});
