/**
 * Reading CSV exports.
 *
 * @module
 */
import Papa from "papaparse";
import { PARSE_MESSAGES } from "../core";
import type { CellReadIssue, CellValue } from "../core";
import type { BadByte } from "./decodeText";
import { decodeText } from "./decodeText";
import type { TableRead } from "./TableRead";

const DELIMITERS = [";", ",", "\t"] as const;

/**
 * Reads a CSV file's bytes into a 2D array of text cells, one row per line of the file
 * (so that row numbers in issues match the file's lines). UTF-8, UTF-16 (Excel's
 * "Unicode-tekst") or Windows-1252 (detected by {@link decodeText}), with or without a byte
 * order mark; `;`, `,` or tab separated (detected by {@link detectDelimiter} from the first
 * lines: a title line above the header does not count). Values stay text ('' for empty);
 * the core reads dates and numbers from text.
 *
 * A byte that is not UTF-8 in a UTF-8 file is read as its Windows-1252 character, and the
 * cell holding it gets an INVALID_ENCODING warning (one per cell) in `readIssues`.
 *
 * @param bytes - the file's content
 * @returns the rows, header row first, and the cells with bad bytes
 *
 * @example
 * readCsv(Buffer.from('Casusnummer;Aanmelddatum\n1;3-1-2024\n')).rows;
 * // [['Casusnummer', 'Aanmelddatum'], ['1', '3-1-2024']]
 */
export function readCsv(bytes: Uint8Array): TableRead {
  const decoded = decodeText(bytes);
  const marker = decoded.badBytes.length === 0 ? "" : unusedChar(decoded.text);
  const text = marker === "" ? decoded.text : markBadBytes(decoded.text, decoded.badBytes, marker);
  const result = Papa.parse<string[]>(text, {
    delimiter: detectDelimiter(text),
    skipEmptyLines: false,
  });
  const rows: CellValue[][] = result.data;
  const readIssues = marker === "" ? [] : repairMarkedCells(result.data, decoded.badBytes, marker);
  // The line break after the last line is not a row.
  while (rows.length > 0 && isBlankRow(rows[rows.length - 1] ?? [])) rows.pop();
  return { rows, readIssues };
}

/**
 * A character the text does not contain, from the private use area: it stands in for the
 * bad bytes while the text is split into cells, so that each bad byte is found in its cell.
 */
function unusedChar(text: string): string {
  for (let code = 0xe000; ; code++) {
    const char = String.fromCharCode(code);
    if (!text.includes(char)) return char;
  }
}

function markBadBytes(text: string, badBytes: readonly BadByte[], marker: string): string {
  const parts: string[] = [];
  let from = 0;
  for (const bad of badBytes) {
    parts.push(text.slice(from, bad.index), marker);
    from = bad.index + bad.char.length;
  }
  parts.push(text.slice(from));
  return parts.join("");
}

/**
 * Puts each bad byte's character back in place of its marker (cells and markers come in the
 * order of the text) and reports each cell that held one.
 */
function repairMarkedCells(
  rows: string[][],
  badBytes: readonly BadByte[],
  marker: string
): CellReadIssue[] {
  const issues: CellReadIssue[] = [];
  let next = 0;
  rows.forEach((row, rowIndex) => {
    row.forEach((cell, column) => {
      if (!cell.includes(marker)) return;
      const pieces = cell.split(marker);
      const bad = badBytes.slice(next, next + pieces.length - 1);
      next += bad.length;
      const value = pieces.reduce((text, piece, k) => text + (bad[k - 1]?.char ?? "") + piece);
      row[column] = value;
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
      issues.push({ rowIndex, column, code: "INVALID_ENCODING", severity: "warning", body });
    });
  });
  return issues;
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
