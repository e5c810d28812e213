import { dayToIso } from "../../../src/core/dates";
import { MappingError } from "../../../src/core/errors";
import { proposeMapping } from "../../../src/core/mapping";
import {
  parseActivityTable,
  parseCaseTable,
  parseComplaintTable,
  parseZrmTable,
} from "../../../src/core/parse";
import type { CellValue } from "../../../src/core/types";
import { casesRows, serial, tableRows } from "../../helpers/rows";

const cases = parseCaseTable(
  casesRows(
    ["Casusnummer", "Hoofddomeinen"],
    ["C1", "Financiën; Huisvesting"],
    ["C2", "Middelengebruik"]
  ),
  proposeMapping([["Casusnummer", "Hoofddomeinen"]], "cases")
).table;

function zrm(rows: CellValue[][]) {
  return parseZrmTable(rows, proposeMapping(rows, "zrm"), cases);
}

describe("parseZrmTable", () => {
  const header = ["Casusnummer", "Domein", "Beginscore", "Eindscore", "Doelscore"];

  it("reads scores into the case table’s domain code space", () => {
    const { table, issues, domainLabels } = zrm(
      tableRows(
        header,
        ["C1", "Financien", 2, 4, 3],
        ["C2", "Verslaving", "1", "3,5", ""],
        ["C1", "Justitie", 3, 3, 4]
      )
    );
    expect(issues).toEqual([]);
    expect(table.size).toBe(3);
    expect(Array.from(table.caseIndex)).toEqual([0, 1, 0]);
    expect(domainLabels).toEqual(["Financiën", "Huisvesting", "Middelengebruik", "Justitie"]);
    expect(Array.from(table.domainCode).map((code) => domainLabels[code])).toEqual([
      "Financiën",
      "Middelengebruik",
      "Justitie",
    ]);
    expect(Array.from(table.beginScore)).toEqual([2, 1, 3]);
    expect(Array.from(table.endScore)).toEqual([4, 3.5, 3]);
    expect(Array.from(table.goalScore)).toEqual([3, NaN, 4]);
    expect(Array.from(table.sheetRow)).toEqual([2, 3, 4]);
    expect(cases.domainLabels).toEqual(["Financiën", "Huisvesting", "Middelengebruik"]);
  });

  it("reports every problem kind", () => {
    const { table, issues } = zrm(
      tableRows(
        header,
        ["C1", "Financiën", 6, 0, "hoog"],
        ["X9", "Huisvesting", 2, 3, 3],
        ["", "Huisvesting", 2, 3, 3],
        ["C2", "", 2, 3, 3],
        ["C2", "Gezondheid algemeen", 2, "#N/A", 3],
        ["C2", "#REF!", 2, 3, 3],
        ["Totaal", "", 20]
      )
    );
    expect(issues.map((issue) => [issue.row, issue.code, issue.severity, issue.message])).toEqual([
      [
        2,
        "SCORE_OUT_OF_RANGE",
        "error",
        'ZRM-scores, rij 2, kolom "Beginscore": score "6" ligt niet tussen 1 en 5. De score telt niet mee.',
      ],
      [
        2,
        "SCORE_OUT_OF_RANGE",
        "error",
        'ZRM-scores, rij 2, kolom "Eindscore": score "0" ligt niet tussen 1 en 5. De score telt niet mee.',
      ],
      [
        2,
        "INVALID_NUMBER",
        "error",
        'ZRM-scores, rij 2, kolom "Doelscore": "hoog" is geen geldig getal. De score telt niet mee.',
      ],
      [
        3,
        "UNKNOWN_CASE",
        "warning",
        'ZRM-scores, rij 3, kolom "Casusnummer": casusnummer "X9" staat niet in de casussen. De scores tellen niet mee in cijfers over casussen.',
      ],
      [
        4,
        "MISSING_CASE_ID",
        "error",
        'ZRM-scores, rij 4, kolom "Casusnummer": het casusnummer ontbreekt. De rij wordt overgeslagen.',
      ],
      [
        5,
        "MISSING_VALUE",
        "error",
        'ZRM-scores, rij 5, kolom "Domein": het domein ontbreekt. De rij wordt overgeslagen.',
      ],
      [
        6,
        "UNKNOWN_DOMAIN",
        "warning",
        'ZRM-scores, rij 6, kolom "Domein": "Gezondheid algemeen" is geen bekend ZRM-domein. Het domein telt mee zoals het geschreven is.',
      ],
      [
        6,
        "ERROR_VALUE",
        "error",
        'ZRM-scores, rij 6, kolom "Eindscore": de cel bevat de Excel-foutwaarde #N/A. De score telt niet mee.',
      ],
      [
        7,
        "ERROR_VALUE",
        "error",
        'ZRM-scores, rij 7, kolom "Domein": de cel bevat de Excel-foutwaarde #REF!. De rij wordt overgeslagen.',
      ],
      [
        8,
        "TOTAL_ROW",
        "warning",
        'ZRM-scores, rij 8: deze rij lijkt een totaalrij ("Totaal"). De rij wordt overgeslagen.',
      ],
    ]);
    expect(table.size).toBe(3);
    expect(Array.from(table.caseIndex)).toEqual([0, -1, 1]);
    expect(Array.from(table.beginScore)).toEqual([NaN, 2, 2]);
  });

  describe("edge cases", () => {
    it("throws MappingError when the domain column is missing", () => {
      const rows = tableRows(["Casusnummer", "Beginscore"], ["C1", 2]);
      expect(() => zrm(rows)).toThrow(MappingError);
      expect(() => zrm(rows)).toThrow(
        "In de ZRM-scores is de verplichte kolom Domein niet gevonden."
      );
    });

    it("leaves unmapped scores NaN", () => {
      const { table } = zrm(tableRows(["Casusnummer", "Domein"], ["C1", "Financiën"]));
      expect(Array.from(table.beginScore)).toEqual([NaN]);
    });
  });
});

