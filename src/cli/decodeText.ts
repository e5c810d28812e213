/**
 * Decoding of text files as Dutch registration systems and Excel write them.
 *
 * @module
 */
import { isUtf8 } from "node:buffer";
import { Utf8PieceDecoder } from "./Utf8PieceDecoder";
import { findInvalidUtf8 } from "./findInvalidUtf8";

/** The encodings {@link decodeText} recognises. */
export type TextEncodingName = "utf-8" | "utf-16le" | "utf-16be" | "windows-1252";

/** A byte that is not valid UTF-8 in a file that is otherwise UTF-8. */
export interface BadByte {
  /** The byte (0x80–0xFF). */
  readonly byte: number;
  /** Index in the decoded text of the character it was read as. */
  readonly index: number;
  /** The character it was read as: its Windows-1252 meaning. */
  readonly char: string;
  /**
   * In a file read as Windows-1252: the bytes of a valid UTF-8 sequence (`char` is then their
   * Windows-1252 reading, e.g. "Ã©") and `asUtf8` what they would be as UTF-8 ("é").
   */
  readonly sequence?: readonly number[];
  /** See {@link BadByte.sequence}. */
  readonly asUtf8?: string;
}

/** The result of {@link decodeText}. */
export interface DecodedText {
  /** The text, without byte order mark. */
  readonly text: string;
  /** How the bytes were read. */
  readonly encoding: TextEncodingName;
  /** Bytes of a UTF-8 file that are not UTF-8, each read as its Windows-1252 character. */
  readonly badBytes: readonly BadByte[];
}

/** The result of {@link decodeTextPieces}. */
export interface DecodedTextPieces {
  /** The text in pieces, without byte order mark; decoded as they are taken. */
  readonly pieces: Iterable<string>;
  /** How the bytes were read. */
  readonly encoding: TextEncodingName;
  /** As {@link DecodedText.badBytes}; their `index` counts in the pieces joined. */
  readonly badBytes: readonly BadByte[];
}

/**
 * Windows-1252 characters for the bytes 0x80–0x9F (undefined bytes stay as they are).
 * Node's `TextDecoder('windows-1252')` decodes these bytes as Latin-1 control characters
 * (U+0080–U+009F) instead of €, ‘, ’, “, ” …, so they are mapped here.
 */
const WINDOWS_1252_HIGH = "€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ";

/** How many bytes from the start {@link detectUtf16} looks at. */
const UTF16_SAMPLE_BYTES = 4096;

/**
 * Decodes the bytes of a text file:
 * - UTF-16 LE or BE when the file starts with its byte order mark (FF FE / FE FF), or, without
 *   one, when most bytes at odd (LE) or even (BE) positions of the first 4 KB are zero (Excel's
 *   "Unicode-tekst" is UTF-16 LE, tab separated);
 * - else UTF-8, also when a few bytes are not UTF-8 (a name typed in another program): each
 *   such byte is read as its Windows-1252 character and listed in `badBytes`;
 * - Windows-1252 for the whole file (what Excel on Windows writes for "CSV (gescheiden door
 *   lijstscheidingsteken)") when the file is not mostly UTF-8: no valid multi-byte UTF-8
 *   sequence at all, or more invalid bytes than valid multi-byte sequences.
 *
 * A byte order mark is removed.
 *
 * @param bytes - the file's content
 * @returns the text, the encoding, and the bad bytes of a UTF-8 file
 *
 * @example
 * decodeText(new Uint8Array([0x43, 0x6c, 0x69, 0xeb])).text; // 'Clië' (Windows-1252)
 * decodeText(new Uint8Array([0xc3, 0xab, 0xe9])).badBytes; // [{ byte: 0xe9, index: 1, char: 'é' }]
 */
export function decodeText(bytes: Uint8Array): DecodedText {
  const utf16 = detectUtf16(bytes);
  if (utf16 !== undefined) {
    const text = new TextDecoder(utf16, { ignoreBOM: true }).decode(bytes);
    return { text: stripBom(text), encoding: utf16, badBytes: [] };
  }
  try {
    const text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bytes);
    return { text: stripBom(text), encoding: "utf-8", badBytes: [] };
  } catch {
    // Not valid UTF-8: decided below by how many bytes are bad.
  }
  const { invalid, multiByte, sequences } = findInvalidUtf8(bytes);
  if (multiByte === 0 || invalid.length > multiByte)
    return decodeMostlyWindows1252(bytes, sequences);
  return decodeMostlyUtf8(bytes, invalid);
}

