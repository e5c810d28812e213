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
 * with or without a byte order mark; `;`, `,` or tab separated (detected by
 * {@link detectDelimiter} from the first lines: a title line above the header does not count).
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

/** How many non-empty lines {@link detectDelimiter} looks at. */
const SAMPLE_LINES = 20;

/**
 * The delimiter of a CSV text: of `;`, `,` and tab, the one on which most of the first 20
 * non-empty lines agree. For each candidate the lines are split outside quotes (a quoted
 * field may hold line breaks); the candidate's score is the number of lines sharing its most
 * common field count above 1. A title line above the header ("Export casussen, deBasis
 * Veendam") or a decimal comma in a `;`-separated file then cannot decide it. On a tie the
 * larger field count wins, then the order `;`, `,`, tab (Dutch Excel writes `;`); `,` when
 * no line has a delimiter.
 *
 * @param text - the CSV text
 * @returns the delimiter
 *
 * @example
 * detectDelimiter('Export casussen, deBasis Veendam\nCasusnummer;Team\n1;Noord\n'); // ';'
 */
export function detectDelimiter(text: string): string {
  const counts = countDelimitersPerLine(text);
  let best = ",";
  let bestLines = 0;
  let bestFields = 0;
  DELIMITERS.forEach((delimiter, d) => {
    const [lines, fields] = mostCommonFieldCount(counts.map((line) => (line[d] ?? 0) + 1));
    if (lines > bestLines || (lines === bestLines && fields > bestFields)) {
      [best, bestLines, bestFields] = [delimiter, lines, fields];
    }
  });
  return best;
}

/** Per non-empty line (quote-aware, up to {@link SAMPLE_LINES}), the count of each delimiter. */
function countDelimitersPerLine(text: string): number[][] {
  const lines: number[][] = [];
  let counts = DELIMITERS.map(() => 0);
  let quoted = false;
  let blank = true;
  for (let i = 0; i <= text.length && lines.length < SAMPLE_LINES; i++) {
    const char = i < text.length ? text[i] : "\n";
    if (char === '"') quoted = !quoted;
    if (!quoted && (char === "\n" || char === "\r")) {
      if (!blank) lines.push(counts);
      counts = DELIMITERS.map(() => 0);
      blank = true;
      continue;
    }
    if (char !== " " && char !== "\t") blank = false;
    const d = quoted ? -1 : (DELIMITERS as readonly string[]).indexOf(char ?? "");
    if (d >= 0) {
      counts[d] = (counts[d] ?? 0) + 1;
      blank = false;
    }
  }
  return lines;
}

/** The number of lines with the most common field count above 1, and that field count. */
function mostCommonFieldCount(fieldCounts: readonly number[]): [number, number] {
  const frequency = new Map<number, number>();
  for (const fields of fieldCounts)
    if (fields > 1) frequency.set(fields, (frequency.get(fields) ?? 0) + 1);
  let lines = 0;
  let fields = 0;
  for (const [count, times] of frequency) {
    if (times > lines || (times === lines && count > fields)) [lines, fields] = [times, count];
  }
  return [lines, fields];
}

function isBlankRow(row: readonly CellValue[]): boolean {
  return row.every((cell) => cell === "" || cell === null || cell === undefined);
}
