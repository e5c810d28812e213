/**
 * The text of a CSV file read in two parts, from memory or from the open file.
 *
 * @module
 */
import { readSync } from "node:fs";
import { decodeUtf8Pieces } from "./decodeText";

/**
 * An open CSV file that was checked to be valid UTF-8 from its first byte to `length`
 * (`scanCsvFile`): a descriptor is a number of the process, so a worker thread reads it as
 * the thread that opened it does.
 */
export interface CsvFile {
  /** The file's descriptor (open for reading). */
  readonly fd: number;
  /** How many bytes were checked: the file's size when it was opened. */
  readonly length: number;
}

/** A CSV file's bytes: in memory, or an open file read a piece at a time. */
export type CsvSource = Uint8Array | CsvFile;

/** How many bytes {@link csvSourcePieces} decodes into one piece. */
const PIECE_BYTES = 1 << 20;

/**
 * Valid UTF-8 from byte `from` to byte `to` of a {@link CsvSource}, decoded in pieces of
 * about a megabyte, each ending after its last line feed (else at a character's boundary),
 * with a byte order mark left in (as `decodeUtf8Pieces`). A file is read into one buffer of
 * the piece's size, again and again: its bytes are never all in memory at once.
 *
 * @param source - The bytes, or the open file.
 * @param from - The first byte (at a character's boundary).
 * @param to - The end (at a character's boundary).
 * @param pieceBytes - Bytes per piece (for tests).
 * @returns The pieces.
 * @throws {Error} When the file ends before `to` (it became shorter while it was read).
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
  const decoder = new TextDecoder("utf-8", { ignoreBOM: true });
  // At least 8 bytes: a full buffer then always holds the start of a character to end at.
  const buffer = new Uint8Array(Math.min(Math.max(pieceBytes, 8), Math.max(to - from, 1)));
  // buffer[0, held) are read and not yet decoded; `at` is the file offset after them.
  let held = 0;
  for (let at = from; at < to || held > 0;) {
    if (at < to) {
      const bytesRead = readSync(fd, buffer, held, Math.min(buffer.length - held, to - at), at);
      if (bytesRead === 0) throw new Error("csvSourcePieces: the file ended early");
      at += bytesRead;
      held += bytesRead;
    }
    const end = at < to ? pieceEnd(buffer, held) : held;
    if (end === 0) continue;
    yield decoder.decode(buffer.subarray(0, end));
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
