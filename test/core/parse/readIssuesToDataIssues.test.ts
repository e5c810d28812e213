import { loadDataset } from "../../../src/core/parse";
import type { CellReadIssue } from "../../../src/core/parse/types";

const badByte = (rowIndex: number, column: number): CellReadIssue => ({
  rowIndex,
  column,
  code: "INVALID_ENCODING",
  severity: "warning",
  body: "ongeldig teken.",
});

describe("loadDataset with the file reader's issues", () => {
  it("names the column by the header row and lists the reader's issues before the table's own", () => {
    const dataset = loadDataset({
      cases: {
        rows: [["Export, deBasis"], ["Casusnummer", "Team"], ["C1", "Noordé"], ["", "Zuid"]],
        readIssues: [badByte(0, 0), badByte(2, 1)],
      },
      complaints: {
        rows: [
          ["Datum klacht", "Omschrijving"],
          ["1-3-2024", "té laat"],
        ],
        sheetRowOffset: 5,
        readIssues: [badByte(1, 1)],
      },
    });
    expect(
      dataset.issues.map(({ table, row, column, code, message }) => [
        table,
        row,
        column,
        code,
        message,
      ])
    ).toEqual([
      // Above the header row a column has no header.
      ["cases", 1, "", "INVALID_ENCODING", "Casussen, rij 1: ongeldig teken."],
      ["cases", 3, "Team", "INVALID_ENCODING", 'Casussen, rij 3, kolom "Team": ongeldig teken.'],
      // The table has no date column: a warning at its header row (after the reader's issues).
      ["cases", 2, "", "NO_USABLE_DATES", expect.stringContaining("geen bruikbare datums")],
      ["cases", 4, "Casusnummer", "MISSING_CASE_ID", expect.stringContaining("Casussen, rij 4")],
      [
        "complaints",
        6,
        "Omschrijving",
        "INVALID_ENCODING",
        'Klachten, rij 6, kolom "Omschrijving": ongeldig teken.',
      ],
    ]);
  });
});
