import { provenanceLines } from "../../../src/core/report/provenanceLines";

describe("provenanceLines", () => {
  it("names the organisation, the source files, the peildatum and the day the report was made", () => {
    expect(
      provenanceLines({
        organisation: " De Badde ",
        sourceFiles: ["casussen.xlsx", "zrm.csv"],
        referenceDate: 45838,
        generatedOn: 46363,
      })
    ).toEqual([
      "Organisatie: De Badde",
      "Bronnen: casussen.xlsx, zrm.csv",
      "Peildatum: 30-6-2025",
      "Gemaakt op: 7-12-2026",
    ]);
  });

  describe("edge cases", () => {
    it("leaves out an empty organisation, no files and no peildatum", () => {
      expect(
        provenanceLines({ organisation: "  ", sourceFiles: [" "], generatedOn: 46363 })
      ).toEqual(["Gemaakt op: 7-12-2026"]);
    });
  });
});
