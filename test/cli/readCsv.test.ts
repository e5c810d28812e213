import { readFileSync } from "node:fs";
import { join } from "node:path";
import { decodeText } from "../../src/cli/decodeText";
import { detectDelimiter, readCsv } from "../../src/cli/readCsv";

const FIXTURES = join(__dirname, "..", "fixtures", "cli");
const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

describe("readCsv", () => {
  it("reads a ;-separated Windows-1252 export with CRLF line ends", () => {
    const rows = readCsv(readFileSync(join(FIXTURES, "cases-windows1252.csv")));
    expect(rows).toHaveLength(11);
    expect(rows[0]?.slice(0, 3)).toEqual(["Casusnummer", "Cliëntnummer", "Soort traject"]);
    expect(rows[1]?.[10]).toBe("Beëindigd volgens plan");
    expect(rows[10]?.[0]).toBe("Totaal");
  });

  it("reads a ,-separated UTF-8 export with a byte order mark and quoted fields", () => {
    const rows = readCsv(readFileSync(join(FIXTURES, "cases-utf8-bom.csv")));
    expect(rows).toHaveLength(11);
    expect(rows[0]?.[0]).toBe("Casusnummer"); // no BOM left in the first header
    expect(rows[0]?.[2]).toBe("Soort traject");
    expect(rows[1]?.[4]).toBe("2023-01-02");
  });

  it("keeps delimiters, quotes and line breaks inside quoted fields", () => {
    expect(readCsv(utf8('a;b\n"x;y";"regel 1\nregel 2"\n"zei ""ja""";\n'))).toEqual([
      ["a", "b"],
      ["x;y", "regel 1\nregel 2"],
      ['zei "ja"', ""],
    ]);
  });

  it("keeps decimal commas in a ;-separated file", () => {
    expect(readCsv(utf8("Klantoordeel;Team\n8,5;Noord\n"))).toEqual([
      ["Klantoordeel", "Team"],
      ["8,5", "Noord"],
    ]);
  });

  describe("edge cases", () => {
    it("returns no rows for an empty file", () => {
      expect(readCsv(new Uint8Array())).toEqual([]);
    });

    it("keeps an empty line in the middle (row numbers stay line numbers) but drops trailing ones", () => {
      expect(readCsv(utf8("a;b\n\n1;2\n\n"))).toEqual([["a", "b"], [""], ["1", "2"]]);
    });

    it("reads a ;-separated export with a comma in its title line as columns, not one column", () => {
      expect(
        readCsv(utf8("Export casussen, deBasis Veendam\nCasusnummer;Aanmelddatum\n1;3-1-2024\n"))
      ).toEqual([
        ["Export casussen, deBasis Veendam"],
        ["Casusnummer", "Aanmelddatum"],
        ["1", "3-1-2024"],
      ]);
    });

    it("reads a single column", () => {
      expect(readCsv(utf8("Casusnummer\n1\n2"))).toEqual([["Casusnummer"], ["1"], ["2"]]);
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
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, 0x43, 0x6c, 0x69, 0xc3, 0xab]))).toBe(
      "Clië"
    );
  });

  it("falls back to Windows-1252 when the bytes are not UTF-8", () => {
    expect(decodeText(new Uint8Array([0x43, 0x6c, 0x69, 0xeb, 0x6e, 0x74]))).toBe("Cliënt");
  });

  describe("edge cases", () => {
    it("decodes the Windows-1252 bytes 0x80–0x9F as their characters (€, quotes, dashes)", () => {
      expect(
        decodeText(new Uint8Array([0x80, 0x20, 0x91, 0x61, 0x92, 0x20, 0x96, 0x20, 0x85, 0xeb]))
      ).toBe("€ ‘a’ – …ë");
    });

    it("returns an empty string for no bytes", () => {
      expect(decodeText(new Uint8Array())).toBe("");
    });
  });
});
