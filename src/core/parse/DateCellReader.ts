import { cellToDay } from "../dates/cellToDay";
import { INVALID_DAY, MAX_DAY } from "../dates/constants";
import { parseCommonDateText } from "../dates/parseCommonDateText";
import { isExcelErrorText } from "../text/isExcelErrorText";
import type { CellValue, Day, DayColumn } from "../types";
import type { CellTarget } from "./CellReader";
import { CellReader } from "./CellReader";
import type { ColumnArena } from "./ColumnArena";
import type { IssueCollector } from "./IssueCollector";
import { MESSAGES } from "./messages";
import type { CellRows } from "./types";

/** The first serial number past the last day a date cell may hold. */
const LAST_SERIAL = MAX_DAY + 1;

/**
 * Reads date cells into a {@link DayColumn} (NaN for empty). A serial number in range takes a
 * branch-only fast path; a text in a common shape (`30-9-2024`, `2024-09-30`) is read
 * straight from its characters (`parseCommonDateText`), any other text by the full rules
 * (`cellToDay`). There is no per-text cache: on the common shapes the fast path beats a Map
 * lookup (which hashes every fresh string), and on a 1M-row export with
 * `2024-09-30 00:00:00` dates the lookup cost as much as the full rules. An unusable value
 * becomes NaN with INVALID_DATE (or ERROR_VALUE). A date after `asOf` is FUTURE_DATE: with an invalid
 * mask it keeps its value and is marked; without one (activities, complaints) it becomes
 * NaN. A date before `earliest` (a placeholder such as 1-1-1900) is EARLY_DATE, handled the
 * same way. With a `missingMessage` an empty cell is reported as MISSING_VALUE.
 */
export class DateCellReader extends CellReader {
  /**
   * @param target - The column and how to report.
   * @param issues - Where problems go.
   * @param out - Output column.
   * @param asOf - Latest acceptable day (`Infinity` for no check).
   * @param earliest - Earliest acceptable day (`-Infinity` for no check).
   * @param missingMessage - Message body for an empty cell, when the date is required.
   */
  constructor(
    target: CellTarget,
    issues: IssueCollector,
    public out: DayColumn,
    private readonly asOf: Day,
    private readonly earliest: Day,
    private readonly missingMessage?: string
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
    if (typeof value === "number" && value >= 61 && value < LAST_SERIAL) {
      const day = Math.floor(value);
      this.out[k] = day;
      if (day > this.asOf) this.future(k, r, day);
      else if (day < this.earliest) this.early(k, r, day);
      return;
    }
    if (value === "" || value === null || value === undefined) {
      this.empty(k, r);
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
    const out = arena.float32(capacity);
    out.set(this.out);
    this.out = out;
    this.moveInvalid(invalid);
  }

  /**
   * Reads the cells of several DateCellReaders for cases `from` … `to` - 1 (case k from row
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
    readers: readonly DateCellReader[],
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

  private empty(k: number, r: number): void {
    this.out[k] = NaN;
    if (this.missingMessage !== undefined) this.fail(k, r, "MISSING_VALUE", this.missingMessage);
  }

  private readOther(value: CellValue, k: number, r: number): void {
    if (typeof value === "string") {
      const common = parseCommonDateText(value);
      if (common !== undefined) {
        this.write(k, r, common);
        return;
      }
      if (isExcelErrorText(value)) {
        this.out[k] = NaN;
        this.fail(k, r, "ERROR_VALUE", MESSAGES.errorValue(value, this.consequence));
        return;
      }
    }
    const day = cellToDay(value);
    if (day === INVALID_DAY) {
      this.out[k] = NaN;
      this.fail(k, r, "INVALID_DATE", MESSAGES.invalidDate(value, this.consequence));
    } else if (day !== day) {
      this.empty(k, r);
    } else {
      this.write(k, r, day);
    }
  }

  /** Writes a valid day, checking it against `asOf` and `earliest`. */
  private write(k: number, r: number, day: Day): void {
    this.out[k] = day;
    if (day > this.asOf) this.future(k, r, day);
    else if (day < this.earliest) this.early(k, r, day);
  }

  private future(k: number, r: number, day: Day): void {
    if (this.invalid === undefined) this.out[k] = NaN;
    this.fail(k, r, "FUTURE_DATE", MESSAGES.futureDate(day, this.asOf, this.consequence));
  }

  private early(k: number, r: number, day: Day): void {
    if (this.invalid === undefined) this.out[k] = NaN;
    this.fail(k, r, "EARLY_DATE", MESSAGES.earlyDate(day, this.earliest, this.consequence));
  }
}
