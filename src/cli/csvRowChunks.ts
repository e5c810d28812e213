/**
 * Reading CSV exports in chunks of rows.
 *
 * @module
 */
import { PARSE_MESSAGES } from "../core";
import type { CellReadIssue, CellValue } from "../core";
import type { BadByte } from "./decodeText";
import { decodeTextPieces } from "./decodeText";
import { csvSourcePieces, type CsvFile, type CsvSource } from "./csvSourcePieces";
import { detectDelimiter, hasDelimiterSample } from "./detectDelimiter";
import type { MarkedCell } from "./splitCsvRows";
import { CSV_STOP, splitCsvRows } from "./splitCsvRows";

/** One chunk of {@link csvRowChunks}. */
export interface CsvRowChunk {
  /** The index of the chunk's first row in the file (line − 1). */
  readonly firstRowIndex: number;
  /** The rows, in the order of the file's lines. */
  readonly rows: CellValue[][];
  /** The cells of these rows with bad bytes; `rowIndex` counts from line 1 of the file. */
  readonly readIssues: CellReadIssue[];
  /** The field delimiter the file is split at. */
  readonly delimiter: string;
  /**
   * Whether {@link CsvRowChunksOptions.cutAt} is in effect: a valid UTF-8 file whose first
   * lines (the delimiter's sample) end before it. The `atCut` chunk comes only then, and only
   * when a row starts exactly at the cut.
   */
  readonly hasCut: boolean;
  /**
   * Set on the (empty) chunk yielded at {@link CsvRowChunksOptions.cutAt} when a row starts
   * exactly there; `firstRowIndex` is then that row's index.
   */
  readonly atCut?: true;
}

/**
 * Rows per chunk of {@link csvRowChunks}. The dataset loader reads each chunk into its columns
 * as soon as it is split, so a chunk small enough to stay in a core's cache (512 rows of a
 * 16-column export are some 300 KB of strings and arrays) is read back from the cache rather
 * than from memory: 13–16% less CPU end to end on a 1M-row file than 4096 rows (docs/input.md).
 */
export const CHUNK_ROWS = 512;

/** Options of {@link csvRowChunks}. */
export interface CsvRowChunksOptions {
  /** How many rows a chunk holds at most (default 512). */
  readonly chunkRows?: number;
  /** Bytes decoded at a time (for tests; default about a megabyte). */
  readonly pieceBytes?: number;
  /**
   * A byte offset just after a line feed where the file may be read in two parts: when the
   * file is valid UTF-8 and a row starts exactly there (the line feed is not in a quoted
   * field), an empty `atCut` chunk is yielded there, and the rows after it when the generator
   * is resumed. Ignored for other files.
   */
  readonly cutAt?: number;
}

/**
 * Reads a CSV file's bytes as chunks of rows of text cells, line 1 first, one row per line of
 * the file (so that row numbers in issues match the file's lines; `rowIndex` = line − 1).
 * UTF-8, UTF-16 (Excel's "Unicode-tekst") or Windows-1252 (detected by `decodeText`), with or
 * without a byte order mark; `;`, `,` or tab separated (detected by `detectDelimiter` from the
 * first lines: a title line above the header does not count); split by `splitCsvRows` (quoted
 * fields, CRLF, LF or CR, an empty line is a row `['']`, trailing blank lines dropped). Values
 * stay text ('' for empty); the core reads dates and numbers from text. A valid UTF-8 or
 * UTF-16 file is decoded a megabyte at a time, so memory follows the chunk being read.
 *
 * A byte that is not UTF-8 in a UTF-8 file is read as its Windows-1252 character, and the
 * cell holding it gets an INVALID_ENCODING warning (one per cell) in its chunk's `readIssues`.
 *
 * @param bytes - the file's content
 * @param options - chunk size
 * @returns the chunks, each with the read issues of its cells
 *
 * @example
 * [...csvRowChunks(Buffer.from('Casusnummer;Aanmelddatum\n1;3-1-2024\n'))][0]?.rows;
 * // [['Casusnummer', 'Aanmelddatum'], ['1', '3-1-2024']]
 */
export function* csvRowChunks(
  bytes: Uint8Array,
  options: CsvRowChunksOptions = {}
): Generator<CsvRowChunk, void, undefined> {
  const decoded = decodeTextPieces(bytes, options.pieceBytes);
  const { badBytes } = decoded;
  const { cutAt } = options;
  const hasCut =
    cutAt !== undefined &&
    isCut(bytes, cutAt) &&
    decoded.encoding === "utf-8" &&
    badBytes.length === 0;
  const pieces: Iterable<string | typeof CSV_STOP> =
    hasCut && cutAt !== undefined
      ? piecesWithStop(bytes, cutAt, options.pieceBytes)
      : decoded.pieces;
  yield* chunksOfPieces(pieces, hasCut, badBytes, options);
}

