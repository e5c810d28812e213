import type { StoredSettings } from "../../src/excel/storedSettings";
import {
  createFunctionError,
  FunctionInputError,
  toFunctionError,
} from "../../src/functions/functionError";
import { clearFunctionCaches, setSettingsReader } from "../../src/functions/loadFunctionData";
import { customFunction } from "./declaredFunctions";
import { caseTable, copyTable, errorOf, serial } from "./fixtureTables";

const PERIOD = "t/m Q3 2024";

function withoutColumn(table: (string | number)[][], header: string): (string | number)[][] {
  const column = (table[0] as (string | number)[]).indexOf(header);
  return table.map((row) => row.filter((_, j) => j !== column));
}

describe("bad input gives an Excel error with a Dutch message", () => {
  beforeEach(() => {
    clearFunctionCaches();
    setSettingsReader(() => null);
  });

  it("names an unknown period and the accepted forms", () => {
    const error = errorOf(() => customFunction("AANMELDINGEN")(caseTable(), "Q5 2024"));
    expect(error.code).toBe("#VALUE!");
    expect(error.message).toMatch(
      /^Onbekende periode: "Q5 2024"\. Gebruik bijvoorbeeld "t\/m Q3 2024", /
    );
  });

  it("asks for a period when it is empty", () => {
    expect(errorOf(() => customFunction("OPGESTART")(caseTable(), null))).toEqual({
      code: "#VALUE!",
      message: 'Geef een periode op, bijvoorbeeld "t/m Q3 2024", "Q3 2024" of "2024".',
    });
  });

  it("names the required column the table lacks", () => {
    const error = errorOf(() =>
      customFunction("OPGESTART")(withoutColumn(caseTable(), "Casusnummer"), PERIOD)
    );
    expect(error.code).toBe("#VALUE!");
    expect(error.message).toMatch(
      /^In de tabel met casussen is de verplichte kolom Casusnummer niet gevonden \(kolommen: "Cliëntnummer", /
    );
  });

  it("names the column a KPI needs and the table lacks", () => {
    expect(
      errorOf(() => customFunction("WACHTTIJD")(withoutColumn(caseTable(), "Intakedatum"), PERIOD))
    ).toEqual({
      code: "#VALUE!",
      message: "WELZIJN.WACHTTIJD kan niet berekend worden: de tabel mist de kolom Intakedatum.",
    });
    const noDates = withoutColumn(withoutColumn(caseTable(), "Startdatum"), "Aanmelddatum");
    expect(errorOf(() => customFunction("OPGESTART")(noDates, PERIOD)).message).toBe(
      "WELZIJN.OPGESTART kan niet berekend worden: de tabel mist de kolom Startdatum of Aanmelddatum."
    );
    expect(
      errorOf(() => customFunction("RECIDIVE")(withoutColumn(caseTable(), "Cliëntnummer"), PERIOD))
        .message
    ).toBe("WELZIJN.RECIDIVE kan niet berekend worden: de tabel mist de kolom Cliëntnummer.");
  });

  it.each(["RECIDIVE", "RECIDIVEPERCENTAGE", "RECIDIVISTEN"])(
    "%s on a table without Einddatum names the missing column (#VALUE!), not n = 0",
    (name) => {
      expect(
        errorOf(() => customFunction(name)(withoutColumn(caseTable(), "Einddatum"), PERIOD))
      ).toEqual({
        code: "#VALUE!",
        message: `WELZIJN.${name} kan niet berekend worden: de tabel mist de kolom Einddatum.`,
      });
    }
  );

  it("asks for Aanmelddatum when recidive counts from the registration and the table lacks it", () => {
    const noRegistration = withoutColumn(caseTable(), "Aanmelddatum");
    expect(
      errorOf(() => customFunction("RECIDIVE")(noRegistration, PERIOD, null, null, "aanmelding"))
    ).toEqual({
      code: "#VALUE!",
      message: "WELZIJN.RECIDIVE kan niet berekend worden: de tabel mist de kolom Aanmelddatum.",
    });
    // Counting from the start, the start date is enough.
    expect(customFunction("RECIDIVE")(copyTable(noRegistration), PERIOD)).toBe(1);
  });

  it("lists every missing column, and does not ask NIEUWECLIENTEN for an Einddatum", () => {
    const bare = withoutColumn(withoutColumn(caseTable(), "Einddatum"), "Hoofddomeinen");
    expect(errorOf(() => customFunction("RECIDIVE")(bare, PERIOD)).message).toBe(
      "WELZIJN.RECIDIVE kan niet berekend worden: de tabel mist de kolommen Einddatum, Hoofddomeinen."
    );
    expect(customFunction("NIEUWECLIENTEN")(copyTable(bare), PERIOD)).toBe(3 / 5);
  });

  it("refuses a range whose rows differ in length", () => {
    const ragged: unknown[][] = copyTable(caseTable());
    (ragged[4] as unknown[]).pop();
    expect(errorOf(() => customFunction("OPGESTART")(ragged, PERIOD))).toEqual({
      code: "#VALUE!",
      message:
        "De rijen van de casustabel zijn niet even lang (rij 1 heeft 13 cellen, rij 5 heeft 12). Geef een rechthoekig bereik op.",
    });
  });

  it("takes a real #N/A in the last row for a bad cell of that row, as in any other row", () => {
    // C9's Einddatum is a lookup that failed: Excel passes the error value. C9 (started
    // 25-9-2024) is then left out of what needs its end date (behandeld, lopend), in both orders.
    const last = caseTable().map((row) =>
      row[0] === "C9" ? [...row.slice(0, 6), { code: "#N/A" }, ...row.slice(7)] : row
    );
    const first = [last[0], last[9], ...last.slice(1, 9)] as unknown[][];
    const values = (table: unknown[][]): unknown[] =>
      ["OPGESTART", "AFGESLOTEN", "BEHANDELD", "LOPEND"].map((name) =>
        customFunction(name)(copyTable(table), PERIOD)
      );
    expect(values(first)).toEqual([6, 2, 6, 4]);
    expect(values(last)).toEqual([6, 2, 6, 4]);
    // The clean table: C9 counts as behandeld and lopend.
    expect(values(caseTable())).toEqual([6, 2, 7, 5]);
  });

  it("gives the same numbers in any row order when a lookup column is #N/A below the data and in a data row", () => {
    // QA's case: Export!A1:F26, twenty cases and five rows below them in which only Einddatum,
    // a VLOOKUP filled down, shows #N/A. C20's lookup fails too: a bad cell of C20's row, left
    // out of what needs its end date (behandeld, lopend), wherever the row is. The five rows
    // below the data are padding, not data, and not a sign of ranges of different lengths.
    const headers = [
      "Casusnummer",
      "Cliëntnummer",
      "Soort traject",
      "Aanmelddatum",
      "Startdatum",
      "Einddatum",
    ];
    const lookupFailed = (): unknown => ({ code: "#N/A" });
    const row = (i: number): unknown[] => [
      `C${i + 1}`,
      `K${i + 1}`,
      "Individueel traject",
      serial(2024, 1, i + 1),
      serial(2024, 2, i + 1),
      i === 19 ? lookupFailed() : i % 2 === 0 ? "30-6-2024" : "",
    ];
    const inOrder = (failedAt: number): unknown[][] => {
      const rows = Array.from({ length: 19 }, (_, i) => row(i));
      rows.splice(failedAt, 0, row(19));
      const padding = Array.from({ length: 5 }, () => ["", "", "", "", "", lookupFailed()]);
      return [[...headers], ...rows, ...padding];
    };
    const values = (table: unknown[][]): unknown[] =>
      ["OPGESTART", "AFGESLOTEN", "BEHANDELD", "LOPEND"].map((name) =>
        customFunction(name)(copyTable(table), PERIOD)
      );
    // Started: all twenty; closed 30-6-2024: C1, C3, … C19 (ten); behandeld: all but C20 (19);
    // lopend on 30-9-2024: C2, C4, … C18 (nine), not C20.
    for (let failedAt = 0; failedAt < 20; failedAt++)
      expect(values(inOrder(failedAt))).toEqual([20, 10, 19, 9]);
  });

  it("reads a short range in HSTACK as bad cells of the data rows it does not reach (the trade-off)", () => {
    // HSTACK(A:A; Z:Z; Z:Z; Z:Z; D2:D3), columns without a header row: casusnummer from A:A
    // (nine cases, then empty down to row 2000), three empty columns, and the aanmelddatum of
    // only C1 and C2, padded by HSTACK with #N/A to row 2000. Rows 3 to 9 hold data, so their
    // #N/A is a bad aanmelddatum of C3 … C9 (left out), not a length error; rows 10 to 2000
    // are padding. Of C1 (5-1-2023) and C2 (1-2-2024) only C2 registered in the period.
    const rows = caseTable().slice(1);
    const stacked: unknown[][] = Array.from({ length: 2000 }, (_, i) => [
      rows[i]?.[0] ?? "",
      "",
      "",
      "",
      i < 2 ? rows[i]?.[3] : { code: "#N/A" },
    ]);
    expect(customFunction("AANMELDINGEN")(stacked, PERIOD)).toBe(1);
    // With the range as long as the others, all nine: C2, C3, C4, C7 and C9 registered in the period.
    const full = stacked.map((row, i) => [...row.slice(0, 4), i < 9 ? rows[i]?.[3] : ""]);
    expect(customFunction("AANMELDINGEN")(full, PERIOD)).toBe(5);
    // In a table with its header row: HSTACK(A1:M10; Product!A1:A3) gives C3 … C9 a bad product.
    const headed = [
      ...caseTable().map((row, i) => [...row, i === 0 ? "Product" : i < 3 ? "SMW" : "#N/A"]),
      [...new Array<string>(13).fill(""), "#N/A"],
    ];
    expect(customFunction("OPGESTART")(copyTable(headed), PERIOD)).toBe(6);
    expect(customFunction("OPGESTART")(headed, PERIOD, [[["product"]], [["SMW"]]])).toBe(1);
  });

  it("accepts empty cells at the end of a column, and #N/A padding below the data of every column", () => {
    // C9's Afsluitreden and Klantoordeel are empty: legitimate blanks, not a short range.
    const table: unknown[][] = caseTable();
    for (let i = 0; i < 1000; i++) table.push(new Array<unknown>(13).fill(i % 2 ? "" : "#N/A"));
    expect(customFunction("OPGESTART")(table, PERIOD)).toBe(6);
  });

  it("names an unknown filter field, a field the table lacks, a lone field and a date field", () => {
    const opgestart = customFunction("OPGESTART");
    expect(
      errorOf(() => opgestart(caseTable(), PERIOD, [[["kleur"]], [["rood"]]])).message
    ).toMatch(
      /^Onbekend filterveld "kleur"\. Gebruik een kolomkop uit de tabel of een van: soort traject, product, team, /
    );
    expect(errorOf(() => opgestart(caseTable(), PERIOD, [[["product"]], [["AMW"]]])).message).toBe(
      'Filterveld "product" (Product) staat niet in de tabel: er is geen kolom voor gevonden.'
    );
    expect(errorOf(() => opgestart(caseTable(), PERIOD, [[["team"]]])).message).toBe(
      'Filters gaan in paren: een veld en een waarde, bijvoorbeeld "soort traject"; "IT". Er ontbreekt een waarde bij het laatste veld.'
    );
    const dateFilter = errorOf(() =>
      opgestart(caseTable(), PERIOD, [[["Einddatum"]], [["1-1-2024"]]])
    );
    expect(dateFilter.code).toBe("#VALUE!");
    expect(dateFilter.message).toMatch(/^Op het veld 'closedOn' kan niet gefilterd worden/);
  });

  it("refuses bad recidive options and an unknown grouping", () => {
    expect(errorOf(() => customFunction("RECIDIVE")(caseTable(), PERIOD, -1)).message).toBe(
      'Minimaal aantal maanden voor recidive moet een geheel getal van 0 of meer zijn, niet "-1".'
    );
    expect(
      errorOf(() => customFunction("RECIDIVE")(caseTable(), PERIOD, null, "misschien")).message
    ).toBe('zelfdeDomein moet WAAR of ONWAAR zijn, niet "misschien".');
    expect(errorOf(() => customFunction("TOP")(caseTable(), PERIOD, "kleur")).message).toMatch(
      /^Onbekende groepering "kleur"\. Kies uit: soort traject, product, hoofddomein, /
    );
  });

  it("asks for a range when the table argument is not one", () => {
    expect(errorOf(() => customFunction("OPGESTART")("A1:P500", PERIOD))).toEqual({
      code: "#VALUE!",
      message:
        "Geef voor de casustabel een bereik op (bijvoorbeeld Export!A1:P5000 of Tabel1[#Alles]).",
    });
  });

  it("says when a table has no header row it recognises and no data in its first row", () => {
    const error = errorOf(() =>
      customFunction("OPGESTART")(
        [
          ["Naam", "Plaats"],
          ["Jan", "Veendam"],
        ],
        PERIOD
      )
    );
    expect(error.message).toMatch(/^Geen kopregel herkend in de tabel met casussen\./);
  });

  it("says DOELSCORE needs ZRM scores when the ZRM table lacks their columns", () => {
    const error = errorOf(() =>
      customFunction("DOELSCORE")(
        caseTable(),
        [
          ["Casusnummer", "Opmerking"],
          ["C1", "x"],
        ],
        PERIOD
      )
    );
    expect(error.message).toMatch(
      /^In de tabel met ZRM-scores is de verplichte kolom Domein niet gevonden/
    );
  });
});

describe("edge cases", () => {
  beforeEach(() => {
    clearFunctionCaches();
    setSettingsReader(() => null);
  });

  it("refuses a range of several cells where one value belongs", () => {
    expect(
      errorOf(() => customFunction("OPGESTART")(caseTable(), [["Q1 2024", "Q2 2024"]]))
    ).toEqual({
      code: "#VALUE!",
      message: "Geef hier één waarde op, geen bereik van meerdere cellen.",
    });
  });

  it("accepts the recidive options as text, as a cell may hold them", () => {
    expect(customFunction("RECIDIVE")(caseTable(), PERIOD, "12", "ja")).toBe(0);
    expect(customFunction("RECIDIVE")(caseTable(), PERIOD, "6", "ONWAAR")).toBe(1);
  });

  it("passes an error value it already has on unchanged", () => {
    const error = createFunctionError("#N/A", "Geen waarde");
    expect(toFunctionError(error)).toBe(error);
  });
});

describe("the error adapter", () => {
  afterEach(() => {
    delete (globalThis as { CustomFunctions?: unknown }).CustomFunctions;
  });

  it("builds CustomFunctions.Error inside Excel", () => {
    class FakeError {
      constructor(
        readonly code: string,
        readonly message: string
      ) {}
    }
    (globalThis as { CustomFunctions?: unknown }).CustomFunctions = {
      Error: FakeError,
      ErrorCode: { invalidValue: "#VALUE!", notAvailable: "#N/A" },
    };
    const error = createFunctionError("#N/A", "Geen waarde");
    expect(error).toBeInstanceOf(FakeError);
    expect(error).toMatchObject({ code: "#N/A", message: "Geen waarde" });
    expect(toFunctionError(error)).toBe(error);
    expect(toFunctionError(new FunctionInputError("x"))).toMatchObject({
      code: "#VALUE!",
      message: "x",
    });
  });

  it("turns an unexpected failure into #VALUE!, never a number", () => {
    expect(toFunctionError(new TypeError("kapot"))).toMatchObject({
      code: "#VALUE!",
      message: "Interne fout in Welzijnsmonitor: kapot",
    });
    expect(toFunctionError("raar")).toMatchObject({
      code: "#VALUE!",
      message: "Interne fout in Welzijnsmonitor: raar",
    });
  });
});

describe("a mapping saved by the task pane", () => {
  const renamed = (): (string | number)[][] => {
    const table = caseTable();
    (table[0] as (string | number)[])[6] = "Klaar per";
    return table;
  };
  const settings = (overrides: Record<string, string>): StoredSettings => ({
    version: 1,
    reports: [],
    cases: { source: { kind: "table", name: "Export" }, overrides },
  });

  beforeEach(() => clearFunctionCaches());
  afterAll(() => setSettingsReader(() => null));

  it("wins over auto-mapping when its headers are in the table", () => {
    setSettingsReader(() => null);
    expect(errorOf(() => customFunction("AFGESLOTEN")(renamed(), PERIOD)).message).toBe(
      "WELZIJN.AFGESLOTEN kan niet berekend worden: de tabel mist de kolom Einddatum."
    );
    setSettingsReader(() => settings({ closedOn: "Klaar per" }));
    expect(customFunction("AFGESLOTEN")(renamed(), PERIOD)).toBe(2);
  });

  it("is ignored for a table that does not have its headers", () => {
    setSettingsReader(() => settings({ closedOn: "Datum uit" }));
    expect(customFunction("AFGESLOTEN")(caseTable(), PERIOD)).toBe(2);
  });

  it("can unmap a column, as the task pane allows", () => {
    setSettingsReader(() => settings({ intakeOn: "", closedOn: "Einddatum" }));
    expect(errorOf(() => customFunction("WACHTTIJD")(caseTable(), PERIOD)).message).toBe(
      "WELZIJN.WACHTTIJD kan niet berekend worden: de tabel mist de kolom Intakedatum."
    );
  });
});
