import { PAYLOAD_LIMIT_BYTES } from "../../src/excel/planChunks";
import { locateSource, readSource } from "../../src/excel/readSource";
import { UserFacingError } from "../../src/excel/officeErrorMessage";
import { createFakeHost, FakeWorkbook, type FakeValue } from "./fakeExcel";

const HEADER = [
  "Casusnummer",
  "Cliëntnummer",
  "Soort traject",
  "Aanmelddatum",
  "Startdatum",
  "Einddatum",
  "Team",
  "Hoofddomeinen",
  "Afsluitreden",
  "Verwijzer",
];

/** A wide export: 60,000 cases of 10 columns with longish texts (about 14 MB as JSON). */
function bigTable(rows: number): FakeValue[][] {
  const out: FakeValue[][] = [HEADER];
  for (let i = 0; i < rows; i++) {
    out.push([
      `C${100000 + i}`,
      `K${50000 + (i % 9000)}`,
      i % 3 === 0 ? "Individueel traject" : "Informatie en advies",
      45000 + (i % 1400),
      45010 + (i % 1400),
      i % 4 === 0 ? "" : 45200 + (i % 1300),
      `Buurtteam ${["Noord", "Zuid", "Oost", "West"][i % 4]}`,
      "Financiën; Huisvesting; Geestelijke gezondheid; Sociaal netwerk",
      "Doelen behaald volgens plan, cliënt kan zelfstandig verder",
      "Huisarts / praktijkondersteuner",
    ]);
  }
  return out;
}

describe("readSource", () => {
  const book = new FakeWorkbook();
  const table = bigTable(60000);
  book.addTable("Casussen", "Export", table);
  const host = createFakeHost(book);

  it("reads a 60,000-row table in several chunks, each response under the payload budget", async () => {
    const progress: [number, number][] = [];
    const start = book.syncCount;
    const data = await readSource(
      host.run,
      { kind: "table", name: "Casussen" },
      { onProgress: (read, total) => progress.push([read, total]) }
    );
    expect(data.rows).toHaveLength(60001);
    expect(data.rows[0]).toEqual(HEADER);
    expect(data.rows[60000]).toEqual(table[60000]);
    expect(data).toEqual(
      expect.objectContaining({
        sheet: "Export",
        rowIndex: 0,
        columnIndex: 0,
        rowCount: 60001,
        columnCount: 10,
        address: "Export!A1:J60001",
      })
    );
    const chunkSyncs = book.syncs.slice(start + 2);
    expect(chunkSyncs.length).toBeGreaterThanOrEqual(5);
    const total = chunkSyncs.reduce((sum, s) => sum + s.responseBytes, 0);
    // About 14 MB in all: one read would break Excel on the web's 5 MB limit.
    expect(total).toBeGreaterThan(2 * PAYLOAD_LIMIT_BYTES);
    for (const sync of chunkSyncs) expect(sync.responseBytes).toBeLessThan(3.2 * 1024 * 1024);
    expect(progress[0]).toEqual([0, 60001]);
    expect(progress[progress.length - 1]).toEqual([60001, 60001]);
    expect(progress).toHaveLength(chunkSyncs.length + 1);
  });

  it("reads a fixed range and a whole sheet’s used range where the data starts lower", async () => {
    const sheetBook = new FakeWorkbook();
    const values: FakeValue[][] = [
      ["Overzicht casussen 2024"],
      [],
      ["", "Casusnr", "Startdatum"],
      ["", "A1", 45300],
      ["", "A2", 45301],
    ];
    sheetBook.addSheet("Export", values);
    const sheetHost = createFakeHost(sheetBook);
    const used = await readSource(sheetHost.run, { kind: "range", sheet: "Export", address: "" });
    expect(used).toEqual(
      expect.objectContaining({ rowIndex: 0, columnIndex: 0, rowCount: 5, columnCount: 3 })
    );
    const fixed = await readSource(sheetHost.run, {
      kind: "range",
      sheet: "Export",
      address: "B3:C5",
    });
    expect(fixed.rows).toEqual([
      ["Casusnr", "Startdatum"],
      ["A1", 45300],
      ["A2", 45301],
    ]);
    expect(fixed).toEqual(expect.objectContaining({ rowIndex: 2, columnIndex: 1 }));
  });

  describe("edge cases", () => {
    it("halves a chunk that Excel still finds too large, and goes on", async () => {
      const small = new FakeWorkbook();
      small.addTable("T", "Blad", bigTable(3000));
      small.payloadLimit = 200_000;
      const smallHost = createFakeHost(small);
      const data = await readSource(
        smallHost.run,
        { kind: "table", name: "T" },
        { budgetBytes: 150_000 }
      );
      expect(data.rows).toHaveLength(3001);
      expect(small.syncs.some((s) => s.responseBytes > 200_000)).toBe(true);
    });

    it("says in Dutch that a table is gone", async () => {
      const error = await locateSource(host.run, { kind: "table", name: "Weg" }).catch(
        (e: unknown) => e
      );
      expect(error).toBeInstanceOf(UserFacingError);
      expect((error as Error).message).toBe(
        'De tabel "Weg" staat niet (meer) in deze werkmap. Kies de gegevens opnieuw in het taakvenster.'
      );
    });

    it("says in Dutch that a sheet is empty", async () => {
      const empty = new FakeWorkbook();
      empty.addSheet("Leeg");
      await expect(
        locateSource(createFakeHost(empty).run, { kind: "range", sheet: "Leeg", address: "" })
      ).rejects.toThrow(
        'Het blad "Leeg" is leeg. Plak de export op dit blad of kies een ander blad.'
      );
    });
  });
});

