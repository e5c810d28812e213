import { columnRangeText } from "../../src/taskpane/mappingSection";
import { listFields } from "../../src/core/mapping/listFields";
import { proposeMapping } from "../../src/core/mapping/proposeMapping";
import { ColumnValueCounts } from "../../src/excel/ColumnValueCounts";
import { mappingRows, sampleValues } from "../../src/taskpane/mappingRows";
import { resolveMapping } from "../../src/taskpane/resolveMapping";

const ROWS = [
  ["Overzicht"],
  [],
  [
    "Casusnr",
    "Aanmelddatum",
    "Soort",
    "Afsl. datum",
    "Medewerker",
    "Hoofddomein 1",
    "Hoofddomein 2",
  ],
  ["A1", 45292, "Individueel traject", "", "AdV", "Financiën", "Huisvesting"],
  ["A2", 45293, "Informatie en advies", "", "MB", "Werk & opleiding", ""],
  ["A3", 45292, "Individueel traject", "", "AdV", "", ""],
  ["A4", "3-1-2024", "Leun en steun", "", "JK", "", ""],
];

describe("mappingRows", () => {
  const proposal = proposeMapping(ROWS, "cases");

  it("shows each field’s column, how sure the match is, and samples as a user reads them", () => {
    const rows = mappingRows(listFields("cases"), proposal, {}, ROWS);
    const byField = Object.fromEntries(rows.map((r) => [r.field, r]));
    expect(byField.caseId).toEqual({
      field: "caseId",
      label: "Casusnummer",
      required: true,
      header: "Casusnr",
      status: "high",
      samples: ["A1", "A2", "A3"],
    });
    expect(byField.registeredOn).toEqual(
      expect.objectContaining({
        header: "Aanmelddatum",
        samples: ["1-1-2024", "2-1-2024", "3-1-2024"],
      })
    );
    expect(byField.mainDomains).toEqual(
      expect.objectContaining({
        header: "Hoofddomein 1, Hoofddomein 2",
        samples: ["Financiën", "Werk & opleiding"],
      })
    );
    expect(byField.closedOn?.status).toBe("unmapped");
    expect(byField.clientId).toEqual(expect.objectContaining({ status: "unmapped", samples: [] }));
  });

  it("marks a field the user chose", () => {
    const { mapping } = resolveMapping(proposal, { closedOn: "Afsl. datum" });
    const closed = mappingRows(
      listFields("cases"),
      mapping,
      { closedOn: "Afsl. datum" },
      ROWS
    ).find((r) => r.field === "closedOn");
    expect(closed).toEqual(
      expect.objectContaining({ header: "Afsl. datum", status: "override", samples: [] })
    );
  });

  describe("edge cases", () => {
    it("drops an override whose column is gone, with the core’s Dutch reason", () => {
      const result = resolveMapping(proposal, { closedOn: "Einddatum (oud)", team: "" });
      expect(result.kept).toEqual({ team: "" });
      expect(result.dropped).toHaveLength(1);
      expect(result.dropped[0]).toMatch(/Einddatum \(oud\)/);
    });
  });
});

describe("sampleValues and ColumnValueCounts", () => {
  it("skips empty cells and repeats", () => {
    expect(sampleValues(ROWS, 2, 4, false)).toEqual(["AdV", "MB", "JK"]);
  });

  it("counts case types, most frequent first, chunk by chunk", () => {
    const counts = new ColumnValueCounts(2);
    counts.add(ROWS.slice(0, 4), 3);
    counts.add(ROWS.slice(4));
    expect(counts.list()).toEqual([
      { value: "Individueel traject", count: 2 },
      { value: "Informatie en advies", count: 1 },
      { value: "Leun en steun", count: 1 },
    ]);
  });

  describe("edge cases", () => {
    it("shortens long samples and shows an invalid date serial as it is", () => {
      expect(
        sampleValues([["x"], ["Een heel lange omschrijving van de casus"]], 0, 0, false)
      ).toEqual(["Een heel lange omschrij…"]);
      expect(sampleValues([["d"], [60]], 0, 0, true)).toEqual(["60"]);
    });
  });
});

describe("columnRangeText", () => {
  it("names several domain columns briefly, so the dropdown is not cut off", () => {
    expect(columnRangeText("Hoofddomein 1", "Hoofddomein 5")).toBe("Hoofddomein 1 t/m 5");
    expect(columnRangeText("Domein A", "Leefgebied C")).toBe("Domein A t/m Leefgebied C");
    expect(columnRangeText("HD1", "HD5")).toBe("HD1 t/m HD5");
  });
});
