import { openTable } from "../../src/cli/OpenedTable";
import { wholeSheetChunks } from "../../src/cli/TableChunks";
import type { CellValue } from "../../src/core";

const header: CellValue[] = ["Casusnummer", "Team"];
const body = (n: number): CellValue[][] =>
  Array.from({ length: n }, (_, i) => [i + 1, i % 2 === 0 ? "Noord" : "Zuid"]);

async function rest(table: Awaited<ReturnType<typeof openTable>>): Promise<CellValue[][]> {
  const rows: CellValue[][] = [];
  for (let next = await table.rest.next(); next.done !== true; next = await table.rest.next())
    rows.push(...(next.value as CellValue[][]));
  return rows;
}

describe("openTable", () => {
  it("reads chunks until it has the rows the mapping reads, and hands over the rest", async () => {
    const rows = [header, ...body(100)];
    const table = await openTable(wholeSheetChunks({ rows, readIssues: [] }, 7), "leeg");
    expect(table.firstRows).toEqual(rows.slice(0, 35));
    expect([...table.firstRows, ...(await rest(table))]).toEqual(rows);
    expect(table.expectedRows).toBe(101);
  });

  it("keeps reading past 30 empty rows until a cell has a value", async () => {
    const rows = [...Array.from({ length: 40 }, () => [] as CellValue[]), header, ...body(3)];
    const table = await openTable(wholeSheetChunks({ rows, readIssues: [] }, 16), "leeg");
    expect(table.firstRows).toHaveLength(44);
    expect(await rest(table)).toEqual([]);
  });

  it("hands over the reader's issues as they are at the end", async () => {
    const issues: { rowIndex: number }[] = [];
    const table = await openTable(
      { chunks: [[header], body(2)], readIssues: () => issues as never },
      "leeg"
    );
    issues.push({ rowIndex: 2 });
    expect(table.readIssues()).toEqual([{ rowIndex: 2 }]);
  });

  describe("edge cases", () => {
    it("throws the Dutch message for a table without a value", async () => {
      const rows: CellValue[][] = [[""], [" ", null], []];
      await expect(
        openTable(wholeSheetChunks({ rows, readIssues: [] }, 1), "x.csv is leeg")
      ).rejects.toThrow("x.csv is leeg");
    });

    it("opens a table shorter than the rows the mapping reads", async () => {
      const table = await openTable(wholeSheetChunks({ rows: [header], readIssues: [] }), "leeg");
      expect(table.firstRows).toEqual([header]);
    });
  });
});
