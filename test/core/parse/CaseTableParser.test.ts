import fc from "fast-check";
import { proposeMapping } from "../../../src/core/mapping";
import { parseCaseTable } from "../../../src/core/parse";
import { CaseTableParser } from "../../../src/core/parse/CaseTableParser";
import type { CellValue } from "../../../src/core/types";
import {
  caseTableSnapshot as snapshot,
  PART_TEST_HEADER as HEADER,
} from "../../helpers/partSnapshots";

/** A small pool of ids, so that repeats fall in different chunks. */
const idCell: fc.Arbitrary<CellValue> = fc.oneof(
  fc.integer({ min: 1, max: 12 }),
  fc.constantFrom("C1", "C2", " 3", "3", "", "#N/A", "Totaal", "K-10", 4.5, null)
);

const valueCell: fc.Arbitrary<CellValue> = fc.oneof(
  fc.constantFrom(
    "",
    " ",
    "#N/A",
    "Totaal",
    "ja",
    "nee",
    "x",
    "3-1-2024",
    "31-02-2024",
    "2024-05-06",
    "1-1-1900",
    "Financiën; Overig",
    "Werk & opleiding/ADL",
    "Onbekend domein",
    "7,5",
    "1.200",
    "-3",
    "GGD; Wijkteam",
    "Noord",
    "noord"
  ),
  fc.integer({ min: -5, max: 46000 }),
  fc.constantFrom(45292, 45292.75, 46500, 30000, 1, 0, NaN),
  fc.boolean(),
  fc.constant(null),
  fc.constant(undefined)
);

const rowArbitrary: fc.Arbitrary<CellValue[]> = fc
  .oneof(
    {
      weight: 8,
      arbitrary: fc.tuple(idCell, fc.array(valueCell, { minLength: 0, maxLength: 13 })),
    },
    { weight: 1, arbitrary: fc.constant<[CellValue, CellValue[]]>(["", []]) },
    { weight: 1, arbitrary: fc.constant<[CellValue, CellValue[]]>(["Totaal", [12, 3]]) }
  )
  .map(([id, rest]) => [id, ...rest]);

/** The rows cut at `cuts` (sorted positions), each part pushed as one chunk. */
function parseInChunks(
  rows: CellValue[][],
  cuts: readonly number[],
  expectedRows: number
): ReturnType<CaseTableParser["finish"]> {
  const parser = new CaseTableParser(proposeMapping(rows, "cases"), {
    asOf: 45500,
    sheetRowOffset: 3,
    expectedRows,
  });
  let from = 0;
  for (const cut of [...cuts, rows.length]) {
    parser.push(rows.slice(from, cut));
    from = cut;
  }
  return parser.finish();
}

