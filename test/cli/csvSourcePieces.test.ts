import fc from "fast-check";
import { closeSync, mkdtempSync, openSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { CsvNotSplittableError, csvSourcePieces } from "../../src/cli/csvSourcePieces";

const folder = mkdtempSync(join(tmpdir(), "wm-pieces-"));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

/** `bytes` written to a file, opened for `use`. */
function withFile<T>(bytes: Uint8Array, use: (fd: number) => T): T {
  const path = join(folder, "export.csv");
  writeFileSync(path, bytes);
  const fd = openSync(path, "r");
  try {
    return use(fd);
  } finally {
    closeSync(fd);
  }
}

/** Text of one-, two-, three- and four-byte characters, line feeds, long lines. */
const text = fc
  .array(fc.constantFrom("a", ";", "\n", "\r\n", "ë", "€", "𝄞", "\ufeff", "x".repeat(40)), {
    maxLength: 200,
  })
  .map((parts) => parts.join(""));

describe("csvSourcePieces", () => {
  it("gives the text of the bytes, in memory and from a file, for any piece size", () => {
    fc.assert(
      fc.property(text, fc.integer({ min: 1, max: 64 }), fc.nat(), (value, pieceBytes, seed) => {
        const bytes = new Uint8Array(Buffer.from(value, "utf8"));
        // A range between two characters: the start of a line, or the whole text.
        const lineStart = bytes.indexOf(0x0a, seed % (bytes.length + 1)) + 1;
        const from = lineStart > 0 && lineStart < bytes.length ? lineStart : 0;
        const expected = new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes.subarray(from));
        const inMemory = [...csvSourcePieces(bytes, from, bytes.length, pieceBytes)];
        const fromFile = withFile(bytes, (fd) => [
          ...csvSourcePieces({ fd, length: bytes.length }, from, bytes.length, pieceBytes),
        ]);
        expect(inMemory.join("")).toBe(expected);
        expect(fromFile.join("")).toBe(expected);
      }),
      { numRuns: 300 }
    );
  });

  it("ends a file's pieces after their last line feed", () => {
    // Pieces of at least 8 bytes: "ab\ncd\nef" is cut after "cd\n", "ef" read again.
    const bytes = new Uint8Array(Buffer.from("ab\ncd\nefg\nhi", "utf8"));
    const pieces = withFile(bytes, (fd) => [...csvSourcePieces({ fd, length: 12 }, 0, 12, 8)]);
    expect(pieces).toEqual(["ab\ncd\n", "efg\nhi"]);
  });

  it("throws for a file with a byte that is not UTF-8, wherever it is", () => {
    fc.assert(
      fc.property(text, fc.nat(), fc.constantFrom(0x80, 0xc3, 0xe9, 0xff), (value, at, bad) => {
        const bytes = new Uint8Array([...Buffer.from(value, "utf8"), 0x0a]);
        bytes[at % bytes.length] = bad;
        const read = (): string[] =>
          withFile(bytes, (fd) => [
            ...csvSourcePieces({ fd, length: bytes.length }, 0, bytes.length, 16),
          ]);
        if (Buffer.from(bytes).toString("utf8").includes("\ufffd"))
          expect(read).toThrow(CsvNotSplittableError);
        else expect(read().join("")).toBe(Buffer.from(bytes).toString("utf8"));
      }),
      { numRuns: 300 }
    );
  });

  describe("edge cases", () => {
    it("keeps a character whole when a line is longer than a piece", () => {
      const bytes = new Uint8Array(Buffer.from("ëëëëëëëëëë", "utf8"));
      const pieces = withFile(bytes, (fd) => [...csvSourcePieces({ fd, length: 20 }, 0, 20, 9)]);
      expect(pieces.join("")).toBe("ëëëëëëëëëë");
      expect(pieces.every((piece) => !piece.includes("\ufffd"))).toBe(true);
    });

    it("throws when the file is shorter than its length", () => {
      const bytes = new Uint8Array(Buffer.from("a;b\n1;2\n", "utf8"));
      expect(() =>
        withFile(bytes, (fd) => [...csvSourcePieces({ fd, length: 20 }, 0, 20, 4)])
      ).toThrow(CsvNotSplittableError);
    });

    it("gives nothing for an empty range", () => {
      const bytes = new Uint8Array(Buffer.from("a\n", "utf8"));
      expect(withFile(bytes, (fd) => [...csvSourcePieces({ fd, length: 2 }, 2, 2)])).toEqual([]);
    });
  });
});