/** How many bytes {@link decodeTextPieces} decodes into one piece. */
const PIECE_BYTES = 1 << 20;

/**
 * The text of {@link decodeText}, in pieces of about a megabyte decoded one at a time (a
 * piece may end anywhere in a line), so that a large file is never one string: valid UTF-8
 * and UTF-16 are decoded as they are taken; a file with bytes that are not UTF-8 is decoded
 * whole by {@link decodeText} and handed over as one piece.
 *
 * @param bytes - the file's content
 * @param pieceBytes - bytes per piece (for tests)
 * @returns the pieces, the encoding, and the bad bytes of a UTF-8 file
 *
 * @example
 * [...decodeTextPieces(new Uint8Array([0xef, 0xbb, 0xbf, 0x41, 0xc3, 0xab]), 2).pieces];
 * // ['', 'A', 'ë']
 */
export function decodeTextPieces(bytes: Uint8Array, pieceBytes = PIECE_BYTES): DecodedTextPieces {
  const encoding = detectUtf16(bytes) ?? (isUtf8(bytes) ? "utf-8" : undefined);
  if (encoding === undefined) {
    const { text, encoding: whole, badBytes } = decodeText(bytes);
    return { pieces: [text], encoding: whole, badBytes };
  }
  return { pieces: decodePieces(bytes, encoding, pieceBytes), encoding, badBytes: [] };
}

/**
 * Valid UTF-8 decoded in pieces of about `pieceBytes`, each cut after its last line feed (as
 * {@link decodeTextPieces} does), with the byte order mark left in: for a part of a file that
 * starts after a line feed (the second half of a file read in two threads), where U+FEFF is
 * a character of the text.
 *
 * @param bytes - valid UTF-8 (check with `isUtf8`)
 * @param pieceBytes - bytes per piece
 * @returns the pieces
 * @example
 * [...decodeUtf8Pieces(new Uint8Array([0x41, 0x0a, 0xc3, 0xab]), 2)]; // ['A\n', 'ë']
 */
export function* decodeUtf8Pieces(
  bytes: Uint8Array,
  pieceBytes = PIECE_BYTES
): Generator<string, void, undefined> {
  const decoder = new Utf8PieceDecoder();
  for (let at = 0, end = 0; at < bytes.length; at = end) {
    end = utf8PieceEnd(bytes, at, pieceBytes);
    yield decoder.decode(bytes.subarray(at, end));
  }
}

function* decodePieces(
  bytes: Uint8Array,
  encoding: TextEncodingName,
  pieceBytes: number
): Generator<string, void, undefined> {
  // UTF-8 a whole piece at a time: Node decodes it fast only when not asked to stream.
  const pieces =
    encoding === "utf-8"
      ? decodeUtf8Pieces(bytes, pieceBytes)
      : streamedPieces(bytes, encoding, pieceBytes);
  let atStart = true;
  for (let piece of pieces) {
    if (atStart && piece.length > 0) {
      piece = stripBom(piece);
      atStart = false;
    }
    yield piece;
  }
}

/** UTF-16 (or another encoding) decoded in pieces of `pieceBytes`, with the BOM left in. */
function* streamedPieces(
  bytes: Uint8Array,
  encoding: TextEncodingName,
  pieceBytes: number
): Generator<string, void, undefined> {
  const decoder = new TextDecoder(encoding, { ignoreBOM: true });
  for (let at = 0; at < bytes.length; at += pieceBytes) {
    const end = Math.min(at + pieceBytes, bytes.length);
    yield decoder.decode(bytes.subarray(at, end), { stream: end < bytes.length });
  }
}

/**
 * Where a piece of valid UTF-8 from `at` ends: after its last line feed, so that a reader of
 * lines seldom has to join the end of one piece to the next (a join costs a copy), else before
 * the lead byte of the character the piece's end would cut (after it, for a piece that short).
 */