describe("parseActivityTable", () => {
  const header = ["Activiteitnummer", "Naam activiteit", "Categorie", "Datum", "Aantal deelnemers"];
  const parse = (rows: CellValue[][], asOf?: number) =>
    parseActivityTable(
      rows,
      proposeMapping(rows, "activities"),
      asOf === undefined ? {} : { asOf }
    );

  it("reads meetings with activity keys, categories, dates and participants", () => {
    const { table, issues } = parse(
      tableRows(
        header,
        ["A1", "Koffie-ochtend", "Open inloop", serial(2024, 2, 1), 12],
        ["A1", "Koffie-ochtend", "open inloop", "8-2-2024", ""],
        ["", "Taalcafé", "Cursus", "15-2-2024", "7"],
        [101, "", "Cursus", serial(2024, 3, 1), 0]
      )
    );
    expect(issues).toEqual([]);
    expect(table.size).toBe(4);
    expect(Array.from(table.activityKey)).toEqual([0, 0, 1, 2]);
    expect(table.activityIds).toEqual(["A1", "Taalcafé", "101"]);
    expect(table.category.labels).toEqual(["Open inloop", "Cursus"]);
    expect(Array.from(table.category.codes)).toEqual([0, 0, 1, 1]);
    expect(Array.from(table.date).map(dayToIso)).toEqual([
      "2024-02-01",
      "2024-02-08",
      "2024-02-15",
      "2024-03-01",
    ]);
    expect(Array.from(table.participants)).toEqual([12, NaN, 7, 0]);
  });

  it("reports every problem kind and keeps the meeting", () => {
    const { table, issues } = parse(
      tableRows(
        header,
        ["", "", "Cursus", serial(2024, 2, 1), 5],
        ["A2", "", "", "", -3],
        ["A3", "", "", "31-2-2024", "veel"],
        ["A4", "", "", serial(2024, 12, 1), 4]
      ),
      serial(2024, 9, 30)
    );
    expect(issues.map((issue) => [issue.row, issue.code, issue.severity, issue.message])).toEqual([
      [
        2,
        "MISSING_VALUE",
        "warning",
        "Activiteiten, rij 2: activiteitnummer en naam ontbreken. De bijeenkomst telt mee, maar niet bij het aantal trajecten.",
      ],
      [
        3,
        "MISSING_VALUE",
        "error",
        'Activiteiten, rij 3, kolom "Datum": de datum van de bijeenkomst ontbreekt. De bijeenkomst telt niet mee.',
      ],
      [
        3,
        "INVALID_NUMBER",
        "error",
        'Activiteiten, rij 3, kolom "Aantal deelnemers": "-3" is geen geldig aantal (negatief). Het aantal deelnemers van deze bijeenkomst telt niet mee.',
      ],
      [
        4,
        "INVALID_DATE",
        "error",
        'Activiteiten, rij 4, kolom "Datum": "31-2-2024" is geen geldige datum. De bijeenkomst telt niet mee.',
      ],
      [
        4,
        "INVALID_NUMBER",
        "error",
        'Activiteiten, rij 4, kolom "Aantal deelnemers": "veel" is geen geldig getal. Het aantal deelnemers van deze bijeenkomst telt niet mee.',
      ],
      [
        5,
        "FUTURE_DATE",
        "error",
        'Activiteiten, rij 5, kolom "Datum": de datum 1-12-2024 ligt na de peildatum 30-9-2024. De bijeenkomst telt niet mee.',
      ],
    ]);
    expect(table.size).toBe(4);
    expect(Array.from(table.activityKey)).toEqual([-1, 0, 1, 2]);
    expect(Array.from(table.date).map((day) => (Number.isNaN(day) ? null : dayToIso(day)))).toEqual(
      ["2024-02-01", null, null, null]
    );
    expect(Array.from(table.participants)).toEqual([5, NaN, NaN, 4]);
  });

  it("reports a meeting dated before 1-1-1990 as EARLY_DATE and leaves it out of every period", () => {
    const { table, issues } = parse(
      tableRows(header, ["A1", "", "", "1-1-1900", 8], ["A1", "", "", "1-1-1990", 9])
    );
    expect(issues.map((issue) => [issue.row, issue.code, issue.message])).toEqual([
      [
        2,
        "EARLY_DATE",
        'Activiteiten, rij 2, kolom "Datum": de datum 1-1-1900 ligt vóór 1-1-1990 en is vermoedelijk een standaardwaarde. De bijeenkomst telt niet mee.',
      ],
    ]);
    expect(Array.from(table.date).map((day) => (Number.isNaN(day) ? null : dayToIso(day)))).toEqual(
      [null, "1990-01-01"]
    );
  });

  describe("participants (a count)", () => {
    const participantsOf = (...cells: CellValue[]) => {
      const { table, issues } = parse(
        tableRows(header, ...cells.map((cell) => ["A1", "", "", "1-3-2024", cell]))
      );
      return {
        participants: Array.from(table.participants),
        issues: issues.map((issue) => [issue.row, issue.code, issue.message]),
      };
    };

    it("reads dots followed by groups of three digits as Dutch thousands separators", () => {
      expect(participantsOf("1.200", "1.234.567", " 12 ", "+3", "2,0", 40)).toEqual({
        participants: [1200, 1234567, 12, 3, 2, 40],
        issues: [],
      });
    });

    it("reports a fraction as INVALID_NUMBER (geen geheel aantal) and leaves the count out, not the meeting", () => {
      const { table, issues } = parse(
        tableRows(
          header,
          ["A1", "", "", "1-3-2024", "2,5"],
          ["A1", "", "", "8-3-2024", 2.5],
          ["A1", "", "", "15-3-2024", "1.200,5"],
          ["A1", "", "", "22-3-2024", 7]
        )
      );
      expect(issues.map((issue) => [issue.row, issue.code, issue.severity, issue.message])).toEqual(
        [
          [
            2,
            "INVALID_NUMBER",
            "error",
            'Activiteiten, rij 2, kolom "Aantal deelnemers": "2,5" is geen geheel aantal. Het aantal deelnemers van deze bijeenkomst telt niet mee.',
          ],
          [
            3,
            "INVALID_NUMBER",
            "error",
            'Activiteiten, rij 3, kolom "Aantal deelnemers": "2,5" is geen geheel aantal. Het aantal deelnemers van deze bijeenkomst telt niet mee.',
          ],
          [
            4,
            "INVALID_NUMBER",
            "error",
            'Activiteiten, rij 4, kolom "Aantal deelnemers": "1.200,5" is geen geheel aantal. Het aantal deelnemers van deze bijeenkomst telt niet mee.',
          ],
        ]
      );
      // The meetings still count as meetings (dates kept); only their participants are left out.
      expect(table.size).toBe(4);
      expect(Array.from(table.date).every((day) => !Number.isNaN(day))).toBe(true);
      expect(Array.from(table.participants)).toEqual([NaN, NaN, NaN, 7]);
    });

    it("reports a dot that is not a thousands separator, and a negative count", () => {
      expect(participantsOf("1.5", "12.34", "1.2345", "-1.200", -2)).toEqual({
        participants: [NaN, NaN, NaN, NaN, NaN],
        issues: [
          [
            2,
            "INVALID_NUMBER",
            'Activiteiten, rij 2, kolom "Aantal deelnemers": "1.5" is geen geldig aantal (een punt scheidt alleen duizendtallen, zoals in 1.200). Het aantal deelnemers van deze bijeenkomst telt niet mee.',
          ],
          [
            3,
            "INVALID_NUMBER",
            'Activiteiten, rij 3, kolom "Aantal deelnemers": "12.34" is geen geldig aantal (een punt scheidt alleen duizendtallen, zoals in 1.200). Het aantal deelnemers van deze bijeenkomst telt niet mee.',
          ],
          [
            4,
            "INVALID_NUMBER",
            'Activiteiten, rij 4, kolom "Aantal deelnemers": "1.2345" is geen geldig aantal (een punt scheidt alleen duizendtallen, zoals in 1.200). Het aantal deelnemers van deze bijeenkomst telt niet mee.',
          ],
          [
            5,
            "INVALID_NUMBER",
            'Activiteiten, rij 5, kolom "Aantal deelnemers": "-1.200" is geen geldig aantal (negatief). Het aantal deelnemers van deze bijeenkomst telt niet mee.',
          ],
          [
            6,
            "INVALID_NUMBER",
            'Activiteiten, rij 6, kolom "Aantal deelnemers": "-2" is geen geldig aantal (negatief). Het aantal deelnemers van deze bijeenkomst telt niet mee.',
          ],
        ],
      });
    });
  });

  describe("edge cases", () => {
    it("accepts a name without an id column", () => {
      const { table } = parse(
        tableRows(["Activiteit", "Datum"], ["Koor", "1-3-2024"], ["Koor", "8-3-2024"])
      );
      expect(Array.from(table.activityKey)).toEqual([0, 0]);
      expect(Array.from(table.participants)).toEqual([NaN, NaN]);
      expect(table.category.labels).toEqual([]);
    });

    it("throws MappingError without id or name, or without a date", () => {
      expect(() => parse(tableRows(["Datum", "Deelnemers"], ["1-3-2024", 4]))).toThrow(
        "In de activiteiten is de verplichte kolom Activiteitnummer of Naam activiteit niet gevonden."
      );
      expect(() => parse(tableRows(["Activiteit", "Deelnemers"], ["Koor", 4]))).toThrow(
        "In de activiteiten is de verplichte kolom Datum niet gevonden."
      );
    });
  });
});

