/**
 * A1-style addresses for the Office layer (pure, no Office globals).
 *
 * @module
 */

/** A rectangle on a sheet, 0-based like Office.js `getRangeByIndexes`. */
export interface CellRect {
  readonly row: number;
  readonly column: number;
  readonly rowCount: number;
  readonly columnCount: number;
}

/**
 * The column letters of a 0-based column index.
 *
 * @param index - 0-based column index
 * @returns the letters ("A", "Z", "AA")
 *
 * @example
 * columnLetters(27) // 'AB'
 */
export function columnLetters(index: number): string {
  let n = index + 1;
  let letters = "";
  while (n > 0) {
    const rest = (n - 1) % 26;
    letters = String.fromCharCode(65 + rest) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/**
 * The A1 address of a cell.
 *
 * @param row - 0-based row
 * @param column - 0-based column
 * @returns the address ("B3")
 *
 * @example
 * cellAddress(2, 1) // 'B3'
 */
export function cellAddress(row: number, column: number): string {
  return `${columnLetters(column)}${row + 1}`;
}

/**
 * The A1 address of a rectangle ("A1:E12", or "B3" for one cell).
 *
 * @param rect - the rectangle (at least one row and column)
 * @returns the address
 *
 * @example
 * rectAddress({ row: 0, column: 0, rowCount: 12, columnCount: 5 }) // 'A1:E12'
 */
export function rectAddress(rect: CellRect): string {
  const first = cellAddress(rect.row, rect.column);
  if (rect.rowCount === 1 && rect.columnCount === 1) return first;
  return `${first}:${cellAddress(rect.row + rect.rowCount - 1, rect.column + rect.columnCount - 1)}`;
}

/**
 * Parses an A1 address, with or without a sheet name and `$` signs.
 *
 * @param address - "Blad1!$A$1:$E$12", "'Mijn blad'!B3", "C7" (whole columns or rows are not supported)
 * @returns the sheet name ('' when absent) and the rectangle
 * @throws RangeError when the address is not an A1 cell or rectangle
 *
 * @example
 * parseAddress("Export!A1:T60001") // { sheet: 'Export', rect: { row: 0, column: 0, rowCount: 60001, columnCount: 20 } }
 */
export function parseAddress(address: string): { sheet: string; rect: CellRect } {
  const bang = address.lastIndexOf("!");
  const rawSheet = bang >= 0 ? address.slice(0, bang) : "";
  const sheet =
    rawSheet.startsWith("'") && rawSheet.endsWith("'")
      ? rawSheet.slice(1, -1).replace(/''/g, "'")
      : rawSheet;
  const match = /^\$?([A-Za-z]{1,3})\$?(\d+)(?::\$?([A-Za-z]{1,3})\$?(\d+))?$/.exec(
    address.slice(bang + 1).trim()
  );
  if (!match) throw new RangeError(`parseAddress: geen A1-adres: ${address}`);
  const c1 = letterIndex(match[1] as string);
  const r1 = Number(match[2]) - 1;
  const c2 = match[3] ? letterIndex(match[3]) : c1;
  const r2 = match[4] ? Number(match[4]) - 1 : r1;
  const rect = {
    row: Math.min(r1, r2),
    column: Math.min(c1, c2),
    rowCount: Math.abs(r2 - r1) + 1,
    columnCount: Math.abs(c2 - c1) + 1,
  };
  return { sheet, rect };
}

/**
 * A sheet name as it must be written in a reference: quoted when it is not a plain word.
 *
 * @param name - the sheet name
 * @returns the name, quoted with doubled apostrophes when needed
 *
 * @example
 * quoteSheetName('Rapportage t∕m Q3 2024') // "'Rapportage t∕m Q3 2024'"
 */
export function quoteSheetName(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

function letterIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}
