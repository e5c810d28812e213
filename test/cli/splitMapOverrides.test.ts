import { CliUsageError } from "../../src/cli/cliErrors";
import { splitMapOverrides } from "../../src/cli/splitMapOverrides";

describe("splitMapOverrides", () => {
  it("puts unprefixed entries on the case table and prefixed ones on their table", () => {
    expect(
      splitMapOverrides(["clientId=Klantnr", "zrm.domain=Leefgebied", "complaints.date=Ontvangen"])
    ).toEqual({
      cases: { clientId: "Klantnr" },
      zrm: { domain: "Leefgebied" },
      complaints: { date: "Ontvangen" },
    });
  });

  it('keeps everything after the first "=" as the header, trimmed', () => {
    expect(splitMapOverrides(["mainDomains = Domein 1, Domein=2 "])).toEqual({
      cases: { mainDomains: "Domein 1, Domein=2" },
    });
  });

  it("lets a later entry for the same field win", () => {
    expect(splitMapOverrides(["team=Locatie", "team=Wijk"])).toEqual({ cases: { team: "Wijk" } });
  });

  describe("edge cases", () => {
    it("keeps an empty header (it unmaps the field)", () => {
      expect(splitMapOverrides(["age="])).toEqual({ cases: { age: "" } });
    });

    it("returns no tables for no entries", () => {
      expect(splitMapOverrides([])).toEqual({});
    });

    it("throws a CliUsageError for an entry without a field", () => {
      expect(() => splitMapOverrides(["=Klantnr"])).toThrow(CliUsageError);
    });
  });
});
