/**
 * Reading CSV exports in chunks of rows.
 *
 * @module
 */
import { PARSE_MESSAGES } from "../core";
import type { CellReadIssue, CellValue } from "../core";
import type { BadByte } from "./decodeText";
import { decodeTextPieces } from "./decodeText";
import { detectDelimiter, hasDelimiterSample } from "./detectDelimiter";
import type { MarkedCell } from "./splitCsvRows";
import { splitCsvRows } from "./splitCsvRows";

/** One chunk of {@link csvRowChunks}. */
export interface CsvRowChunk {
  /** The index of the chunk's first row in the file (line − 1). */
  readonly firstRowIndex: number;
  /** The rows, in the order of the file's lines. */
  readonly rows: CellValue[][];
  /** The cells of these rows with bad bytes; `rowIndex` counts from line 1 of the file. */
  readonly readIssues: CellReadIssue[];
}

/**
 * Rows per chunk of {@link csvRowChunks}. The dataset loader reads each chunk into its columns
 * as soon as it is split, so a chunk small enough to stay in a core's cache (512 rows of a
 * 16-column export are some 300 KB of strings and arrays) is read back from the cache rather
 * than from memory: 13–16% less CPU end to end on a 1M-row file than 4096 rows (docs/engine.md).
 */
const CHUNK_ROWS = 512;

/** Options of {@link csvRowChunks}. */
export interface CsvRowChunksOptions {
  /** How many rows a chunk holds at most (default 512). */
  readonly chunkRows?: number;
  /** Bytes decoded at a time (for tests; default about a megabyte). */
  readonly pieceBytes?: number;
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
  const { pieces, badBytes } = decodeTextPieces(bytes, options.pieceBytes);
  const iterator = pieces[Symbol.iterator]();
  // The delimiter is decided on the first lines: take pieces until they hold them.
  let start = "";
  let next = iterator.next();
  while (next.done !== true) {
    start += next.value;
    next = iterator.next();
    if (hasDelimiterSample(start)) break;
  }
  const rest: Iterable<string> = {
    *[Symbol.iterator]() {
      yield start;
      for (; next.done !== true; next = iterator.next()) yield next.value;
    },
  };
  const chunks = splitCsvRows(rest, {
    delimiter: detectDelimiter(start),
    chunkRows: options.chunkRows ?? CHUNK_ROWS,
    marks: badBytes.map((bad) => bad.index),
  });
  for (const { firstRowIndex, rows, markedCells } of chunks) {
    const readIssues = markedCells.map((cell) => {
      const value = rows[cell.rowIndex - firstRowIndex]?.[cell.column] ?? "";
      return encodingIssue(cell, value, badBytes);
    });
    yield { firstRowIndex, rows, readIssues };
  }
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
