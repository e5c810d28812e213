import fc from "fast-check";
import { decodeUtf8Piece } from "../../src/cli/decodeUtf8Piece";

const decoder = new TextDecoder("utf-8", { ignoreBOM: true });

/** Characters of Dutch exports and beyond: ASCII, Latin-1, other BMP, astral, BOM, NUL. */
const character = fc.oneof(
  fc.constantFrom("a", ";", "\n", "\r", '"', "?", "\u0000", "ë", "é", "ÿ", "\u0080", "\u00a0"),
  fc.constantFrom("€", "’", "Ā", "\ufeff", "\u200b", "𝄞", "\ufffd"),
  fc.integer({ min: 0, max: 0xff }).map((code) => String.fromCharCode(code)),
  fc.string({ unit: "grapheme" })
);
/** A character beyond Latin-1 as "x". */
const toLatin1 = (char: string): string => ((char.codePointAt(0) ?? 0) > 0xff ? "x" : char);
/** Texts that are mostly Latin-1, so that both ways of decoding are taken. */
const text = fc
  .tuple(fc.array(character, { maxLength: 60 }), fc.boolean())
  .map(([parts, latin1Only]) =>
    parts.map((part) => (latin1Only ? [...part].map(toLatin1).join("") : part)).join("")
  );

describe("decodeUtf8Piece", () => {
  it("gives the text TextDecoder gives, for any valid UTF-8", () => {
    fc.assert(
      fc.property(text, (value) => {
        const piece = new Uint8Array(Buffer.from(value, "utf8"));
        expect(decodeUtf8Piece(decoder, piece)).toBe(decoder.decode(piece));
        expect(decodeUtf8Piece(decoder, piece)).toBe(value);
      }),
      { numRuns: 1000 }
    );
  });

  it("transcodes a Latin-1 piece without the decoder, and leaves any other to it", () => {
    const decode = jest.spyOn(decoder, "decode");
    const piece = (value: string): Uint8Array => new Uint8Array(Buffer.from(value, "utf8"));
    expect(decodeUtf8Piece(decoder, piece("Cliëntnummer;Team\nCafé ÿ\u0080;1\n"))).toBe(
      "Cliëntnummer;Team\nCafé ÿ\u0080;1\n"
    );
    expect(decode).not.toHaveBeenCalled();
    // One character beyond Latin-1 anywhere: € (3 bytes), a BOM, an astral character.
    for (const other of ["Cliënt € 5\n", "\ufeffCasus\n", "a𝄞b\n", "Ā"]) {
      expect(decodeUtf8Piece(decoder, piece(other))).toBe(other);
    }
    expect(decode).toHaveBeenCalledTimes(4);
    decode.mockRestore();
  });

  it("reads a piece in the middle of a multi-megabyte export exactly", () => {
    const line = "1000001;191941;Individueel traject;9-3-2022;Cliënt tevreden;Zoë;ß\n";
    const value = line.repeat(20_000);
    const piece = new Uint8Array(Buffer.from(value, "utf8"));
    expect(decodeUtf8Piece(decoder, piece)).toBe(value);
  });
});

describe("decodeUtf8Piece on a Node.js without ICU", () => {
  it("decodes with the decoder when node:buffer has no transcode", () => {
    jest.isolateModules(() => {
      jest.doMock("node:buffer", () => ({
        ...jest.requireActual("node:buffer"),
        transcode: undefined,
      }));
      const { decodeUtf8Piece: withoutIcu } = require("../../src/cli/decodeUtf8Piece") as {
        decodeUtf8Piece: typeof decodeUtf8Piece;
      };
      const piece = new Uint8Array(Buffer.from("Cliënt;Team\n", "utf8"));
      const decode = jest.spyOn(decoder, "decode");
      expect(withoutIcu(decoder, piece)).toBe("Cliënt;Team\n");
      expect(decode).toHaveBeenCalledTimes(1);
      decode.mockRestore();
    });
    jest.dontMock("node:buffer");
  });
});
