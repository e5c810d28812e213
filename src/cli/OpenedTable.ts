/**
 * The start of a table read in chunks: its first rows apart, for the mapping.
 *
 * @module
 */
import { HEADER_SEARCH_ROWS } from "../core";
import type { CellReadIssue, CellRows, CellValue } from "../core";
import { CliInputError } from "./cliErrors";
import type { CsvCut } from "./CsvCut";
import type { TableChunks } from "./TableChunks";

/** A table whose first rows are read: the mapping is proposed from them. */
export interface OpenedTable {
  /**
   * The first rows: at least `HEADER_SEARCH_ROWS` (the rows the mapping proposal reads, the
   * header row among them) or the whole table, and at least one cell with a value.
   */
  readonly firstRows: CellRows;
  /** The chunks after `firstRows`. */
  readonly rest: AsyncIterator<CellRows> | Iterator<CellRows>;
  /** See {@link TableChunks.readIssues}: complete once `rest` is exhausted. */
  readIssues(): readonly CellReadIssue[];
  readonly expectedRows?: number;
  /** A CSV file's cut, where its rest may be read in another thread (see `pushTableChunks`). */
  readonly cut?: CsvCut;
  /** The rows are delimited text (a CSV file): see the loader's `TableStart.delimited`. */
  readonly delimited?: boolean;
}

/**
 * Reads chunks until the rows the mapping needs are there: at least `HEADER_SEARCH_ROWS`
 * rows and a cell with a value, or the end of the table.
 *
 * @param table - The table's chunks.
 * @param emptyMessage - The Dutch message when no cell of the table has a value.
 * @returns The first rows and the rest of the chunks.
 * @throws {CliInputError} With `emptyMessage` for a table without a value: an empty file is
 *   unreadable input, and saying so beats the mapper's "kolom Casusnummer niet gevonden",
 *   which sends the user looking for a header that is not the problem.
 * @example
 * const { firstRows, rest } = await openTable(wholeSheetChunks(readCsv(bytes)), "leeg");
 */
export async function openTable(
  table: TableChunks & { readonly cut?: CsvCut },
  emptyMessage: string
): Promise<OpenedTable> {
  const chunks = table.chunks;
  const rest: AsyncIterator<CellRows> | Iterator<CellRows> =
    Symbol.asyncIterator in chunks ? chunks[Symbol.asyncIterator]() : chunks[Symbol.iterator]();
  let firstRows: CellRows = [];
  let hasValue = false;
  while (firstRows.length < HEADER_SEARCH_ROWS || !hasValue) {
    const next = await rest.next();
    if (next.done === true) break;
    const chunk = next.value;
    firstRows = firstRows.length === 0 ? chunk : [...firstRows, ...chunk];
    hasValue ||= chunk.some((row) => row.some(isFilledCell));
  }
  if (!hasValue) throw new CliInputError(emptyMessage);
  return {
    firstRows,
    rest,
    readIssues: () => table.readIssues(),
    ...(table.expectedRows === undefined ? {} : { expectedRows: table.expectedRows }),
    ...(table.cut === undefined ? {} : { cut: table.cut }),
  };
}

function isFilledCell(cell: CellValue): boolean {
  return cell !== null && cell !== undefined && String(cell).trim() !== "";
}