describe("readSource of a stored selection", () => {
  /** An export in B2:D…, with a notes block further down in other columns. */
  function exportSheet(dataRows: number): FakeWorkbook {
    const book = new FakeWorkbook();
    const rows: FakeValue[][] = [[], ["", "Casusnummer", "Aanmelddatum", "Team"]];
    for (let i = 0; i < dataRows; i++) rows.push(["", `C${i + 1}`, 45300 + i, "Noord"]);
    book.addSheet("Export", rows);
    return book;
  }

  it("reads the rows pasted below the stored selection next quarter", async () => {
    const book = exportSheet(3);
    const host = createFakeHost(book);
    const source = { kind: "range", sheet: "Export", address: "B2:D5" } as const;
    expect((await readSource(host.run, source)).rows).toHaveLength(4);
    // Next quarter: two more cases pasted under the old ones.
    const sheet = book.sheet("Export");
    sheet.values.push(["", "C4", 45400, "Zuid"], ["", "C5", 45401, "Oost"]);
    const data = await readSource(host.run, source);
    expect(data.rows.map((r) => r[0])).toEqual(["Casusnummer", "C1", "C2", "C3", "C4", "C5"]);
    expect(data.extendedRows).toBe(2);
    expect(data.address).toBe("Export!B2:D7");
    expect(data.columnIndex).toBe(1);
    expect(data.rows[0]).toHaveLength(3);
  });

  it("stops at the first empty row below the selection (a separate block is not data)", async () => {
    const book = exportSheet(3);
    const sheet = book.sheet("Export");
    sheet.values.push(["", "C4", 45400, "Zuid"], [], ["Opmerkingen", "niet meetellen", "x", "y"]);
    const host = createFakeHost(book);
    const data = await readSource(host.run, { kind: "range", sheet: "Export", address: "B2:D5" });
    expect(data.rows.map((r) => r[0])).toEqual(["Casusnummer", "C1", "C2", "C3", "C4"]);
    expect(data.rowCount).toBe(5);
    // Not silent: the row after the gap is counted for a warning.
    expect(data.skippedRowsBelow).toBe(1);
  });

  it("keeps the stored rows when the export got shorter, and costs one batch of two syncs to locate", async () => {
    const book = exportSheet(3);
    const host = createFakeHost(book);
    const location = await locateSource(host.run, {
      kind: "range",
      sheet: "Export",
      address: "B2:D10",
    });
    expect(location.rowCount).toBe(9);
    expect(host.contexts[0]!.syncCount).toBe(2);
  });
});
