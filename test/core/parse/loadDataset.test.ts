import { MappingError } from "../../../src/core/errors";
import { proposeMapping } from "../../../src/core/mapping";
import { loadDataset } from "../../../src/core/parse";
import { casesRows, loadCases, serial, tableRows } from "../../helpers/rows";

const caseHeader = ["Casusnr", "Soort traject", "Startdatum", "Afgesloten per", "Hoofddomein"];
const caseRows = [
  ["C1", "Maatwerk", serial(2024, 1, 2), serial(2024, 3, 1), "Financiën"],
  ["C2", "Kortdurend", serial(2024, 2, 2), "", "Huisvesting"],
];

describe("loadDataset", () => {
  it("maps, parses and joins all four tables", () => {
    const dataset = loadDataset({
      cases: {
        rows: casesRows(caseHeader, ...caseRows),
        overrides: { closedOn: "Afgesloten per" },
      },
      zrm: {
        rows: tableRows(
          ["Casusnr", "Leefgebied", "Beginscore", "Eindscore"],
          ["C1", "Financiën", 2, 4],
          ["C2", "Sociaal netwerk", 3, 3],
          ["C3", "Huisvesting", 1, 2]
        ),
      },
      activities: {
        rows: tableRows(["Activiteit", "Datum"], ["Koor", "1-3-2024"]),
        sheetRowOffset: 4,
      },
      complaints: { rows: tableRows(["Datum"], ["x"]) },
      caseTypeMap: {
        keywords: [{ group: "IT", keywords: ["maatwerk"] }],
        values: { Kortdurend: "LS" },
      },
      asOf: serial(2024, 9, 30),
    });
    expect(dataset.cases.size).toBe(2);
    expect(dataset.cases.caseType.labels).toEqual(["IT", "LS"]);
    expect(dataset.cases.closedOn[0]).toBe(serial(2024, 3, 1));
    expect(dataset.cases.domainLabels).toEqual(["Financiën", "Huisvesting", "Sociaal netwerk"]);
    // The ZRM's labels replace the case table's without building its ids first.
    expect(
      Object.getOwnPropertyDescriptor(Object.getPrototypeOf(dataset.cases), "caseId")?.get
    ).toBeDefined();
    expect([dataset.cases.caseId, dataset.cases.caseIdAt?.(1)]).toEqual([["C1", "C2"], "C2"]);
    expect(Array.from(dataset.zrm!.domainCode)).toEqual([0, 2, 1]);
    expect(dataset.activities!.size).toBe(1);
    expect(Array.from(dataset.activities!.sheetRow)).toEqual([5]);
    expect(dataset.complaints!.size).toBe(1);
    expect(dataset.issues.map((issue) => [issue.table, issue.code])).toEqual([
      ["zrm", "UNKNOWN_CASE"],
      ["complaints", "INVALID_DATE"],
    ]);
    expect(dataset.mappings.cases.fields.closedOn?.header).toBe("Afgesloten per");
    expect(dataset.mappings.zrm?.fields.domain?.header).toBe("Leefgebied");
    expect(Object.keys(dataset.mappings)).toEqual(["cases", "zrm", "activities", "complaints"]);
  });

  it("uses a stored mapping as given", () => {
    const rows = casesRows(caseHeader, ...caseRows);
    const mapping = proposeMapping(rows, "cases");
    const dataset = loadDataset({ cases: { rows, mapping } });
    expect(dataset.mappings.cases).toBe(mapping);
    expect(dataset.zrm).toBeUndefined();
    expect(dataset.activities).toBeUndefined();
    expect(dataset.complaints).toBeUndefined();
    expect(Object.keys(dataset)).toEqual(["cases", "issues", "mappings"]);
  });

  it("is what the loadCases test helper builds", () => {
    const dataset = loadCases(caseHeader, caseRows, { asOf: serial(2024, 1, 31) });
    expect(dataset.cases.caseId).toEqual(["C1", "C2"]);
    expect(dataset.issues.map((issue) => issue.code)).toEqual(["FUTURE_DATE"]);
  });

  describe("edge cases", () => {
    it("throws MappingError in Dutch when a required field is unmapped", () => {
      expect(() =>
        loadDataset({ cases: { rows: casesRows(["Naam", "Startdatum"], ["x", 1]) } })
      ).toThrow(MappingError);
      expect(() =>
        loadDataset({ cases: { rows: casesRows(["Naam", "Startdatum"], ["x", 1]) } })
      ).toThrow(
        "In de casussen is de verplichte kolom Casusnummer niet gevonden. Geef aan welke kolom het is (in het taakvenster, of met --map veld=Kolomkop)."
      );
      expect(() =>
        loadDataset({
          cases: { rows: casesRows(caseHeader, ...caseRows) },
          complaints: { rows: tableRows(["Onderwerp"], ["x"]) },
        })
      ).toThrow("In de klachten is de verplichte kolom Datum niet gevonden.");
    });

    it("lets an override unmap a required field, and then throws", () => {
      expect(() =>
        loadDataset({
          cases: { rows: casesRows(caseHeader, ...caseRows), overrides: { caseId: "" } },
        })
      ).toThrow(MappingError);
    });

    it("passes override errors on", () => {
      expect(() =>
        loadDataset({
          cases: { rows: casesRows(caseHeader, ...caseRows), overrides: { nope: "Casusnr" } },
        })
      ).toThrow(/^Onbekend veld "nope"/);
    });
  });
});
