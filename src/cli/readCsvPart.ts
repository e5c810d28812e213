/**
 * Reading the rows after the cut of a CSV case table (in the worker thread).
 *
 * @module
 */
import { CaseTableParser } from "../core";
import type { CaseTableParserOptions, CaseTablePart, ColumnMapping } from "../core";
import { CHUNK_ROWS } from "./csvRowChunks";
import { BYTES_PER_ROW } from "./csvTableChunks";
import { csvSourcePieces, type CsvSource } from "./csvSourcePieces";
import { splitCsvRows } from "./splitCsvRows";

/** What {@link readCsvPart} reads: plain data, to be handed to a worker thread. */
export interface CsvPartInput {
  /**
   * The whole file: its bytes (valid UTF-8), or the open file (its descriptor and length,
   * `openCsvFile`) when the part is read in a worker thread, checked as it is read.
   */
  readonly source: CsvSource;
  /** Where the part starts: just after a line feed, at the start of a row. */
  readonly byteOffset: number;
  /** The file's field delimiter, as decided on its first lines. */
  readonly delimiter: string;
  /** The case mapping the rows before were read with. */
  readonly mapping: ColumnMapping;
  /** `DatasetLoader.casePartOptions`. */
  readonly options: CaseTableParserOptions;
}

/**
 * Reads the rows of a CSV case table from a cut on into a `CaseTableParser` of their own,
 * split as the rows before it are (`splitCsvRows` with the same delimiter, `csvRowChunks`'
 * chunk size), row 0 at the cut: the part the loader of the rows before appends
 * (`DatasetLoader.appendCases`).
 *
 * @param input - The file, the cut, the delimiter, the mapping and the parser's options.
 * @returns The part.
 * @example
 * const part = readCsvPart({ source: bytes, byteOffset, delimiter: ";", mapping, options });
 */
export function readCsvPart(input: CsvPartInput): CaseTablePart {
  const { source, byteOffset } = input;
  const parser = new CaseTableParser(input.mapping, {
    ...input.options,
    expectedRows: Math.ceil((source.length - byteOffset) / BYTES_PER_ROW),
  });
  const chunks = splitCsvRows(csvSourcePieces(source, byteOffset, source.length), {
    delimiter: input.delimiter,
    chunkRows: CHUNK_ROWS,
  });
  for (const { rows } of chunks) parser.push(rows);
  return parser.takePart();
}
