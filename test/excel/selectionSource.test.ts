import { selectionSource, SELECT_ONE_RANGE_MESSAGE } from "../../src/excel/listDataSources";
import { UserFacingError } from "../../src/excel/officeErrorMessage";
import { locateSource, readSource } from "../../src/excel/readSource";
import { createFakeHost, FakeWorkbook, type FakeValue } from "./fakeExcel";

/** An export of `cases` rows in A1:C…, with a note in E2 (the used range is A1:E…). */
function exportBook(sheetName: string, cases: number): FakeWorkbook {
  const book = new FakeWorkbook();
  const rows: FakeValue[][] = [["Casusnummer", "Aanmelddatum", "Team"]];
  for (let i = 0; i < cases; i++) rows.push([`C${i + 1}`, 45300 + i, "Noord"]);
  (rows[1] as FakeValue[])[4] = "notitie";
  book.addSheet(sheetName, rows);
  return book;
}

function select(book: FakeWorkbook, sheet: string, address: string): void {
  book.selection = { sheetId: book.sheet(sheet).id, address };
}

describe('"Huidige selectie gebruiken" with whole columns, whole rows and quoted sheet names', () => {
  it("takes whole columns as their used part, in one batch of one sync", async () => {
    const book = exportBook("Export", 500);
    const host = createFakeHost(book);
    select(book, "Export", "A:C");
    expect(await selectionSource(host.run, [])).toEqual({
      source: { kind: "range", sheet: "Export", address: "A:C" },
      label: "Export: kolom A–C (selectie)",
      rowCount: 501,
    });
    expect(host.contexts).toHaveLength(1);
    expect(host.contexts[0]!.syncCount).toBe(1);
  });

  it("reads whole columns as the used part of those columns, not a million rows", async () => {
    const book = exportBook("Export", 500);
    const host = createFakeHost(book);
    const data = await readSource(host.run, { kind: "range", sheet: "Export", address: "A:C" });
    expect(data.address).toBe("Export!A1:C501");
    expect(data.rows).toHaveLength(501);
    expect(data.rows[0]).toEqual(["Casusnummer", "Aanmelddatum", "Team"]);
    expect(data.rows[500]).toEqual(["C500", 45799, "Noord"]);
    // Locating costs the same batch of two syncs as any stored selection.
    host.contexts.length = 0;
    await locateSource(host.run, { kind: "range", sheet: "Export", address: "A:C" });
    expect(host.contexts[0]!.syncCount).toBe(2);
  });

  it("takes whole rows as their used part, growing down as any selection does", async () => {
    const book = exportBook("Export", 500);
    const host = createFakeHost(book);
    select(book, "Export", "1:101");
    const option = await selectionSource(host.run, []);
    expect(option).toEqual({
      source: { kind: "range", sheet: "Export", address: "1:101" },
      label: "Export: alle kolommen vanaf rij 1 (selectie)",
      rowCount: 101,
    });
    const data = await readSource(host.run, option.source);
    // The used range's columns (A–E, the note in E2 included), rows 1–101 and the rest of
    // the export pasted below them.
    expect(data.columnIndex).toBe(0);
    expect(data.columnCount).toBe(5);
    expect(data.rows).toHaveLength(501);
    expect(data.extendedRows).toBe(400);
  });

  it("reads a sheet whose quoted name has spaces or an apostrophe", async () => {
    const book = exportBook("Jan's blad", 20);
    book.addSheet("Mijn export", [["Casusnummer"], ["C1"], ["C2"]]);
    const host = createFakeHost(book);
    select(book, "Jan's blad", "A:F");
    const option = await selectionSource(host.run, []);
    expect(option).toEqual({
      source: { kind: "range", sheet: "Jan's blad", address: "A:F" },
      label: "Jan's blad: kolom A–F (selectie)",
      rowCount: 21,
    });
    const data = await readSource(host.run, option.source);
    expect(data.address).toBe("'Jan''s blad'!A1:E21");
    expect(data.rows[20]?.slice(0, 3)).toEqual(["C20", 45319, "Noord"]);
    select(book, "Mijn export", "A1:A3");
    expect(await selectionSource(host.run, [])).toEqual({
      source: { kind: "range", sheet: "Mijn export", address: "A1:A3" },
      label: "Mijn export: kolom A vanaf rij 1 (selectie)",
      rowCount: 3,
    });
  });

  it("takes a whole-sheet selection as the sheet", async () => {
    const book = exportBook("Export", 5);
    const host = createFakeHost(book);
    select(book, "Export", "1:1048576");
    expect((await selectionSource(host.run, [])).source).toEqual({
      kind: "range",
      sheet: "Export",
      address: "",
    });
  });

  describe("edge cases", () => {
    it("refuses a selection of several areas with a Dutch message", async () => {
      const book = exportBook("Export", 5);
      const host = createFakeHost(book);
      select(book, "Export", "A1:B5,D1:D5");
      const error = await selectionSource(host.run, []).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(UserFacingError);
      expect((error as Error).message).toBe(SELECT_ONE_RANGE_MESSAGE);
      expect(SELECT_ONE_RANGE_MESSAGE).toMatch(/^Kies één aaneengesloten bereik/);
    });

    it("says in Dutch that selected columns or rows are empty", async () => {
      const book = exportBook("Export", 5);
      const host = createFakeHost(book);
      select(book, "Export", "H:J");
      await expect(selectionSource(host.run, [])).rejects.toThrow(
        'De geselecteerde kolommen H–J zijn leeg op het blad "Export". Selecteer de kolommen of cellen van de export en probeer het opnieuw.'
      );
      select(book, "Export", "20:20");
      await expect(selectionSource(host.run, [])).rejects.toThrow(
        'De geselecteerde rij 20 is leeg op het blad "Export".'
      );
      const error = await readSource(host.run, {
        kind: "range",
        sheet: "Export",
        address: "H:J",
      }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(UserFacingError);
      expect((error as Error).message).toBe(
        'De gekozen kolommen of rijen (H:J) op het blad "Export" zijn leeg. Plak de export daar of kies de gegevens opnieuw in het taakvenster.'
      );
    });
  });
});