function utf8PieceEnd(bytes: Uint8Array, at: number, pieceBytes: number): number {
  let end = at + pieceBytes;
  if (end >= bytes.length) return bytes.length;
  const lineFeed = bytes.lastIndexOf(0x0a, end - 1);
  if (lineFeed >= at) return lineFeed + 1;
  let cut = end;
  while (cut > at && isContinuation(bytes[cut])) cut--;
  if (cut > at) return cut;
  while (end < bytes.length && isContinuation(bytes[end])) end++;
  return end;
}

/** Whether a byte continues a UTF-8 sequence (10xxxxxx). */
function isContinuation(byte: number | undefined): boolean {
  return byte !== undefined && (byte & 0xc0) === 0x80;
}

/**
 * UTF-16 LE or BE by byte order mark, else by the zero bytes of the first 4 KB: text in a
 * Latin script has a zero high byte in nearly every character, and UTF-8 or Windows-1252
 * text has no zero bytes at all.
 *
 * @param bytes - The file's content, or at least its first 4 KB.
 * @returns The UTF-16 encoding, or undefined for any other text.
 * @example
 * detectUtf16(new Uint8Array([0xff, 0xfe, 0x41, 0x00])); //=> "utf-16le"
 */
export function detectUtf16(bytes: Uint8Array): "utf-16le" | "utf-16be" | undefined {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return "utf-16le";
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return "utf-16be";
  const pairs = Math.floor(Math.min(bytes.length, UTF16_SAMPLE_BYTES) / 2);
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < pairs; i++) {
    if (bytes[2 * i] === 0) evenZeros++;
    if (bytes[2 * i + 1] === 0) oddZeros++;
  }
  if (oddZeros * 2 > pairs && evenZeros * 10 < oddZeros) return "utf-16le";
  if (evenZeros * 2 > pairs && oddZeros * 10 < evenZeros) return "utf-16be";
  return undefined;
}

/** UTF-8 between the invalid bytes; each invalid byte as its Windows-1252 character. */
function decodeMostlyUtf8(bytes: Uint8Array, invalid: readonly number[]): DecodedText {
  const decoder = new TextDecoder("utf-8", { ignoreBOM: true });
  const parts: string[] = [];
  const badBytes: BadByte[] = [];
  let length = 0;
  let from = 0;
  for (const at of invalid) {
    const valid = decoder.decode(bytes.subarray(from, at));
    const byte = bytes[at] as number;
    const char = windows1252Char(byte);
    parts.push(valid, char);
    length += valid.length;
    badBytes.push({ byte, index: length, char });
    length += char.length;
    from = at + 1;
  }
  parts.push(decoder.decode(bytes.subarray(from)));
  const text = parts.join("");
  if (text.charCodeAt(0) !== 0xfeff) return { text, encoding: "utf-8", badBytes };
  return {
    text: text.slice(1),
    encoding: "utf-8",
    badBytes: badBytes.map((bad) => ({ ...bad, index: bad.index - 1 })),
  };
}

/**
 * A file with more bytes that are not UTF-8 than valid UTF-8 sequences is read as
 * Windows-1252 as a whole; its valid UTF-8 sequences (if any) may still be UTF-8 text of a
 * mixed file ("CafÃ©"), so each is returned as a doubtful one, never silently.
 */
function decodeMostlyWindows1252(
  bytes: Uint8Array,
  sequences: readonly (readonly [number, number])[]
): DecodedText {
  const text = decodeWindows1252(bytes);
  const utf8 = new TextDecoder("utf-8");
  // Windows-1252 is one character per byte, so a byte's offset is its character's index.
  const badBytes: BadByte[] = sequences.map(([at, length]) => {
    const sequence = [...bytes.subarray(at, at + length)];
    return {
      byte: sequence[0] as number,
      index: at,
      char: text.slice(at, at + length),
      sequence,
      asUtf8: utf8.decode(bytes.subarray(at, at + length)),
    };
  });
  return { text, encoding: "windows-1252", badBytes };
}

function decodeWindows1252(bytes: Uint8Array): string {
  return new TextDecoder("windows-1252")
    .decode(bytes)
    .replace(/[\u0080-\u009f]/g, (c) => WINDOWS_1252_HIGH.charAt(c.charCodeAt(0) - 0x80));
}

/** The Windows-1252 character of a byte 0x80–0xFF. */
function windows1252Char(byte: number): string {
  return byte < 0xa0 ? WINDOWS_1252_HIGH.charAt(byte - 0x80) : String.fromCharCode(byte);
}

function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
