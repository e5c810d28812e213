import { publicationModeLine } from "../../src/core/report/publicationModeLine";
import { planReportSheet } from "../../src/excel/planReportSheet";
import { REPORT_COLORS } from "../../src/excel/reportStyle";
import { COLOURS } from "../../src/xlsx/reportStyle";
import { fixtureReport, KPI_TABLE, TEAM_TABLE } from "./reportFixture";

const MINUS = "\u2212";

describe("planReportSheet", () => {
  const plan = planReportSheet(fixtureReport(), {
    statusText: "Bijgewerkt op 7-10-2024 om 10:15.",
  });

  it("writes the title area and then each table as one block of five columns", () => {
    expect(plan.blocks.map((b) => b.address)).toEqual(["A1:A3", "A5:E11", "A13:E18"]);
    expect(plan.blocks[0]!.values).toEqual([
      ["Welzijnsmonitor – rapportage t/m Q3 2024"],
      ["Periode t/m Q3 2024, vergeleken met t/m Q3 2023"],
      ["Bijgewerkt op 7-10-2024 om 10:15."],
    ]);
    expect(plan.freezeRows).toBe(3);
    expect(plan.showGridlines).toBe(false);
  });

  it("puts numbers in cells with invariant format codes and text where a value is missing", () => {
    const kpis = plan.blocks[1]!;
    expect(kpis.values[0]).toEqual(["Inzicht meetbare resultaten", "", "", "", ""]);
    expect(kpis.values[1]).toEqual([
      "Soort KPI",
      "t/m Q3 2023",
      "t/m Q3 2024",
      "Verschil",
      "Verschil %",
    ]);
    expect(kpis.values[2]).toEqual(["Aantal aanmeldingen", 479, 452, -27, -27 / 479]);
    expect(kpis.numberFormat[2]).toEqual([
      "@",
      `#,##0;"${MINUS}"#,##0`,
      `#,##0;"${MINUS}"#,##0`,
      `+#,##0;"${MINUS}"#,##0;0`,
      `+0.0%;"${MINUS}"0.0%;0.0%`,
    ]);
    // A rate: Δ in %-punt, no Δ% (an empty General cell).
    expect(kpis.values[4]).toEqual(["Percentage recidive", 0.064, 0.048, 0.048 - 0.064, ""]);
    expect(kpis.numberFormat[4]![3]).toBe(`+0.0 %"-punt";"${MINUS}"0.0 %"-punt";0.0 %"-punt"`);
    expect(kpis.numberFormat[4]![4]).toBe("General");
    expect(kpis.values[6]).toEqual([
      "Recidive: opgestarte trajecten van terugkerende cliënten.",
      "",
      "",
      "",
      "",
    ]);
    const team = plan.blocks[2]!;
    expect(team.values[3]).toEqual(["-Zuid", 80, "\u2013", "\u2013", "\u2013"]);
    expect(team.numberFormat[3]).toEqual(["@", `#,##0;"${MINUS}"#,##0`, "@", "@", "@"]);
    // Δ% is empty ("–") when the previous value is 0.
    expect(team.values[4]).toEqual(["1", 0, 7, 7, "\u2013"]);
  });

  it("formats every text cell as text, so labels from the data never become formulas", () => {
    for (const block of plan.blocks) {
      block.values.forEach((row, r) =>
        row.forEach((value, c) => {
          if (typeof value === "string" && value !== "")
            expect(block.numberFormat[r]![c]).toBe("@");
        })
      );
    }
    expect(plan.blocks[2]!.values[2]![0]).toBe("=Noord");
  });

  it('colours differences by polarity, text and a light fill: green when a "down" KPI falls, red when it rises', () => {
    const colours = plan.styles.filter(
      (s) => s.style.fontColor === REPORT_COLORS.good || s.style.fontColor === REPORT_COLORS.bad
    );
    expect(colours).toEqual([
      // wachttijd 20 → 12 and recidive 6,4% → 4,8%: good, one range over both rows
      { address: "D8:D9", style: { fontColor: "#006100", fill: "#E2EFDA" } },
      // klachten 3 → 5: bad, Δ and Δ%
      { address: "D10", style: { fontColor: "#9C0006", fill: "#FCE4E4" } },
      { address: "E10", style: { fontColor: "#9C0006", fill: "#FCE4E4" } },
    ]);
    // The ExcelJS workbook's colours, as Office.js takes them.
    expect(REPORT_COLORS.good).toBe(`#${COLOURS.good.slice(2)}`);
    expect(REPORT_COLORS.bad).toBe(`#${COLOURS.bad.slice(2)}`);
  });

  it("makes totals bold with a line above, and headers bold on a fill", () => {
    expect(plan.styles).toContainEqual({
      address: "A18:E18",
      style: { bold: true, borderTop: REPORT_COLORS.totalBorder },
    });
    expect(plan.styles).toContainEqual({
      address: "A6:E6",
      style: {
        bold: true,
        fill: REPORT_COLORS.headerFill,
        borderBottom: REPORT_COLORS.headerBorder,
        verticalAlignment: "Center",
      },
    });
  });

  it("adds a native chart beside a table that asks for one, over its groups only", () => {
    expect(plan.charts).toEqual([
      {
        type: "BarClustered",
        title: "Per team – behandeld",
        dataAddress: "A14:C17",
        topLeft: "G13",
        bottomRight: "M28",
      },
    ]);
    expect(plan.dataBars).toEqual(["C15:C17"]);
  });

  it("fits the column widths to the text, within bounds", () => {
    expect(plan.columnWidths).toHaveLength(5);
    // 'Gemiddelde wachttijd in dagen' (29 characters) is wider than the 28-character minimum.
    expect(plan.columnWidths[0]).toBeGreaterThan((28 * 7 + 5) * 0.75);
    expect(plan.columnWidths[0]).toBeLessThanOrEqual((60 * 7 + 5) * 0.75);
  });

  describe("edge cases", () => {
    it("leaves room for a chart before the next table", () => {
      const next = planReportSheet(fixtureReport([TEAM_TABLE, KPI_TABLE]));
      // The team table (rows 5–10) has a 16-row chart: the next table starts at row 22.
      expect(next.blocks.map((b) => b.address)).toEqual(["A1:A3", "A5:E10", "A22:E28"]);
    });

    it('adds the publication line and writes "<5" as text in publication mode', () => {
      const suppressed = {
        ...TEAM_TABLE,
        rows: TEAM_TABLE.rows.map((row, i) =>
          i === 2 ? { ...row, suppressed: { current: "small" as const, delta: true } } : row
        ),
      };
      const report = { ...fixtureReport([suppressed]), publication: { threshold: 5 } };
      const p = planReportSheet(report);
      expect(p.blocks[0]!.values[2]).toEqual([publicationModeLine(5)]);
      expect(p.freezeRows).toBe(4);
      expect(p.blocks[1]!.values[4]).toEqual(["1", 0, "<5", "\u2013*", "\u2013*"]);
      expect(p.blocks[1]!.numberFormat[4]!.slice(2)).toEqual(["@", "@", "@"]);
    });

    it("plans only the title area for a report without tables", () => {
      const p = planReportSheet(fixtureReport([]));
      expect(p.blocks).toHaveLength(1);
      expect(p.charts).toEqual([]);
    });
  });
});
