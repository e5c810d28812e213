import fc from "fast-check";
import { foldText } from "../../../src/core/text";
import { proposeMapping } from "../../../src/core/mapping";
import {
  parseActivityTable,
  parseCaseTable,
  parseComplaintTable,
  parseZrmTable,
} from "../../../src/core/parse";
import type { CaseTable, CellValue } from "../../../src/core/types";
import { casesRows } from "../../helpers/rows";

const HEADER = [
  "Casusnummer",
  "Cliëntnummer",
  "Soort traject",
  "Aanmelddatum",
  "Intakedatum",
  "Startdatum",
  "Einddatum",
  "Hoofddomeinen",
  "Team",
  "Leeftijd",
  "Klantoordeel",
  "Direct opgelost",
];

const anyCell: fc.Arbitrary<CellValue> = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.constantFrom(
    "",
    " ",
    "#N/A",
    "#VALUE!",
    "Totaal",
    "ja",
    "nee",
    "3-1-2024",
    "31-02-2024",
    "Financiën; Overig",
    "Werk & opleiding/ADL",
    "7,5",
    "Leun- en steun"
  ),
  fc.double(),
  fc.constantFrom(NaN, Infinity, -Infinity, 0, 60, 45292, 45292.75, 2958466),
  fc.integer({ min: -5, max: 50000 }),
  fc.boolean(),
  fc.date(),
  fc.constant(null),
  fc.constant(undefined)
);

