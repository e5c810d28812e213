import { isExcelErrorText } from "../text/isExcelErrorText";
import type { CellValue } from "../types";
import type { CellTarget } from "./CellReader";
import { CellReader } from "./CellReader";
import type { ColumnArena } from "./ColumnArena";
import type { IssueCollector } from "./IssueCollector";
import { MESSAGES } from "./messages";
import { parseCountText } from "./parseCountText";
import type { CellRows } from "./types";

/** A number written with a dot as its decimal point ("1.5"): not a Dutch count. */
const DECIMAL_POINT = /^[+-]?\d+\.\d+$/;

/**
 * Reads count cells (a whole number of people, such as a meeting's participants) into a
 * Float64Array, NaN for empty. Texts are read with `parseCountText`: "1.200" is 1200 (a
 * Dutch thousands separator), "1.5" is not a count. Every unusable value becomes NaN and is
 * reported as INVALID_NUMBER: a fraction ("2,5", or the number 2.5) is "geen geheel aantal",
 * a negative number "negatief", a dot that does not separate thousands gets a hint, anything
 * else "geen geldig getal"; an Excel error value is ERROR_VALUE.
 */
export class CountCellReader extends CellReader {
  private textCache: Map<string, number> | undefined;

  /**
   * @param target - The column and how to report.
   * @param issues - Where problems go.
   * @param out - Output column.
   */
  constructor(
    target: CellTarget,
    issues: IssueCollector,
    public out: Float64Array
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
    this.out[k] = NaN;
    if (value === "" || value === null || value === undefined) return;
    let count: number;
    if (typeof value === "number") {
      if (value !== value) return;
      count = value;
    } else if (typeof value === "string") {
      const trimmed = value.trim();
      if (trimmed === "") return;
      if (isExcelErrorText(trimmed)) {
        this.fail(k, r, "ERROR_VALUE", MESSAGES.errorValue(value, this.consequence));
        return;
      }
      this.textCache ??= new Map();
      let cached = this.textCache.get(value);
      if (cached === undefined) {
        cached = parseCountText(trimmed);
        this.textCache.set(value, cached);
      }
      count = cached;
      if (count !== count && DECIMAL_POINT.test(trimmed)) {
        this.fail(k, r, "INVALID_NUMBER", MESSAGES.decimalPointCount(value, this.consequence));
        return;
      }
    } else {
      count = NaN;
    }
    if (!Number.isFinite(count))
      this.fail(k, r, "INVALID_NUMBER", MESSAGES.invalidNumber(value, this.consequence));
    else if (count < 0)
      this.fail(k, r, "INVALID_NUMBER", MESSAGES.negativeCount(value, this.consequence));
    else if (!Number.isInteger(count))
      this.fail(k, r, "INVALID_NUMBER", MESSAGES.fractionalCount(value, this.consequence));
    else this.out[k] = count;
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
    const out = arena.float64(capacity);
    out.set(this.out);
    this.out = out;
    this.moveInvalid(invalid);
  }

  /**
   * Reads the cells of several CountCellReaders for cases `from` … `to` - 1 (case k from row
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
    readers: readonly CountCellReader[],
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
