/**
 * The text of a CSV file read in two parts, from memory or from the open file.
 *
 * @module
 */
import { isUtf8 } from "node:buffer";
import { fstatSync, readSync } from "node:fs";
import { decodeUtf8Pieces } from "./decodeText";
import { Utf8PieceDecoder } from "./Utf8PieceDecoder";

/**
 * An open CSV file (`openCsvFile`) read in two parts: a descriptor is a number of the
 * process, so a worker thread reads it as the thread that opened it does.
 */
export interface CsvFile {
  /** The file's descriptor (open for reading). */
  readonly fd: number;
  /** The file's size when it was opened: what is read. */
  readonly length: number;
}

/**
 * A piece of a file read in two parts that is not UTF-8, or a file that is not the size it
 * had: the two parts cannot give the result of one thread, which must read the file then.
 */
export class CsvNotSplittableError extends Error {
  constructor(reason: string) {
    super(`csvSourcePieces: ${reason}`);
    this.name = "CsvNotSplittableError";
  }
}

/**
 * Whether an open file still has the size it had when it was opened.
 *
 * @param file - The file.
 * @returns Whether its size is `file.length`.
 * @example
 * if (!isUnchangedCsvFile(file)) throw new CsvNotSplittableError("the file changed");
 */
export function isUnchangedCsvFile(file: CsvFile): boolean {
  return fstatSync(file.fd).size === file.length;
}

/** A CSV file's bytes: in memory, or an open file read a piece at a time. */
export type CsvSource = Uint8Array | CsvFile;

/** How many bytes {@link csvSourcePieces} decodes into one piece. */
const PIECE_BYTES = 1 << 20;

/**
 * UTF-8 from byte `from` to byte `to` of a {@link CsvSource}, decoded in pieces of about a
 * megabyte, each ending after its last line feed (else at a character's boundary), with a
 * byte order mark left in (as `decodeUtf8Pieces`). Bytes in memory must be valid UTF-8; a
 * file is read into one buffer of the piece's size, again and again (its bytes are never all
 * in memory at once), and each piece is checked (`isUtf8`) before it is decoded.
 *
 * @param source - The bytes, or the open file.
 * @param from - The first byte (at a character's boundary).
 * @param to - The end (at a character's boundary).
 * @param pieceBytes - Bytes per piece (for tests).
 * @returns The pieces.
 * @throws {CsvNotSplittableError} When a piece of a file is not UTF-8, or the file ends
 *   before `to` (it became shorter while it was read).
 * @example
 * for (const text of csvSourcePieces({ fd, length }, 0, cutAt)) splitter.push(text);
 */
export function csvSourcePieces(
  source: CsvSource,
  from: number,
  to: number,
  pieceBytes = PIECE_BYTES
): Iterable<string> {
  return source instanceof Uint8Array
    ? decodeUtf8Pieces(source.subarray(from, to), pieceBytes)
    : filePieces(source.fd, from, to, pieceBytes);
}

function* filePieces(
  fd: number,
  from: number,
  to: number,
  pieceBytes: number
): Generator<string, void, undefined> {
  const decoder = new Utf8PieceDecoder();
  // At least 8 bytes: a full buffer then always holds the start of a character to end at.
  const buffer = new Uint8Array(Math.min(Math.max(pieceBytes, 8), Math.max(to - from, 1)));
  // buffer[0, held) are read and not yet decoded; `at` is the file offset after them.
  let held = 0;
  for (let at = from; at < to || held > 0;) {
    if (at < to) {
      const bytesRead = readSync(fd, buffer, held, Math.min(buffer.length - held, to - at), at);
      if (bytesRead === 0) throw new CsvNotSplittableError("the file ended early");
      at += bytesRead;
      held += bytesRead;
    }
    const end = at < to ? pieceEnd(buffer, held) : held;
    if (end === 0) continue;
    const piece = buffer.subarray(0, end);
    // A piece ends between characters, so each can be checked on its own.
    if (!isUtf8(piece)) throw new CsvNotSplittableError("a piece is not UTF-8");
    yield decoder.decode(piece);
    buffer.copyWithin(0, end, held);
    held -= end;
  }
}

/**
 * Where the decoded piece of a full buffer ends: after its last line feed, else before the
 * lead byte of its last character (which may go on past the buffer); 0 when the buffer is
 * not full yet.
 */
function pieceEnd(buffer: Uint8Array, held: number): number {
  if (held < buffer.length) return 0;
  const lineFeed = buffer.lastIndexOf(0x0a, held - 1);
  if (lineFeed >= 0) return lineFeed + 1;
  let end = held - 1;
  while (end > 0 && ((buffer[end] ?? 0) & 0xc0) === 0x80) end--;
  return end;
}
