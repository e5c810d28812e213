/**
 * Decoding the pieces of a UTF-8 file, fast while their characters are all Latin-1.
 *
 * @module
 */
import { transcode } from "node:buffer";

/**
 * Decodes the pieces of one UTF-8 file, each valid UTF-8 cut only between characters (check
 * with `isUtf8`). Dutch text (ASCII plus é, ë, ï, ö …) is all Latin-1 (U+0000–U+00FF): such a
 * piece is transcoded to Latin-1 bytes by Node's ICU and copied into a one-byte string, in
 * about half the time `TextDecoder` takes. A piece with a character beyond Latin-1 (a ş in a
 * name, a €, Word's ’) is decoded by `TextDecoder`, and so is every piece after it: where one
 * such character is, more usually follow, and each failed try costs a transcoding and two
 * counts. The text is the same either way; a byte order mark stays in the text (as with
 * `ignoreBOM`), and one at the start of a piece does not keep the rest from being transcoded.
 *
 * Whether a piece is all Latin-1 is read from the lengths: a character in U+0080–U+00FF is
 * the two bytes C2 xx or C3 xx and becomes one byte. A character beyond Latin-1 is two to four
 * bytes without a C2 or C3 and becomes one byte ("?") or none, so the transcoded bytes are then
 * fewer than the piece's bytes less its C2 and C3 bytes.
 *
 * @example
 * const decoder = new Utf8PieceDecoder();
 * decoder.decode(Buffer.from("Cliënt;Team\n")); //=> "Cliënt;Team\n" (transcoded)
 * decoder.decode(Buffer.from("€ 5\n")); //=> "€ 5\n" (TextDecoder, from now on)
 */
export class Utf8PieceDecoder {
  private readonly decoder = new TextDecoder("utf-8", { ignoreBOM: true });
  // A Node.js built without ICU has no `transcode`.
  private isLatin1 = typeof transcode === "function";

  /**
   * @param piece - valid UTF-8, whole characters
   * @returns its text
   */
  decode(piece: Uint8Array): string {
    if (this.isLatin1) {
      // Excel's "CSV UTF-8" starts with a byte order mark (EF BB BF), beyond Latin-1 itself.
      const hasBom = piece[0] === 0xef && piece[1] === 0xbb && piece[2] === 0xbf;
      const text = latin1Text(hasBom ? piece.subarray(3) : piece);
      if (text !== undefined) return hasBom ? BOM + text : text;
      this.isLatin1 = false;
    }
    return this.decoder.decode(piece);
  }
}

const BOM = "\ufeff";

/** The text of a piece of valid UTF-8 whose characters are all Latin-1, else undefined. */
function latin1Text(piece: Uint8Array): string | undefined {
  const bytes = Buffer.from(piece.buffer, piece.byteOffset, piece.byteLength);
  const latin1 = transcode(bytes, "utf8", "latin1");
  if (latin1.length !== bytes.length - countByte(bytes, 0xc2) - countByte(bytes, 0xc3))
    return undefined;
  return latin1.toString("latin1");
}

/** How often `byte` occurs in `bytes` (each `indexOf` is a native search). */
function countByte(bytes: Buffer, byte: number): number {
  let count = 0;
  for (let at = bytes.indexOf(byte); at >= 0; at = bytes.indexOf(byte, at + 1)) count++;
  return count;
}
