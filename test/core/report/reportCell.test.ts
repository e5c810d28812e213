import { buildReportRow, type ReportRowInput } from "../../../src/core/report/buildReportRow";
import { deltaTone, reportCell } from "../../../src/core/report/reportCell";
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

describe("reportCell", () => {
  it("gives a number with its format code and Dutch text for a value", () => {
    expect(reportCell(row({ previous: 1392, current: 1376 }), "previous")).toEqual({
      kind: "number",
      value: 1392,
      numFmt: '#,##0;"\u2212"#,##0',
      text: "1.392",
      tone: "none",
    });
  });

  it("colours a difference by polarity: a falling waiting time is good", () => {
    const wait = row({
      previous: 23,
      current: 15,
      format: "days",
      polarity: "down",
      deltaKind: "points",
    });
    expect(reportCell(wait, "delta")).toMatchObject({
      kind: "number",
      value: -8,
      text: "\u22128",
      tone: "good",
    });
    const complaints = row({ previous: 1, current: 2, polarity: "down" });
    expect(reportCell(complaints, "delta").tone).toBe("bad");
    expect(reportCell(complaints, "deltaPct")).toMatchObject({
      value: 1,
      text: "+100,0%",
      tone: "bad",
    });
  });

  it("leaves the Δ% cell of a rate empty", () => {
    expect(
      reportCell(
        row({ previous: 0.05, current: 0.04, format: "percent", deltaKind: "points" }),
        "deltaPct"
      )
    ).toEqual({
      kind: "empty",
      text: "",
      tone: "none",
    });
  });

  it('shows suppressed cells as "<5" or "–*" and hides their differences', () => {
    const r: ReportRow = {
      ...row({ previous: 3, current: 40 }),
      suppressed: { previous: "small", delta: true },
    };
    expect(reportCell(r, "previous")).toEqual({ kind: "text", text: "<5", tone: "none" });
    expect(reportCell(r, "current").kind).toBe("number");
    expect(reportCell(r, "delta")).toEqual({ kind: "text", text: "–*", tone: "none" });
    expect(reportCell(r, "deltaPct")).toEqual({ kind: "text", text: "–*", tone: "none" });
    expect(reportCell(r, "previous", 10).text).toBe("<10");
    const hidden: ReportRow = { ...r, suppressed: { current: "hidden", delta: true } };
    expect(reportCell(hidden, "current").text).toBe("–*");
  });

  describe("edge cases", () => {
    it("shows a missing value and a missing Δ% as an en dash", () => {
      const r = row({ previous: 0, current: null });
      expect(reportCell(r, "current")).toEqual({ kind: "text", text: "–", tone: "none" });
      expect(reportCell(r, "delta").text).toBe("–");
      expect(reportCell(row({ previous: 0, current: 4 }), "deltaPct").text).toBe("–");
    });

    it("never colours a neutral KPI or a zero difference", () => {
      expect(deltaTone({ delta: 153, polarity: "neutral" })).toBe("none");
      expect(deltaTone({ delta: 0, polarity: "up" })).toBe("none");
      expect(deltaTone({ delta: null, polarity: "up" })).toBe("none");
      expect(deltaTone({ delta: 1, polarity: "up" })).toBe("good");
      expect(deltaTone({ delta: -1, polarity: "up" })).toBe("bad");
    });
  });
});
