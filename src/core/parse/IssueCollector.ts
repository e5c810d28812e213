import type { DataIssue, IssueCode, IssueSeverity, TableName } from "../types";
import { fitCellText } from "../text/fitCellText";
import { issuePrefix, MESSAGES } from "./messages";

/**
 * One issue as {@link IssueCollector} keeps it until its message is built: by row index, so
 * that the issues of a table read in two parts can be joined with their rows shifted
 * (`CaseTableParser.append`). Plain data, to pass between threads.
 */
export interface IssueRecord {
  readonly code: IssueCode;
  readonly severity: IssueSeverity;
  /** Index into the rows. */
  readonly rowIndex: number;
  /** Column index (-1 for a whole-row issue), for ordering. */
  readonly column: number;
  /** Header text shown in the message ('' for a whole-row issue). */
  readonly header: string;
  /** The message after its prefix; for DUPLICATE_CASE_ID the id (see `duplicateOf`). */
  readonly body: string;
  /** DUPLICATE_CASE_ID: the row index of the id's first row (the message names its sheet row). */
  readonly duplicateOf?: number;
}

/**
 * Collects the issues of one table while its columns are parsed (column by column, so
 * out of row order) and hands them back sorted by sheet row, then by column. Messages are
 * built when the issues are handed back, from row indexes: the rows of a part of the table
 * read elsewhere can be appended with their indexes shifted ({@link IssueCollector.append}).
 *
 * @example
 * const issues = new IssueCollector("cases", 1);
 * issues.add("TOTAL_ROW", "warning", 40, -1, "", MESSAGES.totalRow("Totaal"));
 * issues.issues()[0]?.row; //=> 41
 */
export class IssueCollector {
  private readonly collected: IssueRecord[] = [];
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
    this.push({ code, severity, rowIndex, column, header, body });
  }

  /**
   * Adds a DUPLICATE_CASE_ID error: the message names the sheet row of the id's first row.
   *
   * @param rowIndex - Index of the row with the repeated id.
   * @param column - The case id column.
   * @param header - Its header.
   * @param id - The id.
   * @param firstRowIndex - Index of the row where the id was first seen.
   */
  addDuplicateCaseId(
    rowIndex: number,
    column: number,
    header: string,
    id: string,
    firstRowIndex: number
  ): void {
    this.push({
      code: "DUPLICATE_CASE_ID",
      severity: "error",
      rowIndex,
      column,
      header,
      body: id,
      duplicateOf: firstRowIndex,
    });
  }

  /**
   * Appends the issues of rows read elsewhere (a part of the table with its own collector),
   * their row indexes shifted by `rowOffset`.
   *
   * @param records - The part's {@link IssueCollector.records}.
   * @param rowOffset - Row index here of the part's row 0.
   */
  append(records: readonly IssueRecord[], rowOffset: number): void {
    for (const record of records)
      this.push({
        ...record,
        rowIndex: record.rowIndex + rowOffset,
        ...(record.duplicateOf === undefined
          ? {}
          : { duplicateOf: record.duplicateOf + rowOffset }),
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

  /** The issues as added (not sorted), as plain data: see {@link IssueRecord}. */
  records(): IssueRecord[] {
    return this.collected.slice();
  }

  /** The issues, sorted by row and column (stable within a cell). */
  issues(): DataIssue[] {
    if (this.sorted) return this.collected.map((record) => this.toIssue(record));
    const order = this.collected.map((_, index) => index);
    order.sort((a, b) => this.sortKeys[a]! - this.sortKeys[b]! || a - b);
    return order.map((index) => this.toIssue(this.collected[index]!));
  }

  private push(record: IssueRecord): void {
    const key = record.rowIndex * 4096 + Math.min(record.column + 1, 4095);
    const last = this.sortKeys[this.sortKeys.length - 1];
    if (last !== undefined && key < last) this.sorted = false;
    this.sortKeys.push(key);
    this.collected.push(record);
  }

  private toIssue(record: IssueRecord): DataIssue {
    const { code, severity, header, body, duplicateOf } = record;
    const row = this.sheetRow(record.rowIndex);
    const text =
      duplicateOf === undefined ? body : MESSAGES.duplicateCaseId(body, this.sheetRow(duplicateOf));
    return {
      table: this.table,
      row,
      column: header,
      code,
      severity,
      message: issuePrefix(this.table, row, header) + text,
    };
  }
}