/**
 * {@link csvRowChunks} of an open file (`openCsvFile`: not UTF-16, the cut just after a line
 * feed) read as plain UTF-8, a piece at a time, with the cut in effect; a piece that is not
 * UTF-8 throws a `CsvNotSplittableError` (`csvSourcePieces`), as the file must then be read
 * as `csvRowChunks` reads it.
 *
 * @param file - The open file and its length.
 * @param cutAt - The cut (see {@link CsvRowChunksOptions.cutAt}).
 * @param options - Chunk and piece size.
 * @returns The chunks, as {@link csvRowChunks} gives them.
 * @example
 * const chunks = csvFileRowChunks({ fd, length }, cutAt);
 */
export function csvFileRowChunks(
  file: CsvFile,
  cutAt: number,
  options: Omit<CsvRowChunksOptions, "cutAt"> = {}
): Generator<CsvRowChunk, void, undefined> {
  const pieces = piecesWithStop(file, cutAt, options.pieceBytes);
  return chunksOfPieces(pieces, cutAt > 0 && cutAt < file.length, [], options);
}

/** The chunks of decoded text with maybe a stop in it: see {@link csvRowChunks}. */
function* chunksOfPieces(
  pieces: Iterable<string | typeof CSV_STOP>,
  isCutPossible: boolean,
  badBytes: readonly BadByte[],
  options: CsvRowChunksOptions
): Generator<CsvRowChunk, void, undefined> {
  let hasCut = isCutPossible;
  const iterator = pieces[Symbol.iterator]();
  // The delimiter is decided on the first lines: take pieces until they hold them.
  let start = "";
  let next = iterator.next();
  while (next.done !== true) {
    if (next.value === CSV_STOP) {
      if (hasDelimiterSample(start)) break;
      // The lines the delimiter is decided on go past the cut: no cut.
      hasCut = false;
      next = iterator.next();
      continue;
    }
    start += next.value;
    next = iterator.next();
    if (hasDelimiterSample(start)) break;
  }
  const rest: Iterable<string | typeof CSV_STOP> = {
    *[Symbol.iterator]() {
      yield start;
      for (; next.done !== true; next = iterator.next()) yield next.value;
    },
  };
  const delimiter = detectDelimiter(start);
  const chunks = splitCsvRows(rest, {
    delimiter,
    chunkRows: options.chunkRows ?? CHUNK_ROWS,
    marks: badBytes.map((bad) => bad.index),
  });
  for (const { firstRowIndex, rows, markedCells, atStop } of chunks) {
    if (atStop) {
      yield { firstRowIndex, rows, readIssues: [], delimiter, hasCut, atCut: true };
      continue;
    }
    const readIssues = markedCells.map((cell) => {
      const value = rows[cell.rowIndex - firstRowIndex]?.[cell.column] ?? "";
      return encodingIssue(cell, value, badBytes);
    });
    yield { firstRowIndex, rows, readIssues, delimiter, hasCut };
  }
}

/** Whether a file may be cut at `at`: just after a line feed, with bytes before and after. */
function isCut(bytes: Uint8Array, at: number): boolean {
  return at > 0 && at < bytes.length && bytes[at - 1] === 0x0a;
}

/** The pieces of valid UTF-8 text with a {@link CSV_STOP} at byte `cutAt`. */
function* piecesWithStop(
  source: CsvSource,
  cutAt: number,
  pieceBytes?: number
): Generator<string | typeof CSV_STOP, void, undefined> {
  let isFirst = true;
  for (const piece of csvSourcePieces(source, 0, cutAt, pieceBytes)) {
    yield isFirst && piece.charCodeAt(0) === 0xfeff ? piece.slice(1) : piece;
    isFirst = false;
  }
  yield CSV_STOP;
  yield* csvSourcePieces(source, cutAt, source.length, pieceBytes);
}

/** The INVALID_ENCODING warning of a cell with bad bytes. */
function encodingIssue(
  cell: MarkedCell,
  value: string,
  badBytes: readonly BadByte[]
): CellReadIssue {
  const { rowIndex, column } = cell;
  const bad = badBytes.slice(cell.firstMark, cell.firstMark + cell.markCount);
  const body = bad.every((b) => b.asUtf8 !== undefined)
    ? PARSE_MESSAGES.doubtfulUtf8(
        bad.map((b) => b.sequence ?? [b.byte]),
        bad.map((b) => b.char),
        bad.map((b) => b.asUtf8 ?? b.char),
        value
      )
    : PARSE_MESSAGES.invalidEncoding(
        bad.map((b) => b.byte),
        bad.map((b) => b.char),
        value
      );
  return { rowIndex, column, code: "INVALID_ENCODING", severity: "warning", body };
}
