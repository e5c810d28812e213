import fc from "fast-check";
import { Utf8PieceDecoder } from "../../src/cli/Utf8PieceDecoder";

const reference = new TextDecoder("utf-8", { ignoreBOM: true });

/** Characters of Dutch exports and beyond: ASCII, Latin-1, other BMP, astral, BOM, NUL. */
const character = fc.oneof(
  fc.constantFrom("a", ";", "\n", "\r", '"', "?", "\u0000", "ë", "é", "ÿ", "\u0080", "\u00a0"),
  fc.constantFrom("€", "’", "ş", "Ā", "\ufeff", "\u200b", "𝄞", "\ufffd"),
  fc.integer({ min: 0, max: 0xff }).map((code) => String.fromCharCode(code)),
  fc.string({ unit: "grapheme" })
);
/** A character beyond Latin-1 as "x". */
const toLatin1 = (char: string): string => ((char.codePointAt(0) ?? 0) > 0xff ? "x" : char);
/** Texts that are all Latin-1 or not, so that both ways of decoding are taken. */
const text = fc
  .tuple(fc.array(character, { maxLength: 60 }), fc.boolean())
  .map(([parts, latin1Only]) =>
    parts.map((part) => (latin1Only ? [...part].map(toLatin1).join("") : part)).join("")
  );

/** The UTF-8 bytes of a text, at an offset in a larger buffer (as a file's pieces are). */
function pieceOf(value: string, before: number, after: number): Uint8Array {
  const bytes = Buffer.from(value, "utf8");
  const whole = new Uint8Array(before + bytes.length + after).fill(0xc3);
  whole.set(bytes, before);
  return whole.subarray(before, before + bytes.length);
}

describe("Utf8PieceDecoder", () => {
  it("gives the text TextDecoder gives, for any valid UTF-8 at any offset of its buffer", () => {
    fc.assert(
      fc.property(
        fc.array(text, { minLength: 1, maxLength: 4 }),
        fc.nat(9),
        fc.nat(9),
        (values, before, after) => {
          // One decoder for the pieces of one file: a piece beyond Latin-1 turns the transcoding off.
          const decoder = new Utf8PieceDecoder();
          for (const value of values) {
            const piece = pieceOf(value, before, after);
            expect(decoder.decode(piece)).toBe(reference.decode(piece));
            expect(decoder.decode(piece)).toBe(value);
          }
        }
      ),
      { numRuns: 1000 }
    );
  });

  it("transcodes Latin-1 pieces without TextDecoder until a piece holds another character", () => {
    const decode = jest.spyOn(TextDecoder.prototype, "decode");
    const decoder = new Utf8PieceDecoder();
    const piece = (value: string): Uint8Array => pieceOf(value, 3, 5);
    expect(decoder.decode(piece("Cliëntnummer;Team\n"))).toBe("Cliëntnummer;Team\n");
    expect(decoder.decode(piece("Café ÿ\u0080;1\n"))).toBe("Café ÿ\u0080;1\n");
    expect(decode).not.toHaveBeenCalled();
    expect(decoder.decode(piece("Şahin;€ 5\n"))).toBe("Şahin;€ 5\n");
    expect(decoder.decode(piece("Zoë;2\n"))).toBe("Zoë;2\n");
    expect(decode).toHaveBeenCalledTimes(2);
    decode.mockRestore();
  });

  it("transcodes the rest of a piece that starts with a byte order mark (Excel's CSV UTF-8)", () => {
    const decode = jest.spyOn(TextDecoder.prototype, "decode");
    const decoder = new Utf8PieceDecoder();
    expect(decoder.decode(pieceOf("\ufeffCasusnummer;Cliënt\n", 0, 4))).toBe(
      "\ufeffCasusnummer;Cliënt\n"
    );
    expect(decoder.decode(pieceOf("\ufeff", 2, 0))).toBe("\ufeff");
    expect(decoder.decode(pieceOf("1;Zoë\n", 0, 0))).toBe("1;Zoë\n");
    expect(decode).not.toHaveBeenCalled();
    decode.mockRestore();
  });

  it("leaves a piece with any character beyond Latin-1 to TextDecoder", () => {
    // One such character anywhere: € (3 bytes), a BOM after the start (dropped by ICU), an
    // astral character.
    for (const other of ["Cliënt € 5\n", "a\ufeffCasus\n", "a𝄞b\n", "Ā", "ë\u200bë"]) {
      const decode = jest.spyOn(TextDecoder.prototype, "decode");
      expect(new Utf8PieceDecoder().decode(pieceOf(other, 1, 1))).toBe(other);
      expect(decode).toHaveBeenCalledTimes(1);
      decode.mockRestore();
    }
  });
});

describe("Utf8PieceDecoder on a Node.js without ICU", () => {
  it("decodes every piece with TextDecoder when node:buffer has no transcode", () => {
    jest.isolateModules(() => {
      jest.doMock("node:buffer", () => ({
        ...jest.requireActual<typeof import("node:buffer")>("node:buffer"),
        transcode: undefined,
      }));
      const { Utf8PieceDecoder: WithoutIcu } = require("../../src/cli/Utf8PieceDecoder") as {
        Utf8PieceDecoder: typeof Utf8PieceDecoder;
      };
      const decode = jest.spyOn(TextDecoder.prototype, "decode");
      expect(new WithoutIcu().decode(pieceOf("Cliënt;Team\n", 2, 2))).toBe("Cliënt;Team\n");
      expect(decode).toHaveBeenCalledTimes(1);
      decode.mockRestore();
    });
    jest.dontMock("node:buffer");
  });
});
