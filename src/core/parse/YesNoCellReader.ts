import { isExcelErrorText } from "../text/isExcelErrorText";
import { TextLookupCache } from "../text/TextLookupCache";
import type { CellValue } from "../types";
import { CellReader } from "./CellReader";
import type { ColumnArena } from "./ColumnArena";
import type { CellTarget } from "./CellReader";
import type { IssueCollector } from "./IssueCollector";
import { MESSAGES } from "./messages";
import type { CellRows } from "./types";
import { NOT_YES_NO, parseYesNoText } from "./parseYesNoText";

/** Cache marker for a text that is an Excel error value. */
const ERROR_TEXT = -3;

/**
 * Reads yes/no cells into an Int8Array: 1 yes, 0 no, -1 unknown or empty. Booleans and
 * the numbers 1 and 0 count; texts as `parseYesNoText` reads them. An unusable value
 * stays -1 with INVALID_BOOLEAN (or ERROR_VALUE).
 */
export class YesNoCellReader extends CellReader {
  private readonly textCache = new Map<string, number>();
  /** States of texts seen recently (only usable ones: the rest take the slow path). */
  private readonly recent = new TextLookupCache<number>(16);

  /**
   * @param target - The column and how to report.
   * @param issues - Where problems go.
   * @param out - Output column.
   */
  constructor(
    target: CellTarget,
    issues: IssueCollector,
    public out: Int8Array
  ) {
    super(target, issues);
  }

  /**
   * Reads one cell into position `k`.
   *
   * @param value - The cell.
   * @param k - Output position.
   * @param r - Row index (for issues).
   */
  read(value: CellValue, k: number, r: number): void {
    if (typeof value === "string") {
      const state = this.recent.get(value);
      if (state !== undefined) {
        this.out[k] = state;
        return;
      }
    }
    this.readOther(value, k, r);
  }

  private readOther(value: CellValue, k: number, r: number): void {
    let state: number;
    if (typeof value === "string") {
      let cached = this.textCache.get(value);
      if (cached === undefined) {
        const trimmed = value.trim();
        cached =
          trimmed === "" ? -1 : isExcelErrorText(trimmed) ? ERROR_TEXT : parseYesNoText(trimmed);
        this.textCache.set(value, cached);
      }
      if (cached >= -1) this.recent.set(value, cached);
      state = cached;
    } else if (typeof value === "boolean") {
      state = value ? 1 : 0;
    } else if (typeof value === "number") {
      state = value === 1 ? 1 : value === 0 ? 0 : value !== value ? -1 : NOT_YES_NO;
    } else if (value === null || value === undefined) {
      state = -1;
    } else {
      state = NOT_YES_NO;
    }
    if (state >= -1) {
      this.out[k] = state;
      return;
    }
    this.out[k] = -1;
    if (state === ERROR_TEXT)
      this.fail(k, r, "ERROR_VALUE", MESSAGES.errorValue(value, this.consequence));
    else this.fail(k, r, "INVALID_BOOLEAN", MESSAGES.invalidBoolean(value, this.consequence));
  }

  /**
   * Moves the output to a longer column from `arena`, keeping what was read (a chunked parse
   * that outgrew its columns).
   *
   * @param arena - Where the new column comes from.
   * @param capacity - Rows of the new column.
   * @param invalid - The table's grown invalid mask.
   */
  grow(arena: ColumnArena, capacity: number, invalid: Uint32Array): void {
    const out = arena.int8(capacity);
    out.set(this.out);
    this.out = out;
    this.moveInvalid(invalid);
  }

  /**
   * Reads the cells of several YesNoCellReaders for cases `from` … `to` - 1 (case k from row
   * `src[k]`), row by row: one loop in which `read` is inlined, and each row is fetched once.
   *
   * @param readers - The readers.
   * @param rows - The sheet's rows, or a chunk of them.
   * @param rowBase - Row index of `rows[0]` (0 for the whole sheet).
   * @param src - Row index per case.
   * @param from - First case.
   * @param to - End of the cases (exclusive).
   */
  static readRows(
    readers: readonly YesNoCellReader[],
    rows: CellRows,
    rowBase: number,
    src: Int32Array,
    from: number,
    to: number
  ): void {
    const count = readers.length;
    if (count === 0) return;
    for (let k = from; k < to; k++) {
      const r = src[k]!;
      const row = rows[r - rowBase]!;
      for (let index = 0; index < count; index++) {
        const reader = readers[index]!;
        reader.read(row[reader.column], k, r);
      }
    }
  }
}
