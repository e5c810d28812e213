import { isExcelErrorText } from "../text/isExcelErrorText";
import type { CellValue, IssueCode } from "../types";
import type { CellTarget } from "./CellReader";
import { CellReader } from "./CellReader";
import type { ColumnArena } from "./ColumnArena";
import type { IssueCollector } from "./IssueCollector";
import { MESSAGES } from "./messages";
import type { CellRows } from "./types";
import { parseNumberText } from "./parseNumberText";

/** A range check for a number column. */
export interface NumberRange {
  readonly min: number;
  readonly max: number;
  readonly code: IssueCode;
  readonly message: (value: number) => string;
}

/** Cache markers. */
const ERROR_TEXT = Infinity;
const BLANK_TEXT = -Infinity;

/**
 * Reads number cells into a Float64Array (NaN for empty). Texts are read with
 * `parseNumberText` (decimal comma or dot), once per distinct text. An unusable value
 * becomes NaN with INVALID_NUMBER (or ERROR_VALUE); a number outside the range becomes
 * NaN, reported with the range's code.
 */
export class NumberCellReader extends CellReader {
  private textCache: Map<string, number> | undefined;
  private readonly min: number;
  private readonly max: number;

  /**
   * @param target - The column and how to report.
   * @param issues - Where problems go.
   * @param out - Output column.
   * @param range - Allowed values and how to report others.
   */
  constructor(
    target: CellTarget,
    issues: IssueCollector,
    public out: Float64Array,
    private readonly range: NumberRange
  ) {
    super(target, issues);
    this.min = range.min;
    this.max = range.max;
  }

  /**
   * Reads one cell into position `k`.
   *
   * @param value - The cell.
   * @param k - Output position.
   * @param r - Row index (for issues).
   */
  read(value: CellValue, k: number, r: number): void {
    if (typeof value === "number" && value >= this.min && value <= this.max) {
      this.out[k] = value;
      return;
    }
    if (value === "" || value === null || value === undefined) {
      this.out[k] = NaN;
      return;
    }
    this.readOther(value, k, r);
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
   * Reads the cells of several NumberCellReaders for cases `from` … `to` - 1 (case k from row
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
    readers: readonly NumberCellReader[],
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

  private readOther(value: CellValue, k: number, r: number): void {
    this.out[k] = NaN;
    let number: number;
    if (typeof value === "number") {
      if (value !== value) return;
      number = value;
    } else if (typeof value === "string") {
      this.textCache ??= new Map();
      let cached = this.textCache.get(value);
      if (cached === undefined) {
        const trimmed = value.trim();
        cached =
          trimmed === ""
            ? BLANK_TEXT
            : isExcelErrorText(trimmed)
              ? ERROR_TEXT
              : parseNumberText(trimmed);
        this.textCache.set(value, cached);
      }
      if (cached === BLANK_TEXT) return;
      if (cached === ERROR_TEXT) {
        this.fail(k, r, "ERROR_VALUE", MESSAGES.errorValue(value, this.consequence));
        return;
      }
      number = cached;
    } else {
      number = NaN;
    }
    if (!Number.isFinite(number))
      this.fail(k, r, "INVALID_NUMBER", MESSAGES.invalidNumber(value, this.consequence));
    else if (number < this.min || number > this.max)
      this.fail(k, r, this.range.code, this.range.message(number));
    else this.out[k] = number;
  }
}
