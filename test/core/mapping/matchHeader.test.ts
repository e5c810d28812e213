import fc from "fast-check";
import { FIELD_DEFINITIONS, headerStrength, matchHeader } from "../../../src/core/mapping";
import type { TableName } from "../../../src/core/types";

/** The header-row score of one cell as read from `matchHeader`'s candidates. */
function strengthFromCandidates(header: string, table: TableName): number {
  const candidates = matchHeader(header, table);
  if (candidates.some((candidate) => candidate.confidence === "high")) return 2;
  return candidates.some((candidate) => candidate.confidence === "medium") ? 1 : 0;
}

const TABLES: TableName[] = ["cases", "zrm", "activities", "complaints"];
const SYNONYMS = TABLES.flatMap((table) =>
  FIELD_DEFINITIONS[table].flatMap((definition) => [definition.label, ...definition.synonyms])
);

describe("matchHeader", () => {
  it("matches exact, contained and near-miss headers with falling confidence", () => {
    const best = (header: string): [string, string] | undefined => {
      const [first] = matchHeader(header, "cases").sort((a, b) => b.score - a.score);
      return first && [first.field, first.confidence];
    };
    expect(best("Startdatum")).toEqual(["startedOn", "high"]);
    expect(best("Hoofddomein 2")).toEqual(["mainDomains", "high"]);
    expect(best("Intakedatun")).toEqual(["intakeOn", "medium"]);
    expect(best("Afsluitredn")).toEqual(["closeReason", "low"]);
    expect(best("Opmerkingen")).toBeUndefined();
  });

  it("answers a header it has seen the same way, in an array of the caller's own", () => {
    const first = matchHeader("Datum aanmelding", "cases");
    first.length = 0; // a caller changing its array changes nothing for the next one
    const again = matchHeader("Datum aanmelding", "cases");
    expect(again.map((candidate) => [candidate.field, candidate.confidence])).toEqual([
      ["registeredOn", "high"],
    ]);
    expect(matchHeader("Datum aanmelding", "zrm")).not.toEqual(again);
  });

  describe("edge cases", () => {
    it("returns nothing for a header without letters or digits", () => {
      expect(matchHeader(" -- ", "cases")).toEqual([]);
    });
  });
});

describe("headerStrength", () => {
  it("scores a cell exactly as matchHeader's high and medium matches would", () => {
    const header = fc.oneof(
      fc.constantFrom(...SYNONYMS),
      fc.constantFrom(...SYNONYMS).map((text) => `${text} 2`),
      fc.constantFrom(...SYNONYMS).map((text) => text.slice(0, Math.max(1, text.length - 1))),
      fc.constantFrom("Individueel traject", "Team Noord", "Financiën", "Ja", "", "x"),
      // Data cells of digits (and punctuation): ids, dates, amounts.
      fc.constantFrom("1000001", "9-3-2022", "2024-05-06 00:00:00", "7,5", "-3", "1.200"),
      fc.integer().map(String),
      fc.string({ maxLength: 20 })
    );
    fc.assert(
      fc.property(header, fc.constantFrom(...TABLES), (text, table) => {
        expect(headerStrength(text, table)).toBe(strengthFromCandidates(text, table));
      })
    );
  });

  describe("edge cases", () => {
    it("scores a cell of digits alone 0 (no synonym has a digit)", () => {
      expect(headerStrength("1000001", "cases")).toBe(0);
      expect(headerStrength("31-12-2024", "zrm")).toBe(0);
      expect(headerStrength("Hoofddomein 1", "cases")).toBe(2);
    });

    it("does not count near misses", () => {
      expect(matchHeader("Geboortedatm", "cases").map((candidate) => candidate.confidence)).toEqual(
        ["low"]
      );
      expect(headerStrength("Geboortedatm", "cases")).toBe(0);
    });
  });
});