describe("CaseTableParser", () => {
  it("gives the result of parseCaseTable wherever the chunks are cut", () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom<CellValue[]>(["Export welzijn"], []), { maxLength: 2 }),
        fc.array(rowArbitrary, { maxLength: 60 }),
        fc.array(fc.nat(), { maxLength: 8 }),
        fc.nat({ max: 40 }),
        (titles, body, rawCuts, expectedRows) => {
          const rows = [...titles, [...HEADER], ...body];
          const cuts = [...new Set(rawCuts.map((cut) => cut % (rows.length + 1)))].sort(
            (a, b) => a - b
          );
          const whole = parseCaseTable(rows, proposeMapping(rows, "cases"), {
            asOf: 45500,
            sheetRowOffset: 3,
          });
          const chunked = parseInChunks(rows, cuts, expectedRows);
          expect(chunked.issues).toEqual(whole.issues);
          expect(snapshot(chunked.table)).toEqual(snapshot(whole.table));
        }
      ),
      { numRuns: 400 }
    );
  });

  describe("append", () => {
    /**
     * The rows before `cut` pushed into one parser in two chunks, those from `cut` on into a
     * parser of their own (sent through structuredClone, as to another thread), appended;
     * the rest pushed when the append is refused. `derive`: where the first parser derives
     * what it read ahead (`deriveRead`): after its first chunk (its columns may grow after),
     * or just before the append.
     */
    function parseInTwoParts(
      rows: CellValue[][],
      cut: number,
      split: number,
      expectedRows: number,
      derive: "never" | "between chunks" | "before append" = "never"
    ): { result: ReturnType<CaseTableParser["finish"]>; appended: boolean } {
      const mapping = proposeMapping(rows, "cases");
      const options = { asOf: 45500, sheetRowOffset: 3 };
      const first = new CaseTableParser(mapping, { ...options, expectedRows });
      const second = new CaseTableParser(mapping, {
        ...options,
        expectedRows: expectedRows >> 1,
        continuation: true,
      });
      const middle = Math.min(split, cut);
      first.push(rows.slice(0, middle));
      if (derive === "between chunks") first.deriveRead();
      first.push(rows.slice(middle, cut));
      second.push(rows.slice(cut, cut + split));
      second.push(rows.slice(cut + split));
      const part = structuredClone(second.takePart());
      if (derive === "before append") first.deriveRead();
      const appended = first.append(part, cut);
      if (!appended) first.push(rows.slice(cut));
      return { result: first.finish(), appended };
    }

    it("gives the result of one parser over all rows, appended or refused", () => {
      fc.assert(
        fc.property(
          fc.array(fc.constantFrom<CellValue[]>(["Export welzijn"], []), { maxLength: 2 }),
          fc.array(rowArbitrary, { maxLength: 60 }),
          fc.nat(),
          fc.nat({ max: 20 }),
          fc.nat({ max: 40 }),
          fc.constantFrom("never", "between chunks", "before append" as const),
          (titles, body, rawCut, split, expectedRows, derive) => {
            const rows = [...titles, [...HEADER], ...body];
            const header = titles.length;
            const cut = header + 1 + (rawCut % (rows.length - header));
            const whole = parseCaseTable(rows, proposeMapping(rows, "cases"), {
              asOf: 45500,
              sheetRowOffset: 3,
            });
            const { result } = parseInTwoParts(rows, cut, split, expectedRows, derive);
            expect(result.issues).toEqual(whole.issues);
            expect(snapshot(result.table)).toEqual(snapshot(whole.table));
          }
        ),
        { numRuns: 600 }
      );
    });

    const rows: CellValue[][] = [
      ["Casusnummer", "Cliëntnummer", "Team", "Hoofddomeinen", "Samenwerkingspartners"],
      [1, "K1", "Noord", "Financiën", "GGD"],
      [2, "K2", "Zuid", "", "Wijkteam; GGD"],
      ["C3", "K1", "zuid", "Huisvesting; Financiën", ""],
      [4, "K3", "West", "financien", "Politie"],
      ["C3", "K9", "Oost", "Onbekend", "x"],
      [5, "K2", "noord", "Werk & opleiding", "ggd"],
    ];

    it("moves the part's codes to the labels in the order one parser meets them", () => {
      const { result, appended } = parseInTwoParts(rows, 3, 1, 2);
      expect(appended).toBe(true);
      const { table } = result;
      expect(table.team.labels).toEqual(["Noord", "Zuid", "West"]);
      expect(Array.from(table.team.codes)).toEqual([0, 1, 1, 2, 0]);
      expect(table.partners.labels).toEqual(["GGD", "Wijkteam", "Politie"]);
      expect(table.clientIds).toEqual(["K1", "K2", "K3"]);
      expect(Array.from(table.clientKey)).toEqual([0, 1, 0, 2, 1]);
      expect(table.domainLabels).toEqual(["Financiën", "Huisvesting", "Werk & opleiding"]);
    });

    it("appends the part's lists whole, up to the last case's last code", () => {
      const withLists = [...rows, [6, "K4", "Zuid", "", "GGD; Politie; Wijkteam; Buurthuis"]];
      const { result, appended } = parseInTwoParts(withLists, 3, 1, 2);
      expect(appended).toBe(true);
      const whole = parseCaseTable(withLists, proposeMapping(withLists, "cases"), {
        asOf: 45500,
        sheetRowOffset: 3,
      });
      expect(snapshot(result.table)).toEqual(snapshot(whole.table));
      const { starts, codes, labels } = result.table.partners;
      const last = Array.from(codes.subarray(starts[5], starts[6])).map((code) => labels[code]);
      expect(last).toEqual(["GGD", "Politie", "Wijkteam", "Buurthuis"]);
    });

    it("reports a repeated id inside the part at its first row's sheet row", () => {
      const { result, appended } = parseInTwoParts([...rows, ["C3", "K1"]], 3, 1, 2);
      expect(appended).toBe(true);
      const duplicates = result.issues.filter((issue) => issue.code === "DUPLICATE_CASE_ID");
      expect(duplicates.map((issue) => [issue.row, issue.message])).toEqual([
        [
          8,
          'Casussen, rij 8, kolom "Casusnummer": casusnummer "C3" staat al in rij 6. Deze rij wordt overgeslagen.',
        ],
        [
          10,
          'Casussen, rij 10, kolom "Casusnummer": casusnummer "C3" staat al in rij 6. Deze rij wordt overgeslagen.',
        ],
      ]);
    });

    it("refuses a part with an id of the rows before, and changes nothing", () => {
      const { result, appended } = parseInTwoParts(rows, 5, 1, 2);
      expect(appended).toBe(false);
      expect(result.table.caseId).toEqual(["1", "2", "C3", "4", "5"]);
    });

    it("throws for a part whose rows overlap those read", () => {
      const parser = new CaseTableParser(proposeMapping(rows, "cases"));
      parser.push(rows.slice(0, 3));
      const part = new CaseTableParser(proposeMapping(rows, "cases"), { continuation: true });
      expect(() => parser.append(part.takePart(), 2)).toThrow("rows overlap");
    });
  });

  describe("edge cases", () => {
    const rows: CellValue[][] = [
      ["Casusnummer", "Aanmelddatum", "Team"],
      [1, "3-1-2024", "Noord"],
      ["Totaal", 2, ""],
      [2, "31-02-2024", "Zuid"],
      [1, "4-1-2024", "Noord"],
    ];

    it("reports a repeated id in a later chunk at the first row's sheet row", () => {
      const { issues, table } = parseInChunks(rows, [1, 2, 4], 0);
      expect(table.caseId).toEqual(["1", "2"]);
      expect(issues.map((issue) => [issue.code, issue.row])).toEqual([
        ["TOTAL_ROW", 5],
        ["INVALID_DATE", 6],
        ["DUPLICATE_CASE_ID", 7],
      ]);
    });

    it("grows the columns from a guess of no rows to a row per chunk", () => {
      const { table } = parseInChunks(rows, [1, 2, 3, 4], 0);
      expect(Array.from(table.sheetRow)).toEqual([4, 6]);
      expect(Array.from(table.registeredOn)).toEqual([45294, NaN]);
    });

    it("reads a table whose chunks hold only the header or nothing", () => {
      const { table, issues } = parseInChunks([["Casusnummer"]], [0, 1, 1], 5);
      expect(table.size).toBe(0);
      expect(issues).toEqual([]);
    });

    it("tells filled rows below the header from empty ones", () => {
      const parser = new CaseTableParser(proposeMapping(rows, "cases"));
      parser.push([rows[0]!, [], ["", " "]]);
      expect(parser.hasFilledRowBelowHeader).toBe(false);
      parser.push([["Totaal"]]);
      expect(parser.hasFilledRowBelowHeader).toBe(true);
    });

    it("throws when pushed to after finish", () => {
      const parser = new CaseTableParser(proposeMapping(rows, "cases"));
      parser.finish();
      expect(() => parser.push(rows)).toThrow("CaseTableParser.push after finish");
    });
  });
});
