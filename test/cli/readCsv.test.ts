import { readFileSync } from "node:fs";
import { join } from "node:path";
import { decodeText } from "../../src/cli/decodeText";
import { detectDelimiter, readCsv } from "../../src/cli/readCsv";

const FIXTURES = join(__dirname, "..", "fixtures", "cli");
const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

describe("readCsv", () => {
  it("reads a ;-separated Windows-1252 export with CRLF line ends", () => {
    const rows = readCsv(readFileSync(join(FIXTURES, "cases-windows1252.csv"))).rows;
    expect(rows).toHaveLength(11);
    expect(rows[0]?.slice(0, 3)).toEqual(["Casusnummer", "Cliëntnummer", "Soort traject"]);
    expect(rows[1]?.[10]).toBe("Beëindigd volgens plan");
    expect(rows[10]?.[0]).toBe("Totaal");
  });

  it("reads a ,-separated UTF-8 export with a byte order mark and quoted fields", () => {
    const rows = readCsv(readFileSync(join(FIXTURES, "cases-utf8-bom.csv"))).rows;
    expect(rows).toHaveLength(11);
    expect(rows[0]?.[0]).toBe("Casusnummer"); // no BOM left in the first header
    expect(rows[0]?.[2]).toBe("Soort traject");
    expect(rows[1]?.[4]).toBe("2023-01-02");
  });

  it("keeps delimiters, quotes and line breaks inside quoted fields", () => {
    expect(readCsv(utf8('a;b\n"x;y";"regel 1\nregel 2"\n"zei ""ja""";\n')).rows).toEqual([
      ["a", "b"],
      ["x;y", "regel 1\nregel 2"],
      ['zei "ja"', ""],
    ]);
  });

  it("keeps decimal commas in a ;-separated file", () => {
    expect(readCsv(utf8("Klantoordeel;Team\n8,5;Noord\n")).rows).toEqual([
      ["Klantoordeel", "Team"],
      ["8,5", "Noord"],
    ]);
  });

  describe('UTF-16 (Excel\'s "Unicode-tekst")', () => {
    const TEXT = "Casusnummer\tTeam\r\n1\tBrëdevoort\r\n2\tTeam Zuid\r\n";
    const ROWS = [
      ["Casusnummer", "Team"],
      ["1", "Brëdevoort"],
      ["2", "Team Zuid"],
    ];
    const le = (text: string): Uint8Array => new Uint8Array(Buffer.from(text, "utf16le"));
    const be = (text: string): Uint8Array => le(text).map((_, i, bytes) => bytes[i ^ 1] as number);

    it("reads tab-separated UTF-16 LE with a byte order mark, as Excel saves it", () => {
      expect(readCsv(le(`\ufeff${TEXT}`))).toEqual({ rows: ROWS, readIssues: [] });
    });

    it("reads UTF-16 BE with a byte order mark", () => {
      expect(readCsv(be(`\ufeff${TEXT}`))).toEqual({ rows: ROWS, readIssues: [] });
    });

    it("reads UTF-16 LE and BE without a byte order mark, by their zero bytes", () => {
      expect(readCsv(le(TEXT)).rows).toEqual(ROWS);
      expect(readCsv(be(TEXT)).rows).toEqual(ROWS);
    });
  });

  describe("a Windows-1252 file with one UTF-8 character (two tekensets mixed)", () => {
    // "Wést" twice from a Windows-1252 program (0xE9), "Café" pasted in as UTF-8 (0xC3 0xA9).
    const bytes = Uint8Array.from([
      ...utf8("Casusnummer;Team\n1;Team Caf"),
      0xc3,
      0xa9,
      ...utf8("\n2;Team W"),
      0xe9,
      ...utf8("st\n3;Team W"),
      0xe9,
      ...utf8("st\n"),
    ]);

    it("reads the file as Windows-1252 and warns at the cell whose bytes are valid UTF-8", () => {
      expect(readCsv(bytes)).toEqual({
        rows: [
          ["Casusnummer", "Team"],
          ["1", "Team CafÃ©"],
          ["2", "Team Wést"],
          ["3", "Team Wést"],
        ],
        readIssues: [
          {
            rowIndex: 1,
            column: 1,
            code: "INVALID_ENCODING",
            severity: "warning",
            body: '"Team CafÃ©" is gelezen als Windows-1252, zoals de rest van het bestand, maar "Ã©" (bytes 0xC3 0xA9) is geldige UTF-8 en betekent dan "é". Het bestand mengt twee tekensets; controleer deze waarde.',
          },
        ],
      });
    });
  });

  describe("a UTF-8 file with a byte that is not UTF-8", () => {
    // "Financiën" and "Brëdevoort" in UTF-8; "Noordé" typed in a Windows-1252 program (0xE9).
    const bytes = Uint8Array.from([
      ...utf8("Casusnummer;Domein;Team\n1;Financiën;Brëdevoort\n2;Financiën;Noord"),
      0xe9,
      ...utf8("\n3;Werk;Zuid\n"),
    ]);

    it("reads the file as UTF-8 and the bad byte as its Windows-1252 character, with a warning at its cell", () => {
      expect(readCsv(bytes)).toEqual({
        rows: [
          ["Casusnummer", "Domein", "Team"],
          ["1", "Financiën", "Brëdevoort"],
          ["2", "Financiën", "Noordé"],
          ["3", "Werk", "Zuid"],
        ],
        readIssues: [
          {
            rowIndex: 2,
            column: 2,
            code: "INVALID_ENCODING",
            severity: "warning",
            body: 'ongeldig teken (byte 0xE9) in "Noordé": gelezen als "é". De rest van het bestand is UTF-8; controleer deze waarde.',
          },
        ],
      });
    });

    it("reports several bad bytes of one cell in one warning, in a quoted field with a delimiter", () => {
      const quoted = Uint8Array.from([
        ...utf8('a;b\n1;"Zuid; '),
        0xe9,
        0x92,
        ...utf8('t"\n2;Financiën\n3;Cliënt\n'),
      ]);
      expect(readCsv(quoted)).toEqual({
        rows: [
          ["a", "b"],
          ["1", "Zuid; é’t"],
          ["2", "Financiën"],
          ["3", "Cliënt"],
        ],
        readIssues: [
          expect.objectContaining({
            rowIndex: 1,
            column: 1,
            body: 'ongeldige tekens (byte 0xE9, byte 0x92) in "Zuid; é’t": gelezen als "é", "’". De rest van het bestand is UTF-8; controleer deze waarde.',
          }),
        ],
      });
    });
  });

  describe("edge cases", () => {
    it("returns no rows for an empty file", () => {
      expect(readCsv(new Uint8Array())).toEqual({ rows: [], readIssues: [] });
    });

    it("keeps an empty line in the middle (row numbers stay line numbers) but drops trailing ones", () => {
      expect(readCsv(utf8("a;b\n\n1;2\n\n")).rows).toEqual([["a", "b"], [""], ["1", "2"]]);
    });

    it("reads a ;-separated export with a comma in its title line as columns, not one column", () => {
      expect(
        readCsv(utf8("Export casussen, deBasis Veendam\nCasusnummer;Aanmelddatum\n1;3-1-2024\n"))
          .rows
      ).toEqual([
        ["Export casussen, deBasis Veendam"],
        ["Casusnummer", "Aanmelddatum"],
        ["1", "3-1-2024"],
      ]);
    });

    it("reads a single column", () => {
      expect(readCsv(utf8("Casusnummer\n1\n2")).rows).toEqual([["Casusnummer"], ["1"], ["2"]]);
    });
  });
});

