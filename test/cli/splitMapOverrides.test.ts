import { CliUsageError } from "../../src/cli/cliErrors";
import { splitMapOverrides } from "../../src/cli/splitMapOverrides";

/** Entries as `--kolom` gives them. */
function kolom(...texts: string[]): { option: string; text: string }[] {
  return texts.map((text) => ({ option: "--kolom", text }));
}

function usageMessage(entries: readonly { option: string; text: string }[]): string {
  try {
    splitMapOverrides(entries);
  } catch (error) {
    expect(error).toBeInstanceOf(CliUsageError);
    return (error as Error).message;
  }
  throw new Error("expected a CliUsageError");
}

describe("splitMapOverrides", () => {
  it("puts unprefixed entries on the case table and prefixed ones on their table", () => {
    expect(
      splitMapOverrides(
        kolom("clientId=Klantnr", "zrm.domain=Leefgebied", "complaints.date=Ontvangen")
      )
    ).toEqual({
      cases: { clientId: "Klantnr" },
      zrm: { domain: "Leefgebied" },
      complaints: { date: "Ontvangen" },
    });
  });

  it("names a field by its Dutch label (any case, accents, spaces, hyphens) as by its English id", () => {
    const expected = { cases: { clientId: "Klantnr" } };
    for (const field of [
      "clientId",
      "Cliëntnummer",
      "clientnummer",
      "CLIËNT-NUMMER",
      " cliënt nummer ",
    ])
      expect(splitMapOverrides(kolom(`${field}=Klantnr`))).toEqual(expected);
    expect(splitMapOverrides(kolom("Soort traject=Soort"))).toEqual(
      splitMapOverrides(kolom("caseType=Soort"))
    );
    expect(splitMapOverrides(kolom("kanzelfstandigverder=Zelf verder"))).toEqual({
      cases: { canContinueAlone: "Zelf verder" },
    });
  });

  it("takes the Dutch table prefixes, singular or plural, and the English ones", () => {
    expect(
      splitMapOverrides(
        kolom(
          "zrm.domein=Leefgebied",
          "activiteiten.datum=Datum bijeenkomst",
          "activiteit.Aantal deelnemers=Bezoekers",
          "klachten.datum=Ontvangen",
          "casussen.team=Wijk"
        )
      )
    ).toEqual({
      zrm: { domain: "Leefgebied" },
      activities: { date: "Datum bijeenkomst", participants: "Bezoekers" },
      complaints: { date: "Ontvangen" },
      cases: { team: "Wijk" },
    });
    expect(splitMapOverrides(kolom("klacht.datum=X"))).toEqual(
      splitMapOverrides(kolom("complaints.date=X"))
    );
    expect(splitMapOverrides(kolom("activities.activityName=X", "cases.team=Y"))).toEqual({
      activities: { activityName: "X" },
      cases: { team: "Y" },
    });
    expect(splitMapOverrides(kolom("ZRM.Beginscore=Begin"))).toEqual({
      zrm: { beginScore: "Begin" },
    });
  });

  it('keeps everything after the first "=" as the header, trimmed', () => {
    expect(splitMapOverrides(kolom("hoofddomeinen = Domein 1, Domein=2 "))).toEqual({
      cases: { mainDomains: "Domein 1, Domein=2" },
    });
  });

  it("lets a later entry for the same field win, also under another name, in the later place", () => {
    expect(splitMapOverrides(kolom("team=Locatie", "team=Wijk"))).toEqual({
      cases: { team: "Wijk" },
    });
    const overrides = splitMapOverrides(kolom("clientnummer=A", "team=Wijk", "clientId=B"));
    expect(Object.entries(overrides.cases ?? {})).toEqual([
      ["team", "Wijk"],
      ["clientId", "B"],
    ]);
  });

  describe("edge cases", () => {
    it("keeps an empty header (it unmaps the field)", () => {
      expect(splitMapOverrides(kolom("leeftijd="))).toEqual({ cases: { age: "" } });
    });

    it("returns no tables for no entries", () => {
      expect(splitMapOverrides([])).toEqual({});
    });

    it("refuses an entry without a field, naming the option as typed", () => {
      expect(usageMessage(kolom("=Klantnr"))).toBe(
        'ongeldige --kolom "=Klantnr": gebruik veld=Kolomkop'
      );
      expect(usageMessage([{ option: "--map", text: "clientId" }])).toBe(
        'ongeldige --map "clientId": gebruik veld=Kolomkop'
      );
    });

    it("refuses an unknown table prefix, suggesting the Dutch ones", () => {
      expect(usageMessage(kolom("deelnemers.datum=Datum"))).toBe(
        'ongeldige --kolom "deelnemers.datum=Datum": onbekende tabel "deelnemers" (gebruik zrm, activiteiten, klachten)'
      );
    });

    it("refuses an unknown field, listing the table's Dutch field names", () => {
      expect(usageMessage(kolom("einddatumm=Einde"))).toBe(
        'ongeldige --kolom "einddatumm=Einde": onbekend veld "einddatumm" voor de casussen; kies uit: ' +
          "casusnummer, clientnummer, soorttraject, product, aanmelddatum, intakedatum, startdatum, " +
          "einddatum, hoofddomeinen, afsluitreden, verwijzer, team, geboortedatum, leeftijd, " +
          "directopgelost, klantoordeel, kanzelfstandigverder, complexiteithulpvraag, zwaartehulpvraag, aantalcontactmomenten, doorverwezennaar, samenwerkingspartners"
      );
      expect(usageMessage([{ option: "--map", text: "zrm.team=Wijk" }])).toBe(
        'ongeldige --map "zrm.team=Wijk": onbekend veld "team" voor de ZRM-scores; kies uit: ' +
          "casusnummer, domein, beginscore, eindscore, doelscore"
      );
      expect(usageMessage(kolom("activiteiten.=Naam"))).toMatch(
        /^ongeldige --kolom "activiteiten.=Naam": onbekend veld "" voor de activiteiten; kies uit: activiteitnummer, naamactiviteit, categorie, datum, aantaldeelnemers, doelgroep$/
      );
    });
  });
});
