import { FIELD_DEFINITIONS, findFieldDefinition } from "../../../src/core/mapping/fieldDefinitions";
import { fieldTypingName, findFieldByName } from "../../../src/core/mapping/findFieldByName";
import { normalizeKey } from "../../../src/core/text/normalizeKey";
import type { TableName } from "../../../src/core/types";

const TABLES = Object.keys(FIELD_DEFINITIONS) as TableName[];

describe("findFieldByName", () => {
  it("finds a field by its Dutch label, insensitive to case, accents, spaces and hyphens", () => {
    for (const name of ["Cliëntnummer", "clientnummer", "CLIENTNUMMER", " cliënt-nummer "])
      expect(findFieldByName("cases", name)?.field).toBe("clientId");
    for (const name of ["Soort traject", "soorttraject", "soort-traject"])
      expect(findFieldByName("cases", name)?.field).toBe("caseType");
    expect(findFieldByName("cases", "Kan zelfstandig verder")?.field).toBe("canContinueAlone");
  });

  it("finds a field by its English id, in any case", () => {
    expect(findFieldByName("cases", "clientId")?.field).toBe("clientId");
    expect(findFieldByName("cases", "CLOSEDON")?.field).toBe("closedOn");
  });

  it("looks only in the given table", () => {
    expect(findFieldByName("zrm", "domein")?.field).toBe("domain");
    expect(findFieldByName("cases", "domein")).toBeUndefined();
    expect(findFieldByName("activities", "Naam activiteit")?.field).toBe("activityName");
    expect(findFieldByName("complaints", "datum")?.field).toBe("date");
    expect(findFieldByName("complaints", "Aantal deelnemers")).toBeUndefined();
  });

  it("finds nothing for an unknown or empty name", () => {
    expect(findFieldByName("cases", "einddatumm")).toBeUndefined();
    expect(findFieldByName("cases", "")).toBeUndefined();
    expect(findFieldByName("cases", " - ")).toBeUndefined();
  });

  it("gives every field of a table a typing name and id that no other field of that table has", () => {
    for (const table of TABLES) {
      const owner = new Map<string, string>();
      for (const definition of FIELD_DEFINITIONS[table]) {
        for (const key of new Set([fieldTypingName(definition), normalizeKey(definition.field)])) {
          expect({ table, key, other: owner.get(key) }).toEqual({ table, key, other: undefined });
          owner.set(key, definition.field);
        }
        expect(findFieldByName(table, definition.label)).toBe(definition);
        expect(findFieldByName(table, fieldTypingName(definition))).toBe(definition);
        expect(findFieldByName(table, definition.field)).toBe(definition);
      }
    }
  });
});

describe("fieldTypingName", () => {
  it("is the Dutch label without case, accents and spaces", () => {
    const name = (table: TableName, field: string): string => {
      const definition = findFieldDefinition(table, field);
      if (definition === undefined) throw new Error(`no field ${field}`);
      return fieldTypingName(definition);
    };
    expect(name("cases", "clientId")).toBe("clientnummer");
    expect(name("cases", "caseType")).toBe("soorttraject");
    expect(name("zrm", "beginScore")).toBe("beginscore");
    expect(name("activities", "participants")).toBe("aantaldeelnemers");
  });
});