describe("detectDelimiter", () => {
  it("picks the delimiter the lines agree on", () => {
    expect(detectDelimiter("Casusnummer;Cliëntnummer;Team\n1;2;3")).toBe(";");
    expect(detectDelimiter('a,b,c\n"1,5",2,3')).toBe(",");
    expect(detectDelimiter("a\tb\n1\t2")).toBe("\t");
  });

  describe("edge cases", () => {
    it("skips a title line without delimiters", () => {
      expect(detectDelimiter("Export casussen\nCasusnummer;Team\n")).toBe(";");
    });

    it("is not misled by a title line with a comma above a ;-separated header", () => {
      const text =
        "Export casussen, deBasis Veendam\nCasusnummer;Team;Klantoordeel\n1;Noord;8,5\n2;Zuid;7\n";
      expect(detectDelimiter(text)).toBe(";");
    });

    it("is not misled by a title line with semicolons above a ,-separated header", () => {
      expect(detectDelimiter("Export; t/m Q3; 2024\nCasusnummer,Team\n1,Noord\n2,Zuid\n")).toBe(
        ","
      );
    });

    it("prefers the delimiter giving more fields when as many lines agree on each", () => {
      // ; gives 3 fields on both lines, , gives 2 fields on both lines.
      expect(detectDelimiter("Naam;Team;Cijfer,oud\nA;Noord;8,5\n")).toBe(";");
      expect(detectDelimiter("Naam,Team,Cijfer;oud\nA,Noord,8;5\n")).toBe(",");
    });

    it("counts a quoted field with a line break as part of its line", () => {
      expect(detectDelimiter('Titel, met komma\na;b;c\n"x\ny, z";2;3\n4;5;6\n')).toBe(";");
    });

    it("ignores delimiters inside quotes", () => {
      expect(detectDelimiter('"Reden, toelichting";Team;Wijk\n')).toBe(";");
    });

    it('falls back to "," when no line has a delimiter', () => {
      expect(detectDelimiter("Casusnummer\n1\n")).toBe(",");
    });
  });
});

describe("decodeText", () => {
  it("decodes UTF-8 and strips the byte order mark", () => {
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, 0x43, 0x6c, 0x69, 0xc3, 0xab])).text).toBe(
      "Clië"
    );
  });

  it("falls back to Windows-1252 when the bytes are not UTF-8", () => {
    expect(decodeText(new Uint8Array([0x43, 0x6c, 0x69, 0xeb, 0x6e, 0x74]))).toEqual({
      text: "Cliënt",
      encoding: "windows-1252",
      badBytes: [],
    });
  });

  it("reads a UTF-8 file with a stray byte as UTF-8 and lists the byte", () => {
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, 0xc3, 0xab, 0x3b, 0xe9, 0x72]))).toEqual({
      text: "ë;ér",
      encoding: "utf-8",
      badBytes: [{ byte: 0xe9, index: 2, char: "é" }],
    });
  });

  it("reads a file as Windows-1252 when its invalid bytes outnumber its UTF-8 characters", () => {
    expect(decodeText(new Uint8Array([0xc3, 0xab, 0x20, 0xeb, 0x20, 0xe9])).encoding).toBe(
      "windows-1252"
    );
  });

  describe("edge cases", () => {
    it("decodes the Windows-1252 bytes 0x80–0x9F as their characters (€, quotes, dashes)", () => {
      expect(
        decodeText(new Uint8Array([0x80, 0x20, 0x91, 0x61, 0x92, 0x20, 0x96, 0x20, 0x85, 0xeb]))
          .text
      ).toBe("€ ‘a’ – …ë");
    });

    it("returns an empty string for no bytes", () => {
      expect(decodeText(new Uint8Array()).text).toBe("");
    });
  });
});
