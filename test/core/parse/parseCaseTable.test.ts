import { dayToIso } from "../../../src/core/dates";
import { MappingError } from "../../../src/core/errors";
import { proposeMapping } from "../../../src/core/mapping";
import { parseCaseTable } from "../../../src/core/parse";
import type { CaseTable, CellValue, DataIssue } from "../../../src/core/types";
import { FieldBit } from "../../../src/core/types";
import { casesRows, serial } from "../../helpers/rows";

const HEADER = [
  "Casusnummer",
  "Cliëntnummer",
  "Soort traject",
  "Product",
  "Aanmelddatum",
  "Intakedatum",
  "Startdatum",
  "Einddatum",
  "Hoofddomeinen",
  "Afsluitreden",
  "Verwijzer",
  "Team",
  "Geboortedatum",
  "Leeftijd",
  "Direct opgelost",
  "Klantoordeel",
  "Kan zelfstandig verder",
  "Complexiteit hulpvraag",
  "Zwaarte hulpvraag",
];

/** A row with every field filled, overridable by header name. */
function row(values: Record<string, CellValue>): CellValue[] {
  const defaults: Record<string, CellValue> = {
    Casusnummer: "C-1",
    Cliëntnummer: "K-1",
    "Soort traject": "Individueel traject",
    Product: "SMW",
    Aanmelddatum: serial(2024, 1, 3),
    Intakedatum: serial(2024, 1, 10),
    Startdatum: serial(2024, 1, 15),
    Einddatum: serial(2024, 6, 30),
    Hoofddomeinen: "Financiën; Huisvesting",
    Afsluitreden: "Doel bereikt",
    Verwijzer: "Huisarts",
    Team: "Noord",
    Geboortedatum: serial(1980, 5, 17),
    Leeftijd: 43,
    "Direct opgelost": "Nee",
    Klantoordeel: 8,
    "Kan zelfstandig verder": "Ja",
    "Complexiteit hulpvraag": "Redelijk complex",
    "Zwaarte hulpvraag": "Gemiddeld, 2-5 gesprekken",
  };
  return HEADER.map((name) => (name in values ? values[name] : defaults[name]));
}

function parse(rows: CellValue[][], asOf?: number): { table: CaseTable; issues: DataIssue[] } {
  return parseCaseTable(rows, proposeMapping(rows, "cases"), asOf === undefined ? {} : { asOf });
}

function domainsOf(table: CaseTable, k: number): string[] {
  const names: string[] = [];
  for (let index = table.domainStart[k]!; index < table.domainStart[k + 1]!; index++)
    names.push(table.domainLabels[table.domainCodes[index]!]!);
  return names;
}

function label(
  column: { codes: Int32Array; labels: readonly string[] },
  k: number
): string | undefined {
  const code = column.codes[k]!;
  return code < 0 ? undefined : column.labels[code];
}

