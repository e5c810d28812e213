import { DEFAULT_CASE_TYPE_MAP, classifyCaseType } from "../../../src/core/caseTypes";
import type { CaseTypeMap } from "../../../src/core/caseTypes";

describe("classifyCaseType", () => {
  it.each([
    ["Individueel traject", "IT"],
    ["Individuele trajecten", "IT"],
    ["Individuele ondersteuning", "IT"],
    ["Maatwerktraject", "IT"],
    ["Traject", "IT"],
    ["IT", "IT"],
    ["Leun- en steuncontact", "LS"],
    ["Leun en steun", "LS"],
    ["Steuncontact", "LS"],
    ["LS", "LS"],
    ["Informatie en advies", "IA"],
    ["Informatie & advies", "IA"],
    ["Info en advies", "IA"],
    ["Adviesgesprek", "IA"],
    ["I&A", "IA"],
    ["I & A", "IA"],
    ["IA", "IA"],
    ["ia", "IA"],
  ])("groups %j as %j", (label, group) => {
    expect(classifyCaseType(label, DEFAULT_CASE_TYPE_MAP)).toBe(group);
  });

  it("keeps any other label as written, whitespace collapsed", () => {
    expect(classifyCaseType("  Groeps  aanbod ", DEFAULT_CASE_TYPE_MAP)).toBe("Groeps aanbod");
    expect(classifyCaseType("Collectief", DEFAULT_CASE_TYPE_MAP)).toBe("Collectief");
  });

  describe("edge cases", () => {
    it('tries LS and IA before the generic word "traject"', () => {
      expect(classifyCaseType("Informatie en advies traject", DEFAULT_CASE_TYPE_MAP)).toBe("IA");
      expect(classifyCaseType("Leun- en steuntraject", DEFAULT_CASE_TYPE_MAP)).toBe("LS");
    });

    it("matches short keywords only as whole words", () => {
      expect(classifyCaseType("Media", DEFAULT_CASE_TYPE_MAP)).toBe("Media");
      expect(classifyCaseType("Politie", DEFAULT_CASE_TYPE_MAP)).toBe("Politie");
    });

    it("matches long keywords only at the start of a word", () => {
      expect(classifyCaseType("Ondersteuning", DEFAULT_CASE_TYPE_MAP)).toBe("Ondersteuning");
      expect(classifyCaseType("Begeleidingstraject", DEFAULT_CASE_TYPE_MAP)).toBe(
        "Begeleidingstraject"
      );
    });

    it("lets explicit values win, case- and diacritic-insensitively", () => {
      const map: CaseTypeMap = {
        ...DEFAULT_CASE_TYPE_MAP,
        values: { "Kortdurend Traject": "IA", Cliëntondersteuning: "OCO" },
      };
      expect(classifyCaseType("kortdurend traject", map)).toBe("IA");
      expect(classifyCaseType("clientondersteuning", map)).toBe("OCO");
      expect(classifyCaseType("Individueel traject", map)).toBe("IT");
    });

    it("uses the user’s own groups in order", () => {
      const map: CaseTypeMap = {
        keywords: [
          { group: "Kort", keywords: ["kort"] },
          { group: "Lang", keywords: ["traject"] },
        ],
      };
      expect(classifyCaseType("Kortdurend traject", map)).toBe("Kort");
      expect(classifyCaseType("Lang traject", map)).toBe("Lang");
    });

    it("returns empty text for an empty label", () => {
      expect(classifyCaseType("   ", DEFAULT_CASE_TYPE_MAP)).toBe("");
    });
  });
});
