// "Ranges of different lengths": a table built from column ranges with HSTACK (or CHOOSE, or an
// array formula) is padded with #N/A where a range is shorter than the others. Only the padding
// tells a short range from a real #N/A: HSTACK(A:A; F2:F3) passes a million rows, and below the
// data F is still #N/A where A is empty. Within the data a #N/A is a bad cell of its row (the
// core reports it and leaves the row out of what needs the cell), wherever the row is: the same
// cells in another row order give the same numbers.
import type { CellValue } from "../core/types";
import { FunctionInputError } from "./functionError";
import { isEmptyCell, isNotAvailable } from "./tableSnapshot";

/**
 * The columns a range argument pads with #N/A below its data: the columns that are #N/A in the
 * argument's last row when that row holds no value and another of its cells is empty (what
 * HSTACK makes of a short range next to a whole column). Reads one row, so it is cheap enough
 * for every call.
 *
 * @param value - A range argument as Excel passes it (anything else gives none).
 * @returns The column indexes, ascending; empty when the last row is data, empty, or all #N/A.
 * @example
 * paddedColumns([['C1', 'K1'], ['C2', '#N/A'], ['', '#N/A']]) // [1]
 */
export function paddedColumns(value: unknown): number[] {
  if (!Array.isArray(value) || value.length === 0) return [];
  const last: unknown = value[value.length - 1];
  if (!Array.isArray(last)) return [];
  const columns: number[] = [];
  let hasEmpty = false;
  for (let column = 0; column < last.length; column++) {
    const cell: unknown = last[column];
    if (isNotAvailable(cell)) columns.push(column);
    else if (isEmptyCell(cell)) hasEmpty = true;
    else return []; // a value: the last row is data, not padding
  }
  return hasEmpty ? columns : [];
}

/**
 * Refuses a table whose columns have different lengths: a column that the argument pads with
 * #N/A below the data ({@link paddedColumns}) and that is #N/A from some data row down, after a
 * real value — what HSTACK(A:A; D2:D3) makes of a whole column next to a short range. A #N/A in
 * the data of any other column, also in the last row, is a bad cell and passes; so does a padded
 * column with a value in the last data row (a formula filled down past the data) and one without
 * any value in the data rows (a lookup that failed everywhere: its cells are reported as
 * invalid values).
 *
 * @param rows - The trimmed rows of the range argument ({@link usedHeight}).
 * @param what - Dutch name of the argument for the message.
 * @param firstDataRow - Index of the first data row (after the header row; 0 without one).
 * @param padded - The argument's padded columns ({@link paddedColumns}).
 * @throws {@link FunctionInputError} naming the short column and where it stops.
 * @example
 * checkEqualLengths([[1, 'a'], [2, 'b'], [3, '#N/A']], 'de casustabel', 0, [1]) // throws: kolom 2 houdt op na rij 2
 */
export function checkEqualLengths(
  rows: readonly (readonly CellValue[])[],
  what: string,
  firstDataRow: number,
  padded: readonly number[]
): void {
  const height = rows.length;
  for (const column of padded) {
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
