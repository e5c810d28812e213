// "Ranges of different lengths": a table built from column ranges with HSTACK (or CHOOSE, or an
// array formula) is padded with #N/A where a range is shorter than the others. The snapshot has
// already cut the rows of only empty and #N/A cells at the bottom (usedHeight), so a whole
// column next to a short range (HSTACK(A:A; F2:F3)) ends where the whole column's data ends.
import type { CellValue } from "../core/types";
import { FunctionInputError } from "./functionError";
import { isEmptyCell, isNotAvailable } from "./tableSnapshot";

/**
 * Refuses a table whose columns have different lengths: a column that ends in a run of #N/A down
 * to the last row, after a real value, while another column has a value in the last row — what
 * HSTACK(A2:A500; D2:D400) and HSTACK(A:A; D2:D3) make of ranges of different lengths. Empty
 * cells are never taken for padding: an empty cell at the end of a column is a legitimate blank.
 *
 * @param rows - The trimmed rows of a range argument ({@link usedHeight}).
 * @param what - Dutch name of the argument for the message.
 * @param firstDataRow - Index of the first data row (after the header row; 0 without one). A
 *   column with no value in the data rows above its #N/A run (a lookup that failed everywhere)
 *   is a broken lookup, not a short range, and passes: its cells are reported as invalid values.
 * @throws {@link FunctionInputError} naming the short column and where it stops.
 * @example
 * checkEqualLengths([[1, 'a'], [2, 'b'], [3, '#N/A']], 'de casustabel', 0) // throws: kolom 2 houdt op na rij 2
 */
export function checkEqualLengths(
  rows: readonly (readonly CellValue[])[],
  what: string,
  firstDataRow: number
): void {
  const height = rows.length;
  const last = rows[height - 1];
  if (last === undefined || !last.some((cell) => !isEmptyCell(cell) && !isNotAvailable(cell)))
    return;
  for (let column = 0; column < last.length; column++) {
    let top = height;
    while (top > 0 && isNotAvailable((rows[top - 1] as readonly CellValue[])[column])) top--;
    if (top === height) continue;
    const hasValues = rows
      .slice(firstDataRow, top)
      .some((row) => !isEmptyCell(row[column]) && !isNotAvailable(row[column]));
    if (!hasValues) continue;
    throw new FunctionInputError(
      `Bereiken van verschillende lengte: kolom ${column + 1} van ${what} houdt op na rij ${top} (daaronder #N/B), ` +
        `andere kolommen lopen door tot rij ${height}. Geef bereiken van gelijke lengte op, bijvoorbeeld A2:A500 en D2:D500 ` +
        "(niet een hele kolom als A:A naast een kort bereik als D2:D400)."
    );
  }
}