describe("parseComplaintTable", () => {
  const parse = (rows: CellValue[][], asOf?: number) =>
    parseComplaintTable(
      rows,
      proposeMapping(rows, "complaints"),
      asOf === undefined ? {} : { asOf }
    );

  it("reads the complaint dates", () => {
    const { table, issues } = parse(
      tableRows(
        ["Datum klacht", "Onderwerp"],
        ["3-1-2024", "Wachttijd"],
        [serial(2024, 5, 6), "Bejegening"],
        ["", "Overig"],
        ["#N/A", ""],
        ["Totaal", 4]
      ),
      serial(2024, 3, 1)
    );
    expect(table.size).toBe(4);
    expect(Array.from(table.date).map((day) => (Number.isNaN(day) ? null : dayToIso(day)))).toEqual(
      ["2024-01-03", null, null, null]
    );
    expect(issues.map((issue) => [issue.row, issue.code, issue.message])).toEqual([
      [
        3,
        "FUTURE_DATE",
        'Klachten, rij 3, kolom "Datum klacht": de datum 6-5-2024 ligt na de peildatum 1-3-2024. De klacht telt niet mee.',
      ],
      [
        4,
        "MISSING_VALUE",
        'Klachten, rij 4, kolom "Datum klacht": de datum van de klacht ontbreekt. De klacht telt niet mee.',
      ],
      [
        5,
        "ERROR_VALUE",
        'Klachten, rij 5, kolom "Datum klacht": de cel bevat de Excel-foutwaarde #N/A. De klacht telt niet mee.',
      ],
      [
        6,
        "TOTAL_ROW",
        'Klachten, rij 6: deze rij lijkt een totaalrij ("Totaal"). De rij wordt overgeslagen.',
      ],
    ]);
  });

  it("reports a complaint dated before the earliest date as EARLY_DATE", () => {
    // Excel serial 1 is 1-1-1900.
    const rows = tableRows(["Datum klacht"], [1], ["3-1-2024"]);
    const { table, issues } = parseComplaintTable(rows, proposeMapping(rows, "complaints"), {
      earliestDate: serial(2024, 1, 4),
    });
    expect(issues.map((issue) => [issue.row, issue.code, issue.message])).toEqual([
      [
        2,
        "EARLY_DATE",
        'Klachten, rij 2, kolom "Datum klacht": de datum 1-1-1900 ligt vóór 4-1-2024 en is vermoedelijk een standaardwaarde. De klacht telt niet mee.',
      ],
      [
        3,
        "EARLY_DATE",
        'Klachten, rij 3, kolom "Datum klacht": de datum 3-1-2024 ligt vóór 4-1-2024 en is vermoedelijk een standaardwaarde. De klacht telt niet mee.',
      ],
    ]);
    expect(Array.from(table.date)).toEqual([NaN, NaN]);
  });

  describe("edge cases", () => {
    it("throws MappingError without a date column", () => {
      expect(() => parse(tableRows(["Onderwerp"], ["x"]))).toThrow(
        "In de klachten is de verplichte kolom Datum niet gevonden."
      );
    });
  });
});
