import type { MappedColumn } from "../mapping/columnMapping";
import { CELL_TEXT_LIMIT } from "../text/fitCellText";
import { isIntegerId } from "../text/integerIdOf";
import { isExcelErrorText } from "../text/isExcelErrorText";
import type { CellValue, IssueCode } from "../types";
import { cellToIdText } from "./cellToIdText";
import type { UniqueIdsPart } from "./CaseTablePart";
import type { ColumnArena } from "./ColumnArena";
import type { IssueCollector } from "./IssueCollector";
import { CONSEQUENCES, MESSAGES } from "./messages";
import { isDataRow } from "./scanRows";
import type { CellRows } from "./types";
import { UniqueIds } from "./UniqueIds";

/**
 * Decides which rows of the case table are cases: a data row (not empty, not a totals row)
 * with a case id that is neither empty, nor an Excel error value, nor a repeat of an earlier
 * row's id (MISSING_CASE_ID, ERROR_VALUE, DUPLICATE_CASE_ID otherwise); an id longer than a
 * cell holds is cut (`fitCellText`, TEXT_TRUNCATED). Numeric ids are
 * checked on the number (see {@link UniqueIds}), so no id text is built for them.
 *
 * @example
 * const ids = new CaseIdReader(mapping.fields.caseId, issues, rows.length, arena);
 * ids.readRows(rows, 1, rows.length); // ids.size cases, case k from row ids.src[k]
 */
export class CaseIdReader {
  /** The unique case ids, case k's at position k. */
  readonly ids: UniqueIds;
  /** Row index per case. */
  src: Int32Array;
  private count = 0;

  /**
   * @param column - The caseId column.
   * @param issues - Where problems go.
   * @param capacity - Maximum number of cases.
   * @param arena - Where the columns come from.
   * @param fieldLimit - Delimited text: the header row's number of fields (`ParseOptions.fieldLimit`).
   */
  constructor(
    private readonly column: MappedColumn,
    private readonly issues: IssueCollector,
    capacity: number,
    arena: ColumnArena,
    private readonly fieldLimit?: number
  ) {
    this.ids = new UniqueIds(capacity, arena.int32(capacity));
    this.src = arena.int32(capacity);
  }

  /** Number of cases found. */
  get size(): number {
    return this.count;
  }

  /**
   * Moves the ids and row indexes to longer columns from `arena`, keeping those read (a
   * chunked parse that outgrew its columns).
   *
   * @param arena - Where the new columns come from.
   * @param capacity - Cases the new columns hold.
   */
  grow(arena: ColumnArena, capacity: number): void {
    this.ids.grow(arena.int32(capacity));
    const src = arena.int32(capacity);
    src.set(this.src.subarray(0, this.count));
    this.src = src;
  }

  /**
   * Appends the cases of rows read by another reader (the rows after those read here, see
   * `CaseTableParser.append`); none of their ids may be here (check with `ids.sharesAny`).
   *
   * @param ids - The other reader's ids.
   * @param src - Its row index per case.
   * @param rowOffset - Row index here of the other reader's row 0.
   */
  append(ids: UniqueIdsPart, src: Int32Array, rowOffset: number): void {
    this.ids.append(ids);
    for (let k = 0; k < src.length; k++) this.src[this.count++] = src[k]! + rowOffset;
  }

  /**
   * Reads rows from `r` on until `maxCases` more cases are found or the rows end.
   *
   * @param rows - The sheet's rows, or a chunk of them.
   * @param rowBase - Row index of `rows[0]` (0 for the whole sheet).
   * @param r - First row index to read.
   * @param maxCases - Most cases to add.
   * @returns The index of the first row not read.
   */
  readRows(rows: CellRows, rowBase: number, r: number, maxCases: number): number {
    const { ids, src, issues } = this;
    const column = this.column.column;
    const end = this.count + maxCases;
    const last = rowBase + rows.length;
    for (; r < last && this.count < end; r++) {
      const row = rows[r - rowBase];
      if (!isDataRow(row, r, issues, this.fieldLimit)) continue;
      const value = row[column];
      const earlier =
        typeof value === "number" && isIntegerId(value)
          ? ids.addInteger(value)
          : this.addOther(value, r);
      if (earlier === -1) src[this.count++] = r;
      else if (earlier >= 0)
        issues.addDuplicateCaseId(
          r,
          column,
          this.column.header,
          ids.textAt(earlier),
          src[earlier]!
        );
    }
    return r;
  }

  /** Adds an id that is not an integer; -2 (and an issue) when the row has no usable id. */
  private addOther(value: CellValue, r: number): number {
    let id = cellToIdText(value);
    if (id === "") {
      this.report(r, "MISSING_CASE_ID", MESSAGES.missingCaseId());
      return -2;
    }
    if (id.charCodeAt(0) === 35 && isExcelErrorText(id)) {
      this.report(r, "ERROR_VALUE", MESSAGES.errorValue(value, CONSEQUENCES.rowSkipped));
      return -2;
    }
    if (id.length > CELL_TEXT_LIMIT)
      id = this.issues.fitText(id, r, this.column.column, this.column.header);
    return this.ids.addText(id);
  }

  private report(r: number, code: IssueCode, body: string): void {
    this.issues.add(code, "error", r, this.column.column, this.column.header, body);
  }
}
