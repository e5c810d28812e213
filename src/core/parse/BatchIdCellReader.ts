import { BatchInterner } from "../text/BatchInterner";
import type { BatchInternResult } from "../text/BatchInterner";
import { CELL_TEXT_LIMIT } from "../text/fitCellText";
import { isIntegerId } from "../text/integerIdOf";
import { isExcelErrorText } from "../text/isExcelErrorText";
import type { CellValue } from "../types";
import { CellReader } from "./CellReader";
import type { CellTarget } from "./CellReader";
import { cellToIdText } from "./cellToIdText";
import type { IssueCollector } from "./IssueCollector";
import { MESSAGES } from "./messages";
import type { InternedIdsPart } from "./CaseTablePart";
import type { ColumnArena } from "./ColumnArena";
import type { CellRows } from "./types";

/**
 * Reads an id column whose keys are only needed once the whole table is read (the case
 * table's client ids): each cell is recorded in a {@link BatchInterner}, which resolves
 * all of them at the end, much faster than one lookup per row for a million ids. Ids are
 * trimmed text, a number is its text (123 ≡ "123"; integer ids stay numbers until their
 * text is asked for); an Excel error value reports ERROR_VALUE and counts as no id; an id
 * longer than a cell holds is cut (`fitCellText`, TEXT_TRUNCATED).
 */
export class BatchIdCellReader extends CellReader {
  private readonly interner: BatchInterner;

  /**
   * @param target - The column and how to report.
   * @param issues - Where problems go.
   * @param capacity - Maximum number of rows.
   * @param keys - Where the keys go (at least `capacity` entries; a new array when absent).
   */
  constructor(target: CellTarget, issues: IssueCollector, capacity: number, keys?: Int32Array) {
    super(target, issues);
    this.interner = new BatchInterner(capacity, keys);
  }

  /**
   * Records one cell as the id of position `k`.
   *
   * @param value - The cell.
   * @param k - Output position.
   * @param r - Row index (for issues).
   */
  read(value: CellValue, k: number, r: number): void {
    if (typeof value === "number") {
      if (isIntegerId(value)) this.interner.addInteger(k, value);
      else if (value === value) this.interner.addNumber(k, value);
    } else if (typeof value === "string") {
      if (value.length === 0) return;
      const id = cellToIdText(value);
      if (id === "") return;
      if (id.charCodeAt(0) === 35 && isExcelErrorText(id)) {
        this.fail(k, r, "ERROR_VALUE", MESSAGES.errorValue(value, this.consequence));
        return;
      }
      this.interner.addText(k, id.length > CELL_TEXT_LIMIT ? this.fitText(id, r) : id);
    } else if (value !== null && value !== undefined) {
      const id = cellToIdText(value);
      if (id !== "") this.interner.addText(k, id);
    }
  }
  /**
   * Moves the keys to a longer column from `arena`, keeping what was read (a chunked parse
   * that outgrew its columns).
   *
   * @param arena - Where the new column comes from.
   * @param capacity - Rows of the new column.
   * @param invalid - The table's grown invalid mask.
   */
  grow(arena: ColumnArena, capacity: number, invalid: Uint32Array): void {
    this.interner.grow(capacity, arena.int32(capacity));
    this.moveInvalid(invalid);
  }

  /**
   * Appends the ids of another reader of this column (the cases after those read here,
   * see `CaseTableParser.append`).
   *
   * @param part - The other reader's keys and distinct ids ({@link BatchIdCellReader.result}).
   * @param at - Position of the part's first case here.
   */
  append(part: InternedIdsPart, at: number): void {
    this.interner.appendKeys(at, part);
  }

  /**
   * Reads the cells of cases `from` … `to` - 1 (case k from row `src[k]`) in one loop.
   *
   * @param rows - The sheet's rows, or a chunk of them.
   * @param rowBase - Row index of `rows[0]` (0 for the whole sheet).
   * @param src - Row index per case.
   * @param from - First case.
   * @param to - End of the cases (exclusive).
   */
  readRows(rows: CellRows, rowBase: number, src: Int32Array, from: number, to: number): void {
    const column = this.column;
    for (let k = from; k < to; k++) {
      const r = src[k]!;
      this.read(rows[r - rowBase]![column], k, r);
    }
  }

  /**
   * The keys of positions 0..n-1 and the distinct ids in first-seen order (texts built
   * on first access). Call once, after the last `read`.
   *
   * @param n - Number of positions read.
   * @returns Keys (-1 for no id), the number of distinct ids and their texts.
   */
  result(n: number): BatchInternResult {
    return this.interner.finish(n);
  }
}
