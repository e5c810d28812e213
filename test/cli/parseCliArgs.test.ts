import { CliUsageError } from "../../src/cli/cliErrors";
import { parseCliArgs } from "../../src/cli/parseCliArgs";

const BASE = ["report", "--cases", "export.xlsx", "--period", "t/m Q3 2024"];

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
    });
  });

  it("reads every option", () => {
    const args = parseCliArgs([
      ...BASE,
      "--sheet",
      "Casussen",
      "--zrm",
      "zrm.csv",
      "--zrm-sheet",
      "ZRM",
      "--activities",
      "act.xlsx",
      "--activities-sheet",
      "Act",
      "--complaints",
      "klachten.csv",
      "--map",
      "clientId=Klantnr",
      "--map",
      "zrm.domain=Leefgebied",
      "--out",
      "rapport.xlsx",
      "--json",
      "--drempel",
      "10",
      "--recidive-maanden",
      "0",
      "--recidive-zelfde-domein",
      "nee",
      "--peildatum",
      "2024-10-07",
    ]);
    expect(args).toMatchObject({
      command: "report",
      sheet: "Casussen",
      zrm: "zrm.csv",
      zrmSheet: "ZRM",
      activities: "act.xlsx",
      activitiesSheet: "Act",
      complaints: "klachten.csv",
      overrides: { cases: { clientId: "Klantnr" }, zrm: { domain: "Leefgebied" } },
      out: "rapport.xlsx",
      json: true,
      publication: true,
      threshold: 10,
      recidiveMonths: 0,
      recidiveSameDomain: false,
      asOf: 45572,
    });
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

  it('accepts "rapport" as the Dutch command and --period=TEXT', () => {
    expect(parseCliArgs(["rapport", "--cases", "a.csv", "--period=Q3 2024"])).toMatchObject({
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

  it("returns help for --help and -h, even with other arguments", () => {
    expect(parseCliArgs(["--help"])).toEqual({ command: "help" });
    expect(parseCliArgs(["report", "-h"])).toEqual({ command: "help" });
  });

  it("returns version for --versie", () => {
    expect(parseCliArgs(["--versie"])).toEqual({ command: "version" });
  });

  describe("edge cases", () => {
    it("rejects an unknown option in Dutch", () => {
      expect(usageMessage([...BASE, "--foo"])).toBe(
        "onbekende optie: --foo (zie welzijnsmonitor --help)"
      );
    });

    it("rejects an option without its value", () => {
      expect(usageMessage(["report", "--period", "Q3 2024", "--cases"])).toBe(
        "optie --cases verwacht een waarde"
      );
    });

    it('explains how to give a value that starts with "-"', () => {
      expect(usageMessage([...BASE, "--recidive-maanden", "-1"])).toBe(
        'optie --recidive-maanden verwacht een waarde; schrijf een waarde die met "-" begint als --recidive-maanden=-…'
      );
    });

    it("rejects a value for a flag", () => {
      expect(usageMessage([...BASE, "--json=ja"])).toBe("optie --json heeft geen waarde");
    });

    it("rejects a missing command, an unknown command and a stray argument", () => {
      expect(usageMessage(["--cases", "a.csv"])).toMatch(/^geef een opdracht/);
      expect(usageMessage(["rapporteer", "--cases", "a.csv"])).toBe(
        "onbekende opdracht: rapporteer (bedoeld: report)"
      );
      expect(usageMessage([...BASE, "Q3"])).toMatch(/^onverwacht argument: Q3/);
    });

    it("rejects a missing --cases or --period", () => {
      expect(usageMessage(["report", "--period", "Q3 2024"])).toMatch(/^--cases ontbreekt/);
      expect(usageMessage(["report", "--cases", "a.csv"])).toMatch(/^--period ontbreekt/);
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

    it("rejects an option with a value given twice, in any spelling", () => {
      expect(usageMessage([...BASE, "--cases", "b.xlsx"])).toBe(
        "optie --cases is meer dan eens gegeven; geef deze één keer (alleen --map mag vaker)"
      );
      expect(usageMessage([...BASE, "--period=Q3 2024"])).toBe(
        "optie --period is meer dan eens gegeven; geef deze één keer (alleen --map mag vaker)"
      );
      for (const option of ["--sheet", "--zrm", "--out", "--drempel", "--peildatum"]) {
        expect(usageMessage([...BASE, option, "5", option, "5"])).toMatch(
          new RegExp(`^optie ${option} is meer dan eens gegeven`)
        );
      }
    });

    it("accepts --map and flags more than once", () => {
      expect(
        parseCliArgs([
          ...BASE,
          "--map",
          "clientId=Klantnr",
          "--map",
          "team=Wijk",
          "--json",
          "--json",
        ])
      ).toMatchObject({ overrides: { cases: { clientId: "Klantnr", team: "Wijk" } }, json: true });
    });

    it('rejects a --map without "=" or with an unknown table', () => {
      expect(usageMessage([...BASE, "--map", "clientId"])).toBe(
        'ongeldige --map "clientId": gebruik veld=Kolomkop'
      );
      expect(usageMessage([...BASE, "--map", "klachten.date=Datum"])).toMatch(
        /^ongeldige --map "klachten.date=Datum": onbekende tabel "klachten"/
      );
    });
  });
});
