import { numberFormatCode } from "../../src/core/report/numberFormatCode";
import type { RenderedTemplate } from "../../src/core/templates/renderTemplate";
import { planTemplateSheet } from "../../src/excel/planTemplateSheet";

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
