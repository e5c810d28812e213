/**
 * Reading CSV exports.
 *
 * @module
 */
import Papa from "papaparse";
import type { CellValue } from "../core/types";
import { decodeText } from "./decodeText";

const DELIMITERS = [";", ",", "\t"] as const;

/**
 * Reads a CSV file's bytes into a 2D array of text cells, one row per line of the file
 * (so that row numbers in issues match the file's lines). UTF-8 or Windows-1252 (detected),
 * with or without a byte order mark; `;`, `,` or tab separated (detected from the first
 * line that has one of them: Dutch Excel writes `;`, and data lines may hold decimal commas).
 * Values stay text ('' for empty); the core reads dates and numbers from text.
 *
 * @param bytes - the file's content
 * @returns the rows, header row first
 *
 * @example
 * readCsv(Buffer.from('Casusnummer;Aanmelddatum\n1;3-1-2024\n'));
 * // [['Casusnummer', 'Aanmelddatum'], ['1', '3-1-2024']]
 */
export function readCsv(bytes: Uint8Array): CellValue[][] {
  const text = decodeText(bytes);
  const result = Papa.parse<string[]>(text, {
    delimiter: detectDelimiter(text),
    skipEmptyLines: false,
  });
  const rows: CellValue[][] = result.data;
  // The line break after the last line is not a row.
  while (rows.length > 0 && isBlankRow(rows[rows.length - 1] ?? [])) rows.pop();
  return rows;
}

/**
 * The delimiter of a CSV text: the most frequent of `;`, `,` and tab, outside quotes, on the
 * first line that has any of them; `,` when none has.
 *
 * @param text - the CSV text
 * @returns the delimiter
 */
export function detectDelimiter(text: string): string {
  const lines = text.split(/\r\n|\n|\r/, 50);
  for (const line of lines) {
    const counts = new Map<string, number>();
    let quoted = false;
    for (const char of line) {
      if (char === '"') quoted = !quoted;
      else if (!quoted && (DELIMITERS as readonly string[]).includes(char))
        counts.set(char, (counts.get(char) ?? 0) + 1);
    }
    let best = "";
    let bestCount = 0;
    for (const delimiter of DELIMITERS) {
      const count = counts.get(delimiter) ?? 0;
      if (count > bestCount) [best, bestCount] = [delimiter, count];
    }
    if (bestCount > 0) return best;
  }
  return ",";
}

function isBlankRow(row: readonly CellValue[]): boolean {
  return row.every((cell) => cell === "" || cell === null || cell === undefined);
}
