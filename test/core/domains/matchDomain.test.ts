import {
  DomainInterner,
  STANDARD_ZRM_DOMAINS,
  ZRM_DOMAINS,
  matchDomain,
  splitDomainCell,
} from "../../../src/core/domains";

describe("ZRM_DOMAINS", () => {
  it("lists the 13 standard domains first, then supplementary ones", () => {
    expect(STANDARD_ZRM_DOMAINS).toHaveLength(13);
    expect(ZRM_DOMAINS.slice(0, 13)).toEqual(STANDARD_ZRM_DOMAINS);
    expect(ZRM_DOMAINS).toContain("Opvoeding");
    expect(ZRM_DOMAINS).toContain("Sociaal-emotionele ondersteuning (Ouderschap)");
  });
});

describe("matchDomain", () => {
  it("recognises every canonical name", () => {
    for (const name of ZRM_DOMAINS) expect(matchDomain(name)).toEqual({ name, known: true });
  });

  it.each([
    ["financien", "Financiën"],
    ["FINANCIËN", "Financiën"],
    ["Financiële situatie", "Financiën"],
    ["Verslaving", "Middelengebruik"],
    ["ADL", "Basale ADL"],
    ["basale adl", "Basale ADL"],
    ["Dagbesteding", "Tijdsbesteding"],
    ["Dagbesteding/Tijdsbesteding", "Tijdsbesteding"],
    ["Werk en opleiding", "Werk & opleiding"],
    ["Werk & Opleiding", "Werk & opleiding"],
    ["Huiselijke relaties", "Huiselijke relaties"],
    ["Relaties", "Huiselijke relaties"],
    ["Fysieke gezondheid", "Lichamelijke gezondheid"],
    ["Psychische gezondheid", "Geestelijke gezondheid"],
    ["Geestelijke Gezondheid", "Geestelijke gezondheid"],
    ["Justitie/Politie", "Justitie"],
    ["Instrumentele ADL", "Instrumentele ADL"],
    [
      "Sociaal - Emotionele ondersteuning (Ouderschap)",
      "Sociaal-emotionele ondersteuning (Ouderschap)",
    ],
    [
      "Opvoeding / Sociaal-emotionele ondersteuning (Ouderschap)",
      "Sociaal-emotionele ondersteuning (Ouderschap)",
    ],
    ["3. Huisvesting", "Huisvesting"],
    ["  huisvesting ", "Huisvesting"],
  ])("matches %j to %j", (name, canonical) => {
    expect(matchDomain(name)).toEqual({ name: canonical, known: true });
  });

  describe("edge cases", () => {
    it("keeps an unknown name as written, whitespace collapsed", () => {
      expect(matchDomain("  Overige   vragen ")).toEqual({ name: "Overige vragen", known: false });
    });

    it("does not take a number alone for a domain", () => {
      expect(matchDomain("12")).toEqual({ name: "12", known: false });
      expect(matchDomain("")).toEqual({ name: "", known: false });
    });
  });
});

describe("splitDomainCell", () => {
  const names = (text: string): string[] => splitDomainCell(text).map((match) => match.name);

  it("splits on ; , | / and line breaks", () => {
    expect(names("Financiën; Huisvesting")).toEqual(["Financiën", "Huisvesting"]);
    expect(names("Financiën,Huisvesting|Justitie")).toEqual([
      "Financiën",
      "Huisvesting",
      "Justitie",
    ]);
    expect(names("Financiën/Huisvesting")).toEqual(["Financiën", "Huisvesting"]);
    expect(names("Financiën\nHuisvesting\r\nJustitie")).toEqual([
      "Financiën",
      "Huisvesting",
      "Justitie",
    ]);
  });

  it("keeps names with & and - whole", () => {
    expect(names("Werk & opleiding; Basale ADL")).toEqual(["Werk & opleiding", "Basale ADL"]);
    expect(names("Sociaal - Emotionele ondersteuning (Ouderschap), Financien")).toEqual([
      "Sociaal-emotionele ondersteuning (Ouderschap)",
      "Financiën",
    ]);
  });

  it("recognises known names containing a separator before splitting", () => {
    expect(names("Opvoeding / Sociaal-emotionele ondersteuning (Ouderschap)")).toEqual([
      "Sociaal-emotionele ondersteuning (Ouderschap)",
    ]);
    expect(names("Financiën; Justitie/Politie; Dagbesteding/Tijdsbesteding")).toEqual([
      "Financiën",
      "Justitie",
      "Tijdsbesteding",
    ]);
    expect(names("Opvoeding / Ouderschap")).toEqual([
      "Opvoeding",
      "Sociaal-emotionele ondersteuning (Ouderschap)",
    ]);
  });

  describe("edge cases", () => {
    it("returns nothing for an empty cell or separators only", () => {
      expect(splitDomainCell("")).toEqual([]);
      expect(splitDomainCell(" ; , / ")).toEqual([]);
    });

    it("keeps duplicates (the parser counts them once) and unknown names as written", () => {
      expect(splitDomainCell("Verslaving; Middelengebruik; Overig")).toEqual([
        { name: "Middelengebruik", known: true },
        { name: "Middelengebruik", known: true },
        { name: "Overig", known: false },
      ]);
    });
  });
});

describe("DomainInterner", () => {
  it("hands out codes in first-seen order and keeps initial labels", () => {
    const interner = new DomainInterner(["Financiën", "Huisvesting"]);
    expect(interner.codeOf("Justitie")).toBe(2);
    expect(interner.codeOf("Financiën")).toBe(0);
    expect(interner.labels).toEqual(["Financiën", "Huisvesting", "Justitie"]);
  });

  describe("edge cases", () => {
    it("groups unknown names case- and diacritic-insensitively", () => {
      const interner = new DomainInterner();
      expect(interner.codeOf("Overig")).toBe(0);
      expect(interner.codeOf("overig")).toBe(0);
      expect(interner.labels).toEqual(["Overig"]);
    });

    it("returns a copy of the labels", () => {
      const interner = new DomainInterner();
      const before = interner.labels;
      interner.codeOf("Overig");
      expect(before).toEqual([]);
    });
  });
});