describe("parser properties", () => {
  it("never throws on arbitrary cell values and keeps its columns consistent", () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(anyCell, { minLength: 0, maxLength: HEADER.length + 2 }), {
          maxLength: 30,
        }),
        (body) => {
          const rows = casesRows(HEADER, ...body);
          const { table, issues } = parseCaseTable(rows, proposeMapping(rows, "cases"), {
            asOf: 45500,
          });
          expect(table.size).toBeLessThanOrEqual(body.length);
          for (const column of [
            table.sheetRow,
            table.clientKey,
            table.registeredOn,
            table.start,
            table.rating,
            table.invalid,
            table.caseType.codes,
          ]) {
            expect(column.length).toBe(table.size);
          }
          expect(table.caseId.length).toBe(table.size);
          expect(new Set(table.caseId).size).toBe(table.size);
          expect(table.domainStart.length).toBe(table.size + 1);
          for (let k = 0; k < table.size; k++) {
            expect(table.domainStart[k + 1]! >= table.domainStart[k]!).toBe(true);
            const rating = table.rating[k]!;
            expect(Number.isNaN(rating) || (rating >= 1 && rating <= 10)).toBe(true);
            const code = table.caseType.codes[k]!;
            expect(code >= -1 && code < table.caseType.labels.length).toBe(true);
          }
          for (const code of table.domainCodes)
            expect(code >= 0 && code < table.domainLabels.length).toBe(true);
          for (const issue of issues) {
            expect(issue.row).toBeGreaterThanOrEqual(2);
            expect(issue.message.startsWith(`Casussen, rij ${issue.row}`)).toBe(true);
          }
        }
      ),
      { numRuns: 300 }
    );
  });

  it("never throws on arbitrary cells in the other tables", () => {
    const cases = parseCaseTable(
      casesRows(["Casusnummer"], ["A"], ["B"]),
      proposeMapping([["Casusnummer"]], "cases")
    ).table;
    fc.assert(
      fc.property(fc.array(fc.array(anyCell, { maxLength: 6 }), { maxLength: 20 }), (body) => {
        const zrm = casesRows(
          ["Casusnummer", "Domein", "Beginscore", "Eindscore", "Doelscore"],
          ...body
        );
        const activities = casesRows(
          ["Activiteitnummer", "Activiteit", "Categorie", "Datum", "Deelnemers"],
          ...body
        );
        const complaints = casesRows(["Datum"], ...body);
        const parsedZrm = parseZrmTable(zrm, proposeMapping(zrm, "zrm"), cases);
        for (const code of parsedZrm.table.domainCode)
          expect(code < parsedZrm.domainLabels.length).toBe(true);
        expect(
          parseActivityTable(activities, proposeMapping(activities, "activities"), { asOf: 45500 })
            .table.size
        ).toBeLessThanOrEqual(body.length);
        expect(
          parseComplaintTable(complaints, proposeMapping(complaints, "complaints")).table.size
        ).toBeLessThanOrEqual(body.length);
      }),
      { numRuns: 200 }
    );
  });

  it("parses the same set of cases when the rows are shuffled", () => {
    const rowArbitrary = fc.tuple(
      fc.constantFrom("K1", "K2", "K3", "", 7),
      fc.constantFrom("Individueel traject", "Leun- en steuncontact", "IA", "Overig", ""),
      fc.oneof(fc.integer({ min: 44900, max: 45600 }), fc.constantFrom("", "3-1-2024", "x")),
      fc.oneof(fc.integer({ min: 44900, max: 45600 }), fc.constant("")),
      fc.oneof(fc.integer({ min: 44900, max: 45600 }), fc.constant("")),
      fc.oneof(fc.integer({ min: 44900, max: 45600 }), fc.constant("")),
      fc.constantFrom("Financiën", "Financien; Huisvesting", "Overig", "", "Werk & opleiding"),
      fc.constantFrom("Noord", "noord", "Zuid", ""),
      fc.constantFrom(30, "veertig", ""),
      fc.constantFrom(8, 11, ""),
      fc.constantFrom("ja", "nee", "misschien", "")
    );
    fc.assert(
      fc.property(
        fc.uniqueArray(
          fc.tuple(
            fc
              .string({ minLength: 1, maxLength: 5 })
              .filter(
                (id) =>
                  id.trim() !== "" &&
                  !id.trim().startsWith("#") &&
                  !/^\s*(eind|generaal|grand)?\s*tota/i.test(id)
              ),
            rowArbitrary
          ),
          {
            selector: ([id]) => id.trim(),
            maxLength: 25,
          }
        ),
        fc.infiniteStream(fc.nat()),
        (entries, randoms) => {
          const body = entries.map(([id, rest]) => [id, ...rest] as CellValue[]);
          const shuffled = [...body];
          for (let index = shuffled.length - 1; index > 0; index--) {
            const other = randoms.next().value % (index + 1);
            [shuffled[index], shuffled[other]] = [shuffled[other]!, shuffled[index]!];
          }
          const parse = (rows: CellValue[][]) =>
            parseCaseTable(casesRows(HEADER, ...rows), proposeMapping([HEADER], "cases"), {
              asOf: 45500,
            });
          const first = parse(body);
          const second = parse(shuffled);
          expect(caseSet(second.table)).toEqual(caseSet(first.table));
          const codes = (issues: { code: string; column: string }[]) =>
            issues.map((issue) => `${issue.code}:${issue.column}`).sort();
          expect(codes(second.issues)).toEqual(codes(first.issues));
        }
      ),
      { numRuns: 200 }
    );
  });
});

/** Every case as a comparable text, sorted: independent of row order and first spellings. */
function caseSet(table: CaseTable): string[] {
  const label = (column: { codes: Int32Array; labels: readonly string[] }, k: number) => {
    const code = column.codes[k]!;
    return code < 0 ? "" : foldText(column.labels[code]!);
  };
  const records: string[] = [];
  for (let k = 0; k < table.size; k++) {
    const domains: string[] = [];
    for (let index = table.domainStart[k]!; index < table.domainStart[k + 1]!; index++)
      domains.push(foldText(table.domainLabels[table.domainCodes[index]!]!));
    records.push(
      JSON.stringify([
        table.caseId[k],
        table.clientKey[k]! < 0 ? null : table.clientIds[table.clientKey[k]!],
        label(table.caseType, k),
        label(table.team, k),
        String(table.registeredOn[k]),
        String(table.intakeOn[k]),
        String(table.startedOn[k]),
        String(table.closedOn[k]),
        String(table.start[k]),
        String(table.age[k]),
        String(table.rating[k]),
        table.resolvedDirectly[k],
        domains.sort(),
        table.invalid[k],
      ])
    );
  }
  return records.sort();
}