describe("parseCaseTable", () => {
  it("fills every column of a clean row", () => {
    const { table, issues } = parse(casesRows(HEADER, row({})));
    expect(issues).toEqual([]);
    expect(table.size).toBe(1);
    expect(Array.from(table.sheetRow)).toEqual([2]);
    expect(table.caseId).toEqual(["C-1"]);
    expect(table.clientIds[table.clientKey[0]!]).toBe("K-1");
    expect([
      label(table.caseType, 0),
      label(table.product, 0),
      label(table.closeReason, 0),
      label(table.referrer, 0),
      label(table.team, 0),
    ]).toEqual(["IT", "SMW", "Doel bereikt", "Huisarts", "Noord"]);
    expect([label(table.complexity, 0), label(table.weight, 0)]).toEqual([
      "Redelijk complex",
      "Gemiddeld, 2-5 gesprekken",
    ]);
    expect(
      [table.registeredOn[0], table.intakeOn[0], table.startedOn[0], table.closedOn[0]].map((day) =>
        dayToIso(day!)
      )
    ).toEqual(["2024-01-03", "2024-01-10", "2024-01-15", "2024-06-30"]);
    expect(dayToIso(table.start[0]!)).toBe("2024-01-15");
    expect(dayToIso(table.birthDate[0]!)).toBe("1980-05-17");
    expect([
      table.age[0],
      table.rating[0],
      table.resolvedDirectly[0],
      table.canContinueAlone[0],
    ]).toEqual([43, 8, 0, 1]);
    expect(domainsOf(table, 0)).toEqual(["Financiën", "Huisvesting"]);
    expect(table.invalid[0]).toBe(0);
    expect(table.mappedFields.size).toBe(19);
  });

  it("uses registeredOn as the start when startedOn is empty", () => {
    const { table } = parse(casesRows(HEADER, row({ Startdatum: "" })));
    expect(table.startedOn[0]).toBeNaN();
    expect(dayToIso(table.start[0]!)).toBe("2024-01-03");
  });

  it("reads text dates, Dates, text numbers and yes/no words", () => {
    const { table, issues } = parse(
      casesRows(
        HEADER,
        row({
          Aanmelddatum: "3-1-2024",
          Intakedatum: new Date(Date.UTC(2024, 0, 10)),
          Startdatum: "15 jan 2024",
          Klantoordeel: "7,5",
          Leeftijd: " 43 ",
          "Direct opgelost": "j",
          "Kan zelfstandig verder": "x",
        })
      )
    );
    expect(issues).toEqual([]);
    expect(
      [table.registeredOn[0], table.intakeOn[0], table.startedOn[0]].map((day) => dayToIso(day!))
    ).toEqual(["2024-01-03", "2024-01-10", "2024-01-15"]);
    expect([
      table.rating[0],
      table.age[0],
      table.resolvedDirectly[0],
      table.canContinueAlone[0],
    ]).toEqual([7.5, 43, 1, 1]);
  });

  it.each([
    ["ja", 1],
    ["Nee", 0],
    ["J", 1],
    ["n", 0],
    ["yes", 1],
    ["No", 0],
    ["WAAR", 1],
    ["onwaar", 0],
    ["true", 1],
    ["FALSE", 0],
    ["1", 1],
    ["0", 0],
    ["x", 1],
    [true, 1],
    [false, 0],
    [1, 1],
    [0, 0],
    ["onbekend", -1],
    ["n.v.t.", -1],
    ["", -1],
  ])("reads yes/no %j as %j", (value, expected) => {
    const { table, issues } = parse(casesRows(HEADER, row({ "Direct opgelost": value })));
    expect(issues).toEqual([]);
    expect(table.resolvedDirectly[0]).toBe(expected);
  });

  it("groups categories case- and diacritic-insensitively under the first spelling", () => {
    const { table } = parse(
      casesRows(
        HEADER,
        row({ Casusnummer: "A", Team: " Noord  Oost " }),
        row({ Casusnummer: "B", Team: "noord oost" }),
        row({ Casusnummer: "C", Team: "Zuid", Verwijzer: "Cliënt zelf" }),
        row({ Casusnummer: "D", Team: "", Verwijzer: "client zelf" }),
        row({ Casusnummer: "E", Team: 3 })
      )
    );
    expect(table.team.labels).toEqual(["Noord Oost", "Zuid", "3"]);
    expect(Array.from(table.team.codes)).toEqual([0, 0, 1, -1, 2]);
    expect(table.referrer.labels).toEqual(["Huisarts", "Cliënt zelf"]);
    expect(Array.from(table.referrer.codes)).toEqual([0, 0, 1, 1, 0]);
  });

  it("groups case types into IT, LS and IA", () => {
    const types = [
      "Individueel traject",
      "Leun- en steuncontact",
      "Informatie en advies",
      "Groepsaanbod",
      "I&A",
    ];
    const { table } = parse(
      casesRows(
        HEADER,
        ...types.map((type, index) => row({ Casusnummer: `C${index}`, "Soort traject": type }))
      )
    );
    expect(types.map((_, k) => label(table.caseType, k))).toEqual([
      "IT",
      "LS",
      "IA",
      "Groepsaanbod",
      "IA",
    ]);
  });

  it('treats the number 123 and the text "123" as the same id', () => {
    const { table, issues } = parse(
      casesRows(
        HEADER,
        row({ Casusnummer: 123, Cliëntnummer: 77 }),
        row({ Casusnummer: " 124 ", Cliëntnummer: "77" }),
        row({ Casusnummer: "123" })
      )
    );
    expect(table.caseId).toEqual(["123", "124"]);
    expect(Array.from(table.clientKey)).toEqual([0, 0]);
    expect(table.clientIds).toEqual(["77"]);
    expect(issues.map((issue) => issue.code)).toEqual(["DUPLICATE_CASE_ID"]);
  });

  it("keeps numeric ids as numbers until their texts are read, in any row order", () => {
    const { table, issues } = parse(
      casesRows(
        HEADER,
        row({ Casusnummer: 1002, Cliëntnummer: 2_000_000_000 }),
        row({ Casusnummer: 1001, Cliëntnummer: 5 }),
        row({ Casusnummer: "K-3", Cliëntnummer: "" }),
        row({ Casusnummer: 1002.0, Cliëntnummer: 5 }),
        row({ Casusnummer: 7, Cliëntnummer: "2000000000" })
      )
    );
    // A getter of the table's class: the texts are built on first access.
    expect(
      Object.getOwnPropertyDescriptor(Object.getPrototypeOf(table), "caseId")?.get
    ).toBeDefined();
    expect([0, 1, 2, 3].map((k) => table.caseIdAt?.(k))).toEqual(["1002", "1001", "K-3", "7"]);
    expect(table.caseId).toEqual(["1002", "1001", "K-3", "7"]);
    expect(table.clientCount).toBe(2);
    expect(Array.from(table.clientKey)).toEqual([0, 1, -1, 0]);
    expect(table.clientIds).toEqual(["2000000000", "5"]);
    expect(issues.map((issue) => issue.message)).toEqual([
      'Casussen, rij 5, kolom "Casusnummer": casusnummer "1002" staat al in rij 2. Deze rij wordt overgeslagen.',
    ]);
  });

  it("reads main domains from several columns, splits cells and counts a domain once per case", () => {
    const header = ["Casus", "Hoofddomein 1", "Hoofddomein 2", "Hoofddomein 3"];
    const rows = casesRows(
      header,
      ["A", "Financiën", "Werk & opleiding", ""],
      ["B", "Verslaving; Financien", "Middelengebruik", "Basale ADL"],
      ["C", "", "", ""],
      ["D", "Opvoeding / Sociaal-emotionele ondersteuning (Ouderschap)", "Justitie/Politie", null]
    );
    const { table, issues } = parse(rows);
    expect(issues).toEqual([]);
    expect([0, 1, 2, 3].map((k) => domainsOf(table, k))).toEqual([
      ["Financiën", "Werk & opleiding"],
      ["Middelengebruik", "Financiën", "Basale ADL"],
      [],
      ["Sociaal-emotionele ondersteuning (Ouderschap)", "Justitie"],
    ]);
    expect(Array.from(table.domainStart)).toEqual([0, 2, 5, 5, 7]);
  });

  describe("rows", () => {
    it("skips fully empty rows silently and starts below a title row", () => {
      const rows: CellValue[][] = [
        ["Casussen 2024"],
        [],
        HEADER,
        row({ Casusnummer: "A" }),
        ["", null, "  "],
        [],
        row({ Casusnummer: "B" }),
      ];
      const { table, issues } = parseCaseTable(rows, proposeMapping(rows, "cases"), {
        sheetRowOffset: 5,
      });
      expect(issues).toEqual([]);
      expect(table.caseId).toEqual(["A", "B"]);
      expect(Array.from(table.sheetRow)).toEqual([8, 11]);
    });

    it("skips a totals row with TOTAL_ROW", () => {
      const rows = casesRows(
        HEADER,
        row({}),
        ["Totaal", 1, "", 12],
        [null, "Eindtotaal"],
        ["Grand Total"]
      );
      const { table, issues } = parse(rows);
      expect(table.size).toBe(1);
      expect(issues).toEqual([
        {
          table: "cases",
          row: 3,
          column: "",
          code: "TOTAL_ROW",
          severity: "warning",
          message:
            'Casussen, rij 3: deze rij lijkt een totaalrij ("Totaal"). De rij wordt overgeslagen.',
        },
        {
          table: "cases",
          row: 4,
          column: "",
          code: "TOTAL_ROW",
          severity: "warning",
          message:
            'Casussen, rij 4: deze rij lijkt een totaalrij ("Eindtotaal"). De rij wordt overgeslagen.',
        },
        {
          table: "cases",
          row: 5,
          column: "",
          code: "TOTAL_ROW",
          severity: "warning",
          message:
            'Casussen, rij 5: deze rij lijkt een totaalrij ("Grand Total"). De rij wordt overgeslagen.',
        },
      ]);
    });

    it("skips a row without case id with MISSING_CASE_ID", () => {
      const { table, issues } = parse(
        casesRows(HEADER, row({ Casusnummer: "  " }), row({ Casusnummer: "B" }))
      );
      expect(table.caseId).toEqual(["B"]);
      expect(issues).toEqual([
        {
          table: "cases",
          row: 2,
          column: "Casusnummer",
          code: "MISSING_CASE_ID",
          severity: "error",
          message:
            'Casussen, rij 2, kolom "Casusnummer": het casusnummer ontbreekt. De rij wordt overgeslagen.',
        },
      ]);
    });

    it("skips a repeated case id with DUPLICATE_CASE_ID, keeping the first", () => {
      const { table, issues } = parse(
        casesRows(
          HEADER,
          row({ Casusnummer: "C-9", Team: "Noord" }),
          row({ Casusnummer: "C-2" }),
          row({ Casusnummer: "C-9 ", Team: "Zuid" })
        )
      );
      expect(table.caseId).toEqual(["C-9", "C-2"]);
      expect(table.team.labels).toEqual(["Noord"]);
      expect(issues).toEqual([
        {
          table: "cases",
          row: 4,
          column: "Casusnummer",
          code: "DUPLICATE_CASE_ID",
          severity: "error",
          message:
            'Casussen, rij 4, kolom "Casusnummer": casusnummer "C-9" staat al in rij 2. Deze rij wordt overgeslagen.',
        },
      ]);
    });

    it("skips a row whose case id is an Excel error with ERROR_VALUE", () => {
      const { table, issues } = parse(casesRows(HEADER, row({ Casusnummer: "#N/A" })));
      expect(table.size).toBe(0);
      expect(issues.map((issue) => [issue.code, issue.message])).toEqual([
        [
          "ERROR_VALUE",
          'Casussen, rij 2, kolom "Casusnummer": de cel bevat de Excel-foutwaarde #N/A. De rij wordt overgeslagen.',
        ],
      ]);
    });
  });

  describe("bad values", () => {
    it("reports INVALID_DATE, sets NaN and the field bit", () => {
      const { table, issues } = parse(
        casesRows(
          HEADER,
          row({}),
          row({}),
          row({}),
          row({}),
          row({}),
          row({}),
          row({}),
          row({}),
          row({}),
          row({}),
          row({ Casusnummer: "C-12", Einddatum: "31-02-2024" })
        ).map((cells, index) =>
          index > 0 && index < 11
            ? cells.map((cell, column) => (column === 0 ? `X${index}` : cell))
            : cells
        )
      );
      expect(issues).toEqual([
        {
          table: "cases",
          row: 12,
          column: "Einddatum",
          code: "INVALID_DATE",
          severity: "error",
          message:
            'Casussen, rij 12, kolom "Einddatum": "31-02-2024" is geen geldige datum. De casus telt niet mee in cijfers die de einddatum nodig hebben.',
        },
      ]);
      expect(table.closedOn[10]).toBeNaN();
      expect(table.invalid[10]).toBe(FieldBit.closedOn);
    });

    it.each([
      [60, '"60" is geen geldige datum.'],
      ["3-1-24", '"3-1-24" is geen geldige datum.'],
      [true, '"WAAR" is geen geldige datum.'],
      ["45000", '"45000" is geen geldige datum.'],
    ])("reports the date %j as INVALID_DATE", (value, text) => {
      const { table, issues } = parse(casesRows(HEADER, row({ Intakedatum: value })));
      expect(issues.map((issue) => issue.message)).toEqual([
        `Casussen, rij 2, kolom "Intakedatum": ${text} De casus telt niet mee in cijfers die de intakedatum nodig hebben.`,
      ]);
      expect(table.invalid[0]).toBe(FieldBit.intakeOn);
    });

    it("reports INVALID_NUMBER and INVALID_BOOLEAN", () => {
      const { table, issues } = parse(
        casesRows(
          HEADER,
          row({ Leeftijd: "veertig", "Kan zelfstandig verder": "misschien", Klantoordeel: "goed" })
        )
      );
      expect(issues.map((issue) => [issue.code, issue.column, issue.message])).toEqual([
        [
          "INVALID_NUMBER",
          "Leeftijd",
          'Casussen, rij 2, kolom "Leeftijd": "veertig" is geen geldig getal. De casus telt niet mee in cijfers die de leeftijd nodig hebben.',
        ],
        [
          "INVALID_NUMBER",
          "Klantoordeel",
          'Casussen, rij 2, kolom "Klantoordeel": "goed" is geen geldig getal. De casus telt niet mee in cijfers die het klantoordeel nodig hebben.',
        ],
        [
          "INVALID_BOOLEAN",
          "Kan zelfstandig verder",
          'Casussen, rij 2, kolom "Kan zelfstandig verder": "misschien" is geen geldige ja/nee-waarde (gebruik ja of nee). De casus telt niet mee in cijfers die "kan zelfstandig verder" nodig hebben.',
        ],
      ]);
      expect([table.age[0], table.rating[0], table.canContinueAlone[0]]).toEqual([NaN, NaN, -1]);
      expect(table.invalid[0]).toBe(FieldBit.age | FieldBit.rating | FieldBit.canContinueAlone);
    });

    it("reports an age outside 0–130 as INVALID_NUMBER", () => {
      const { table, issues } = parse(casesRows(HEADER, row({ Leeftijd: 212 })));
      expect(issues.map((issue) => issue.message)).toEqual([
        'Casussen, rij 2, kolom "Leeftijd": "212" is geen geldige leeftijd (0 tot 130). De casus telt niet mee in cijfers die de leeftijd nodig hebben.',
      ]);
      expect(table.invalid[0]).toBe(FieldBit.age);
    });

    it.each([
      "#N/A",
      "#VALUE!",
      "#REF!",
      "#DIV/0!",
      "#NAME?",
      "#NUM!",
      "#NULL!",
      "#SPILL!",
      "#CALC!",
    ])("reports the Excel error %s as ERROR_VALUE in any kind of column", (error) => {
      const { table, issues } = parse(
        casesRows(
          HEADER,
          row({
            Cliëntnummer: error,
            Startdatum: error,
            Hoofddomeinen: error,
            Klantoordeel: error,
            "Direct opgelost": error,
            Team: error,
          })
        )
      );
      expect(issues.map((issue) => [issue.code, issue.column])).toEqual([
        ["ERROR_VALUE", "Cliëntnummer"],
        ["ERROR_VALUE", "Startdatum"],
        ["ERROR_VALUE", "Hoofddomeinen"],
        ["ERROR_VALUE", "Team"],
        ["ERROR_VALUE", "Direct opgelost"],
        ["ERROR_VALUE", "Klantoordeel"],
      ]);
      expect(issues[1]!.message).toBe(
        `Casussen, rij 2, kolom "Startdatum": de cel bevat de Excel-foutwaarde ${error}. De casus telt niet mee in cijfers die de startdatum nodig hebben.`
      );
      expect(table.invalid[0]).toBe(
        FieldBit.clientId |
          FieldBit.startedOn |
          FieldBit.start |
          FieldBit.mainDomains |
          FieldBit.team |
          FieldBit.resolvedDirectly |
          FieldBit.rating
      );
      expect([
        table.clientKey[0],
        table.startedOn[0],
        table.team.codes[0],
        table.resolvedDirectly[0],
        table.rating[0],
      ]).toEqual([-1, NaN, -1, -1, NaN]);
      expect(table.domainStart[1]).toBe(0);
    });

    it("reports RATING_OUT_OF_RANGE and leaves the rating out", () => {
      const { table, issues } = parse(
        casesRows(
          HEADER,
          row({ Casusnummer: "A", Klantoordeel: 11 }),
          row({ Casusnummer: "B", Klantoordeel: "0" }),
          row({ Casusnummer: "C", Klantoordeel: 10 })
        )
      );
      expect(issues.map((issue) => [issue.row, issue.code, issue.message])).toEqual([
        [
          2,
          "RATING_OUT_OF_RANGE",
          'Casussen, rij 2, kolom "Klantoordeel": klantoordeel "11" ligt niet tussen 1 en 10. De casus telt niet mee in cijfers die het klantoordeel nodig hebben.',
        ],
        [
          3,
          "RATING_OUT_OF_RANGE",
          'Casussen, rij 3, kolom "Klantoordeel": klantoordeel "0" ligt niet tussen 1 en 10. De casus telt niet mee in cijfers die het klantoordeel nodig hebben.',
        ],
      ]);
      expect(Array.from(table.rating)).toEqual([NaN, NaN, 10]);
      expect(Array.from(table.invalid)).toEqual([FieldBit.rating, FieldBit.rating, 0]);
    });

    it("reports CLOSED_BEFORE_START and keeps the date with its bit", () => {
      const { table, issues } = parse(casesRows(HEADER, row({ Einddatum: "2-1-2024" })));
      expect(issues).toEqual([
        {
          table: "cases",
          row: 2,
          column: "Einddatum",
          code: "CLOSED_BEFORE_START",
          severity: "error",
          message:
            'Casussen, rij 2, kolom "Einddatum": de einddatum 2-1-2024 ligt vóór de start 15-1-2024. De casus telt niet mee in cijfers die de einddatum nodig hebben.',
        },
      ]);
      expect(dayToIso(table.closedOn[0]!)).toBe("2024-01-02");
      expect(table.invalid[0]).toBe(FieldBit.closedOn);
    });

    it("compares closedOn with registeredOn when startedOn is empty", () => {
      const { issues } = parse(
        casesRows(HEADER, row({ Startdatum: "", Einddatum: "1-1-2024", Intakedatum: "" }))
      );
      expect(issues.map((issue) => issue.message)).toEqual([
        'Casussen, rij 2, kolom "Einddatum": de einddatum 1-1-2024 ligt vóór de start 3-1-2024. De casus telt niet mee in cijfers die de einddatum nodig hebben.',
      ]);
    });

    it("reports INTAKE_BEFORE_REGISTRATION and marks intakeOn", () => {
      const { table, issues } = parse(casesRows(HEADER, row({ Intakedatum: "2-1-2024" })));
      expect(issues.map((issue) => [issue.code, issue.column, issue.message])).toEqual([
        [
          "INTAKE_BEFORE_REGISTRATION",
          "Intakedatum",
          'Casussen, rij 2, kolom "Intakedatum": de intakedatum 2-1-2024 ligt vóór de aanmelddatum 3-1-2024. De casus telt niet mee in cijfers die de intakedatum nodig hebben.',
        ],
      ]);
      expect(table.invalid[0]).toBe(FieldBit.intakeOn);
    });

    it("reports FUTURE_DATE after asOf, keeping the date with its bit", () => {
      const asOf = serial(2024, 9, 30);
      const { table, issues } = parse(
        casesRows(HEADER, row({ Einddatum: serial(2024, 10, 1), Geboortedatum: "1-1-2042" })),
        asOf
      );
      expect(issues.map((issue) => [issue.code, issue.column, issue.message])).toEqual([
        [
          "FUTURE_DATE",
          "Einddatum",
          'Casussen, rij 2, kolom "Einddatum": de datum 1-10-2024 ligt na de peildatum 30-9-2024. De casus telt niet mee in cijfers die de einddatum nodig hebben.',
        ],
        [
          "FUTURE_DATE",
          "Geboortedatum",
          'Casussen, rij 2, kolom "Geboortedatum": de datum 1-1-2042 ligt na de peildatum 30-9-2024. De casus telt niet mee in cijfers die de leeftijd nodig hebben.',
        ],
      ]);
      expect(dayToIso(table.closedOn[0]!)).toBe("2024-10-01");
      expect(table.invalid[0]).toBe(FieldBit.closedOn | FieldBit.birthDate);
    });

    it("reports EARLY_DATE before 1-1-1990 as a likely placeholder, keeping the date with its bit", () => {
      const { table, issues } = parse(
        casesRows(
          HEADER,
          row({
            Aanmelddatum: "01-01-1900",
            Startdatum: serial(1989, 12, 31),
            Geboortedatum: "1-1-1900",
          }),
          // Excel serial 1 is 1-1-1900 (Day 2: `serial` gives Days, not serials, before March 1900).
          row({ Casusnummer: "C-2", Aanmelddatum: "1-1-1990", Intakedatum: 1 })
        )
      );
      expect(issues.map((issue) => [issue.row, issue.code, issue.column, issue.message])).toEqual([
        [
          2,
          "EARLY_DATE",
          "Aanmelddatum",
          'Casussen, rij 2, kolom "Aanmelddatum": de datum 1-1-1900 ligt vóór 1-1-1990 en is vermoedelijk een standaardwaarde. De casus telt niet mee in cijfers die de aanmelddatum nodig hebben.',
        ],
        [
          2,
          "EARLY_DATE",
          "Startdatum",
          'Casussen, rij 2, kolom "Startdatum": de datum 31-12-1989 ligt vóór 1-1-1990 en is vermoedelijk een standaardwaarde. De casus telt niet mee in cijfers die de startdatum nodig hebben.',
        ],
        [
          3,
          "EARLY_DATE",
          "Intakedatum",
          'Casussen, rij 3, kolom "Intakedatum": de datum 1-1-1900 ligt vóór 1-1-1990 en is vermoedelijk een standaardwaarde. De casus telt niet mee in cijfers die de intakedatum nodig hebben.',
        ],
      ]);
      // A birth date in 1900 is old, not a placeholder of an event; 1-1-1990 itself is accepted.
      expect(dayToIso(table.registeredOn[0]!)).toBe("1900-01-01");
      expect(Array.from(table.invalid)).toEqual([
        FieldBit.registeredOn | FieldBit.startedOn | FieldBit.start,
        FieldBit.intakeOn,
      ]);
      expect(dayToIso(table.registeredOn[1]!)).toBe("1990-01-01");
    });

    it("moves the lower bound with earliestDate, and switches it off with -Infinity", () => {
      const rows = casesRows(HEADER, row({ Aanmelddatum: "3-1-2024", Startdatum: "1-1-1980" }));
      const mapping = proposeMapping(rows, "cases");
      const later = parseCaseTable(rows, mapping, { earliestDate: serial(2024, 1, 4) });
      expect(later.issues.map((issue) => [issue.column, issue.code])).toEqual([
        ["Aanmelddatum", "EARLY_DATE"],
        ["Startdatum", "EARLY_DATE"],
      ]);
      expect(later.issues[0]!.message).toContain("de datum 3-1-2024 ligt vóór 4-1-2024 en is");
      expect(parseCaseTable(rows, mapping, { earliestDate: -Infinity }).issues).toEqual([]);
    });

    it("sets the start bit when the start comes from an invalid date", () => {
      const { table } = parse(
        casesRows(
          HEADER,
          row({ Casusnummer: "A", Startdatum: "morgen" }),
          row({ Casusnummer: "B", Startdatum: "", Aanmelddatum: "gisteren", Intakedatum: "" }),
          row({ Casusnummer: "C", Startdatum: "1-1-2042" }),
          row({ Casusnummer: "D", Startdatum: "1-2-2024", Aanmelddatum: "#N/A" })
        ),
        serial(2024, 9, 30)
      );
      expect(Array.from(table.invalid)).toEqual([
        FieldBit.startedOn | FieldBit.start,
        FieldBit.registeredOn | FieldBit.start,
        FieldBit.startedOn | FieldBit.start,
        FieldBit.registeredOn,
      ]);
      expect([table.start[0], table.start[1]]).toEqual([NaN, NaN]);
      expect(dayToIso(table.start[2]!)).toBe("2042-01-01");
      expect(dayToIso(table.start[3]!)).toBe("2024-02-01");
    });

    it("warns with MISSING_VALUE for a case with neither start nor registration date", () => {
      const { table, issues } = parse(
        casesRows(HEADER, row({ Startdatum: "", Aanmelddatum: "", Intakedatum: "" }))
      );
      expect(issues).toEqual([
        {
          table: "cases",
          row: 2,
          column: "",
          code: "MISSING_VALUE",
          severity: "warning",
          message:
            "Casussen, rij 2: de casus heeft geen startdatum en geen aanmelddatum. De casus telt niet mee in cijfers die de start nodig hebben.",
        },
      ]);
      expect(table.start[0]).toBeNaN();
      expect(table.invalid[0]).toBe(0);
    });

    it("warns with UNKNOWN_DOMAIN at each occurrence and keeps the name as written", () => {
      const { table, issues } = parse(
        casesRows(
          HEADER,
          row({ Casusnummer: "A", Hoofddomeinen: "Financiën; Overige vragen" }),
          row({ Casusnummer: "B", Hoofddomeinen: "overige vragen" })
        )
      );
      expect(issues.map((issue) => [issue.row, issue.code, issue.severity, issue.message])).toEqual(
        [
          [
            2,
            "UNKNOWN_DOMAIN",
            "warning",
            'Casussen, rij 2, kolom "Hoofddomeinen": "Overige vragen" is geen bekend ZRM-domein. Het domein telt mee zoals het geschreven is.',
          ],
          [
            3,
            "UNKNOWN_DOMAIN",
            "warning",
            'Casussen, rij 3, kolom "Hoofddomeinen": "overige vragen" is geen bekend ZRM-domein. Het domein telt mee zoals het geschreven is.',
          ],
        ]
      );
      expect(domainsOf(table, 1)).toEqual(["Overige vragen"]);
      expect(table.invalid[1]).toBe(0);
    });

    it("sorts issues by row, then by column", () => {
      const { issues } = parse(
        casesRows(
          HEADER,
          row({ Casusnummer: "A", Team: "#N/A", Aanmelddatum: "x" }),
          row({ Casusnummer: "B", Leeftijd: "y" })
        )
      );
      expect(issues.map((issue) => `${issue.row}:${issue.column}`)).toEqual([
        "2:Aanmelddatum",
        "2:Team",
        "3:Leeftijd",
      ]);
    });
  });

  describe("edge cases", () => {
    it("fills unmapped columns with NaN, -1 and no labels", () => {
      const { table } = parse(casesRows(["Casusnummer"], ["A"], ["B"]));
      expect(table.size).toBe(2);
      expect(Array.from(table.closedOn)).toEqual([NaN, NaN]);
      expect(Array.from(table.start)).toEqual([NaN, NaN]);
      expect(Array.from(table.clientKey)).toEqual([-1, -1]);
      expect([table.clientIds, table.clientCount]).toEqual([[], 0]);
      expect(table.team).toEqual({ codes: new Int32Array([-1, -1]), labels: [] });
      expect(Array.from(table.resolvedDirectly)).toEqual([-1, -1]);
      expect(Array.from(table.domainStart)).toEqual([0, 0, 0]);
      expect([...table.mappedFields]).toEqual(["caseId"]);
    });

    it("shows one shared empty column per kind for unmapped fields, at each table's length", () => {
      const small = parse(casesRows(["Casusnummer"], ["A"], ["B"])).table;
      const rows = Array.from({ length: 5 }, (_, k) => [`C${k}`]);
      const large = parse(casesRows(["Casusnummer"], ...rows)).table;
      // Unmapped age, complexity and weight: the same buffer, cut to the table.
      expect(small.complexity.codes.buffer).toBe(small.weight.codes.buffer);
      expect(Array.from(large.age)).toEqual([NaN, NaN, NaN, NaN, NaN]);
      expect(Array.from(large.complexity.codes)).toEqual([-1, -1, -1, -1, -1]);
      expect(Array.from(large.canContinueAlone)).toEqual([-1, -1, -1, -1, -1]);
      expect(Array.from(large.birthDate)).toEqual([NaN, NaN, NaN, NaN, NaN]);
      // A larger table after a smaller one leaves the smaller one's columns as they were.
      expect([small.age.length, Array.from(small.age)]).toEqual([2, [NaN, NaN]]);
      expect(Array.from(small.clientKey)).toEqual([-1, -1]);
    });

    it("does not warn about missing start dates when no date column is mapped", () => {
      expect(parse(casesRows(["Casusnummer"], ["A"])).issues).toEqual([]);
    });

    it("reads rows shorter than the header", () => {
      const { table, issues } = parse(casesRows(["Casusnummer", "Startdatum", "Team"], ["A"]));
      expect(issues.map((issue) => issue.code)).toEqual(["MISSING_VALUE"]);
      expect(table.team.codes[0]).toBe(-1);
    });

    it("returns an empty table for a header without rows", () => {
      const { table, issues } = parse(casesRows(HEADER));
      expect(table.size).toBe(0);
      expect(table.domainStart).toEqual(new Int32Array([0]));
      expect(issues).toEqual([]);
    });

    it("throws MappingError without a caseId column or for another table", () => {
      const rows = casesRows(["Naam", "Startdatum"], ["x", 45000]);
      expect(() => parseCaseTable(rows, proposeMapping(rows, "cases"))).toThrow(MappingError);
      expect(() => parseCaseTable(rows, proposeMapping(rows, "cases"))).toThrow(
        "In de casussen is de verplichte kolom Casusnummer niet gevonden."
      );
      expect(() => parseCaseTable(rows, proposeMapping(rows, "complaints"))).toThrow(
        "Deze kolomindeling is voor de klachten, niet voor de casussen."
      );
    });

    it("does not change its input", () => {
      const rows = casesRows(HEADER, row({}), row({ Casusnummer: "B", Einddatum: "x" }));
      const copy = JSON.stringify(rows);
      parse(rows);
      expect(JSON.stringify(rows)).toBe(copy);
    });
  });
});
