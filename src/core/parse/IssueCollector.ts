import type { DataIssue, IssueCode, IssueSeverity, TableName } from "../types";
import { fitCellText } from "../text/fitCellText";
import { issuePrefix, MESSAGES } from "./messages";

/**
 * Collects the issues of one table while its columns are parsed (column by column, so
 * out of row order) and hands them back sorted by sheet row, then by column.
 */
export class IssueCollector {
  private readonly collected: DataIssue[] = [];
  private readonly sortKeys: number[] = [];
  private sorted = true;

  /**
   * @param table - The table being parsed.
   * @param sheetRowOffset - Sheet row number of `rows[0]`.
   */
  constructor(
    readonly table: TableName,
    readonly sheetRowOffset: number
  ) {}

  /** The 1-based sheet row of a row index. */
  sheetRow(rowIndex: number): number {
    return this.sheetRowOffset + rowIndex;
  }

  /**
   * Adds an issue.
   *
   * @param code - The machine code.
   * @param severity - 'error' (value left out) or 'warning' (value kept).
   * @param rowIndex - Index into the rows.
   * @param column - Column index (-1 for a whole-row issue), for ordering.
   * @param header - Header text shown in the message ('' for a whole-row issue).
   * @param body - The message after its prefix, from `MESSAGES`.
   */
  add(
    code: IssueCode,
    severity: IssueSeverity,
    rowIndex: number,
    column: number,
    header: string,
    body: string
  ): void {
    const row = this.sheetRow(rowIndex);
    const key = rowIndex * 4096 + Math.min(column + 1, 4095);
    const last = this.sortKeys[this.sortKeys.length - 1];
    if (last !== undefined && key < last) this.sorted = false;
    this.sortKeys.push(key);
    this.collected.push({
      table: this.table,
      row,
      column: header,
      code,
      severity,
      message: issuePrefix(this.table, row, header) + body,
    });
  }

  /**
   * Cuts a text cell value that a cell cannot hold (`fitCellText`) and reports the cut
   * (TEXT_TRUNCATED warning at the cell). Call it only for a text longer than
   * `CELL_TEXT_LIMIT` (the caller's length test keeps the common path cheap).
   *
   * @param text - The cell's text, longer than 32,767 characters.
   * @param rowIndex - Index into the rows.
   * @param column - Column index.
   * @param header - The column's header.
   * @returns The text cut to 32,766 characters and "…".
   */
  fitText(text: string, rowIndex: number, column: number, header: string): string {
    this.add(
      "TEXT_TRUNCATED",
      "warning",
      rowIndex,
      column,
      header,
      MESSAGES.textTruncated(text.length)
    );
    return fitCellText(text);
  }

  /** The issues, sorted by row and column (stable within a cell). */
  issues(): DataIssue[] {
    if (this.sorted) return this.collected.slice();
    const order = this.collected.map((_, index) => index);
    order.sort((a, b) => this.sortKeys[a]! - this.sortKeys[b]! || a - b);
    return order.map((index) => this.collected[index]!);
  }
}
