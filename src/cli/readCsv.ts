/**
 * Reading CSV exports.
 *
 * @module
 */
import type { CellReadIssue, CellValue } from "../core";
import { csvRowChunks } from "./csvRowChunks";
import type { TableRead } from "./TableRead";

export { detectDelimiter } from "./detectDelimiter";

/**
 * Reads a CSV file's bytes into a 2D array of text cells, one row per line of the file
 * (so that row numbers in issues match the file's lines): the chunks of
 * {@link csvRowChunks} joined, which says how the file is decoded and split. A reader that
 * can take rows a chunk at a time should use `csvRowChunks` itself.
 *
 * @param bytes - the file's content
 * @returns the rows, header row first, and the cells with bad bytes
 *
 * @example
 * readCsv(Buffer.from('Casusnummer;Aanmelddatum\n1;3-1-2024\n')).rows;
 * // [['Casusnummer', 'Aanmelddatum'], ['1', '3-1-2024']]
 */
export function readCsv(bytes: Uint8Array): TableRead {
  const rows: CellValue[][] = [];
  const readIssues: CellReadIssue[] = [];
  for (const chunk of csvRowChunks(bytes)) {
    for (const row of chunk.rows) rows.push(row);
    for (const issue of chunk.readIssues) readIssues.push(issue);
  }
  return { rows, readIssues };
}
