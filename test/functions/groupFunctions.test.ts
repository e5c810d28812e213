import { clearFunctionCaches, setSettingsReader } from "../../src/functions/loadFunctionData";
import { customFunction } from "./declaredFunctions";
import { activityTable, caseTable, errorOf, serial, toPositional, zrmTable } from "./fixtureTables";

const PERIOD = "t/m Q3 2024";

/** Five more cases: K7 has two earlier cases and comes back with a new question in 2024. */
function caseTableWithReturn(): (string | number)[][] {
  const empty = ["", "", "", "", ""];
  return [
    ...caseTable(),
    [
      "C11",
      "K7",
      "Individueel traject",
      "1-1-2022",
      "",
      "1-1-2022",
      "1-3-2022",
      "Huisvesting",
      ...empty,
    ],
    [
      "C12",
      "K7",
      "Individueel traject",
      "1-5-2022",
      "",
      "1-6-2022",
      "1-9-2022",
      "Werk en opleiding",
      ...empty,
    ],
    [
      "C13",
      "K7",
      "Individueel traject",
      "20-4-2024",
      "",
      serial(2024, 5, 1),
      "",
      "Financiën",
      ...empty,
    ],
  ];
}

describe("the functions over grouped KPIs and the recidive breakdown", () => {
  beforeEach(() => {
    clearFunctionCaches();
    setSettingsReader(() => null);
  });

  describe("WELZIJN.ZRMGROEI", () => {
    // Closed in 2024: C2 (Financiën 1→3, Huisvesting 2→4; Justitie is no main domain), C4 (no
    // scores), C5 (Financiën 3→4, Geestelijke gezondheid 2→5; Sociaal netwerk is no main domain).
    it("gives the mean growth per main domain, largest first", () => {
      expect(customFunction("ZRMGROEI")(caseTable(), zrmTable(), "2024")).toEqual([
        ["Geestelijke gezondheid", 3],
        ["Huisvesting", 2],
        ["Financiën", 1.5], // (2 + 1) / 2
      ]);
      expect(customFunction("ZRMGROEI")(caseTable(), zrmTable(), PERIOD)).toEqual([
        ["Financiën", 2], // C5 closes after 30-9-2024
        ["Huisvesting", 2],
      ]);
    });

    it("gives one domain's growth as one cell, by any spelling of the domain", () => {
      expect(customFunction("ZRMGROEI")(caseTable(), zrmTable(), "2024", "financien")).toEqual([
        [1.5],
      ]);
      expect(customFunction("ZRMGROEI")(caseTable(), zrmTable(), "2023", "Financiën")).toEqual([
        [2],
      ]); // C1
      expect(
        customFunction("ZRMGROEI")(
          toPositional(caseTable()),
          zrmTable().slice(1),
          "2024",
          "Financiën"
        )
      ).toEqual([[1.5]]);
    });

    it("filters the cases: only C2 closed with Doel bereikt", () => {
      expect(
        customFunction("ZRMGROEI")(caseTable(), zrmTable(), "2024", "Financiën", [
          [["Afsluitreden"]],
          [["Doel bereikt"]],
        ])
      ).toEqual([[2]]);
    });

    describe("edge cases", () => {
      it("answers #N/A for a known domain without scores, #VALUE! for an unknown one", () => {
        expect(
          errorOf(() => customFunction("ZRMGROEI")(caseTable(), zrmTable(), "2024", "Justitie"))
        ).toEqual({
          code: "#N/A",
          message:
            "Geen ZRM-groei op Justitie in 2024: er zijn geen gegevens die meetellen (n = 0).",
        });
        expect(
          errorOf(() => customFunction("ZRMGROEI")(caseTable(), zrmTable(), "2024", "Kleur"))
        ).toEqual({
          code: "#VALUE!",
          message:
            'Onbekend domein "Kleur". Geef een ZRM-domein, bijvoorbeeld "Financiën" of "Huisvesting".',
        });
        expect(
          errorOf(() => customFunction("ZRMGROEI")(caseTable(), zrmTable(), "jan 2020")).code
        ).toBe("#N/A");
      });

      it("names the case column it needs", () => {
        const noDomains = caseTable().map((row) => row.filter((_, j) => j !== 7));
        expect(
          errorOf(() => customFunction("ZRMGROEI")(noDomains, zrmTable(), "2024")).message
        ).toBe(
          "ZRM-groei per domein kan niet berekend worden: de casustabel mist de kolom Hoofddomeinen."
        );
      });
    });
  });

  describe("WELZIJN.COLLECTIEF", () => {
    it("gives per category trajecten, bijeenkomsten and deelnemers with a header row and a Totaal row", () => {
      expect(customFunction("COLLECTIEF")(activityTable(), PERIOD)).toEqual([
        ["Categorie", "Aantal collectieve trajecten", "Aantal bijeenkomsten", "Aantal deelnemers"],
        ["Taal", 2, 3, 10], // A2, A5; 6 + 4 (one meeting without a number)
        ["Bewegen", 1, 1, "n.v.t."], // no meeting with a number
        ["Open inloop", 1, 2, 20], // A1: 12 + 8
        ["Totaal", 4, 6, 30],
      ]);
    });

    it("gives one measure as a table, or one category's value as one cell", () => {
      expect(customFunction("COLLECTIEF")(activityTable(), PERIOD, null, "bijeenkomsten")).toEqual([
        ["Categorie", "Aantal bijeenkomsten"],
        ["Taal", 3],
        ["Bewegen", 1],
        ["Open inloop", 2],
        ["Totaal", 6],
      ]);
      const collectief = customFunction("COLLECTIEF");
      expect(collectief(activityTable(), PERIOD, "Taal")).toEqual([[2]]);
      expect(collectief(activityTable(), PERIOD, "taal", "deelnemers")).toEqual([[10]]);
      expect(collectief(activityTable(), PERIOD, "Bewegen", "deelnemers")).toEqual([["n.v.t."]]);
      expect(collectief(activityTable(), PERIOD, "Totaal", "trajecten")).toEqual([[4]]);
      expect(collectief(activityTable(), PERIOD, "Totaal")).toEqual([[4]]);
      expect(collectief(activityTable(), "2023", "Open inloop", "deelnemers")).toEqual([[10]]); // A4
      expect(collectief(activityTable(), "Q2 2024", "Open inloop")).toEqual([[0]]); // no meeting in Q2
    });

    describe("edge cases", () => {
      it("refuses an unknown category and an unknown measure", () => {
        expect(
          errorOf(() => customFunction("COLLECTIEF")(activityTable(), PERIOD, "Sport")).message
        ).toBe(
          'Onbekende categorie "Sport": die komt in de activiteitentabel niet voor. Kies uit: Open inloop, Taal, Bewegen, of "Totaal".'
        );
        expect(
          errorOf(() => customFunction("COLLECTIEF")(activityTable(), PERIOD, null, "uren")).message
        ).toBe(
          'Onbekende maat "uren" bij categorie. Kies uit: trajecten, bijeenkomsten, deelnemers.'
        );
      });

      it("answers #N/A when no meeting falls in the period", () => {
        expect(errorOf(() => customFunction("COLLECTIEF")(activityTable(), "2022")).code).toBe(
          "#N/A"
        );
      });
    });
  });

  describe("the other examples of docs/functies.md", () => {
    it("gives the documented results", () => {
      const itAndLs = [[["soort traject"]], [["IT", "LS"]]];
      expect(
        customFunction("RECIDIVEPERCENTAGE")(caseTable(), PERIOD, null, null, null, itAndLs)
      ).toBe(0.2);
      expect(customFunction("RECIDIVE")(caseTable(), PERIOD, null, null, null, itAndLs)).toBe(1);
      expect(customFunction("AFGESLOTEN")(caseTable(), PERIOD, [[["team"]], [["Noord"]]])).toBe(1);
    });
  });

  describe("WELZIJN.RECIDIVEOVERZICHT", () => {
    // Started in t/m Q3 2024: C2 (K1, C1 closed 10-3-2023: recidive, same question Financiën),
    // C3 and C4 and C5 (no earlier case: new), C7 (K2's C3 still open: heropening), C9 (no
    // client), C13 (K7: earlier C11 and C12, previous C12 closed 1-9-2022 with Werk en opleiding:
    // recidive with several earlier cases and only new questions).
    it("gives the breakdown of SPEC §5, hand-worked", () => {
      expect(customFunction("RECIDIVEOVERZICHT")(caseTableWithReturn(), PERIOD)).toEqual([
        ["Opgestarte trajecten", 7],
        ["Recidive trajecten, elk hoofddomein", 2],
        ["waarvan meerdere voorgaande casussen", 1],
        ["waarvan gelijke vraag (zelfde hoofddomein)", 1],
        ["waarvan alleen nieuwe vragen", 1],
        ["Heropening", 1],
        ["Nieuwe cliënten", 3],
      ]);
    });

    it("takes the gap, the start field and filters", () => {
      const overview = customFunction("RECIDIVEOVERZICHT");
      // 12 months: C2 came back 11 months after C1 closed, a heropening now.
      expect(overview(caseTable(), PERIOD, 12)).toEqual([
        ["Opgestarte trajecten", 6],
        ["Recidive trajecten, elk hoofddomein", 0],
        ["waarvan meerdere voorgaande casussen", 0],
        ["waarvan gelijke vraag (zelfde hoofddomein)", 0],
        ["waarvan alleen nieuwe vragen", 0],
        ["Heropening", 2],
        ["Nieuwe cliënten", 3],
      ]);
      // From the registration date: C5 (registered 1-12-2023) is not started in the period.
      expect(
        (overview(caseTable(), PERIOD, null, "aanmelding") as unknown[][]).map(
          (row: unknown[]) => row[1]
        )
      ).toEqual([5, 1, 0, 1, 0, 1, 2]);
      // IT only: C2, C5, C7, C9.
      expect(
        (
          overview(caseTable(), PERIOD, null, null, [[["soort traject"]], [["IT"]]]) as unknown[][]
        ).map((row: unknown[]) => row[1])
      ).toEqual([4, 1, 0, 1, 0, 1, 1]);
      expect(overview(toPositional(caseTable()), PERIOD)).toEqual(overview(caseTable(), PERIOD));
    });

    it("agrees with RECIDIVE: its gelijke vraag is what RECIDIVE counts", () => {
      const table = caseTableWithReturn();
      const sameQuestion = (customFunction("RECIDIVEOVERZICHT")(table, PERIOD) as unknown[][])[3];
      expect(sameQuestion?.[1]).toBe(customFunction("RECIDIVE")(caseTableWithReturn(), PERIOD));
      expect(customFunction("RECIDIVE")(caseTableWithReturn(), PERIOD, null, false)).toBe(2);
    });

    describe("edge cases", () => {
      it("leaves out the domain rows without main domains and names a missing Einddatum", () => {
        const noDomains = caseTable().map((row) => row.filter((_, j) => j !== 7));
        expect(
          (customFunction("RECIDIVEOVERZICHT")(noDomains, PERIOD) as unknown[][]).map(
            (row) => row[0]
          )
        ).toEqual([
          "Opgestarte trajecten",
          "Recidive trajecten, elk hoofddomein",
          "waarvan meerdere voorgaande casussen",
          "Heropening",
          "Nieuwe cliënten",
        ]);
        const noEnd = caseTable().map((row) => row.filter((_, j) => j !== 6));
        expect(errorOf(() => customFunction("RECIDIVEOVERZICHT")(noEnd, PERIOD))).toEqual({
          code: "#VALUE!",
          message:
            "WELZIJN.RECIDIVEOVERZICHT kan niet berekend worden: de tabel mist de kolom Einddatum.",
        });
      });
    });
  });
});
