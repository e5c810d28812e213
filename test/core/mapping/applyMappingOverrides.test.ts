import { MappingError } from "../../../src/core/errors";
import {
  applyMappingOverrides,
  isRequiredField,
  listFields,
  missingRequiredFields,
  proposeMapping,
} from "../../../src/core/mapping";

const header = [
  "Casusnummer",
  "Afgesloten per",
  "Einddatum",
  "Domein 1",
  "Domein 2",
  "Cliënt",
  "Opmerking",
];
const base = proposeMapping([header], "cases");

describe("applyMappingOverrides", () => {
  it("maps a field to the named column", () => {
    const mapping = applyMappingOverrides(base, { closedOn: "Afgesloten per" });
    expect(mapping.fields.closedOn).toEqual({
      column: 1,
      header: "Afgesloten per",
      confidence: "high",
    });
    expect(mapping.unmapped.map((column) => column.header)).toContain("Einddatum");
    expect(base.fields.closedOn?.header).toBe("Einddatum");
  });

  it("matches field names and headers insensitively, and accepts the Dutch label", () => {
    const mapping = applyMappingOverrides(base, {
      CLOSEDON: "afgesloten-PER",
      Cliëntnummer: "client",
    });
    expect(mapping.fields.closedOn?.column).toBe(1);
    expect(mapping.fields.clientId?.column).toBe(5);
  });

  it("takes several main-domain columns separated by commas", () => {
    const mapping = applyMappingOverrides(base, { mainDomains: "Domein 1, Domein 2" });
    expect(mapping.domainColumns.map((column) => column.header)).toEqual(["Domein 1", "Domein 2"]);
    expect(mapping.fields.mainDomains).toBeUndefined();
  });

  it("unmaps a field given an empty header", () => {
    const mapping = applyMappingOverrides(base, { closedOn: "", mainDomains: " " });
    expect(mapping.fields.closedOn).toBeUndefined();
    expect(mapping.domainColumns).toEqual([]);
    expect(mapping.unmapped.map((column) => column.header)).toEqual([
      "Afgesloten per",
      "Einddatum",
      "Domein 1",
      "Domein 2",
      "Opmerking",
    ]);
  });

  it("moves a column away from the field that had it", () => {
    const mapping = applyMappingOverrides(base, { startedOn: "Einddatum" });
    expect(mapping.fields.startedOn?.column).toBe(2);
    expect(mapping.fields.closedOn).toBeUndefined();
    const domains = applyMappingOverrides(base, { team: "Domein 2" });
    expect(domains.domainColumns.map((column) => column.header)).toEqual(["Domein 1"]);
  });

  describe("edge cases", () => {
    it("throws MappingError with a Dutch message for an unknown field", () => {
      expect(() => applyMappingOverrides(base, { einddatumm: "Einddatum" })).toThrow(MappingError);
      expect(() => applyMappingOverrides(base, { einddatumm: "Einddatum" })).toThrow(
        /^Onbekend veld "einddatumm" voor de casussen\. Kies uit: caseId \(Casusnummer\), clientId \(Cliëntnummer\),/
      );
    });

    it("throws MappingError with a Dutch message for an unknown header", () => {
      expect(() => applyMappingOverrides(base, { closedOn: "Afgesloten" })).toThrow(
        'Kolom "Afgesloten" (voor closedOn) staat niet in de kopregel van de casussen. Beschikbare kolommen: "Casusnummer", "Afgesloten per", "Einddatum", "Domein 1", "Domein 2", "Cliënt", "Opmerking".'
      );
    });

    it("does not accept mainDomains for another table", () => {
      expect(() =>
        applyMappingOverrides(proposeMapping([["Casus", "Domein"]], "zrm"), {
          mainDomains: "Domein",
        })
      ).toThrow(MappingError);
    });

    it("returns an equal mapping for no overrides", () => {
      expect(applyMappingOverrides(base, {})).toEqual(base);
    });
  });
});

describe("listFields, isRequiredField and missingRequiredFields", () => {
  it("lists the fields with Dutch labels in display order", () => {
    expect(listFields("cases").map((field) => field.field)).toHaveLength(22);
    expect(listFields("cases")[0]).toMatchObject({
      field: "caseId",
      label: "Casusnummer",
      kind: "id",
      required: true,
    });
    expect(listFields("activities").map((field) => field.label)).toEqual([
      "Activiteitnummer",
      "Naam activiteit",
      "Categorie",
      "Datum",
      "Aantal deelnemers",
      "Doelgroep",
    ]);
  });

  it("knows the required fields", () => {
    expect(isRequiredField("cases", "caseId")).toBe(true);
    expect(isRequiredField("cases", "closedOn")).toBe(false);
    expect(isRequiredField("zrm", "caseId")).toBe(true);
    expect(isRequiredField("zrm", "domain")).toBe(true);
    expect(isRequiredField("activities", "date")).toBe(true);
    expect(isRequiredField("complaints", "date")).toBe(true);
  });

  it("names what is missing, including the activities either/or", () => {
    expect(missingRequiredFields(proposeMapping([["Naam"]], "cases"))).toEqual(["Casusnummer"]);
    expect(missingRequiredFields(proposeMapping([["Casus"]], "zrm"))).toEqual(["Domein"]);
    expect(missingRequiredFields(proposeMapping([["Datum"]], "activities"))).toEqual([
      "Activiteitnummer of Naam activiteit",
    ]);
    expect(missingRequiredFields(proposeMapping([["Datum", "Activiteit"]], "activities"))).toEqual(
      []
    );
  });

  describe("edge cases", () => {
    it("treats unknown fields and the either/or fields as not required by themselves", () => {
      expect(isRequiredField("cases", "nope")).toBe(false);
      expect(isRequiredField("activities", "activityId")).toBe(false);
      expect(isRequiredField("activities", "activityName")).toBe(false);
    });
  });
});
