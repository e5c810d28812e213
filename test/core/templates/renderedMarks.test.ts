import { renderedMarkText } from "../../../src/core/templates/renderedMarkText";
import { renderedTableJson } from "../../../src/core/templates/renderedTableJson";
import { renderedTableNotes } from "../../../src/core/templates/renderedTableNotes";
import type { RenderedTable } from "../../../src/core/templates/renderedTable";

const SMALL_10 = "<10: minder dan 10 personen; kleine aantallen zijn afgeschermd.";

/** A per-team series with marks, made by hand as the suppression would leave it. */
const TABLE: RenderedTable = {
  id: "perTeam",
  title: "Opgestart per team",
  rowHeader: "Team",
  columns: [
    { header: "Q1 2024", kind: "value" },
    { header: "Q2 2024", kind: "value" },
    { header: "Verschil", kind: "delta" },
  ],
  rows: [
    {
      label: "Noord",
      key: "Noord",
      values: [12, null, null],
      format: "count",
      isTotal: false,
      suppressed: [null, "hidden", "hidden"],
    },
    {
      label: "Zuid",
      key: "Zuid",
      values: [null, 31, null],
      format: "count",
      isTotal: false,
      suppressed: ["small", null, "hidden"],
    },
    { label: "Totaal", key: "#totaal", values: [19, 40, 21], format: "count", isTotal: true },
  ],
  notes: ["Een casus telt in het kwartaal waarin hij startte."],
  publication: { threshold: 10 },
};

describe("renderedMarkText", () => {
  it("shows a small count as below the table's threshold and a hidden cell as –*", () => {
    const [noord, zuid, totaal] = TABLE.rows;
    expect(renderedMarkText(TABLE, zuid!, 0)).toBe("<10");
    expect(renderedMarkText(TABLE, noord!, 1)).toBe("–*");
    expect(renderedMarkText(TABLE, noord!, 0)).toBeUndefined();
    expect(renderedMarkText(TABLE, totaal!, 0)).toBeUndefined();
  });

  it("takes 5 as the threshold when the table does not say", () => {
    expect(renderedMarkText({}, { suppressed: ["small"] }, 0)).toBe("<5");
  });
});

describe("renderedTableNotes", () => {
  it("adds the legend of the marks the table shows after its own notes", () => {
    expect(renderedTableNotes(TABLE)).toEqual([
      "Een casus telt in het kwartaal waarin hij startte.",
      SMALL_10,
      expect.stringMatching(/^–\*: afgeschermd, omdat het over minder dan 10 personen gaat/),
    ]);
  });

  it("names only the marks that occur", () => {
    const onlySmall = {
      ...TABLE,
      rows: [TABLE.rows[1]!].map((r) => ({ ...r, suppressed: ["small", null, null] as const })),
    };
    expect(renderedTableNotes(onlySmall).slice(1)).toEqual([SMALL_10]);
  });

  it("does not repeat a legend the notes already hold (the standard report's)", () => {
    const withLegend = { ...TABLE, notes: renderedTableNotes(TABLE) };
    expect(renderedTableNotes(withLegend)).toEqual(withLegend.notes);
  });

  it("leaves a table without marks as it is", () => {
    const plain = { ...TABLE, rows: [TABLE.rows[2]!] };
    expect(renderedTableNotes(plain)).toBe(plain.notes);
  });
});

describe("renderedTableJson with marks", () => {
  it("prints null for every marked cell, also one a writer left a value in", () => {
    const leaky = {
      ...TABLE,
      rows: [{ ...TABLE.rows[1]!, values: [4, 31, 27] as const }],
    };
    expect(renderedTableJson(leaky).rows).toEqual([{ label: "Zuid", values: [null, 31, null] }]);
  });

  it("prints the values of a table without marks unchanged", () => {
    expect(renderedTableJson(TABLE).rows[2]).toEqual({ label: "Totaal", values: [19, 40, 21] });
  });
});
