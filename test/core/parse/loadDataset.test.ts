import { MappingError } from "../../../src/core/errors";
import type { CellValue } from "../../../src/core/types";
import { proposeMapping } from "../../../src/core/mapping";
import { loadDataset } from "../../../src/core/parse";
import { computeKpi } from "../../../src/core/kpis/computeKpi";
import { DEFAULT_EARLIEST_DATE } from "../../../src/core/parse/earliestDate";
import { period } from "../../helpers/caseTable";
import { casesRows, loadCases, serial, tableRows } from "../../helpers/rows";
import { engineOf } from "../../helpers/engineOf";

const caseHeader = ["Casusnr", "Soort traject", "Startdatum", "Afgesloten per", "Hoofddomein"];
const caseRows = [
  ["C1", "Maatwerk", serial(2024, 1, 2), serial(2024, 3, 1), "Financiën"],
  ["C2", "Kortdurend", serial(2024, 2, 2), "", "Huisvesting"],
];

describe("loadDataset", () => {
  it("maps, parses and joins all four tables", () => {
    const dataset = loadDataset({
      cases: {
        rows: casesRows(caseHeader, ...caseRows),
        overrides: { closedOn: "Afgesloten per" },
      },
      zrm: {
        rows: tableRows(
          ["Casusnr", "Leefgebied", "Beginscore", "Eindscore"],
          ["C1", "Financiën", 2, 4],
          ["C2", "Sociaal netwerk", 3, 3],
          ["C3", "Huisvesting", 1, 2]
        ),
      },
      activities: {
        rows: tableRows(["Activiteit", "Datum"], ["Koor", "1-3-2024"]),
        sheetRowOffset: 4,
      },
      complaints: { rows: tableRows(["Datum"], ["x"]) },
      caseTypeMap: {
        keywords: [{ group: "IT", keywords: ["maatwerk"] }],
        values: { Kortdurend: "LS" },
      },
      asOf: serial(2024, 9, 30),
    });
    expect(dataset.cases.size).toBe(2);
    expect(dataset.cases.caseType.labels).toEqual(["IT", "LS"]);
    expect(dataset.cases.closedOn[0]).toBe(serial(2024, 3, 1));
    expect(dataset.cases.domainLabels).toEqual(["Financiën", "Huisvesting", "Sociaal netwerk"]);
    // The ZRM's labels replace the case table's without building its ids first.
    expect(
      Object.getOwnPropertyDescriptor(Object.getPrototypeOf(dataset.cases), "caseId")?.get
    ).toBeDefined();
    expect([dataset.cases.caseId, dataset.cases.caseIdAt?.(1)]).toEqual([["C1", "C2"], "C2"]);
    expect(Array.from(dataset.zrm!.domainCode)).toEqual([0, 2, 1]);
    expect(dataset.activities!.size).toBe(1);
    expect(Array.from(dataset.activities!.sheetRow)).toEqual([5]);
    expect(dataset.complaints!.size).toBe(1);
    expect(dataset.issues.map((issue) => [issue.table, issue.code])).toEqual([
      ["zrm", "UNKNOWN_CASE"],
      ["complaints", "INVALID_DATE"],
    ]);
    expect(dataset.mappings.cases.fields.closedOn?.header).toBe("Afgesloten per");
    expect(dataset.mappings.zrm?.fields.domain?.header).toBe("Leefgebied");
    expect(Object.keys(dataset.mappings)).toEqual(["cases", "zrm", "activities", "complaints"]);
  });

  it("uses a stored mapping as given", () => {
    const rows = casesRows(caseHeader, ...caseRows);
    const mapping = proposeMapping(rows, "cases");
    const dataset = loadDataset({ cases: { rows, mapping } });
    expect(dataset.mappings.cases).toBe(mapping);
    expect(dataset.zrm).toBeUndefined();
    expect(dataset.activities).toBeUndefined();
    expect(dataset.complaints).toBeUndefined();
    expect(Object.keys(dataset)).toEqual(["cases", "issues", "mappings"]);
  });

  it("is what the loadCases test helper builds", () => {
    const dataset = loadCases(caseHeader, caseRows, { asOf: serial(2024, 1, 31) });
    expect(dataset.cases.caseId).toEqual(["C1", "C2"]);
    expect(dataset.issues.map((issue) => issue.code)).toEqual(["FUTURE_DATE"]);
  });

  describe("placeholder dates (before the earliest date)", () => {
    const header = ["Casusnummer", "Aanmelddatum", "Startdatum", "Einddatum"];
    const real = [
      ["C1", "", "1-1-2024", "31-1-2024"],
      ["C2", "", "1-2-2024", "1-3-2024"],
    ];
    // Started (registered) on the placeholder 1-1-1900: 45.291 days to 2-1-2024.
    const placeholder = ["C3", "01-01-1900", "", "2-1-2024"];
    const q1 = period("Q1 2024", "2024-01-01", "2024-03-31");
    const meanDuration = (rows: CellValue[][], earliestDate?: number): number | null =>
      computeKpi(
        engineOf(
          loadDataset({ cases: { rows }, ...(earliestDate === undefined ? {} : { earliestDate }) })
        ),
        "meanDurationActive",
        q1
      );

    it("defaults to 1-1-1990", () => {
      expect(DEFAULT_EARLIEST_DATE).toBe(serial(1990, 1, 1));
    });

    it("leaves a case started on 1-1-1900 out of the mean duration, as if the row were not there", () => {
      // (30 + 29) / 2 with and without the placeholder row; (30 + 29 + 45291) / 3 before.
      expect(meanDuration(casesRows(header, ...real))).toBe(29.5);
      expect(meanDuration(casesRows(header, ...real, placeholder))).toBe(29.5);
      expect(meanDuration(casesRows(header, ...real, placeholder), -Infinity)).toBe(
        15116.666666666666
      );
      const dataset = loadDataset({ cases: { rows: casesRows(header, ...real, placeholder) } });
      expect(dataset.issues.map((issue) => [issue.row, issue.column, issue.code])).toEqual([
        [4, "Aanmelddatum", "EARLY_DATE"],
      ]);
    });

    it("passes earliestDate on to every table", () => {
      const dataset = loadDataset({
        cases: { rows: casesRows(header, ...real) },
        activities: { rows: tableRows(["Activiteit", "Datum"], ["Koor", "1-3-2024"]) },
        complaints: { rows: tableRows(["Datum"], ["1-3-2024"]) },
        earliestDate: serial(2024, 2, 1),
      });
      expect(dataset.issues.map((issue) => [issue.table, issue.row, issue.code])).toEqual([
        ["cases", 2, "EARLY_DATE"],
        ["cases", 2, "EARLY_DATE"],
      ]);
    });
  });

  describe("dataset warnings", () => {
    it("warns about a table with only a header row, at that row", () => {
      const dataset = loadDataset({
        cases: { rows: [["Titel"], [], ["Casusnummer", "Startdatum"], [], [""]] },
        activities: { rows: tableRows(["Activiteit", "Datum"]), sheetRowOffset: 3 },
      });
      expect(dataset.issues).toEqual([
        {
          table: "cases",
          row: 3,
          column: "",
          code: "EMPTY_TABLE",
          severity: "warning",
          message:
            "Casussen, rij 3: de tabel Casussen bevat alleen een kopregel: er zijn geen casussen om te tellen.",
        },
        {
          table: "activities",
          row: 3,
          column: "",
          code: "EMPTY_TABLE",
          severity: "warning",
          message:
            "Activiteiten, rij 3: de tabel Activiteiten bevat alleen een kopregel: er zijn geen bijeenkomsten om te tellen.",
        },
      ]);
    });

    it("warns about a table whose rows were all left out", () => {
      const dataset = loadDataset({
        cases: { rows: casesRows(["Casusnummer", "Startdatum"], ["", "1-1-2024"]) },
      });
      expect(dataset.issues.map((issue) => [issue.row, issue.code, issue.message])).toEqual([
        [
          1,
          "EMPTY_TABLE",
          "Casussen, rij 1: de tabel Casussen bevat geen bruikbare rijen (zie de meldingen hieronder): er zijn geen casussen om te tellen.",
        ],
        [
          2,
          "MISSING_CASE_ID",
          'Casussen, rij 2, kolom "Casusnummer": het casusnummer ontbreekt. De rij wordt overgeslagen.',
        ],
      ]);
    });

    it("warns when the case table has no date column for the periods", () => {
      const dataset = loadDataset({
        cases: { rows: casesRows(["Casusnummer", "Team"], ["C1", "Noord"]) },
      });
      expect(dataset.issues).toEqual([
        {
          table: "cases",
          row: 1,
          column: "",
          code: "NO_USABLE_DATES",
          severity: "warning",
          message:
            "Casussen, rij 1: geen bruikbare datums: de kolommen Aanmelddatum, Startdatum en Einddatum zijn niet gevonden: de KPI's per periode blijven leeg.",
        },
      ]);
    });

    it("warns when no cell of the date columns holds a usable date", () => {
      const dataset = loadDataset({
        cases: {
          rows: casesRows(
            ["Casusnummer", "Startdatum", "Einddatum", "Intakedatum"],
            ["C1", "1-1-1900", "", "3-1-2024"],
            ["C2", "onbekend", "", ""]
          ),
        },
      });
      expect(
        dataset.issues.map((issue) => [issue.row, issue.column, issue.code, issue.severity])
      ).toEqual([
        [1, "", "NO_USABLE_DATES", "warning"],
        [2, "Startdatum", "EARLY_DATE", "error"],
        [3, "Startdatum", "INVALID_DATE", "error"],
      ]);
      expect(dataset.issues[0]!.message).toBe(
        'Casussen, rij 1: geen bruikbare datums in de kolommen "Startdatum" en "Einddatum": de KPI\'s per periode blijven leeg.'
      );
    });

    it("names the one date column in the warning's column", () => {
      const dataset = loadDataset({
        cases: { rows: casesRows(["Casusnummer", "Startdatum"], ["C1", ""]) },
      });
      expect(dataset.issues.map((issue) => [issue.column, issue.code, issue.message])).toEqual([
        [
          "Startdatum",
          "NO_USABLE_DATES",
          'Casussen, rij 1, kolom "Startdatum": geen bruikbare datums in de kolom "Startdatum": de KPI\'s per periode blijven leeg.',
        ],
        [
          "",
          "MISSING_VALUE",
          "Casussen, rij 2: de casus heeft geen startdatum en geen aanmelddatum. De casus telt niet mee in cijfers die de start nodig hebben.",
        ],
      ]);
    });
  });

  describe("edge cases", () => {
    it("warns at the header row when a column repeats the header of a column a field reads", () => {
      const dataset = loadDataset({
        cases: {
          rows: casesRows(
            ["Casusnummer", "Aanmelddatum", "Team", "aanmelddatum "],
            ["C1", "1-2-2024", "Noord", "1-2-2023"],
            ["C2", "3-2-2024", "Zuid", ""]
          ),
        },
        asOf: serial(2024, 9, 30),
      });
      expect(dataset.mappings.cases.fields.registeredOn?.column).toBe(1);
      expect(dataset.issues).toEqual([
        {
          table: "cases",
          row: 1,
          column: "aanmelddatum",
          code: "DUPLICATE_HEADER",
          severity: "warning",
          message:
            'Casussen, rij 1, kolom "aanmelddatum": de kopregel heeft deze kop ook in kolom B, die als Aanmelddatum wordt gelezen; deze kolom (D) telt niet mee. Geef de kolommen verschillende koppen als deze kolom bedoeld is.',
        },
      ]);
    });

    describe("delimited text: a row longer than the header (ROW_TOO_LONG)", () => {
      // "Verhuisd, buiten gemeente" in a comma file: the row has a field more, and from the
      // close reason on every value sits one column to the right.
      const header = ["Casusnummer", "Startdatum", "Einddatum", "Afsluitreden", "Team"];
      const rows = casesRows(
        header,
        ["C1", "3-2-2024", "1-3-2024", "Verhuisd", "Noord"],
        ["C2", "3-2-2024", "1-3-2024", "Verhuisd", " buiten gemeente", "Zuid"],
        ["C3", "4-2-2024", "", "", "Zuid", ""],
        ["C4", "5-2-2024", "", "", "Noord"]
      );
      const complaints = tableRows(
        ["Datum", "Onderwerp"],
        ["1-2-2024", "x"],
        ["2-2-2024", "y", "z"]
      );
      /** Each case's id and team, in table order. */
      const teams = (dataset: ReturnType<typeof loadDataset>): [string, string | undefined][] =>
        Array.from({ length: dataset.cases.size }, (_, i) => [
          dataset.cases.caseIdAt!(i),
          dataset.cases.team.labels[dataset.cases.team.codes[i]!],
        ]);

      it("leaves the row out with an error at its first filled field past the header, in every table", () => {
        const dataset = loadDataset({
          cases: { rows, delimited: true },
          complaints: { rows: complaints, delimited: true },
          asOf: serial(2024, 9, 30),
        });
        expect(dataset.issues.map((i) => [i.table, i.row, i.column, i.code, i.severity])).toEqual([
          ["cases", 3, "veld 6", "ROW_TOO_LONG", "error"],
          ["cases", 4, "veld 6", "ROW_TOO_LONG", "warning"],
          ["complaints", 3, "veld 3", "ROW_TOO_LONG", "error"],
        ]);
        expect(dataset.issues[1]?.message).toBe(
          'Casussen, rij 4, kolom "veld 6": de rij heeft 6 velden, de kopregel 5; de velden na de laatste kolom zijn leeg. De rij telt mee zoals ze is; staat er een scheidingsteken in een waarde zonder aanhalingstekens, dan staan de waarden erna in de verkeerde kolom.'
        );
        expect(dataset.issues[0]?.message).toBe(
          'Casussen, rij 3, kolom "veld 6": de rij heeft 6 velden, de kopregel 5: waarschijnlijk staat er een scheidingsteken in een waarde zonder aanhalingstekens, zodat de waarden erna in de verkeerde kolom staan. De rij wordt overgeslagen.'
        );
        // C2 is not read (no team "buiten gemeente"); C3, whose sixth field is empty, is.
        expect(teams(dataset)).toEqual([
          ["C1", "Noord"],
          ["C3", "Zuid"],
          ["C4", "Noord"],
        ]);
        expect(dataset.complaints?.size).toBe(1);
      });

      it("reads a workbook's rows as before: cells right of the header are notes there", () => {
        const dataset = loadDataset({ cases: { rows }, asOf: serial(2024, 9, 30) });
        expect(dataset.issues.map((i) => i.code)).toEqual([]);
        expect(dataset.cases.size).toBe(4);
      });

      it("takes the usual length of the rows when most are longer than the header (a last column without a header)", () => {
        const unnamed = casesRows(
          ["Casusnummer", "Startdatum", "Team"],
          ["C1", "3-2-2024", "Noord", "x"],
          ["C2", "4-2-2024", "Zuid", "y"],
          ["C3", "5-2-2024", "Zuid", "y", "shifted"]
        );
        const dataset = loadDataset({
          cases: { rows: unnamed, delimited: true },
          asOf: serial(2024, 9, 30),
        });
        expect(dataset.issues.map((i) => [i.row, i.column, i.code])).toEqual([
          [4, "veld 5", "ROW_TOO_LONG"],
        ]);
        expect(dataset.cases.size).toBe(2);
      });
    });

    it("throws MappingError in Dutch when a required field is unmapped", () => {
      expect(() =>
        loadDataset({ cases: { rows: casesRows(["Naam", "Startdatum"], ["x", 1]) } })
      ).toThrow(MappingError);
      expect(() =>
        loadDataset({ cases: { rows: casesRows(["Naam", "Startdatum"], ["x", 1]) } })
      ).toThrow(
        "In de casussen is de verplichte kolom Casusnummer niet gevonden. Geef aan welke kolom het is (in het taakvenster, of met --kolom veld=Kolomkop)."
      );
      expect(() =>
        loadDataset({
          cases: { rows: casesRows(caseHeader, ...caseRows) },
          complaints: { rows: tableRows(["Onderwerp"], ["x"]) },
        })
      ).toThrow("In de klachten is de verplichte kolom Datum niet gevonden.");
    });

    it("lets an override unmap a required field, and then throws", () => {
      expect(() =>
        loadDataset({
          cases: { rows: casesRows(caseHeader, ...caseRows), overrides: { caseId: "" } },
        })
      ).toThrow(MappingError);
    });

    it("passes override errors on", () => {
      expect(() =>
        loadDataset({
          cases: { rows: casesRows(caseHeader, ...caseRows), overrides: { nope: "Casusnr" } },
        })
      ).toThrow(/^Onbekend veld "nope"/);
    });
  });
});
