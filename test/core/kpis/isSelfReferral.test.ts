import { isSelfReferral } from "../../../src/core/kpis/isSelfReferral";

describe("isSelfReferral", () => {
  it.each([
    "Zelfmelder",
    "zelfmelding",
    "Eigen initiatief",
    "Cliënt zelf",
    "ZELF",
    "Zelf aangemeld",
    "eigen  initiatief (inwoner)",
  ])('recognises "%s" as a self-referral', (label) => expect(isSelfReferral(label)).toBe(true));

  it.each([
    "Huisarts",
    "Zelfstandig ondernemer",
    "Eigen netwerk",
    "Initiatief gemeente",
    "Wijkagent",
    "",
  ])('does not take "%s" for a self-referral', (label) =>
    expect(isSelfReferral(label)).toBe(false)
  );

  describe("edge cases", () => {
    it("compares whole words only", () => {
      expect(isSelfReferral("zelfzorg")).toBe(false);
      expect(isSelfReferral("initiatief eigen")).toBe(false);
    });
  });
});
