import { CliUsageError } from "../../src/cli/cliErrors";
import {
  ENGLISH_ALIASES,
  optionAsTyped,
  parseCliArgs,
  type ReportArgs,
} from "../../src/cli/parseCliArgs";

const BASE = ["rapport", "--casussen", "export.xlsx", "--periode", "t/m Q3 2024"];

function usageMessage(argv: readonly string[]): string {
  try {
    parseCliArgs(argv);
  } catch (error) {
    expect(error).toBeInstanceOf(CliUsageError);
    return (error as Error).message;
  }
  throw new Error("expected a CliUsageError");
}

describe("parseCliArgs", () => {
  it("reads the minimal report command with defaults", () => {
    expect(parseCliArgs(BASE)).toEqual({
      command: "report",
      cases: "export.xlsx",
      sheet: undefined,
      zrm: undefined,
      zrmSheet: undefined,
      activities: undefined,
      activitiesSheet: undefined,
      complaints: undefined,
      complaintsSheet: undefined,
      period: "t/m Q3 2024",
      overrides: {},
      out: undefined,
      overwrite: false,
      json: false,
      publication: false,
      threshold: 5,
      recidiveMonths: undefined,
      recidiveSameDomain: undefined,
      asOf: undefined,
      typedNames: { casussen: "--casussen", periode: "--periode" },
    });
  });

  /** Every option once, by Dutch name or by English alias. */
  function everyOption(english: boolean): string[] {
    const name = (dutch: string, alias: string): string => (english ? alias : dutch);
    return [
      name("rapport", "report"),
      name("--casussen", "--cases"),
      "export.xlsx",
      name("--periode", "--period"),
      "t/m Q3 2024",
      name("--werkblad", "--sheet"),
      "Casussen",
      "--zrm",
      "zrm.csv",
      name("--zrm-werkblad", "--zrm-sheet"),
      "ZRM",
      name("--activiteiten", "--activities"),
      "act.xlsx",
      name("--activiteiten-werkblad", "--activities-sheet"),
      "Act",
      name("--klachten", "--complaints"),
      "klachten.xlsx",
      name("--klachten-werkblad", "--complaints-sheet"),
      "Klachten",
      name("--kolom", "--map"),
      name("Cliëntnummer=Klantnr", "clientId=Klantnr"),
      name("--kolom", "--map"),
      name("zrm.Domein=Leefgebied", "zrm.domain=Leefgebied"),
      name("--kolom", "--map"),
      name("activiteiten.naam activiteit=Titel", "activities.activityName=Titel"),
      name("--kolom", "--map"),
      name("klacht.datum=Ontvangen", "complaints.date=Ontvangen"),
      name("--uit", "--out"),
      "rapport.xlsx",
      "--overschrijven",
      "--json",
      "--drempel",
      "10",
      "--recidive-maanden",
      "0",
      "--recidive-zelfde-domein",
      "nee",
      "--peildatum",
      "2024-10-07",
      "--vroegste-datum",
      "1-1-2000",
    ];
  }

  it("reads every option by its Dutch name", () => {
    expect(parseCliArgs(everyOption(false))).toEqual({
      command: "report",
      cases: "export.xlsx",
      period: "t/m Q3 2024",
      sheet: "Casussen",
      zrm: "zrm.csv",
      zrmSheet: "ZRM",
      activities: "act.xlsx",
      activitiesSheet: "Act",
      complaints: "klachten.xlsx",
      complaintsSheet: "Klachten",
      overrides: {
        cases: { clientId: "Klantnr" },
        zrm: { domain: "Leefgebied" },
        activities: { activityName: "Titel" },
        complaints: { date: "Ontvangen" },
      },
      out: "rapport.xlsx",
      overwrite: true,
      json: true,
      publication: true,
      threshold: 10,
      recidiveMonths: 0,
      recidiveSameDomain: false,
      asOf: 45572,
      earliestDate: 36526,
      typedNames: expect.objectContaining({ casussen: "--casussen", kolom: "--kolom" }),
    });
  });

  it("reads the English aliases (report, --cases, --map clientId=…) as the same options", () => {
    const { typedNames: dutchNames, ...dutch } = parseCliArgs(everyOption(false)) as {
      typedNames: unknown;
    };
    const { typedNames: englishNames, ...english } = parseCliArgs(everyOption(true)) as {
      typedNames: unknown;
    };
    expect(english).toEqual(dutch);
    // Only how the options were typed differs.
    expect(englishNames).toMatchObject({ casussen: "--cases", kolom: "--map", uit: "--out" });
    expect(dutchNames).toMatchObject({ casussen: "--casussen", kolom: "--kolom", uit: "--uit" });
  });

  it("has an English alias for each option that had an English name, and no others", () => {
    expect(Object.fromEntries(ENGLISH_ALIASES)).toEqual({
      cases: "casussen",
      sheet: "werkblad",
      "zrm-sheet": "zrm-werkblad",
      activities: "activiteiten",
      "activities-sheet": "activiteiten-werkblad",
      complaints: "klachten",
      "complaints-sheet": "klachten-werkblad",
      period: "periode",
      map: "kolom",
      out: "uit",
      help: "hulp",
      version: "versie",
    });
  });

  it("names an option in messages as it was typed, else by its Dutch name", () => {
    const args = parseCliArgs(["report", "--cases", "a.csv", "--periode", "Q3 2024"]) as ReportArgs;
    expect(optionAsTyped(args, "casussen")).toBe("--cases");
    expect(optionAsTyped(args, "periode")).toBe("--periode");
    expect(optionAsTyped(args, "uit")).toBe("--uit");
    expect(optionAsTyped({}, "kolom")).toBe("--kolom");
  });

  it("reads --kolom by Dutch label with accents and spaces, normalised label or English id as the same override", () => {
    const overrides = (entry: string): unknown =>
      (parseCliArgs([...BASE, "--kolom", entry]) as { overrides: unknown }).overrides;
    const expected = { cases: { caseType: "Soort" } };
    for (const entry of ["Soort traject=Soort", "soorttraject=Soort", "SOORT-TRAJECT=Soort"])
      expect(overrides(entry)).toEqual(expected);
    expect(overrides("caseType=Soort")).toEqual(expected);
    expect(overrides("Cliëntnummer=Klantnr")).toEqual(overrides("clientId=Klantnr"));
    expect(overrides("clientnummer=Klantnr")).toEqual({ cases: { clientId: "Klantnr" } });
  });

  it("reads --overschrijven", () => {
    expect(parseCliArgs([...BASE, "--out", "r.xlsx", "--overschrijven"])).toMatchObject({
      out: "r.xlsx",
      overwrite: true,
    });
  });

  it("switches publication mode on with --publicatie and keeps threshold 5", () => {
    expect(parseCliArgs([...BASE, "--publicatie"])).toMatchObject({
      publication: true,
      threshold: 5,
    });
  });

  it('accepts "rapport" and its English alias "report", and --periode=TEXT', () => {
    expect(parseCliArgs(["rapport", "--casussen", "a.csv", "--periode=Q3 2024"])).toMatchObject({
      command: "report",
      period: "Q3 2024",
    });
    expect(parseCliArgs(["report", "--casussen", "a.csv", "--period=Q3 2024"])).toMatchObject({
      command: "report",
      period: "Q3 2024",
    });
  });

  it("reads --peildatum in Dutch day-first form too", () => {
    expect(parseCliArgs([...BASE, "--peildatum", "7-10-2024"])).toMatchObject({ asOf: 45572 });
  });

  it("reads --vroegste-datum (day first, or ISO); absent leaves the core's default", () => {
    expect(parseCliArgs([...BASE, "--vroegste-datum", "1-1-1900"])).toMatchObject({
      earliestDate: 2,
    });
    expect(parseCliArgs([...BASE, "--vroegste-datum", "2000-01-01"])).toMatchObject({
      earliestDate: 36526,
    });
    expect(parseCliArgs(BASE)).not.toHaveProperty("earliestDate", expect.anything());
  });

  it("returns help for --hulp, --help and -h, even with other arguments", () => {
    expect(parseCliArgs(["--hulp"])).toEqual({ command: "help" });
    expect(parseCliArgs(["--help"])).toEqual({ command: "help" });
    expect(parseCliArgs(["rapport", "-h"])).toEqual({ command: "help" });
    expect(parseCliArgs([...BASE, "--casussen", "b.csv", "--hulp"])).toEqual({ command: "help" });
  });

  it("returns version for --versie and --version", () => {
    expect(parseCliArgs(["--versie"])).toEqual({ command: "version" });
    expect(parseCliArgs(["--version"])).toEqual({ command: "version" });
  });

  describe("edge cases", () => {
    it("rejects an unknown option in Dutch", () => {
      expect(usageMessage([...BASE, "--foo"])).toBe(
        "onbekende optie: --foo (zie welzijnsmonitor --hulp)"
      );
    });

    it("rejects an option without its value, named as typed", () => {
      expect(usageMessage(["rapport", "--periode", "Q3 2024", "--casussen"])).toBe(
        "optie --casussen verwacht een waarde"
      );
      expect(usageMessage(["report", "--period", "Q3 2024", "--cases"])).toBe(
        "optie --cases verwacht een waarde"
      );
    });

    it('explains how to give a value that starts with "-"', () => {
      expect(usageMessage([...BASE, "--recidive-maanden", "-1"])).toBe(
        'optie --recidive-maanden verwacht een waarde; schrijf een waarde die met "-" begint als --recidive-maanden=-…'
      );
    });

    it("rejects a value for a flag, named as typed", () => {
      expect(usageMessage([...BASE, "--json=ja"])).toBe("optie --json heeft geen waarde");
      expect(usageMessage([...BASE, "--hulp=ja"])).toBe("optie --hulp heeft geen waarde");
      expect(usageMessage([...BASE, "--help=ja"])).toBe("optie --help heeft geen waarde");
    });

    it("rejects a missing command, an unknown command and a stray argument", () => {
      expect(usageMessage(["--casussen", "a.csv"])).toBe(
        'geef een opdracht: welzijnsmonitor rapport --casussen BESTAND --periode "t/m Q3 2024"'
      );
      expect(usageMessage(["rapporteer", "--casussen", "a.csv"])).toBe(
        "onbekende opdracht: rapporteer (bedoeld: rapport)"
      );
      expect(usageMessage([...BASE, "Q3"])).toMatch(/^onverwacht argument: Q3/);
    });

    it("rejects a missing --casussen or --periode by its Dutch name, also after English options", () => {
      expect(usageMessage(["report", "--period", "Q3 2024"])).toBe(
        "--casussen ontbreekt: geef het bestand met de casussen (.xlsx of .csv)"
      );
      expect(usageMessage(["report", "--cases", "a.csv"])).toBe(
        '--periode ontbreekt: geef een periode, bijvoorbeeld --periode "t/m Q3 2024"'
      );
    });

    it("rejects malformed values", () => {
      expect(usageMessage([...BASE, "--drempel", "7"])).toBe(
        '--drempel verwacht 5 of 10, niet "7"'
      );
      expect(usageMessage([...BASE, "--recidive-maanden=-1"])).toBe(
        '--recidive-maanden verwacht een geheel getal van 0 of meer, niet "-1"'
      );
      expect(usageMessage([...BASE, "--recidive-maanden", "2,5"])).toMatch(
        /^--recidive-maanden verwacht/
      );
      expect(usageMessage([...BASE, "--recidive-zelfde-domein", "misschien"])).toBe(
        '--recidive-zelfde-domein verwacht ja of nee, niet "misschien"'
      );
      expect(usageMessage([...BASE, "--peildatum", "31-02-2024"])).toBe(
        '--peildatum verwacht een datum als 2024-10-07, niet "31-02-2024"'
      );
      expect(usageMessage([...BASE, "--vroegste-datum", "1990"])).toBe(
        '--vroegste-datum verwacht een datum als 1-1-1990, niet "1990"'
      );
    });

    it("rejects an option with a value given twice, in any spelling, under either name", () => {
      const twice = "is meer dan eens gegeven";
      const once = "geef deze één keer (alleen --kolom mag vaker)";
      expect(usageMessage([...BASE, "--casussen", "b.xlsx"])).toBe(
        `optie --casussen ${twice}; ${once}`
      );
      expect(usageMessage([...BASE, "--periode=Q3 2024"])).toBe(
        `optie --periode ${twice}; ${once}`
      );
      expect(usageMessage(["report", "--cases", "a.csv", "--cases", "b.csv"])).toBe(
        `optie --cases ${twice}; ${once}`
      );
      expect(usageMessage(["rapport", "--cases", "a.csv", "--casussen", "b.csv"])).toBe(
        `optie --cases ${twice} (ook als --casussen); ${once}`
      );
      expect(usageMessage([...BASE, "--period", "Q3 2024"])).toBe(
        `optie --periode ${twice} (ook als --period); ${once}`
      );
      for (const option of [
        "--werkblad",
        "--sheet",
        "--zrm",
        "--uit",
        "--drempel",
        "--peildatum",
      ]) {
        expect(usageMessage([...BASE, option, "5", option, "5"])).toMatch(
          new RegExp(`^optie ${option} ${twice}`)
        );
      }
      expect(usageMessage([...BASE, "--uit", "a.xlsx", "--out=b.xlsx"])).toBe(
        `optie --uit ${twice} (ook als --out); ${once}`
      );
    });

    it("accepts --kolom, --map and flags more than once, --kolom and --map mixed in order", () => {
      expect(
        parseCliArgs([
          ...BASE,
          "--kolom",
          "clientnummer=Klantnr",
          "--map",
          "team=Wijk",
          "--kolom",
          "Team=Locatie",
          "--json",
          "--json",
          "--publicatie",
          "--publicatie",
        ])
      ).toMatchObject({
        overrides: { cases: { clientId: "Klantnr", team: "Locatie" } },
        json: true,
        publication: true,
      });
    });

    it('rejects a --kolom without "=", with an unknown table or field, named as typed', () => {
      expect(usageMessage([...BASE, "--kolom", "clientnummer"])).toBe(
        'ongeldige --kolom "clientnummer": gebruik veld=Kolomkop'
      );
      expect(usageMessage([...BASE, "--map", "clientId"])).toBe(
        'ongeldige --map "clientId": gebruik veld=Kolomkop'
      );
      expect(usageMessage([...BASE, "--kolom", "klant.datum=Datum"])).toBe(
        'ongeldige --kolom "klant.datum=Datum": onbekende tabel "klant" (gebruik zrm, activiteiten, klachten)'
      );
      expect(usageMessage([...BASE, "--kolom", "klachten.team=Team"])).toBe(
        'ongeldige --kolom "klachten.team=Team": onbekend veld "team" voor de klachten; kies uit: datum'
      );
    });
  });
});
