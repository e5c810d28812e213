/**
 * Detecting the delimiter of a CSV text.
 *
 * @module
 */

const DELIMITERS = [";", ",", "\t"] as const;

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
  const counts = countDelimitersPerLine(text).lines;
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

/**
 * Whether a text's beginning holds all the lines {@link detectDelimiter} looks at, so that it
 * decides as it would on the whole text: its first 20 non-empty lines end before the end of
 * `start`.
 *
 * @param start - the beginning of a CSV text
 * @returns true when `detectDelimiter(start)` is the whole text's delimiter
 *
 * @example
 * hasDelimiterSample('a;b\n1;2\n'); // false: the text may go on with more lines
 */
export function hasDelimiterSample(start: string): boolean {
  return countDelimitersPerLine(start).complete;
}

/**
 * Per non-empty line (quote-aware, up to {@link SAMPLE_LINES}), the count of each delimiter;
 * `complete` when the last of those lines ended before the end of the text.
 */
function countDelimitersPerLine(text: string): { lines: number[][]; complete: boolean } {
  const lines: number[][] = [];
  let counts = DELIMITERS.map(() => 0);
  let quoted = false;
  let blank = true;
  let reachedEnd = false;
  for (let i = 0; i <= text.length && lines.length < SAMPLE_LINES; i++) {
    reachedEnd = i === text.length;
    const char = reachedEnd ? "\n" : text[i];
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
  return { lines, complete: lines.length === SAMPLE_LINES && !reachedEnd };
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
