import type { ColumnMapping } from "../../../src/core/mapping";
import { proposeMapping } from "../../../src/core/mapping";
import type { CellValue } from "../../../src/core/types";

/** field → "header (confidence)" for compact assertions. */
function summary(mapping: ColumnMapping): Record<string, string> {
  const result: Record<string, string> = {};
  for (const [field, mapped] of Object.entries(mapping.fields))
    if (mapped) result[field] = `${mapped.header} (${mapped.confidence})`;
  return result;
}

describe("proposeMapping", () => {
  it("maps the SPEC §2 header names of the case table", () => {
    const header = [
      "Casusnummer",
      "Cliëntnummer",
      "Soort traject",
      "Product",
      "Aanmelddatum",
      "Intakedatum",
      "Startdatum",
      "Einddatum",
      "Hoofddomeinen",
      "Afsluitreden",
      "Verwijzer",
      "Team",
      "Geboortedatum",
      "Leeftijd",
      "Direct opgelost",
      "Klantoordeel",
      "Kan verder zonder begeleiding",
      "Complexiteit hulpvraag",
      "Zwaarte hulpvraag",
    ];
    const mapping = proposeMapping([header], "cases");
    expect(mapping.headerRowIndex).toBe(0);
    expect(Object.keys(mapping.fields)).toEqual([
      "caseId",
      "clientId",
      "caseType",
      "product",
      "registeredOn",
      "intakeOn",
      "startedOn",
      "closedOn",
      "closeReason",
      "referrer",
      "team",
      "birthDate",
      "age",
      "resolvedDirectly",
      "rating",
      "canContinueAlone",
      "complexity",
      "weight",
    ]);
    expect(Object.values(mapping.fields).every((mapped) => mapped?.confidence === "high")).toBe(
      true
    );
    expect(mapping.fields.closedOn).toEqual({ column: 7, header: "Einddatum", confidence: "high" });
    expect(mapping.domainColumns).toEqual([
      { column: 8, header: "Hoofddomeinen", confidence: "high" },
    ]);
    expect(mapping.fields.mainDomains).toBeUndefined();
    expect(mapping.unmapped).toEqual([]);
  });

  it("finds the header row below a title and empty rows", () => {
    const rows: CellValue[][] = [
      ["Export casussen deBasis, 1-10-2024"],
      [],
      ["", "", ""],
      ["Casusnr", "Datum aanmelding", "Datum afsluiting", "Opmerking"],
      ["C-1", 45300, "", "x"],
    ];
    const mapping = proposeMapping(rows, "cases");
    expect(mapping.headerRowIndex).toBe(3);
    expect(mapping.headers).toEqual([
      "Casusnr",
      "Datum aanmelding",
      "Datum afsluiting",
      "Opmerking",
    ]);
    expect(summary(mapping)).toEqual({
      caseId: "Casusnr (high)",
      registeredOn: "Datum aanmelding (high)",
      closedOn: "Datum afsluiting (high)",
    });
    expect(mapping.unmapped).toEqual([{ column: 3, header: "Opmerking" }]);
  });

  it("ignores case, spaces, punctuation and diacritics", () => {
    const mapping = proposeMapping(
      [
        [
          "CASUS-NR.",
          "client_id",
          "DATUM  AANMELDING",
          "Reden beeindiging",
          "Notitie",
          "soort_traject",
        ],
      ],
      "cases"
    );
    expect(summary(mapping)).toEqual({
      caseId: "CASUS-NR. (high)",
      clientId: "client_id (high)",
      caseType: "soort_traject (high)",
      registeredOn: "DATUM AANMELDING (high)",
      closeReason: "Reden beeindiging (high)",
    });
    expect(mapping.unmapped).toEqual([{ column: 4, header: "Notitie" }]);
  });

  it("prefers the longer of two exact synonyms", () => {
    expect(summary(proposeMapping([["Casus", "Klant id", "BSN-pseudoniem"]], "cases"))).toEqual({
      caseId: "Casus (high)",
      clientId: "BSN-pseudoniem (high)",
    });
  });

  it("gives medium confidence to a header that contains a synonym, low to a near miss", () => {
    const mapping = proposeMapping(
      [["Casusnummer", "Einddatum traject (dd-mm-jjjj)", "Aanmeldatum", "Buurtteam Noord-Oost"]],
      "cases"
    );
    expect(summary(mapping)).toEqual({
      caseId: "Casusnummer (high)",
      registeredOn: "Aanmeldatum (low)",
      closedOn: "Einddatum traject (dd-mm-jjjj) (medium)",
      team: "Buurtteam Noord-Oost (medium)",
    });
  });

  it("sends every numbered main-domain column to domainColumns", () => {
    const mapping = proposeMapping(
      [["Casus", "Hoofddomein 1", "Hoofddomein 2", "Leefgebied 3", "Startdatum"]],
      "cases"
    );
    expect(
      mapping.domainColumns.map((column) => [column.column, column.header, column.confidence])
    ).toEqual([
      [1, "Hoofddomein 1", "high"],
      [2, "Hoofddomein 2", "high"],
      [3, "Leefgebied 3", "high"],
    ]);
    expect(summary(mapping)).toEqual({ caseId: "Casus (high)", startedOn: "Startdatum (high)" });
  });

  it("maps the ZRM, activities and complaints tables", () => {
    expect(
      summary(
        proposeMapping([["Casusnummer", "Domein", "Beginscore", "Eindscore", "Doelscore"]], "zrm")
      )
    ).toEqual({
      caseId: "Casusnummer (high)",
      domain: "Domein (high)",
      beginScore: "Beginscore (high)",
      endScore: "Eindscore (high)",
      goalScore: "Doelscore (high)",
    });
    expect(
      summary(
        proposeMapping([["casus id", "Leefgebied", "Nulmeting", "Eindmeting", "Score doel"]], "zrm")
      )
    ).toEqual({
      caseId: "casus id (high)",
      domain: "Leefgebied (high)",
      beginScore: "Nulmeting (high)",
      endScore: "Eindmeting (high)",
      goalScore: "Score doel (high)",
    });
    expect(
      summary(
        proposeMapping(
          [
            [
              "Activiteit ID",
              "Naam activiteit",
              "Soort activiteit",
              "Datum bijeenkomst",
              "Aantal deelnemers",
            ],
          ],
          "activities"
        )
      )
    ).toEqual({
      activityId: "Activiteit ID (high)",
      activityName: "Naam activiteit (high)",
      category: "Soort activiteit (high)",
      date: "Datum bijeenkomst (high)",
      participants: "Aantal deelnemers (high)",
    });
    expect(
      summary(proposeMapping([["Onderwerp", "Ontvangen op", "Afdeling"]], "complaints"))
    ).toEqual({ date: "Ontvangen op (high)" });
  });

  describe("edge cases", () => {
    it("uses each column for one field and each field once", () => {
      const mapping = proposeMapping(
        [["Startdatum", "Begindatum", "Casus", "Soort casus"]],
        "cases"
      );
      expect(summary(mapping)).toEqual({
        caseId: "Casus (high)",
        caseType: "Soort casus (high)",
        startedOn: "Startdatum (high)",
      });
      expect(mapping.unmapped).toEqual([{ column: 1, header: "Begindatum" }]);
    });

    it("leaves an ambiguous short header alone", () => {
      expect(summary(proposeMapping([["Casusnummer", "Datum"]], "cases"))).toEqual({
        caseId: "Casusnummer (high)",
      });
    });

    it("prefers the longer synonym when a header contains two", () => {
      expect(summary(proposeMapping([["Casusnummer", "Casus afgesloten op"]], "cases"))).toEqual({
        caseId: "Casusnummer (high)",
        closedOn: "Casus afgesloten op (medium)",
      });
    });

    it("returns an empty mapping for empty rows", () => {
      expect(proposeMapping([], "cases")).toEqual({
        table: "cases",
        headerRowIndex: 0,
        headers: [],
        fields: {},
        domainColumns: [],
        unmapped: [],
      });
    });

    it("takes the first filled row as header when nothing matches", () => {
      const mapping = proposeMapping([[], ["a", "b"], ["c", "d"]], "cases");
      expect(mapping.headerRowIndex).toBe(1);
      expect(mapping.unmapped).toEqual([
        { column: 0, header: "a" },
        { column: 1, header: "b" },
      ]);
    });

    it("only searches the first 30 rows for the header", () => {
      const rows: CellValue[][] = Array.from({ length: 35 }, () => ["x"]);
      rows.push(["Casusnummer", "Startdatum"]);
      expect(proposeMapping(rows, "cases").headerRowIndex).toBe(0);
    });

    it("reads non-text header cells as text", () => {
      const mapping = proposeMapping([["Casusnummer", 2024, null, true]], "cases");
      expect(mapping.headers).toEqual(["Casusnummer", "2024", "", "WAAR"]);
      expect(mapping.unmapped).toEqual([
        { column: 1, header: "2024" },
        { column: 3, header: "WAAR" },
      ]);
    });
  });
});
