import { FIELD_DEFINITIONS } from "../../src/core/mapping/fieldDefinitions";
import { detectLayout, holdsData, POSITIONAL_FIELDS } from "../../src/functions/tableLayout";
import { caseTable, serial, toPositional, zrmTable } from "./fixtureTables";

describe("the layout of a table argument", () => {
  it("reads a table with a header row by its headers", () => {
    const layout = detectLayout(caseTable(), "cases");
    expect(layout.positional).toBe(false);
    expect(layout.mapping.headerRowIndex).toBe(0);
    expect(layout.mapping.fields.closedOn?.column).toBe(6);
    expect(layout.mapping.domainColumns.map((c) => c.column)).toEqual([7]);
  });

  it("finds the header row below a title and empty rows", () => {
    const layout = detectLayout([["Export casussen 7-10-2024"], [], ...caseTable()], "cases");
    expect(layout.positional).toBe(false);
    expect(layout.mapping.headerRowIndex).toBe(2);
  });

  it("reads a table without a header row in the fixed column order", () => {
    const layout = detectLayout(toPositional(caseTable()), "cases");
    expect(layout.positional).toBe(true);
    expect(layout.rows[0]).toEqual(layout.mapping.headers);
    expect(layout.mapping.fields.caseId?.column).toBe(0);
    expect(layout.mapping.fields.registeredOn?.column).toBe(4);
    expect(layout.mapping.fields.closedOn?.column).toBe(7);
    expect(layout.mapping.domainColumns.map((c) => c.column)).toEqual([8]);
    expect(layout.mapping.fields.product).toBeUndefined(); // an all-empty column is "not there"
    expect(layout.rows.length).toBe(toPositional(caseTable()).length + 1);
  });

  it("reads a recognised header row by its headers even when one header is a number", () => {
    // The audit's case: one column headed 2024 (a number) added to a correct table.
    const table = caseTable().map((row, i) => [...row, i === 0 ? 2024 : i * 10]);
    const layout = detectLayout(table, "cases");
    expect(layout.positional).toBe(false);
    expect(layout.mapping.fields.caseId?.column).toBe(0);
    expect(layout.mapping.fields.startedOn?.column).toBe(5);
    expect(layout.mapping.unmapped).toContainEqual({ column: 13, header: "2024" });
  });

  it("reads a header row with a date among its headers by its headers", () => {
    const table = caseTable().map((row, i) => [
      ...row,
      i === 0 ? new Date(Date.UTC(2024, 0, 1)) : "",
    ]);
    expect(detectLayout(table, "cases").positional).toBe(false);
  });

  it("still reads a genuine headerless range, whose first row is data, in the fixed order", () => {
    const rows = toPositional(caseTable());
    const layout = detectLayout(rows, "cases");
    expect(layout.positional).toBe(true);
    expect(layout.rows.slice(1)).toEqual(rows);
  });

  it("is not fooled by a data cell that equals a header synonym", () => {
    // "Wijkteam" (a referrer here) is a synonym of team; the row also holds dates, so it is data.
    const rows = toPositional(caseTable()).slice(2);
    expect(rows[0]).toContain("Wijkteam");
    expect(detectLayout(rows, "cases").positional).toBe(true);
  });

  it("reads a ZRM table and a complaints column without header rows", () => {
    const zrm = detectLayout(zrmTable().slice(1), "zrm");
    expect(zrm.positional).toBe(true);
    expect(Object.keys(zrm.mapping.fields).sort()).toEqual([
      "beginScore",
      "caseId",
      "domain",
      "endScore",
      "goalScore",
    ]);
    expect(
      detectLayout([[serial(2024, 2, 3)], ["30-9-2024"]], "complaints").mapping.fields.date?.column
    ).toBe(0);
  });

  it("keeps the fixed order to fields the parser knows, each once", () => {
    for (const [table, fields] of Object.entries(POSITIONAL_FIELDS)) {
      const known = FIELD_DEFINITIONS[table as keyof typeof FIELD_DEFINITIONS].map((d) => d.field);
      expect(new Set(fields).size).toBe(fields.length);
      expect(fields.every((field) => known.includes(field))).toBe(true);
      expect(fields.length).toBe(known.length);
    }
  });

  describe("edge cases", () => {
    it("refuses an empty range", () => {
      expect(() => detectLayout([], "cases")).toThrow(
        "Het bereik voor de tabel met casussen is leeg."
      );
    });

    it("refuses more columns without a header row than the fixed order has", () => {
      const wide = [["C1", ...new Array(22).fill(45000)]];
      expect(() => detectLayout(wide, "cases")).toThrow(
        /^Het bereik heeft 23 kolommen zonder kopregel; in de vaste volgorde passen er hoogstens 22/
      );
    });

    it("tells data from headers: numbers, yes/no, dates and date texts are data", () => {
      expect(holdsData(["Casusnr", "Hoofddomein 1", "Team 2024"])).toBe(false);
      expect(holdsData(["C1", 45000])).toBe(true);
      expect(holdsData(["C1", "3-1-2024"])).toBe(true);
      expect(holdsData(["C1", true])).toBe(true);
    });
  });
});
