// "Ranges of different lengths": a table built from column ranges with HSTACK (or VSTACK, or an
// array formula) is padded with #N/A where a range is shorter than the others.
import type { CellValue } from "../core/types";
import { FunctionInputError } from "./functionError";
import { isEmptyCell } from "./tableSnapshot";

/** #N/A as Excel passes it, in English and Dutch (#N/B). */
function isNotAvailable(cell: CellValue): boolean {
  if (typeof cell !== "string") return false;
  const text = cell.trim().toUpperCase();
  return text === "#N/A" || text === "#N/B";
}

/**
 * Refuses a table whose columns have different lengths: a column that ends in a run of #N/A down
 * to the last row, after real values, while another column has a value in the last row — what
 * HSTACK(A2:A500; D2:D400) makes of two ranges of different lengths.
 *
 * @param rows - The trimmed rows of a range argument.
 * @param what - Dutch name of the argument for the message.
 * @throws {@link FunctionInputError} naming the short column and where it stops.
 * @example
 * checkEqualLengths([[1, 'a'], [2, 'b'], [3, '#N/A']], 'de casustabel') // throws: kolom 2 houdt op na rij 2
 */
export function checkEqualLengths(rows: readonly (readonly CellValue[])[], what: string): void {
  const height = rows.length;
  const last = rows[height - 1];
  if (last === undefined || !last.some((cell) => !isEmptyCell(cell) && !isNotAvailable(cell)))
    return;
  for (let column = 0; column < last.length; column++) {
    let top = height;
    while (top > 0 && isNotAvailable((rows[top - 1] as readonly CellValue[])[column])) top--;
    if (top === height || top === 0) continue;
    // Values below the first row: a column of only a header and #N/A is a broken lookup, not a short range.
    const hasValues = rows
      .slice(1, top)
      .some((row) => !isEmptyCell(row[column]) && !isNotAvailable(row[column]));
    if (!hasValues) continue;
    throw new FunctionInputError(
      `De kolommen van ${what} zijn niet even lang: kolom ${column + 1} houdt op na rij ${top} (daaronder #N/B), ` +
        `andere kolommen lopen door tot rij ${height}. Geef bereiken van gelijke lengte op, bijvoorbeeld A2:A500 en D2:D500.`
    );
  }
}
