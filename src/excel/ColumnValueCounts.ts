/**
 * Counts the distinct values of one column as its rows pass by, chunk by chunk: for the
 * pane's case-type list, without keeping the rows.
 *
 * @module
 */
import { cellToText } from "../core";
import type { CellValue } from "../core";

/** A value of a column and how many rows have it. */
export interface ValueCount {
  readonly value: string;
  readonly count: number;
}

/** A column's distinct values with their counts, most frequent first. */
export interface ColumnValues {
  /** The column within the source (0-based). */
  readonly column: number;
  readonly values: readonly ValueCount[];
}

/**
 * The distinct non-empty values (trimmed text) of one column, counted over the rows added.
 *
 * @example
 * const counts = new ColumnValueCounts(0);
 * counts.add([['Soort'], ['IT'], ['IA'], ['IT']], 1);
 * counts.list() // [{ value: 'IT', count: 2 }, { value: 'IA', count: 1 }]
 */
export class ColumnValueCounts {
  private readonly counts = new Map<string, number>();

  /** @param column - the column counted (0-based, within the source) */
  constructor(readonly column: number) {}

  /**
   * Counts the column's values in rows `from` onwards (the rows are not kept).
   *
   * @param rows - a chunk of rows
   * @param from - the first row to count (past the header row in the first chunk)
   */
  add(rows: readonly (readonly CellValue[])[], from = 0): void {
    for (let r = Math.max(0, from); r < rows.length; r++) {
      const text = cellToText(rows[r]?.[this.column]).trim();
      if (text !== "") this.counts.set(text, (this.counts.get(text) ?? 0) + 1);
    }
  }

  /**
   * The values counted so far.
   *
   * @returns value and count pairs, most frequent first, then by Dutch collation
   */
  list(): ValueCount[] {
    return [...this.counts]
      .map(([value, count]) => ({ value, count }))
      .sort((a, b) => b.count - a.count || a.value.localeCompare(b.value, "nl"));
  }

  /**
   * The column with its values.
   *
   * @returns the column and its values, most frequent first
   */
  result(): ColumnValues {
    return { column: this.column, values: this.list() };
  }
}
