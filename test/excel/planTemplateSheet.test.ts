import { numberFormatCode } from "../../src/core/report/numberFormatCode";
import type { RenderedTemplate } from "../../src/core/templates/renderTemplate";
import { planTemplateSheet } from "../../src/excel/planTemplateSheet";
import { writeSheetPlans } from "../../src/excel/writeSheetPlans";
import { MARKED, MARKED_NOTES } from "../xlsx/markedTemplateFixture";
import { GROUPED } from "../xlsx/renderedTemplateFixture";
import { createFakeHost, FakeWorkbook } from "./fakeExcel";

/** A table turned a quarter: one row per period, a column per measure in its own format. */
const TURNED: RenderedTemplate = {
  id: "proef",
  title: "Proef",
  tables: [
    {
      id: "recidive",
      title: "Recidive",
      rowHeader: "",
      columns: [
        { header: "Opgestart", kind: "value", format: "count" },
        { header: "Percentage recidive", kind: "value", format: "percent" },
      ],
      rows: [
        { label: "t/m Q3 2023", key: "a", values: [463, 0.041], format: "count", isTotal: false },
        { label: "t/m Q3 2024", key: "b", values: [482, 0.046], format: "count", isTotal: false },
      ],
      notes: [],
    },
  ],
  omitted: [],
  periodLabel: "t/m Q3 2024",
  parameters: [],
  definitions: [],
};

describe("planTemplateSheet", () => {
  it("formats a column of its own format in that format, not the row's", () => {
    const plan = planTemplateSheet(TURNED, { periodLabel: "t/m Q3 2024", templateName: "Proef" });
    const block = plan.blocks.find((b) => b.values.some((row) => row[0] === "t/m Q3 2024"));
    const k = block?.values.findIndex((row) => row[0] === "t/m Q3 2024") ?? -1;
    expect(block?.values[k]).toEqual(["t/m Q3 2024", 482, 0.046]);
    expect(block?.numberFormat[k]?.slice(1)).toEqual([
      numberFormatCode("count", "value"),
      numberFormatCode("percent", "value"),
    ]);
  });
});

describe("planTemplateSheet: two-level headers and lines over periods", () => {
  const plan = planTemplateSheet(GROUPED, { periodLabel: "t/m Q2 2024", templateName: "Proef" });

  it("writes each period's label once above its columns, centred across them, the measures below", () => {
    const block = plan.blocks.find((b) => b.values[0]?.[0] === "Teams per kwartaal");
    expect(block?.address).toBe("A5:E10");
    expect(block?.values.slice(1, 4)).toEqual([
      ["", "Q1 2024", "", "Q2 2024", ""],
      ["Team", "Gestart", "Wachttijd", "Gestart", "Wachttijd"],
      ["Noord", 12, 20, 9, 18],
    ]);
    const centred = plan.styles.filter(
      (s) => s.style.horizontalAlignment === "CenterAcrossSelection"
    );
    expect(centred.map((s) => s.address)).toEqual(["B6:C6", "D6:E6"]);
    // Both header rows in the header's fill, the rule under the lower one only.
    expect(plan.styles.find((s) => s.address === "A6:E7")?.style.fill).toBeDefined();
    expect(
      plan.styles.find((s) => s.style.borderBottom !== undefined && s.address.startsWith("A7"))
        ?.address
    ).toBe("A7:E7");
    // The total row moved down with the rows.
    expect(plan.styles.find((s) => s.address === "A10:E10")?.style.bold).toBe(true);
  });

  it("charts over the lower header row, naming series by the joined headers", () => {
    expect(plan.charts.map((c) => [c.type, c.dataAddress, c.seriesBy, c.seriesNames])).toEqual([
      [
        "ColumnClustered",
        "A7:E9",
        undefined,
        ["Q1 2024: Gestart", "Q1 2024: Wachttijd", "Q2 2024: Gestart", "Q2 2024: Wachttijd"],
      ],
      // Verschil between the quarters: one rectangle cannot skip them, the line stays over rows.
      ["Line", "A23:E25", undefined, undefined],
      // A comparison's two periods side by side: a line over them, by rows.
      ["Line", "A40:C41", "Rows", undefined],
    ]);
    expect(plan.charts[1]?.dropSeries).toEqual([2]);
  });

  it("draws them so in the workbook: series names set, the line by rows", async () => {
    const book = new FakeWorkbook();
    const host = createFakeHost(book);
    await writeSheetPlans(host.run, [{ name: "Proef", plan }], [], "t/m Q2 2024");
    const [teams, verloop, jaren] = book.sheet("Proef").charts;
    expect(teams?.series.map((s) => [s.name, s.valuesAddress])).toEqual([
      ["Q1 2024: Gestart", "B8:B9"],
      ["Q1 2024: Wachttijd", "C8:C9"],
      ["Q2 2024: Gestart", "D8:D9"],
      ["Q2 2024: Wachttijd", "E8:E9"],
    ]);
    expect(verloop?.series.map((s) => s.name)).toEqual(["Q1 2024", "Q2 2024", "Q3 2024"]);
    expect(jaren?.seriesBy).toBe("Rows");
    expect(jaren?.series).toEqual([{ name: "Opgestart", valuesAddress: "B41:C41" }]);
    expect(book.cell("Proef", "B6")).toBe("Q1 2024");
    expect(book.format("Proef", "B6").horizontalAlignment).toBe("CenterAcrossSelection");
  });
});

describe("planTemplateSheet in publication mode", () => {
  it('plans "<10" and "–*" as text where the rows are marked, and the legend below', () => {
    const plan = planTemplateSheet(MARKED, { periodLabel: "t/m Q3 2024", templateName: "Proef" });
    const block = plan.blocks.find((b) => b.values.some((row) => row[0] === "Zuid"));
    const rowOf = (label: string) => block?.values.find((row) => row[0] === label);
    expect(rowOf("Noord")).toEqual(["Noord", 12, "–*", "–*"]);
    expect(rowOf("Zuid")).toEqual(["Zuid", "<10", 31, "–*"]);
    const k = block?.values.findIndex((row) => row[0] === "Zuid") ?? -1;
    expect(block?.numberFormat[k]?.[1]).toBe("@");
    const first = block?.values.findIndex((row) => row[0] === MARKED_NOTES[0]) ?? -1;
    expect(block?.values.slice(first).map((row) => row[0])).toEqual(MARKED_NOTES);
  });
});
